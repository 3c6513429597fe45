package org.parallax.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.extract.time.TimeExpression;
import org.parallax.extract.time.TimeExpressions;
import org.parallax.model.Article;

/**
 * A story's timeline: the calendar dates and times its articles name, each resolved against its own article's
 * publication date, merged across articles by value and in calendar order. Durations, recurrences and vague
 * references ("recently", {@code PRESENT_REF}) are no points in time and are left out, as are articles without a
 * publication date (nothing to resolve against) and copies (a reprint is not a second witness).
 */
public final class Timeline {

  private Timeline() {}

  /** The timeline of {@code articles}, earliest first. */
  public static List<TimelineEntry> of(List<Article> articles) {
    Map<String, List<Occurrence>> byValue = new TreeMap<>();
    for (Article a : articles) {
      if (a.isCopy() || a.published() == null) {
        continue;
      }
      for (TimeExpression t : TimeExpressions.find(a.text(), a.published())) {
        if (isPointInTime(t)) {
          byValue.computeIfAbsent(t.value(), v -> new ArrayList<>())
              .add(new Occurrence(a.id(), a.outlet(), t.span(), t.text()));
        }
      }
    }
    List<TimelineEntry> entries = new ArrayList<>(byValue.size());
    byValue.forEach((value, occurrences) -> {
      LinkedHashSet<String> outlets = new LinkedHashSet<>();
      occurrences.forEach(o -> outlets.add(o.outlet()));
      entries.add(new TimelineEntry(value, List.copyOf(outlets), occurrences));
    });
    return entries;
  }

  /** A date or time whose value starts with a known year: "2023-06-18", "2022-08", "1949", "2023-W24". */
  private static boolean isPointInTime(TimeExpression t) {
    return (t.type().equals(TimeExpression.DATE) || t.type().equals(TimeExpression.TIME))
        && t.value().length() >= 4 && t.value().chars().limit(4).allMatch(Character::isDigit);
  }
}
