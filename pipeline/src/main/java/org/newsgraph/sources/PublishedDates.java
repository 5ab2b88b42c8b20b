package org.newsgraph.sources;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as sources write them: ISO dates and date-times, with or without a zone. */
final class PublishedDates {

  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ])");

  private PublishedDates() {}

  /**
   * The calendar date of {@code value} in the zone it is written in ({@code 2024-03-05T23:30:00-05:00} is March 5,
   * not March 6 as in UTC), or null when it is blank or not an ISO date.
   */
  static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(text));
    } catch (DateTimeParseException e) {
      // not a full ISO date-time; try a bare date, then a date followed by some other time notation
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      // fall through
    }
    Matcher m = DATE_PREFIX.matcher(text);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
