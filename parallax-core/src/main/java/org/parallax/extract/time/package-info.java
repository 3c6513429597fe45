/**
 * Temporal expressions in English news text, normalised to TimeML TIMEX3 values anchored on the publication date.
 *
 * <p>The front door is {@link org.parallax.extract.time.TimeExpressions#find(String, java.time.LocalDate)}: it
 * returns {@link org.parallax.extract.time.TimeExpression}s (span in code points, covered text, TIMEX3 type and
 * value) in text order. Everything else here is internal: a rule-based tagger that proposes candidate spans with
 * regular expressions ({@code CalendarRules}, {@code RelativeRules}, {@code QuantityRules}), each tried only at the
 * words where it can begin ({@code RuleIndex}), keeps the longest leftmost ones, and resolves each against the
 * publication date, the last day the text named ({@code Context}) and the tense around it ({@code Tense}). Spans follow TimeML: a leading preposition ("on Sunday") is left out, a
 * determiner or modifier that belongs to the expression ("the third quarter", "early next year") is kept.
 *
 * <p>The rules are our own (HeidelTime and SUTime are GPL and were not consulted). Depends only on
 * {@code org.parallax.model}.
 */
package org.parallax.extract.time;
