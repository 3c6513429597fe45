/**
 * Quote attribution in English news text: who (source) said (cue) what (content).
 *
 * <p>The front door is {@link org.parallax.extract.quote.Attributions#find(String)}, which returns immutable
 * {@link org.parallax.extract.quote.Attribution} records whose spans count Unicode code points into the text. The
 * extractor is rule-based: {@code QuoteMarks} pairs quotation marks (straight, curly, single, guillemets, quotes
 * continued across paragraphs), {@code Lexer} cuts sentences into words, punctuation and whole quotes, {@code Cues}
 * knows the reporting verbs and their inflections (a hand list plus one fitted on PolNeAR's training part),
 * {@code CueExtent} how far a cue reaches around its verb, {@code Phrases} where a source phrase begins and ends,
 * {@code ClauseRules} reads source, cue and content around each cue,
 * and {@code Speakers} resolves pronoun and description sources ("he", "the spokesperson") to the full name used
 * earlier in the article.
 *
 * <p>Depends only on {@link org.parallax.model} and {@link org.parallax.text}; everything but the two public types is
 * internal.
 */
package org.parallax.extract.quote;
