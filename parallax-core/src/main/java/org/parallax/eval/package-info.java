/**
 * Measuring Parallax against gold labels: {@link org.parallax.eval.ClusteringScores} (pairwise and BCubed P/R/F1),
 * {@link org.parallax.eval.TimeEvaluation} (the TempEval-3 span, value and type measures for temporal expressions,
 * over {@link org.parallax.eval.TimeMlDocument}s), {@link org.parallax.eval.QuoteEvaluation} (exact-span P/R/F1 of
 * attributions on BRAT gold read by {@link org.parallax.eval.BratDocument}), and {@link
 * org.parallax.eval.NerEvaluation} / {@link org.parallax.eval.NerTextEvaluation} (conlleval entity-level P/R/F1 of
 * named entities, on CoNLL tokens or on detokenised text), and {@link org.parallax.eval.CorefEvaluation}
 * (cross-document entity coreference on ECB+ read by {@link org.parallax.eval.EcbPlusDocument}, scored with the MUC,
 * B-cubed, CEAF-e and CoNLL measures of {@link org.parallax.eval.CorefScores}). Depends on the model and on the stages it measures, never
 * on a store or a front end; nothing depends on it.
 */
package org.parallax.eval;
