package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Span;
import org.parallax.text.Sentences;

/**
 * Finds the attributions of an English news text: the front door of this package.
 *
 * <p>{@link #find(String)} returns direct quotes in every common style (straight, curly, single, guillemets, split
 * around the cue, continued across paragraphs, {@code Name: ...}) and indirect speech ({@code X said [that] ...},
 * {@code according to X, ...}), nested ones included; a quote of four words or more that has no cue is returned
 * with a null source and cue. It never throws on any non-null text, and every span lies inside the text.
 */
public final class Attributions {

  /** Quotes shorter than this, with no cue, are taken as scare quotes and left out. */
  static final int MIN_UNATTRIBUTED_WORDS = 4;

  /** Most words between the "that" of a clause and the quotation that completes it. */
  private static final int THAT_CLAUSE_WORDS = 12;

  private Attributions() {}

  /**
   * A quotation no rule attributed that completes a "that" clause after a cue ("Russia insisted that Pyongyang “stop
   * its dangerous escapades.”", "52 percent agreed that Clinton is in “good enough overall health”"): the token
   * indices of the "that", of the cue right before it and of the first word of the source before the cue (-1 when
   * there is none), or null. The content is then the clause from its "that" to the end of the quotation, as the
   * reader (and PolNeAR) takes the whole clause for what was said. The cue must be a word of the cue lexicon, so that
   * a relative "that" ("rules that prohibit ...") opens nothing; between the "that" and the quotation stand at most
   * 12 words and no punctuation but commas and dashes, and no comma right before the quotation (`said that, “...”`).
   */
  static int[] thatClause(List<Tok> toks, int quote) {
    if (quote < 2 || toks.get(quote - 1).isPunct(",")) {
      return null;
    }
    int words = 0;
    for (int k = quote - 1; k >= 1 && words <= THAT_CLAUSE_WORDS; k--) {
      Tok t = toks.get(k);
      if (t.isQuote() || t.isPunct(".!?:;()")) {
        return null;
      }
      if (t.isWord("that")) {
        Tok cue = toks.get(k - 1);
        if (!cue.isWord() || Cues.strength(cue.norm()) == null) {
          return null;
        }
        return new int[] {k, k - 1, Phrases.leftFrom(toks, k - 2)};
      }
      words += t.isWord() ? 1 : 0;
    }
    return null;
  }

  /** The attributions of {@code text}, ordered by content start, with spans in code points. */
  public static List<Attribution> find(String text) {
    if (text == null) {
      throw new IllegalArgumentException("The parameter 'text' must not be null.");
    }
    List<Quote> quotes = QuoteMarks.find(text);
    Map<Integer, Quote> quoteAt = new HashMap<>();
    List<Span> parts = new ArrayList<>();
    for (Quote q : quotes) {
      for (Span p : q.parts()) {
        quoteAt.put(p.start(), q);
        parts.add(p);
      }
    }
    parts.sort(Comparator.naturalOrder());
    Speakers speakers = Speakers.of(text, parts);
    Set<Quote> used = new HashSet<>();
    List<Attribution> out = new ArrayList<>();
    String previousSpeaker = null;
    int previousEnd = -1;
    ClauseRules.Found pending = null;
    for (Span sentence : sentences(text, parts)) {
      List<Tok> toks = Lexer.lex(text, sentence, parts);
      List<ClauseRules.Found> found = new ArrayList<>();
      if (pending != null && !toks.isEmpty() && toks.get(0).isQuote()) {
        Quote q = quoteAt.get(toks.get(0).start());
        used.add(q);
        found.add(new ClauseRules.Found(pending.source(), pending.cue(), q.parts(), true));
      }
      pending = null;
      for (ClauseRules.Found f : ClauseRules.apply(text, toks, quoteAt, used)) {
        if (f.content().isEmpty()) {
          pending = f;
        } else {
          found.add(f);
        }
      }
      if (found.isEmpty() && toks.size() >= 2 && toks.get(0).isPunct(ClauseRules.DASHES)) {
        signQuotes(text, toks, out, sentence.start());
      }
      for (ClauseRules.Found f : found) {
        String speaker = f.source() == null ? null
            : speakers.resolve(text, f.source(), previousSpeaker, previousEnd);
        if (f.source() != null) {
          previousSpeaker = speaker;
          previousEnd = f.source().end();
        }
        for (Span c : f.content()) {
          markUsed(c, quotes, used);
          out.add(new Attribution(cp(text, f.source()), cp(text, f.cue()), cp(text, c), speaker, f.direct()));
        }
      }
      for (Tok t : toks) {
        Quote q = t.isQuote() ? quoteAt.get(t.start()) : null;
        if (q == null || used.contains(q)) {
          continue;
        }
        used.add(q);
        Attribution transcript = transcript(text, q);
        if (transcript != null) {
          out.add(transcript);
          previousSpeaker = transcript.speaker();
          previousEnd = q.first().end();
          continue;
        }
        int[] clause = thatClause(toks, toks.indexOf(t));
        if (clause != null) {
          Span source = clause[2] < 0 ? null : new Span(toks.get(clause[2]).start(), toks.get(clause[1] - 1).end());
          Span cue = new Span(toks.get(clause[1]).start(), toks.get(clause[1]).end());
          String speaker = source == null ? null : speakers.resolve(text, source, previousSpeaker, previousEnd);
          if (source != null) {
            previousSpeaker = speaker;
            previousEnd = source.end();
          }
          for (Span c : q.parts()) {
            Span content = c == q.parts().get(0) ? new Span(toks.get(clause[0]).start(), c.end()) : c;
            out.add(new Attribution(cp(text, source), cp(text, cue), cp(text, content), speaker, true));
          }
          continue;
        }
        boolean alone = toks.stream().allMatch(o -> o == t || o.isPunct(".!?,;:"));
        int at = toks.indexOf(t);
        boolean title = isTitle(text, q, at > 0 ? toks.get(at - 1) : null);
        if (alone || words(q.first().of(text)) >= MIN_UNATTRIBUTED_WORDS && !title) {
          String speaker = alone && previousEnd >= 0 && sentence.start() - previousEnd <= 400 ? previousSpeaker : null;
          for (Span c : q.parts()) {
            out.add(new Attribution(null, null, cp(text, c), speaker, true));
          }
        }
      }
    }
    out.sort(Comparator.comparing(Attribution::content).thenComparing(a -> a.cue() == null ? -1 : a.cue().start()));
    return List.copyOf(out);
  }

  /**
   * {@code "..."} then, as the next sentence, {@code — Name}: the quotes just reported without a source get the
   * name as source and the dash as cue.
   */
  private static void signQuotes(String text, List<Tok> toks, List<Attribution> out, int sentenceStart) {
    int last = 1;
    while (last + 1 < toks.size() && toks.get(last + 1).capitalised() && last < 6) {
      last++;
    }
    if (!toks.get(1).capitalised() || (last + 1 < toks.size() && !toks.get(last + 1).isPunct("(.,"))) {
      return;
    }
    Span source = new Span(toks.get(1).start(), toks.get(last).end());
    Span cue = new Span(toks.get(0).start(), toks.get(0).end());
    int k = out.size() - 1;
    int gap = text.codePointCount(0, sentenceStart);
    while (k >= 0 && out.get(k).cue() == null && out.get(k).content().end() <= gap
        && gap - out.get(k).content().end() <= 3) {
      Attribution a = out.get(k);
      out.set(k, new Attribution(cp(text, source), cp(text, cue), a.content(), source.of(text), true));
      gap = a.content().start();
      k--;
    }
  }

  private static final java.util.regex.Pattern SPEAKER_LABEL =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu} .'’-]{1,40}: ");

  /**
   * A transcript paragraph, {@code "WALLACE: Let's start ...}: the upper-case label is the source, its colon the
   * cue, and what follows the content. Null when the quote does not start with such a label.
   */
  private static Attribution transcript(String text, Quote q) {
    Span part = q.first();
    java.util.regex.Matcher m = SPEAKER_LABEL.matcher(text).region(part.start() + 1, part.end());
    if (!m.lookingAt()) {
      return null;
    }
    int colon = m.end() - 2;
    int end = part.end();
    while (end > m.end() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= m.end()) {
      return null;
    }
    Span source = new Span(part.start() + 1, colon);
    return new Attribution(cp(text, source), cp(text, new Span(colon, colon + 1)), cp(text, new Span(m.end(), end)),
        source.of(text), true);
  }

  /** Sentences, joined wherever a boundary falls inside a quote. */
  static List<Span> sentences(String text, List<Span> parts) {
    List<Span> out = new ArrayList<>();
    Span current = null;
    // A no-break space after a full stop still ends a sentence; the copy keeps every index.
    for (Span s : Sentences.split(text.replace('\u00a0', ' '))) {
      if (current != null && !insideQuote(current.end(), parts)
          && !(endsWithQuote(current.end(), parts) && isCueTail(text, s, parts))) {
        out.add(current);
        current = null;
      }
      current = current == null ? s : new Span(current.start(), s.end());
    }
    if (current != null) {
      out.add(current);
    }
    return out;
  }

  private static boolean endsWithQuote(int end, List<Span> parts) {
    return parts.stream().anyMatch(p -> p.end() == end);
  }

  /**
   * Whether a sentence is only the attribution of the quote before it ({@code Clinton said.}, {@code said Mr.
   * Burman.}, {@code Trump said, looking on.}): a few words with a reporting verb, on the same line, that opens no
   * content of its own with a "that" or a quote ({@code He said that if "..."} starts a sentence of its own).
   */
  private static boolean isCueTail(String text, Span s, List<Span> parts) {
    List<Tok> toks = Lexer.lex(text, s, parts);
    for (int i = 0; i < toks.size() && i < 8; i++) {
      Tok t = toks.get(i);
      if (!t.isWord()) {
        return false;
      }
      if (Cues.strength(t.norm()) == Cues.Strength.SPEECH) {
        if (i + 1 < toks.size() && (toks.get(i + 1).isWord("that") || toks.get(i + 1).isQuote())) {
          return false;
        }
        return i + 1 >= toks.size() || !toks.get(i + 1).isWord() || i + 3 >= toks.size()
            || !toks.get(i + 3).isWord();
      }
    }
    return false;
  }

  private static boolean insideQuote(int boundary, List<Span> parts) {
    for (Span p : parts) {
      if (p.start() < boundary && boundary < p.end()) {
        return true;
      }
    }
    return false;
  }

  private static void markUsed(Span content, List<Quote> quotes, Set<Quote> used) {
    for (Quote q : quotes) {
      if (content.contains(q.first())) {
        used.add(q);
      }
    }
  }

  /** Words a title leaves in lower case ("State of the Union"). */
  private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
      "to", "for", "with", "by", "from", "is");

  /** Prepositions before a title ("said on CNN's “State of the Union.”", "in “The Art of the Deal”"). */
  private static final Set<String> TITLE_PREPOSITIONS = Set.of("on", "in", "at", "of", "from", "for", "with", "by");

  /**
   * Whether a quote is the title of a show, book or film, not words someone said: one part, every word capitalised
   * but the small ones, after a preposition or a possessive ("on CNN's “State of the Union.”").
   */
  static boolean isTitle(String text, Quote q, Tok before) {
    if (q.parts().size() != 1 || before == null
        || !(TITLE_PREPOSITIONS.contains(before.norm()) || before.raw().endsWith("'s") || before.raw().endsWith("’s"))) {
      return false;
    }
    String quoted = q.first().of(text);
    return org.parallax.text.Tokenizer.words(quoted).stream().map(w -> w.span().of(quoted))
        .allMatch(w -> TITLE_SMALL_WORDS.contains(w) || !Character.isLowerCase(w.codePointAt(0)));
  }

  private static int words(String s) {
    return org.parallax.text.Tokenizer.words(s).size();
  }

  private static Span cp(String text, Span span) {
    return span == null ? null : span.toCodePoints(text);
  }
}
