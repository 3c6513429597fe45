/**
 * Cross-source comparison of one story's articles: {@link org.parallax.compare.PassageAligner} builds the
 * {@link org.parallax.compare.StoryReport} (shared passages, unique sentences, all with spans). Depends on
 * {@code model} and {@code text}.
 */
package org.parallax.compare;
