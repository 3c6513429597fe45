package org.parallax.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parallax.extract.quote.Attribution;
import org.parallax.model.Span;

/**
 * Scores attributions against BRAT gold (PolNeAR) by exact span match, role by role (Wang et al., COLING 2022).
 *
 * <p>As in the token-level BIO data the published scores use, a discontinuous gold span counts as its pieces, where
 * pieces separated by nothing but white space are one (PolNeAR's annotation tool often cut a quote at each
 * sentence); predicted content spans of one source and cue are joined the same way (a quote continued across
 * paragraphs). Each role is a set per document: a predicted span is correct when a gold span of the same role has
 * exactly its start and end, after both are trimmed of surrounding white space. Gold types {@code Source}, {@code Cue} and
 * {@code Content} are scored; other types are ignored. The direct-only figures keep the content spans, gold and
 * predicted, that begin or end with a quotation mark.
 */
public final class QuoteEvaluation {

  private static final String QUOTE_MARKS = "\"“”‘’'«»„";

  private enum Role { SOURCE, CUE, CONTENT }

  private record Key(Role role, int start, int end) {}

  private QuoteEvaluation() {}

  /** Scores {@code extractor} on every document. */
  public static QuoteScores evaluate(List<BratDocument> documents, Function<String, List<Attribution>> extractor) {
    QuoteScores.Counts zero = new QuoteScores.Counts(0, 0, 0);
    QuoteScores total = new QuoteScores(0, zero, zero, zero, zero);
    for (BratDocument d : documents) {
      QuoteScores s = score(d, extractor.apply(d.text()));
      total = new QuoteScores(total.documents() + 1, total.source().plus(s.source()), total.cue().plus(s.cue()),
          total.content().plus(s.content()), total.directContent().plus(s.directContent()));
    }
    return total;
  }

  /** Scores {@code predicted} against the gold annotations of one document. */
  public static QuoteScores score(BratDocument doc, List<Attribution> predicted) {
    int[] cps = doc.text().codePoints().toArray();
    Set<Key> gold = new HashSet<>();
    for (BratDocument.Annotation a : doc.annotations()) {
      Role role = switch (a.type()) {
        case "Source" -> Role.SOURCE;
        case "Cue" -> Role.CUE;
        case "Content" -> Role.CONTENT;
        default -> null;
      };
      if (role != null) {
        joined(a.segments(), cps).forEach(s -> add(gold, role, s, cps));
      }
    }
    Set<Key> pred = new HashSet<>();
    Map<List<Span>, List<Span>> contents = new LinkedHashMap<>();
    for (Attribution a : predicted) {
      add(pred, Role.SOURCE, a.source(), cps);
      add(pred, Role.CUE, a.cue(), cps);
      contents.computeIfAbsent(Arrays.asList(a.source(), a.cue()), k -> new ArrayList<>()).add(a.content());
    }
    for (List<Span> spans : contents.values()) {
      joined(spans, cps).forEach(s -> add(pred, Role.CONTENT, s, cps));
    }
    return new QuoteScores(1, counts(pred, gold, Role.SOURCE, cps, false), counts(pred, gold, Role.CUE, cps, false),
        counts(pred, gold, Role.CONTENT, cps, false), counts(pred, gold, Role.CONTENT, cps, true));
  }

  private static QuoteScores.Counts counts(Set<Key> pred, Set<Key> gold, Role role, int[] cps, boolean direct) {
    int p = 0;
    int g = 0;
    int c = 0;
    for (Key k : pred) {
      if (k.role() == role && (!direct || quoted(k, cps))) {
        p++;
        if (gold.contains(k)) {
          c++;
        }
      }
    }
    for (Key k : gold) {
      if (k.role() == role && (!direct || quoted(k, cps))) {
        g++;
      }
    }
    return new QuoteScores.Counts(p, g, c);
  }

  /** The spans, sorted, with neighbours that only white space separates joined into one. */
  static List<Span> joined(List<Span> spans, int[] cps) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(null);
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.end() <= s.start() && blank(cps, last.end(), s.start())) {
        out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean blank(int[] cps, int from, int to) {
    for (int i = from; i < Math.min(to, cps.length); i++) {
      if (!Character.isWhitespace(cps[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean quoted(Key k, int[] cps) {
    return QUOTE_MARKS.indexOf(cps[k.start()]) >= 0 || QUOTE_MARKS.indexOf(cps[k.end() - 1]) >= 0;
  }

  private static void add(Set<Key> keys, Role role, Span s, int[] cps) {
    if (s == null) {
      return;
    }
    int start = Math.min(s.start(), cps.length);
    int end = Math.min(s.end(), cps.length);
    while (start < end && Character.isWhitespace(cps[start])) {
      start++;
    }
    while (end > start && Character.isWhitespace(cps[end - 1])) {
      end--;
    }
    if (end > start) {
      keys.add(new Key(role, start, end));
    }
  }
}
