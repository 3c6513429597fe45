/**
 * Near-duplicate detection: {@link org.parallax.dedup.MinHasher} signatures and LSH band keys. The store indexes the
 * band keys, so finding candidates for a new article is a term lookup. Depends on {@code org.parallax.text}.
 */
package org.parallax.dedup;
