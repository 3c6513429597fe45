/**
 * Quote attribution in English news text: who (source) said (cue) what (content).
 *
 * <p>The front door is {@link org.parallax.extract.quote.AttributionTagger#find(String)}, which returns immutable
 * {@link org.parallax.extract.quote.Attribution} records whose spans count Unicode code points into the text. It labels
 * every token with a maximum-entropy model trained on PolNeAR's training part ({@code QuoteTrainer}, features in
 * {@code TagFeatures}, tokens in {@code TagInput}), one of whose inputs is what the rules find; {@code CueContent}
 * gives a tagged cue without a content its clause, {@code RuleMerge} keeps the rules' direct quotes, and
 * {@code UntaggedCues} adds the attributions of cue phrases (fitted on the training part) that the tagger left
 * untouched.
 * {@link org.parallax.extract.quote.Attributions#find(String)} is the rule-based extractor alone: {@code QuoteMarks}
 * pairs quotation marks (straight, curly, single, guillemets, quotes continued across paragraphs), {@code Lexer} cuts sentences into words, punctuation and whole quotes, {@code Cues}
 * knows the reporting verbs and their inflections (a hand list plus one fitted on PolNeAR's training part),
 * {@code CueExtent} how far a cue reaches around its verb, {@code Phrases} where a source phrase begins and ends,
 * {@code ClauseRules} reads source, cue and content around each cue,
 * and {@code Speakers} resolves pronoun and description sources ("he", "the spokesperson") to the full name used
 * earlier in the article.
 *
 * <p>Depends only on {@link org.parallax.model}, {@link org.parallax.text}, OpenNLP's machine-learning package and
 * the shipped word clusters ({@link org.parallax.extract.entity.WordClusters#shipped()}), whose paths are among the
 * tagger's features: the tagger model must be retrained when the cluster file changes. Everything but the public
 * types is internal.
 */
package org.parallax.extract.quote;
