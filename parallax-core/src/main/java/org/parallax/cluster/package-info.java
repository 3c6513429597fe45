/**
 * Stories: {@link org.parallax.cluster.StoryClusterer} assigns each arriving article to a story;
 * {@link org.parallax.cluster.TfIdfClusterer} is the first implementation. Depends on {@code model} and
 * {@code text}.
 */
package org.parallax.cluster;
