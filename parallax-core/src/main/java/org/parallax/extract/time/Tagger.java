package org.parallax.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  private record Candidate(Rule rule, Rule.Match match) {

    int length() {
      return match.end() - match.start();
    }
  }

  private final List<Rule> rules;

  Tagger(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static Tagger english() {
    List<Rule> all = new ArrayList<>();
    all.addAll(CalendarRules.rules());
    all.addAll(RelativeRules.rules());
    all.addAll(QuantityRules.rules());
    return new Tagger(all);
  }

  List<TimeExpression> tag(String text, LocalDate published) {
    List<Candidate> candidates = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      Matcher matcher = rule.pattern().matcher(text);
      while (matcher.find()) {
        if (matcher.end() > matcher.start()) {
          Rule.Match match = rule.match(matcher);
          if (rule.guard().accept(match, text)) {
            candidates.add(new Candidate(rule, match));
          }
        }
      }
    }
    List<Candidate> chosen = choose(candidates);
    Context context = new Context(text, published);
    List<TimeExpression> found = new ArrayList<>();
    for (Candidate c : chosen) {
      Rule.Resolved resolved = c.rule().resolver().resolve(c.match(), context);
      if (resolved == null) {
        continue;
      }
      Span span = new Span(c.match().start(), c.match().end());
      found.add(new TimeExpression(span.toCodePoints(text), span.of(text), resolved.type(), resolved.value()));
      context.resolved(resolved.value(), c.rule().name());
      if (resolved.day() != null) {
        context.named(resolved.day(), c.match().end());
      }
    }
    return List.copyOf(found);
  }

  private List<Candidate> choose(List<Candidate> candidates) {
    List<Candidate> byLength = new ArrayList<>(candidates);
    byLength.sort(Comparator.comparingInt(Candidate::length).reversed()
        .thenComparingInt(c -> rules.indexOf(c.rule()))
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
