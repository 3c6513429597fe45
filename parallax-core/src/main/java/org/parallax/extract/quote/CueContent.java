package org.parallax.extract.quote;

import java.util.Set;
import org.parallax.extract.quote.AttributionTagger.Piece;

/**
 * The content of a cue the tagger found but labelled no content near: the rest of the cue's clause when words follow
 * the cue (and its source, when the source comes after it), from a "that" within a few words when there is one
 * ({@code told police officials that ...}); otherwise the clause before the source and cue ({@code ..., the source
 * added.}). The clause ends at the sentence end or before a semicolon, a dash, a parenthesis or a comma that opens a
 * clause of the writer's ({@code , but}). Trailing punctuation is left out, as PolNeAR leaves it out of indirect
 * content. The same clause end also cuts the tagger's own indirect contents ({@link #trimmed}), which tend to run on
 * into a following clause.
 */
final class CueContent {

  /** How far, in tokens, the source of such a cue may lie from it. */
  static final int SOURCE_REACH = 3;

  /** How far after the cue a "that" still opens the content. */
  private static final int THAT_REACH = 8;

  /** Fewer tokens than this make no content. */
  private static final int MIN_TOKENS = 3;

  /** Words after a comma that open a clause of the writer's, ending the content before the comma. */
  private static final Set<String> CLAUSE_STOP = Set.of("but", "which", "while", "although", "though", "because",
      "as", "whereas");

  /** Punctuation a content never opens with. */
  private static final Set<String> LEADING = Set.of(",", ";", ":");

  private CueContent() {}

  /** The content of {@code cue}, whose source (or null) is {@code source}; null when the clause is too short. */
  static Piece of(TagInput in, Piece cue, Piece source) {
    int first = in.sentenceFirst(cue.from());
    int last = in.sentenceLast(cue.to() - 1);
    int after = source != null && source.from() >= cue.to() ? source.to() : cue.to();
    int end = clauseEnd(in, after, last);
    if (end - after + 1 >= MIN_TOKENS) {
      int from = after;
      for (int j = after; j <= Math.min(end, after + THAT_REACH) && !in.norm[j].equals(","); j++) {
        if (in.norm[j].equals("that")) {
          from = j;
          break;
        }
      }
      return end - from + 1 >= MIN_TOKENS ? new Piece(Piece.CONTENT, from, end + 1) : null;
    }
    int before = (source != null && source.to() <= cue.from() ? source.from() : cue.from()) - 1;
    while (before >= first && isPunct(in, before)) {
      before--;
    }
    return before - first + 1 >= MIN_TOKENS ? new Piece(Piece.CONTENT, first, before + 1) : null;
  }

  /**
   * {@code content} without a leading comma, semicolon or colon (no gold content of PolNeAR's training part opens
   * with one), and ended where its first clause ends unless it is a quotation.
   */
  static Piece trimmed(TagInput in, Piece content) {
    int from = content.from();
    while (from < content.to() - 1 && LEADING.contains(in.norm[from])) {
      from++;
    }
    if (from > content.from()) {
      content = new Piece(Piece.CONTENT, from, content.to());
    }
    if (in.inQuote[content.from()] || in.inQuote[content.to() - 1]) {
      return content;
    }
    int end = clauseEnd(in, content.from(), content.to() - 1);
    return end - content.from() + 1 >= MIN_TOKENS ? new Piece(Piece.CONTENT, content.from(), end + 1) : content;
  }

  /** The last token of the clause from {@code from}, not past {@code last}, without trailing punctuation. */
  private static int clauseEnd(TagInput in, int from, int last) {
    int end = last;
    for (int j = from + 1; j < last; j++) {
      String w = in.norm[j];
      if (w.equals(";") || w.equals("(") || w.equals("—") || w.equals("–")
          || (w.equals(",") && CLAUSE_STOP.contains(in.norm[j + 1]))) {
        end = j - 1;
        break;
      }
    }
    while (end >= from && isPunct(in, end)) {
      end--;
    }
    return end;
  }

  private static boolean isPunct(TagInput in, int i) {
    return in.norm[i].length() == 1 && ".!?,;:—–-".contains(in.norm[i]);
  }
}
