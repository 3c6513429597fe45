package org.parallax.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates found in the wild: ISO 8601 dates and times, RFC 1123 (RSS), epoch seconds. A time
 * keeps the offset it was written with: the outlet's calendar date is the one its readers saw.
 */
public final class Dates {

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final DateTimeFormatter[] ZONED_FORMATS = {
      DateTimeFormatter.ISO_ZONED_DATE_TIME,
      DateTimeFormatter.RFC_1123_DATE_TIME,
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] z", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] z", Locale.ENGLISH)};

  private Dates() {}

  /**
   * The time of {@code value} in the offset it was written with, when it gives a time of day with an offset or a
   * zone (ISO 8601 with an offset or a zone id, RFC 1123 and RSS dates with a zone name, epoch seconds as UTC); null
   * when it gives no time of day or no offset, since a local time without one cannot be placed.
   */
  public static OffsetDateTime parseDateTime(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim().replaceAll("\\s+", " ");
    if (v.matches("\\d{9,11}")) {
      return Instant.ofEpochSecond(Long.parseLong(v)).atOffset(ZoneOffset.UTC);
    }
    try {
      return OffsetDateTime.parse(v);
    } catch (DateTimeParseException e) {
      // fall through
    }
    for (DateTimeFormatter format : ZONED_FORMATS) {
      try {
        return ZonedDateTime.parse(v, format).toOffsetDateTime();
      } catch (DateTimeParseException e) {
        // next format
      }
    }
    return null;
  }

  /**
   * The publication date and time to believe: the page's unless it lies after {@code reference} (the capture of a
   * WARC record, else the time of ingest), which only a wrong or template date can. A time with an offset is
   * compared as an instant; a bare date may run one day ahead of UTC's date (time zones east of UTC). A date not
   * believed gives way to {@code fallback} (the capture date, or null) without a time.
   */
  public static Dated believable(LocalDate date, OffsetDateTime at, Instant reference, LocalDate fallback) {
    if (at != null) {
      return at.toInstant().isAfter(reference) ? new Dated(fallback, null) : new Dated(at.toLocalDate(), at);
    }
    LocalDate latest = LocalDate.ofInstant(reference, ZoneOffset.UTC).plusDays(1);
    return date != null && !date.isAfter(latest) ? new Dated(date, null) : new Dated(fallback, null);
  }

  /** A publication date, and its time with the outlet's offset when known (else null). */
  public record Dated(LocalDate date, OffsetDateTime at) {}

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
