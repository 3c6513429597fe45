package org.parallax.compare;

import java.util.List;

/**
 * One calendar date or time of a story's timeline, resolved from the wording of its articles ("on Sunday", "June
 * 18", "the day before"), with every place that names it.
 *
 * @param value the TIMEX3 value ({@code 2023-06-18}, {@code 2022-08}, {@code 1949}, {@code 2023-06-18T15:00})
 * @param outlets the distinct outlets that name it: more than one corroborates the date
 * @param occurrences one per expression, with its span in its article and the words used there
 */
public record TimelineEntry(String value, List<String> outlets, List<Occurrence> occurrences) {

  public TimelineEntry {
    outlets = List.copyOf(outlets);
    occurrences = List.copyOf(occurrences);
  }
}
