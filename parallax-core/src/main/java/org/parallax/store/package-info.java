/**
 * The embedded store: {@link org.parallax.store.ArticleStore}, one Lucene index on disk with every article, its
 * provenance, fingerprint, MinHash bands and story, and BM25 search with highlighted snippets. Depends on
 * {@code model} and {@code dedup}; knows nothing of ingest formats or front ends.
 */
package org.parallax.store;
