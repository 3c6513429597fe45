package org.parallax.compare;

import org.parallax.model.Span;

/**
 * Where a passage stands in one article: the span, in code points of the article's text, and the text it covers.
 */
public record Occurrence(String article, String outlet, Span span, String text) {}
