package org.parallax.ingest;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, with the charset used and how it was chosen.
 *
 * @param source one of {@code bom}, {@code http-header}, {@code meta}, {@code declared}, {@code utf-8-valid},
 *     {@code utf-8-repaired-windows-1252}, {@code fallback-windows-1252}
 */
public record Decoded(String text, Charset charset, String source) {}
