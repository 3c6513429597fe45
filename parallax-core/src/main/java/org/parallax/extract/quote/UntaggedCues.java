package org.parallax.extract.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.extract.quote.AttributionTagger.Piece;
import org.parallax.model.Span;

/**
 * Finds the attributions the tagger left untouched around a phrase that is a cue in most of its occurrences in
 * PolNeAR's training part ({@code according to X}, {@code X points out}, {@code X is expected to}). Each occurrence
 * of a phrase of {@link #PHRASES} that overlaps no source or cue found before and no direct quote, and that stands
 * where a finite verb does (not after "to", a preposition, a determiner or a form of "be"), becomes a cue; its source
 * is the phrase after "according to", else the subject before the cue (none for "it" or a relative pronoun), else a
 * name right after "said" or "says" that ends its clause ({@code said Smith.}); its content is the clause
 * {@link CueContent} reads for it, without leading punctuation. An occurrence without such a clause adds nothing,
 * and neither does one whose source or indirect content would overlap a source or cue found before.
 */
final class UntaggedCues {

  /** Classpath resource of the phrase list, beside this class: one phrase a line, words split by a space. */
  static final String PHRASES_RESOURCE = "untagged-cues.txt";

  /**
   * Phrases of one to three words that are a whole gold cue in at least 60% of their occurrences on PolNeAR's
   * training part, at least 3 times and in at least 3 texts ({@code parallax train cue-phrases}, which runs
   * {@code CueLexiconFit.fitPhrases(train, 3, 3, 3, 0.6)}, fitted on the training part only), longest first. The
   * 0.6 threshold was chosen on the development part (0.4, 0.5 and 0.6 tried).
   */
  static final Map<String, List<String[]>> PHRASES = phrases();

  /** The phrases of the resource by their first word, longest first. */
  private static Map<String, List<String[]>> phrases() {
    try (InputStream in = UntaggedCues.class.getResourceAsStream(PHRASES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + PHRASES_RESOURCE + " is missing beside "
            + UntaggedCues.class.getName());
      }
      Map<String, List<String[]>> out = new HashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String phrase = line.strip();
        if (!phrase.isEmpty() && !phrase.startsWith("#")) {
          String[] words = phrase.split(" ");
          out.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
        }
      }
      out.replaceAll((w, list) -> list.stream().sorted(Comparator.comparingInt((String[] p) -> -p.length)).toList());
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + PHRASES_RESOURCE, e);
    }
  }

  /** Subjects that name no source: relative pronouns and the "it" of {@code it is expected}. */
  private static final Set<String> NO_SOURCE = Set.of("who", "which", "that", "it");

  private UntaggedCues() {}

  /** {@code found} (code points) with the attributions of untagged cue phrases added. */
  static List<Attribution> add(TagInput in, List<Attribution> found) {
    String text = in.text;
    List<Span> taken = new ArrayList<>();
    for (Attribution a : found) {
      for (Span s : a.direct() ? new Span[] {a.source(), a.cue(), a.content()} : new Span[] {a.source(), a.cue()}) {
        if (s != null) {
          taken.add(chars(text, s));
        }
      }
    }
    List<Attribution> out = new ArrayList<>(found);
    for (int i = 0; i < in.size; i++) {
      int to = match(in, i);
      if (to < 0) {
        continue;
      }
      Span cueChars = new Span(in.start[i], in.end[to - 1]);
      if (overlapsAny(taken, cueChars) || !verbPlace(in, i)) {
        continue;
      }
      Piece cue = new Piece(Piece.CUE, i, to);
      Piece source = source(in, cue);
      Piece content = CueContent.of(in, cue, source);
      while (content != null && content.from() < content.to() - 1 && !in.inQuote[content.from()]
          && !Character.isLetterOrDigit(in.norm[content.from()].charAt(0))) {
        // "According to X, content": the comma after the source is not part of the content.
        content = new Piece(Piece.CONTENT, content.from() + 1, content.to());
      }
      if (content == null) {
        continue;
      }
      Span sourceChars = source == null ? null : new Span(in.start[source.from()], in.end[source.to() - 1]);
      Span contentChars = new Span(in.start[content.from()], in.end[content.to() - 1]);
      if ((sourceChars != null && overlapsAny(taken, sourceChars))
          || (overlapsAny(taken, contentChars) && !in.inQuote[content.from()])) {
        continue;
      }
      taken.add(cueChars);
      if (sourceChars != null) {
        taken.add(sourceChars);
      }
      out.add(new Attribution(cp(text, sourceChars), cp(text, cueChars), cp(text, contentChars),
          sourceChars == null ? null : sourceChars.of(text), false));
      i = to - 1;
    }
    if (out.size() == found.size()) {
      return found;
    }
    out.sort(Comparator.comparing(Attribution::content).thenComparing(a -> a.cue() == null ? -1 : a.cue().start()));
    return List.copyOf(out);
  }

  /** Words before a verb that make it no finite verb of its own clause (an infinitive, a participle, a modifier). */
  private static final Set<String> NOT_FINITE_BEFORE = Set.of("to", "for", "by", "of", "in", "after", "before",
      "without", "while", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "as", "be", "been",
      "being", "is", "was", "are", "were", "get", "got");

  /** Whether the phrase at token {@code i} stands where a finite reporting verb does. */
  private static boolean verbPlace(TagInput in, int i) {
    if (in.norm[i].equals("according") || i == 0) {
      return true;
    }
    String before = in.norm[i - 1];
    return !NOT_FINITE_BEFORE.contains(before);
  }

  /** The end (exclusive) of the longest phrase of {@link #PHRASES} that starts at token {@code i}, or -1. */
  private static int match(TagInput in, int i) {
    for (String[] p : PHRASES.getOrDefault(in.norm[i], List.of())) {
      if (i + p.length > in.size) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < p.length && all; k++) {
        all = in.norm[i + k].equals(p[k]);
      }
      if (all) {
        return i + p.length;
      }
    }
    return -1;
  }

  /** The source of a cue: the phrase after "according to", else the subject before it, else a name after it. */
  private static Piece source(TagInput in, Piece cue) {
    int first = in.sentenceFirst(cue.from());
    int last = in.sentenceLast(cue.to() - 1);
    Span cueChars = new Span(in.start[cue.from()], in.end[cue.to() - 1]);
    List<Tok> toks = Lexer.lex(in.text, new Span(in.start[first], in.end[last]), List.of());
    int cueFirst = -1;
    int cueLast = -1;
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).start() <= cueChars.start() && cueChars.start() < toks.get(i).end()) {
        cueFirst = i;
      }
      if (toks.get(i).start() < cueChars.end() && cueChars.end() <= toks.get(i).end()) {
        cueLast = i;
      }
    }
    if (cueFirst < 0 || cueLast < 0) {
      return null;
    }
    int from;
    int to;
    if (in.norm[cue.from()].equals("according")) {
      from = cueLast + 1;
      to = Phrases.rightFrom(toks, from);
    } else {
      to = cueFirst - 1;
      from = Phrases.leftFrom(toks, to);
      if (from >= 0 && from == to && NO_SOURCE.contains(toks.get(from).norm())) {
        return null;
      }
      if (from < 0 && (in.norm[cue.from()].equals("said") || in.norm[cue.from()].equals("says"))) {
        from = cueLast + 1;
        to = from < toks.size() && toks.get(from).capitalised() ? Phrases.rightFrom(toks, from) : -1;
        if (to >= 0 && to + 1 < toks.size() && !toks.get(to + 1).isPunct(",.;")) {
          return null;
        }
      }
    }
    if (from < 0 || to < from) {
      return null;
    }
    int a = in.tokenAt(toks.get(from).start());
    int b = in.tokenAt(toks.get(to).end() - 1);
    return a <= b && b < in.size ? new Piece(Piece.SOURCE, a, b + 1) : null;
  }

  private static boolean overlapsAny(List<Span> spans, Span s) {
    for (Span t : spans) {
      if (t.overlaps(s)) {
        return true;
      }
    }
    return false;
  }

  private static Span chars(String text, Span cp) {
    int from = text.offsetByCodePoints(0, cp.start());
    return new Span(from, text.offsetByCodePoints(from, cp.length()));
  }

  private static Span cp(String text, Span span) {
    return span == null ? null : span.toCodePoints(text);
  }
}
