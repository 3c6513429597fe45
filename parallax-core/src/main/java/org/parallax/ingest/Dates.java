package org.parallax.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the publication dates found in the wild: ISO 8601 dates and times, RFC 1123 (RSS), epoch seconds. */
public final class Dates {

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private Dates() {}

  /**
   * The instant of {@code value} when it gives a time of day with an offset (ISO 8601, RFC 1123, epoch seconds),
   * else null.
   */
  public static Instant parseInstant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (v.matches("\\d{9,11}")) {
      return Instant.ofEpochSecond(Long.parseLong(v));
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The calendar date of {@code value} as written (its own offset, not converted), or null when unreadable. */
  public static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.isEmpty()) {
      return null;
    }
    if (v.matches("\\d{9,11}")) {
      return LocalDate.ofEpochDay(Long.parseLong(v) / 86_400);
    }
    Matcher iso = ISO_DATE.matcher(v);
    if (iso.lookingAt()) {
      try {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      // fall through to the looser forms
    }
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // fall through
    }
    for (String pattern : new String[] {"EEE, d MMM yyyy HH:mm:ss z", "EEE, d MMM yyyy HH:mm z", "d MMM yyyy",
        "MMMM d, yyyy", "MMM d, yyyy"}) {
      try {
        return java.time.LocalDate.parse(v.replaceAll("\\s+", " "),
            DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(java.time.format.ResolverStyle.SMART));
      } catch (DateTimeParseException e) {
        // next pattern
      }
    }
    return null;
  }
}
