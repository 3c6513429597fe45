/**
 * Stories: {@link org.parallax.cluster.ArticleAnalyser} turns articles into evidence (words, names, an embedding,
 * a time); {@link org.parallax.cluster.StoryClusterer} assigns each arriving article to a story.
 * {@link org.parallax.cluster.EvidenceClusterer} is the default; {@link org.parallax.cluster.TfIdfClusterer} is the
 * single-pass TF-IDF baseline it is measured against. Depends on {@code model}, {@code text} and {@code embed}.
 */
package org.parallax.cluster;
