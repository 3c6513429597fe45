package org.parallax.text;

import org.parallax.model.Span;

/**
 * One word of a text: its normalised form (lower case, apostrophes and accents folded) and where it stands.
 */
public record Token(String norm, Span span) {}
