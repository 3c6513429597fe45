/**
 * Named-entity recognition: {@link org.parallax.extract.entity.EntityRecognizer} finds person, organisation,
 * location and miscellaneous names in an article's text as {@link org.parallax.extract.entity.Mention}s, each with
 * a code-point span and a {@code canonical} name (the longest full form of the same name in the article, see
 * {@link org.parallax.extract.entity.NameLinker}); {@link org.parallax.extract.entity.NameReconciler} merges
 * spelling variants of one person's name across articles;
 * {@link org.parallax.extract.entity.EntityCoreference} groups the mentions of the tokenised documents of a topic
 * (names, nominals, pronouns) into entities.
 *
 * <p>The model is a linear-chain name finder ({@code ChainNameFinder}: OpenNLP's feature generators, an averaged
 * structured perceptron over BILOU tags, Viterbi decoding) trained by {@link org.parallax.extract.entity.NerTrainer}
 * on the CoNLL-2003 English training part (read by {@link org.parallax.extract.entity.ConllCorpus}) and shipped as
 * the resource {@code en-ner-chain.bin} beside this package. Its features include the path prefixes of Brown word clusters
 * ({@link org.parallax.extract.entity.WordClusters}, built by {@link org.parallax.extract.entity.BrownClustering}
 * from unlabelled news text and shipped as {@code en-clusters-reuters.txt.gz}) and the ids of flat word classes
 * ({@link org.parallax.extract.entity.WordClasses}, found by {@link org.parallax.extract.entity.WordClassBuilder}
 * with k-means over per-word MiniLM vectors and shipped as {@code en-word-classes-minilm.txt.gz}; the vectors are
 * computed when the classes are built, never when tagging); a document-level second pass tags
 * the untagged repeats of a document's names ({@code DocumentConsistency}). Depends on {@code org.parallax.model},
 * {@code org.parallax.text}, OpenNLP and Lucene's English stemmer only.
 */
package org.parallax.extract.entity;
