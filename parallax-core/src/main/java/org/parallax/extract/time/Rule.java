package org.parallax.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing a temporal expression: a pattern that proposes a span, a guard that may veto it, and a
 * resolver that turns the match into a TIMEX3 type and value.
 *
 * <p>The pattern is matched case-insensitively and only between word boundaries: the match may not begin or end
 * inside a word or a number.
 */
record Rule(String name, Pattern pattern, List<String> groups, Guard guard, Resolver resolver) {

  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  /** One match of a rule: its {@code String} offsets and the text of each named group that took part. */
  record Match(int start, int end, Map<String, String> groups) {

    Match {
      groups = Map.copyOf(groups);
    }
  }

  /** Vetoes a match that only looks like a time ("may" the verb, "1,949"). */
  @FunctionalInterface
  interface Guard {
    boolean accept(Match match, String text);
  }

  /** Normalises a match; returns null when it cannot say what the match means. */
  @FunctionalInterface
  interface Resolver {
    Resolved resolve(Match match, Context context);
  }

  /**
   * A resolved expression; {@code day}, when not null, is the calendar day it names, which becomes the reference
   * for later relative expressions such as "the day before".
   */
  record Resolved(String type, String value, LocalDate day) {

    static Resolved of(String type, String value) {
      return new Resolved(type, value, null);
    }
  }

  static Rule of(String name, String regex, Resolver resolver) {
    return of(name, regex, (m, t) -> true, resolver);
  }

  static Rule of(String name, String regex, Guard guard, Resolver resolver) {
    Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}'’])(?:" + regex + ")(?![\\p{L}\\p{N}]|-\\p{L})",
        Pattern.CASE_INSENSITIVE);
    List<String> groups = new ArrayList<>();
    Matcher names = GROUP_NAME.matcher(regex);
    while (names.find()) {
      groups.add(names.group(1));
    }
    return new Rule(name, pattern, List.copyOf(groups), guard, resolver);
  }

  /** The match the matcher stands on, with the text of its named groups. */
  @SuppressWarnings("unchecked")
  Match match(Matcher matcher) {
    Map.Entry<String, String>[] found = new Map.Entry[groups.size()];
    int n = 0;
    for (String g : groups) {
      String value = matcher.group(g);
      if (value != null) {
        found[n++] = Map.entry(g, value);
      }
    }
    // an immutable map, which Match keeps as it is instead of copying
    return new Match(matcher.start(), matcher.end(), Map.ofEntries(java.util.Arrays.copyOf(found, n)));
  }

  /** The text of a named group, or null when the group did not take part in the match. */
  static String group(Match m, String name) {
    return m.groups().get(name);
  }
}
