package io.retentionkit.model;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A half-open range of shop-local dates, {@code [start, endExclusive)}, in a time zone. An instant lies in
 * the period when its local date in {@code zone} does, so a period begins and ends at local midnight
 * whatever the daylight-saving rules do to the length of its days.
 *
 * <p>Not to be confused with {@link java.time.Period}, which is an amount of time; this library never
 * uses that type in its API.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param start the first date in the period
 * @param endExclusive the first date after the period; after {@code start}
 * @param zone the shop's time zone
 * @since 0.1.0
 */
public record Period(LocalDate start, LocalDate endExclusive, ZoneId zone) implements Comparable<Period> {

  /**
   * Creates a {@code Period}, validating every component.
   *
   * @param start the first date in the period
   * @param endExclusive the first date after the period; after {@code start}
   * @param zone the shop's time zone
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public Period {
    requireNonNull(start, "start");
    requireNonNull(endExclusive, "endExclusive");
    requireNonNull(zone, "zone");
    requireArgument(start.isBefore(endExclusive),
        "period start must be before its end: [%s, %s)", start, endExclusive);
  }

  /**
   * Returns the period {@code [start, endExclusive)} in {@code zone}.
   *
   * @param start the first date
   * @param endExclusive the first date after the period
   * @param zone the shop's time zone
   * @return the period
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code start} is not before {@code endExclusive}
   */
  public static Period of(LocalDate start, LocalDate endExclusive, ZoneId zone) {
    return new Period(start, endExclusive, zone);
  }

  /**
   * Returns whether the local date of {@code instant} in this period's zone lies in the period.
   *
   * @param instant the instant
   * @return {@code true} if {@code start <= localDate < endExclusive}
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean contains(Instant instant) {
    return contains(LocalDate.ofInstant(instant, zone));
  }

  /**
   * Returns whether {@code date} lies in the period.
   *
   * @param date the date
   * @return {@code true} if {@code start <= date < endExclusive}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(endExclusive);
  }

  /**
   * Returns the instant the period begins: local midnight of {@code start} (or the first valid local time
   * after it, where a daylight-saving gap swallows midnight).
   *
   * @return the first instant in the period
   */
  public Instant startInstant() {
    return start.atStartOfDay(zone).toInstant();
  }

  /**
   * Returns the instant the period ends, exclusive: local midnight of {@code endExclusive}.
   *
   * @return the first instant after the period
   */
  public Instant endInstant() {
    return endExclusive.atStartOfDay(zone).toInstant();
  }

  /**
   * Returns the number of calendar days in the period.
   *
   * @return {@code endExclusive - start} in days; positive
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, endExclusive);
  }

  /**
   * Orders periods by start, then by end (zones are not compared).
   *
   * @param other the period to compare with
   * @return a negative number, zero or a positive number
   */
  @Override
  public int compareTo(Period other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : endExclusive.compareTo(other.endExclusive);
  }

  /**
   * Returns the period as {@code "[2011-01-01, 2011-04-01) Europe/Amsterdam"}.
   *
   * @return the range and the zone
   */
  @Override
  public String toString() {
    return "[" + start + ", " + endExclusive + ") " + zone;
  }
}
