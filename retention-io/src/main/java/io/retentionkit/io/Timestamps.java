package io.retentionkit.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
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
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT); // never "correct" 30 February into 29 February
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
      Instant fixedWidth = parseFixedWidth(text, zone);
      if (fixedWidth != null) {
        return fixedWidth;
      }
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

  /**
   * Parses the fixed-width forms nearly every export uses, {@code uuuu-MM-ddTHH:mm:ss} (or a space for the
   * {@code T}) alone, with {@code Z}, with {@code ±HH:MM}, or with a space and {@code ±HHMM}; returns null
   * for any other form. Why: the general formatter costs about half of a whole import, and timestamps
   * are in every record.
   *
   * @throws DateTimeException if the form matches but a field is out of range
   */
  private static Instant parseFixedWidth(String text, ZoneId zone) {
    int length = text.length();
    if ((length != 19 && length != 20 && length != 25) || text.charAt(4) != '-' || text.charAt(7) != '-'
        || (text.charAt(10) != 'T' && text.charAt(10) != ' ') || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
    if (length == 19) {
      return local.atZone(zone).toInstant();
    }
    if (length == 20) {
      return text.charAt(19) == 'Z' ? local.toInstant(ZoneOffset.UTC) : null;
    }
    // "+01:00" right after the time, or " +0100" as Shopify writes it.
    boolean colonForm = text.charAt(22) == ':';
    int signAt = colonForm ? 19 : 20;
    if (!colonForm && text.charAt(19) != ' ') {
      return null;
    }
    char sign = text.charAt(signAt);
    int offsetHours = digits(text, signAt + 1, signAt + 3);
    int offsetMinutes = digits(text, 23, 25);
    if ((sign != '+' && sign != '-') || (offsetHours | offsetMinutes) < 0) {
      return null;
    }
    int direction = sign == '+' ? 1 : -1;
    return local.toInstant(ZoneOffset.ofHoursMinutes(direction * offsetHours, direction * offsetMinutes));
  }

  /** Returns the decimal number in {@code text[from, to)}, or -1 if a character is not an ASCII digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
