package org.parallax.compare;

import org.parallax.model.Span;

/** Where a passage stands in one article. */
public record Occurrence(String article, String outlet, Span span, String text) {}
