package io.retentionkit.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Parses the timestamps of input records: an ISO-8601 date-time with an offset, or a local date-time or
 * date read in the shop's zone. A space may stand for the {@code T}, and a space may precede an offset
 * written without a colon, which is how Shopify writes {@code 2024-03-01 09:30:00 +0100}.
 */
final class Timestamps {
  private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile(" (?=[+-]\\d{4}$)");
  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter();
  private static final int DATE_LENGTH = "2024-03-01".length();

  private Timestamps() {}

  /**
   * Returns the instant {@code text} denotes; a local date-time or date is read in {@code zone} (a date
   * meaning the start of that day).
   *
   * @param field the field's name, for messages
   * @throws InvalidRecordException if the text is no such timestamp
   */
  static Instant parse(String text, ZoneId zone, String field) {
    try {
      if (text.length() == DATE_LENGTH) {
        return LocalDate.parse(text).atStartOfDay(zone).toInstant();
      }
      String normalised = text;
      if (text.length() > DATE_LENGTH && text.charAt(DATE_LENGTH) == ' ') {
        normalised = text.substring(0, DATE_LENGTH) + 'T' + text.substring(DATE_LENGTH + 1);
      }
      normalised = SPACE_BEFORE_OFFSET.matcher(normalised).replaceFirst("");
      TemporalAccessor parsed = DATE_TIME.parseBest(normalised, OffsetDateTime::from, LocalDateTime::from);
      return parsed instanceof OffsetDateTime offset
          ? offset.toInstant()
          : ((LocalDateTime) parsed).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw InvalidRecordException.of(
          "%s must be an ISO-8601 date-time with offset, a local date-time or a date: '%s'", field, text);
    }
  }
}
