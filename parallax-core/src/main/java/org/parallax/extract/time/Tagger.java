package org.parallax.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.parallax.model.Span;

/**
 * Runs every rule over a text, keeps the longest non-overlapping candidates, and resolves them in text order.
 *
 * <p>Longer candidates win because they carry more of the meaning ("June 18, 2023" over "June 18", "the past two
 * years" over "the past"); between equally long ones the earlier rule wins. Resolution runs left to right so that
 * "the day before" can count from the last day named before it.
 */
final class Tagger {

  private record Candidate(Rule rule, int order, Rule.Match match) {

    int length() {
      return match.end() - match.start();
    }
  }

  private final List<Rule> rules;
  private final RuleIndex index;

  Tagger(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    this.index = new RuleIndex(this.rules);
  }

  static Tagger english() {
    List<Rule> all = new ArrayList<>();
    all.addAll(CalendarRules.rules());
    all.addAll(RelativeRules.rules());
    all.addAll(QuantityRules.rules());
    return new Tagger(all);
  }

  List<TimeExpression> tag(String text, LocalDate published) {
    int[] starts = wordStarts(text);
    List<Candidate> candidates = new ArrayList<>();
    Matcher[] matchers = new Matcher[rules.size()];
    // where each rule may match next: a rule is not tried inside its own last match, as find() would not
    int[] free = new int[rules.size()];
    for (int start : starts) {
      // every rule starts at a word, so trying word starts only is the same as find(), and several times faster;
      // trying only the rules that can start with the word there is the same again, and faster still
      for (int r : index.at(text, start)) {
        if (start < free[r]) {
          continue;
        }
        Rule rule = rules.get(r);
        Matcher matcher = matchers[r];
        if (matcher == null) {
          matcher = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
          matchers[r] = matcher;
        }
        matcher.region(start, text.length());
        if (matcher.lookingAt() && matcher.end() > start) {
          Rule.Match match = rule.match(matcher);
          if (rule.guard().accept(match, text)) {
            candidates.add(new Candidate(rule, r, match));
          }
          free[r] = matcher.end();
        }
      }
    }
    List<Candidate> chosen = choose(candidates);
    Context context = new Context(text, published);
    List<TimeExpression> found = new ArrayList<>();
    // code points are counted on from the last expression: counting from 0 each time is quadratic in long texts
    int counted = 0;
    int countedPoints = 0;
    int previousEnd = 0;
    Candidate previous = null;
    LocalDate previousDay = null;
    for (int i = 0; i < chosen.size(); i++) {
      Candidate c = chosen.get(i);
      Rule.Resolved resolved = c.rule().resolver().resolve(c.match(), context);
      if (resolved == null) {
        continue;
      }
      if (previous != null && isRange(text, previous, previousDay, c, resolved)) {
        // "from Monday to Wednesday" runs forwards: a past range moves its first day back a week, any other range
        // its last day on a week
        if (context.tense(previous.match().start(), c.match().end()) == Tense.Direction.PAST) {
          TimeExpression first = found.get(found.size() - 1);
          found.set(found.size() - 1, new TimeExpression(first.span(), first.text(), first.type(),
              shifted(first.value(), previousDay.minusWeeks(1)), first.mod()));
        } else {
          resolved = new Rule.Resolved(resolved.type(), shifted(resolved.value(), resolved.day().plusWeeks(1)),
              resolved.day().plusWeeks(1));
        }
      }
      previous = c;
      previousDay = resolved.day();
      // the words that modify the value ("around", "at least", "or so") belong to the expression
      int start = Mods.widenStart(text, c.match().start(), previousEnd, resolved.type());
      int end = Mods.widenEnd(text, c.match().end(),
          i + 1 < chosen.size() ? chosen.get(i + 1).match().start() : text.length());
      previousEnd = end;
      countedPoints += text.codePointCount(counted, start);
      counted = start;
      int points = text.codePointCount(start, end);
      String covered = text.substring(start, end);
      found.add(new TimeExpression(new Span(countedPoints, countedPoints + points), covered, resolved.type(),
          resolved.value(), Mods.of(covered)));
      context.resolved(resolved.value(), c.rule().name());
      if (resolved.day() != null) {
        context.named(resolved.day(), c.match().end());
      }
    }
    return List.copyOf(found);
  }

  /** Two weekdays joined as a range ("from Monday to Wednesday", "between Monday and Wednesday") whose end came first. */
  private static boolean isRange(String text, Candidate first, LocalDate firstDay, Candidate second,
      Rule.Resolved resolved) {
    if (firstDay == null || resolved.day() == null || !resolved.day().isBefore(firstDay)
        || !first.rule().name().equals("weekday") || !second.rule().name().equals("weekday")) {
      return false;
    }
    String between = text.substring(first.match().end(), second.match().start()).strip().toLowerCase(Locale.ROOT);
    if (between.equals("and")) {
      String before = text.substring(Math.max(0, first.match().start() - 8), first.match().start());
      return before.toLowerCase(Locale.ROOT).matches(".*\\bbetween\\s+$");
    }
    return RANGE_JOINS.contains(between);
  }

  private static final Set<String> RANGE_JOINS = Set.of("to", "until", "till", "through", "thru", "-", "–", "—");

  /** A day's value (or a time on it) moved to {@code day}. */
  private static String shifted(String value, LocalDate day) {
    return Values.day(day) + value.substring(10);
  }

  /**
   * Where an expression may begin: the start of a word, a number or an apostrophe-led token ("'90s"). Which rules
   * are tried there is {@link RuleIndex}'s business.
   */
  private static int[] wordStarts(String text) {
    int[] starts = new int[text.length()];
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean word = Character.isLetterOrDigit(c);
      if ((word || c == '\'' || c == '’') && !inWord) {
        starts[n++] = i;
      }
      inWord = word || (inWord && (c == '\'' || c == '’'));
    }
    return java.util.Arrays.copyOf(starts, n);
  }

  /**
   * Whether some rule can start at {@code at}: a number, an apostrophe-led token, or a word of
   * {@link Words#FIRST_WORDS}; a rule that may start with a new word must add it there.
   */
  static boolean mayStart(String text, int at) {
    char c = text.charAt(at);
    if (!(c < 128 && Character.isLetter(c))) {
      return true;
    }
    int end = at;
    while (end < text.length() && end - at < 16 && text.charAt(end) < 128 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return Words.FIRST_WORDS.contains(text.substring(at, end).toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the tagger tries its rule named {@code rule} at {@code at}, a word start of {@code text}. */
  boolean tries(String rule, String text, int at) {
    return java.util.Arrays.stream(index.at(text, at)).anyMatch(r -> rules.get(r).name().equals(rule));
  }

  private List<Candidate> choose(List<Candidate> candidates) {
    List<Candidate> byLength = new ArrayList<>(candidates);
    byLength.sort(Comparator.comparingInt(Candidate::length).reversed()
        .thenComparingInt(Candidate::order)
        .thenComparingInt(c -> c.match().start()));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : byLength) {
      boolean free = kept.stream().noneMatch(k -> k.match().start() < c.match().end()
          && c.match().start() < k.match().end());
      if (free) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(c -> c.match().start()));
    return kept;
  }
}
