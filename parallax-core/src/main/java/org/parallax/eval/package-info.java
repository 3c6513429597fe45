/**
 * Measuring Parallax against gold labels: {@link org.parallax.eval.ClusteringScores} (pairwise and BCubed P/R/F1).
 * {@link org.parallax.eval.NerEvaluation} scores named-entity recognition on CoNLL-2003 as conlleval does, and
 * {@link org.parallax.eval.NerTextEvaluation} scores the whole pipeline from detokenised text.
 * Depends only on the stages it measures (for NER, {@code org.parallax.extract.entity}).
 */
package org.parallax.eval;
