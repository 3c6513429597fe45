package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Span;

/**
 * Reads the attributions of one sentence from its {@link Tok}s: each reporting verb (or "according to", or a
 * "Name:" heading) becomes a cue, and the source and content are read around it in the usual news shapes:
 * {@code Source cue [that] content}, {@code "Content," source cue}, {@code "Content," cue source},
 * {@code Content, source cue}, {@code "A," source cue, "B."} (one content span per part), {@code according to Source,
 * content} and {@code Source: content}.
 */
final class ClauseRules {

  /** One attribution in {@code String} indexes, before speakers are resolved. */
  record Found(Span source, Span cue, List<Span> content, boolean direct) {}

  /** Verbs whose object is the addressee, not the content ("told reporters that ..."). */
  private static final Set<String> ADDRESSEE = Set.of("tell", "tells", "told", "telling", "inform", "informs",
      "informed", "informing", "assure", "assures", "assured", "assuring", "remind", "reminds", "reminded",
      "reminding", "warn", "warns", "warned", "warning", "urge", "urges", "urged", "urging", "ask", "asks", "asked",
      "asking", "advise", "advised", "advises", "reassure", "reassured", "promise", "promised", "promises");

  /** Words after a verb that start an adjunct ("said on Monday", "told in an interview"), not a content. */
  private static final Set<String> NOT_CONTENT_START = Set.of("in", "on", "at", "for", "with", "from", "by",
      "during", "about", "after", "before", "to", "of", "into", "over", "against", "through", "since", "until",
      "and", "but", "or", "as", "so", "then", "also", "later", "earlier", "today", "yesterday", "tonight", "when",
      "while", "because", "if", "again", "back", "up", "out", "down", "off", "not", "never");

  /** Verbs whose content may be an infinitive ("agreed to schedule a visit", "vowed to punish"). */
  private static final Set<String> INTENT = intent();

  private static Set<String> intent() {
    Set<String> out = new java.util.HashSet<>();
    for (String v : new String[] {"agree", "pledge", "vow", "promise", "refuse", "decline", "threaten", "plan",
        "urge", "want", "hope", "seek", "call", "continue"}) {
      out.addAll(Cues.forms(v));
    }
    out.add("sought");
    return Set.copyOf(out);
  }

  /** Words after a comma that start a clause of the writer's, ending an indirect content before them. */
  private static final Set<String> SUBORDINATE = Set.of("but", "as", "which", "while", "although", "though",
      "because", "since", "after", "before", "when", "whereas");

  private final String text;
  private final List<Tok> toks;
  private final Map<Integer, Quote> quoteAt;
  private final Set<Quote> used;

  private ClauseRules(String text, List<Tok> toks, Map<Integer, Quote> quoteAt, Set<Quote> used) {
    this.text = text;
    this.toks = toks;
    this.quoteAt = quoteAt;
    this.used = used;
  }

  /**
   * The attributions of one sentence. {@code quoteAt} maps each quote part's start to its quote; the quotes taken as
   * content are added to {@code used}.
   */
  static List<Found> apply(String text, List<Tok> toks, Map<Integer, Quote> quoteAt, Set<Quote> used) {
    return new ClauseRules(text, toks, quoteAt, used).run();
  }

  private List<Found> run() {
    List<Found> out = new ArrayList<>();
    Found heading = heading();
    if (heading != null) {
      out.add(heading);
    }
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.isPunct(DASHES) && i > 0 && toks.get(i - 1).isQuote()) {
        int last = signature(i);
        if (last > 0) {
          out.add(new Found(span(i + 1, last), span(i, i), quoteParts(i - 1), true));
          continue;
        }
      }
      Found f = null;
      if (t.isWord("according") && i + 1 < toks.size() && toks.get(i + 1).isWord("to")) {
        f = according(i);
      } else if (t.isWord() && Cues.strength(t.norm()) != null && (i == 0 || !t.capitalised() || headline(i))
          && !(i > 0 && toks.get(i - 1).isWord("to"))) {
        f = verb(i, Cues.strength(t.norm()));
      }
      if (f != null && f.source() == null && !out.isEmpty() && followsComma(i) && t.norm().endsWith("ing")) {
        // "Peabody said: "...," adding that ...": the participle's source is the one before it
        f = new Found(out.get(out.size() - 1).source(), f.cue(), f.content(), f.direct());
      }
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  /** Whether token {@code i} follows a comma, or a quotation that ends in one. */
  private boolean followsComma(int i) {
    return i > 0 && (toks.get(i - 1).isPunct(",") || toks.get(i - 1).isQuote() && endsWithComma(toks.get(i - 1)));
  }

  /**
   * The last token of a signature after a dash ({@code "..." — Sonya Herridge}, {@code — Al Mayadeen English
   * (@MayadeenEnglish) June 18, 2023}): capitalised words that end the sentence or stand before a parenthesis or a
   * date; -1 when there is none.
   */
  int signature(int dash) {
    int first = dash + 1;
    if (first >= toks.size() || !toks.get(first).capitalised()) {
      return -1;
    }
    int j = first;
    while (j + 1 < toks.size() && toks.get(j + 1).capitalised() && j - first < 6) {
      j++;
    }
    boolean ends = j + 1 == toks.size() || toks.get(j + 1).isPunct("(.,") || endsHere(j + 1);
    return ends ? j : -1;
  }

  /** A title-case cue that ends a headline ({@code ..., Lindsey Graham Says}). */
  private boolean headline(int i) {
    return Cues.strength(toks.get(i).norm()) == Cues.Strength.SPEECH && endsHere(i + 1);
  }

  /** Dashes that sign a quote. */
  static final String DASHES = "—―–-";

  /**
   * {@code Miller: "..."} or {@code Miller: content} at the start of a sentence; in {@code Said Miller: "..."} the
   * verb is the cue.
   */
  private Found heading() {
    int colon = -1;
    for (int i = 0; i < Math.min(toks.size(), 6); i++) {
      if (toks.get(i).isPunct(":")) {
        colon = i;
        break;
      }
      if (!toks.get(i).capitalised()) {
        return null;
      }
    }
    if (colon <= 0 || colon + 1 >= toks.size()) {
      return null;
    }
    List<Span> content = contentFrom(colon + 1);
    if (colon >= 2 && Cues.strength(toks.get(0).norm()) == Cues.Strength.SPEECH) {
      return new Found(span(1, colon - 1), span(0, 0), content, isDirect(colon + 1, content)); // "Said Ellis: ..."
    }
    return new Found(span(0, colon - 1), span(colon, colon), content, isDirect(colon + 1, content));
  }

  private Found according(int i) {
    Span cue = span(i, i + 1);
    int srcLast = Phrases.rightFrom(toks, i + 2);
    Span source = srcLast < 0 ? null : span(i + 2, srcLast);
    if (i >= 2 && toks.get(i - 1).isPunct(",")) {
      List<Span> content = contentBefore(i - 2);
      return content.isEmpty() ? null : new Found(source, cue, content, isDirect(i - 2, content));
    }
    int from = (srcLast < 0 ? i + 1 : srcLast) + 1;
    if (from < toks.size() && toks.get(from).isPunct(",")) {
      List<Span> content = contentFrom(from + 1);
      return content.isEmpty() ? null : new Found(source, cue, content, isDirect(from + 1, content));
    }
    return null;
  }

  private Found verb(int i, Cues.Strength strength) {
    int cs = i;
    while (cs > 0 && CueExtent.isAux(toks.get(cs - 1))) {
      cs--;
    }
    int ce = CueExtent.end(toks, i);
    if (ce + 1 < toks.size() && toks.get(ce + 1).isPunct(":")) {
      ce++;
    }
    int srcStart;
    int srcEnd = cs - 1;
    if (srcEnd >= 0 && toks.get(srcEnd).isPunct(",")) {
      int[] app = appositive(srcEnd);
      srcStart = app[0];
      srcEnd = app[1];
    } else {
      if (srcEnd > 0 && (toks.get(srcEnd).isWord("all") || toks.get(srcEnd).isWord("both"))) {
        srcEnd--; // "Merkley, Brown and Menendez all suggested"
      }
      srcStart = Phrases.leftFrom(toks, srcEnd);
      if (srcStart >= 0 && srcStart < srcEnd && toks.get(srcStart).isWord("both")) {
        srcStart++;
      }
    }
    int after = ce + 1;
    if (ADDRESSEE.contains(toks.get(i).norm()) && after < toks.size() && toks.get(after).isWord()
        && !toks.get(after).isWord("that")) {
      int last = Phrases.rightFrom(toks, after);
      if (last >= 0) {
        after = last + 1;
      }
    }
    if (strength == Cues.Strength.ACT && (passive(cs, i) || weakSource(srcStart, srcEnd))) {
      return null;
    }
    boolean bareParticiple = cs == i && toks.get(i).norm().endsWith("ing");
    boolean passive = cs < i && (toks.get(cs).isWord("was") || toks.get(cs).isWord("is")) && srcStart >= 0
        && toks.get(srcStart).isWord("it");
    if (bareParticiple || passive) {
      srcStart = -1;
      srcEnd = cs - 1;
    }
    after = CueExtent.skipWhen(toks, after);
    Span cue = span(cs, ce);
    Span source = srcStart < 0 ? null : span(srcStart, srcEnd);
    int before = (srcStart < 0 ? cs : srcStart) - 1;
    boolean comma = before >= 0 && toks.get(before).isPunct(",");
    int left = comma ? before - 1 : before;
    if (left >= 0 && toks.get(left).isQuote() && strength != Cues.Strength.CLAUSE
        && !(source != null && (endsWithFullStop(toks.get(left)) && opensContent(after) || opensClause(after))
            || bareParticiple && opensClause(after))) {
      return inverted(left, cue, source, ce);
    }
    int r = after;
    if (r < toks.size() && toks.get(r).isPunct(",:—–")) {
      r++;
    }
    int that = thatAfter(r);
    if (that >= 0) {
      r = that;
    }
    if (r < toks.size() && (toks.get(r).isWord("that") || toks.get(r).isQuote())) {
      List<Span> content = contentFrom(r);
      return new Found(source, cue, content, isDirect(r, content));
    }
    if (colonAtEnd(ce)) {
      return new Found(source, cue, List.of(), true);
    }
    if (strength == Cues.Strength.CLAUSE) {
      return null;
    }
    boolean participle = toks.get(i).norm().endsWith("ing") && comma && source == null
        || cs > 0 && toks.get(cs - 1).isWord("and") && source == null;
    boolean intent = r < toks.size() && toks.get(r).isWord("to") && INTENT.contains(toks.get(i).norm());
    if ((source != null || participle) && r == after && r < toks.size() && toks.get(r).isWord()
        && (intent || !NOT_CONTENT_START.contains(toks.get(r).norm()))
        && (participle || cs < i || !toks.get(i).norm().endsWith("ing"))) {
      List<Span> content = contentFrom(r);
      return content.isEmpty() ? null : new Found(source, cue, content, false);
    }
    if (strength == Cues.Strength.ACT) {
      return null;
    }
    int tail = after;
    Span right = null;
    if (source == null) {
      int last = sourceRight(after);
      if (last >= 0) {
        right = span(after, last);
        tail = last + 1;
      }
    }
    if (comma && left >= 0 && (endsHere(tail) || (tail < toks.size() && toks.get(tail).isPunct(",")))) {
      source = source == null ? right : source;
      List<Span> content = new ArrayList<>(contentBefore(left));
      if (!content.isEmpty() && !endsHere(tail) && tail + 1 < toks.size() && toks.get(tail + 1).isWord()) {
        content.addAll(contentFrom(tail + 1)); // "To prevent problems, he said, officials should be vigilant."
      }
      return content.isEmpty() ? null : new Found(source, cue, content, false);
    }
    return null;
  }

  /** {@code "A," he said, "B."}: the quote before the cue, and the one after it when the sentence goes on. */
  private Found inverted(int left, Span cue, Span source, int ce) {
    int next = ce + 1;
    if (source == null) {
      int last = sourceRight(next);
      if (last >= 0) {
        source = span(next, last);
        next = last + 1;
      }
    }
    List<Span> content = new ArrayList<>(quoteParts(left));
    int lead = leadIn(left);
    if (lead >= 0 && content.size() == 1) {
      content.set(0, new Span(toks.get(lead).start(), content.get(0).end()));
    }
    if (next < toks.size() && toks.get(next).isPunct(",")) {
      next++;
    }
    if (next < toks.size() && toks.get(next).isQuote()) {
      content.addAll(quoteParts(next));
    }
    return new Found(source, cue, content, true);
  }

  /**
   * The first word of the writer's words that a quotation completes before its source and cue ({@code Not paying taxes
   * "makes me smart," Trump said}: the reader, and PolNeAR, take the whole clause as what was said): the sentence's
   * first word, or the first after its last colon, semicolon or dash, when no quotation or cue word stands between it
   * and the quotation; -1 when the quotation opens the clause or such a word stands before it.
   */
  private int leadIn(int quote) {
    int first = -1;
    for (int k = quote - 1; k >= 0; k--) {
      Tok t = toks.get(k);
      if (t.isPunct(":;") || t.isPunct(DASHES)) {
        break;
      }
      if (t.isQuote() || t.isWord() && Cues.strength(t.norm()) != null) {
        return -1;
      }
      if (t.isWord()) {
        first = k;
      }
    }
    return first;
  }

  /** {@code were mistakenly charged}: a form of "be" in the cue before a past form. */
  private boolean passive(int cs, int verb) {
    if (!toks.get(verb).norm().endsWith("ed")) {
      return false;
    }
    for (int k = cs; k < verb; k++) {
      if (BE.contains(toks.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "being");

  /** A source of one lower-case word that is no pronoun ({@code bankruptcy declared}): too weak for an ACT verb. */
  private boolean weakSource(int start, int end) {
    return start >= 0 && start == end && !toks.get(start).capitalised()
        && !Phrases.PRONOUNS.contains(toks.get(start).norm());
  }

  /** Whether the cue ends the sentence with a colon: its content is the next paragraph. */
  private boolean colonAtEnd(int ce) {
    return toks.get(ce).isPunct(":") && ce == toks.size() - 1;
  }

  /** {@code says at a campaign stop in Toledo, Ohio, that ...}: the "that" after a short phrase, or -1. */
  private int thatAfter(int r) {
    if (r >= toks.size() || !(toks.get(r).isWord("in") || toks.get(r).isWord("at") || toks.get(r).isWord("on")
        || toks.get(r).isWord("during") || toks.get(r).isWord("of") || toks.get(r).isWord("about"))) {
      return -1;
    }
    for (int j = r + 1; j < toks.size() && j - r <= 14; j++) {
      Tok t = toks.get(j);
      if (t.isWord("that") || (t.isQuote() && toks.get(j - 1).isPunct(",:") && endsHere(j + 1))) {
        return j;
      }
      if (!t.isWord() && !t.isPunct(",.’'-")) {
        return -1;
      }
    }
    return -1;
  }

  /** The full stop of an abbreviation inside an apposition ({@code of Springfield, Va., said}). */
  private boolean abbreviationDot(int j) {
    Tok t = toks.get(j);
    return t.isPunct(".") && j + 1 < toks.size() && toks.get(j + 1).isPunct(",") && toks.get(j - 1).isWord()
        && toks.get(j - 1).end() == t.start();
  }

  /**
   * {@code Huma Abedin, vice chairwoman for the campaign, said}: the name, the apposition and its comma; or, when
   * the commas hold a prepositional phrase ({@code Clinton, at Monday's debate, said}), the name alone. First and
   * last token, or -1 for none.
   */
  private int[] appositive(int comma) {
    for (int j = comma - 1; j > 0 && comma - j <= 40; j--) {
      Tok t = toks.get(j);
      if (t.isPunct(",")) {
        int start = Phrases.leftFrom(toks, j - 1);
        if (start < 0 || j + 1 >= comma) {
          return new int[] {-1, comma};
        }
        if (!toks.get(start).capitalised() || !(start == 0 || !toks.get(start - 1).isWord()
            || Phrases.BOUNDARY.contains(toks.get(start - 1).norm()))) {
          continue;
        }
        Tok first = toks.get(j + 1);
        boolean phrase = Phrases.BOUNDARY.contains(first.norm())
            || (!first.capitalised() && first.isWord() && first.norm().endsWith("ing"));
        boolean age = j + 2 == comma && Character.isDigit(first.raw().charAt(0));
        if (phrase || age) {
          return new int[] {start, j - 1};
        }
        for (int k = j + 1; k < comma; k++) {
          if (toks.get(k).isPunct(",") && (toks.get(k + 1).isWord("which") || toks.get(k + 1).isWord("who"))) {
            return new int[] {start, k}; // the apposition without the relative clause on it, with its comma
          }
        }
        return new int[] {start, comma};
      }
      if (!t.isWord() && !t.isPunct("()-’'") && !abbreviationDot(j)) {
        break;
      }
    }
    return new int[] {-1, comma};
  }

  /** A name after its cue, with its apposition ({@code said Ryan Ellis, a Republican tax consultant.}). */
  private int sourceRight(int first) {
    int last = Phrases.rightFrom(toks, first);
    if (last < 0 || last + 2 >= toks.size() || !toks.get(last + 1).isPunct(",") || !isName(first, last)) {
      return last;
    }
    int j = last + 2;
    while (j < toks.size() && !toks.get(j).isQuote()
        && !(toks.get(j).isPunct(",") && j + 1 < toks.size() && Phrases.BOUNDARY.contains(toks.get(j + 1).norm()))) {
      j++;
    }
    int end = j - 1;
    while (end > last && toks.get(end).isPunct(".!?,;:")) {
      end--;
    }
    return end > last + 1 && toks.get(last + 2).isWord() && !toks.get(last + 2).capitalised() ? end : last;
  }

  /** Whether the phrase from {@code first} to {@code last} is a name, or "the" before one ("the Rev. Peter Wherry"). */
  private boolean isName(int first, int last) {
    return toks.get(first).capitalised()
        || toks.get(first).isWord("the") && first < last && toks.get(first + 1).capitalised();
  }

  /** Whether nothing but closing punctuation follows index {@code from - 1}. */
  private boolean endsHere(int from) {
    for (int j = from; j < toks.size(); j++) {
      if (!toks.get(j).isPunct(".!?;")) {
        return false;
      }
    }
    return true;
  }

  /** The content starting at token {@code from}: a quote standing alone, or the clause to the end. */
  private List<Span> contentFrom(int from) {
    if (from >= toks.size()) {
      return List.of();
    }
    if (toks.get(from).isQuote() && (endsHere(from + 1)
        || endsWithComma(toks.get(from)) && from + 1 < toks.size() && startsCue(from + 1))) {
      return quoteParts(from); // "..., adding that ...": the next cue's content is its own
    }
    int end = clauseEnd(from);
    return end < from ? List.of() : List.of(new Span(toks.get(from).start(), toks.get(end).end()));
  }

  /** The content ending at token {@code last}: a quote standing alone, or the clause from the sentence start. */
  private List<Span> contentBefore(int last) {
    if (last < 0) {
      return List.of();
    }
    if (toks.get(last).isQuote()) {
      return quoteParts(last);
    }
    int first = 0;
    while (first < last && !toks.get(first).isWord() && !toks.get(first).isQuote()) {
      first++;
    }
    return first > last ? List.of() : List.of(new Span(toks.get(first).start(), toks.get(last).end()));
  }

  /**
   * The closing token of a parenthesis or a pair of dashes opening at {@code open} that the clause goes on after
   * ({@code to nominate Sargent Shriver — a member of the Kennedy clan — to replace ...}), or -1; one holding a
   * quote, a cue word or a pronoun (a relative clause with an attribution of its own) does not count.
   */
  private int parentheticalEnd(int open) {
    String w = toks.get(open).norm();
    String closing = w.equals("(") ? ")" : w.equals("—") || w.equals("–") || w.equals("--") ? w : null;
    if (closing == null) {
      return -1;
    }
    for (int k = open + 1; k < toks.size() - 1 && k - open <= PARENTHETICAL_TOKENS; k++) {
      if (toks.get(k).norm().equals(closing)) {
        return toks.get(k + 1).kind() == Tok.Kind.PUNCT ? -1 : k;
      }
      if (toks.get(k).isPunct(";") || toks.get(k).isQuote()
          || toks.get(k).isWord() && (Cues.strength(toks.get(k).norm()) != null
              || Phrases.PRONOUNS.contains(toks.get(k).norm()))) {
        return -1;
      }
    }
    return -1;
  }

  /** Most tokens a parenthesis or a pair of dashes inside a content spans. */
  private static final int PARENTHETICAL_TOKENS = 25;

  /**
   * The last token of a clause starting at {@code from}: the sentence end, or a comma before another cue; a
   * parenthesis or a pair of dashes inside it does not end it.
   */
  private int clauseEnd(int from) {
    int end = toks.size() - 1;
    for (int j = from + 1; j < toks.size() - 1; j++) {
      Tok t = toks.get(j);
      Tok next = toks.get(j + 1);
      int close = parentheticalEnd(j);
      if (close > 0) {
        j = close;
        continue;
      }
      boolean stop = t.isPunct(",") && (startsCue(j + 1) || SUBORDINATE.contains(next.norm()))
          || t.isPunct("—―–(;")
          || t.isWord("and") && next.isWord() && !next.capitalised() && Cues.strength(next.norm()) != null
          || t.isPunct(",") && (next.isWord("and") || next.isWord("but")) && pronounSays(j + 2);
      if (stop) {
        end = j - 1;
        break;
      }
      if (t.isQuote() && endsWithComma(t) && (startsCue(j + 1) || SUBORDINATE.contains(next.norm()))) {
        end = j; // "... “jobs, jobs, jobs,” but he ..." and "... “a loop-hole,” she said."
        break;
      }
    }
    while (end >= from && toks.get(end).kind() == Tok.Kind.PUNCT && toks.get(end).isPunct(".!?,;:—–-")) {
      end--;
    }
    return end;
  }

  /**
   * Whether a content of the cue's own opens at token {@code j}: a "that", a quote, or a word that starts no adjunct
   * ({@code He said that if ...}, {@code She said fathers ...}, not {@code he said on Monday}).
   */
  private boolean opensContent(int j) {
    return j < toks.size() && (toks.get(j).isWord("that") || toks.get(j).isQuote()
        || toks.get(j).isWord() && !NOT_CONTENT_START.contains(toks.get(j).norm()));
  }

  /**
   * Whether a clause of the cue's own surely opens at token {@code j}: a "that", a quote, or a subject pronoun or
   * possessive ({@code In an interview on "Face the Nation," Ryan said the spate of shootings ...}).
   */
  private boolean opensClause(int j) {
    return j < toks.size() && (toks.get(j).isWord("that") || toks.get(j).isQuote()
        || toks.get(j).isWord() && !toks.get(j).capitalised() && CLAUSE_OPENERS.contains(toks.get(j).norm()));
  }

  private static final Set<String> CLAUSE_OPENERS = Set.of("he", "she", "they", "we", "i", "it", "his", "her",
      "their", "its", "our", "my", "the");

  private static boolean endsWithComma(Tok quote) {
    return lastInside(quote) == ',';
  }

  /** Whether a quote's last character before its closing mark is a full stop: it closes its sentence. */
  private static boolean endsWithFullStop(Tok quote) {
    return lastInside(quote) == '.';
  }

  /** A quote's last character before its closing mark, or 0 for a quote of fewer than three characters. */
  private static char lastInside(Tok quote) {
    String raw = quote.raw();
    return raw.length() >= 3 ? raw.charAt(raw.length() - 2) : 0;
  }

  /**
   * Whether a pronoun and a speech verb stand from token {@code from} on in the sentence, opening an attribution of
   * their own ({@code ..., and when pressed on why, she said it was a start}).
   */
  private boolean pronounSays(int from) {
    for (int k = from + 1; k < toks.size(); k++) {
      if (Cues.strength(toks.get(k).norm()) == Cues.Strength.SPEECH && toks.get(k - 1).isWord()
          && Phrases.PRONOUNS.contains(toks.get(k - 1).norm())) {
        return true;
      }
    }
    return false;
  }

  private boolean startsCue(int j) {
    Tok t = toks.get(j);
    if (t.isWord("according") || (t.isWord() && t.norm().endsWith("ing") && Cues.strength(t.norm()) != null)) {
      return true;
    }
    for (int k = j; k < Math.min(j + 6, toks.size()); k++) {
      if (toks.get(k).isWord() && Cues.strength(toks.get(k).norm()) == Cues.Strength.SPEECH && k > j
          && endsHere(k + 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean isDirect(int from, List<Span> content) {
    return from < toks.size() && toks.get(from).isQuote() && content.size() >= 1
        && content.get(0).start() == toks.get(from).start() && content.get(content.size() - 1).end()
        == quoteOf(from).last().end();
  }

  private List<Span> quoteParts(int tok) {
    Quote q = quoteOf(tok);
    used.add(q);
    return q.parts();
  }

  private Quote quoteOf(int tok) {
    Quote q = quoteAt.get(toks.get(tok).start());
    if (q == null) {
      throw new IllegalStateException("No quote starts at " + toks.get(tok).start());
    }
    return q;
  }

  private Span span(int first, int last) {
    return new Span(toks.get(first).start(), toks.get(last).end());
  }
}
