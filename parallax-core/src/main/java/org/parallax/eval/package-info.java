/**
 * Measuring Parallax against gold labels: {@link org.parallax.eval.ClusteringScores} (pairwise and BCubed P/R/F1)
 * and {@link org.parallax.eval.QuoteEvaluation} (exact-span P/R/F1 of attributions on BRAT gold read by
 * {@link org.parallax.eval.BratDocument}). Depends only on the stages it measures; nothing depends on it.
 */
package org.parallax.eval;
