/**
 * Turning files into {@link org.parallax.model.Article}s. {@link org.parallax.ingest.Ingester} walks paths, detects
 * each file's format from its content and hands articles to a {@link org.parallax.ingest.Destination}; the readers
 * (plain text with sidecar, JSON Lines, HTML, RSS/Atom, WARC, each optionally gzipped) are package-private.
 * {@link org.parallax.ingest.TextDecoder} picks charsets and records which rule chose them. Depends on
 * {@code model} and {@code text}, never on the store.
 */
package org.parallax.ingest;
