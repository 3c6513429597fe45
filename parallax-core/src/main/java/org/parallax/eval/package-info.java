/**
 * Measuring Parallax against gold labels: {@link org.parallax.eval.ClusteringScores} (pairwise and BCubed P/R/F1).
 * Depends on nothing else in Parallax.
 */
package org.parallax.eval;
