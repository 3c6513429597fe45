/**
 * Parallax: cross-source news analysis. {@link org.parallax.Parallax} is the front door; the packages below it are
 * the pipeline's stages, in the order data flows: {@code ingest} (files to articles), {@code text} (words and
 * sentences), {@code dedup} (near-duplicates), {@code cluster} (stories), {@code compare} (reports), {@code store}
 * (the Lucene index), {@code eval} (scores against gold labels).
 */
package org.parallax;
