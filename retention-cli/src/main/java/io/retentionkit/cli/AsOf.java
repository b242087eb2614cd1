package io.retentionkit.cli;

import io.retentionkit.columnar.OrderLog;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --as-of} option of {@code cohort} and {@code segments}: how the instant is written on the
 * command line, and the default both commands derive from the data, so that they agree on what "now" is.
 * A picocli mixin.
 */
final class AsOf {

  @Option(names = "--as-of", paramLabel = "DATE", order = 27,
      description = "Observe events before this instant only: a date (its start in --zone), a local date-time or "
          + "an ISO instant. Default: the start of the day after the last order or refund.")
  Optional<String> asOf;

  /**
   * Returns the instant given, if any.
   *
   * @throws ParameterException if it is not a date, a date-time or an instant
   */
  Optional<Instant> instant(ZoneId zone, CommandLine commandLine) {
    return asOf.map(text -> parse(text, zone, commandLine));
  }

  /**
   * Returns the instant {@code text} names: a date (its start in {@code zone}), a local date-time (in
   * {@code zone}) or an ISO instant or offset date-time.
   *
   * @throws ParameterException if {@code text} is none of these
   */
  private static Instant parse(String text, ZoneId zone, CommandLine commandLine) {
    String value = text.strip();
    try {
      if (value.length() == "2024-12-31".length()) {
        return LocalDate.parse(value).atStartOfDay(zone).toInstant();
      }
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value, OffsetDateTime::from,
          LocalDateTime::from);
      return parsed instanceof OffsetDateTime offset ? offset.toInstant()
          : ((LocalDateTime) parsed).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new ParameterException(commandLine, "--as-of must be a date like 2024-12-31, a date-time like "
          + "2024-12-31T18:00 or an instant like 2024-12-31T17:00:00Z: '" + text + "'");
    }
  }

  /**
   * Returns the default as-of instant, as {@link io.retentionkit.cohort.CohortAnalysis} derives it: the start
   * of the shop-local day after the latest date of an event (an order placed, qualifying or not, or a
   * refund), which assumes the data are complete through that day.
   *
   * @return the instant, or empty without orders
   */
  static Optional<Instant> dayAfterLastEvent(OrderLog log) {
    ZoneId zone = log.policy().zone();
    OptionalInt last = log.lastDay();
    return last.isEmpty() ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(last.getAsInt()).plusDays(1).atStartOfDay(zone).toInstant());
  }
}
