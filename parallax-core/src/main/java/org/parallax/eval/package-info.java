/**
 * Measuring Parallax against gold labels: {@link org.parallax.eval.ClusteringScores} (pairwise and BCubed P/R/F1)
 * and {@link org.parallax.eval.TimeEvaluation} (the TempEval-3 span, value and type measures for temporal
 * expressions, over {@link org.parallax.eval.TimeMlDocument}s). Depends on {@code org.parallax.model} and
 * {@code org.parallax.extract.time} (the expression type), never on a store or a front end.
 */
package org.parallax.eval;
