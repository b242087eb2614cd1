package io.retentionkit.model;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts time into calendar-aligned periods of one {@link PeriodUnit} in a shop's time zone: which period
 * holds an instant, the periods covering a range, and a numeric index per period so that "periods since"
 * is a subtraction.
 *
 * <p>Instants are placed by their local date in {@code zone}, so daylight-saving changes never move an
 * order into a neighbouring period. Weeks begin on {@code firstDayOfWeek} (Monday unless set).
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param unit the unit of each period
 * @param zone the shop's time zone
 * @param firstDayOfWeek the day weeks begin on; only {@link PeriodUnit#WEEK} uses it
 * @since 0.1.0
 */
public record PeriodCalendar(PeriodUnit unit, ZoneId zone, DayOfWeek firstDayOfWeek) {

  /** 1970-01-01, the epoch day 0, was a Thursday. */
  private static final DayOfWeek EPOCH_DAY_OF_WEEK = DayOfWeek.THURSDAY;

  /**
   * Creates a {@code PeriodCalendar}, validating every component.
   *
   * @param unit the unit of each period
   * @param zone the shop's time zone
   * @param firstDayOfWeek the day weeks begin on; only {@link PeriodUnit#WEEK} uses it
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public PeriodCalendar {
    requireNonNull(unit, "unit");
    requireNonNull(zone, "zone");
    requireNonNull(firstDayOfWeek, "firstDayOfWeek");
  }

  /**
   * Returns a calendar whose weeks begin on Monday.
   *
   * @param unit the unit of each period
   * @param zone the shop's time zone
   * @return the calendar
   * @throws NullPointerException if an argument is null
   */
  public static PeriodCalendar of(PeriodUnit unit, ZoneId zone) {
    return new PeriodCalendar(unit, zone, DayOfWeek.MONDAY);
  }

  /**
   * Returns a copy whose weeks begin on {@code day}.
   *
   * @param day the first day of the week
   * @return the copy
   * @throws NullPointerException if {@code day} is null
   */
  public PeriodCalendar withFirstDayOfWeek(DayOfWeek day) {
    return new PeriodCalendar(unit, zone, day);
  }

  /**
   * Returns the shop-local date of {@code instant}.
   *
   * @param instant the instant
   * @return its date in {@code zone}
   * @throws NullPointerException if {@code instant} is null
   */
  public LocalDate localDate(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  /**
   * Returns the index of the period holding {@code date}: consecutive periods have consecutive indexes.
   * The index is the epoch day for days, weeks since the week holding 1970-01-01, and {@code year × 12 +
   * month − 1}, {@code year × 4 + quarter − 1} and {@code year} for the others.
   *
   * @param date the date
   * @return the period's index
   * @throws NullPointerException if {@code date} is null
   */
  public long index(LocalDate date) {
    return switch (unit) {
      case DAY -> date.toEpochDay();
      case WEEK -> Math.floorDiv(date.toEpochDay() + daysFromWeekStartToEpoch(), 7);
      case MONTH -> date.getYear() * 12L + date.getMonthValue() - 1;
      case QUARTER -> date.getYear() * 4L + (date.getMonthValue() - 1) / 3;
      case YEAR -> date.getYear();
    };
  }

  /**
   * Returns the index of the period holding {@code instant}'s local date.
   *
   * @param instant the instant
   * @return the period's index
   * @throws NullPointerException if {@code instant} is null
   */
  public long index(Instant instant) {
    return index(localDate(instant));
  }

  /**
   * Returns the period with the given index.
   *
   * @param index an index as returned by {@link #index(LocalDate)}
   * @return the period
   * @throws java.time.DateTimeException if the index lies outside the supported date range
   */
  public Period periodAt(long index) {
    LocalDate start = switch (unit) {
      case DAY -> LocalDate.ofEpochDay(index);
      case WEEK -> LocalDate.ofEpochDay(Math.multiplyExact(index, 7L) - daysFromWeekStartToEpoch());
      case MONTH -> LocalDate.of(Math.toIntExact(Math.floorDiv(index, 12L)), (int) Math.floorMod(index, 12L) + 1, 1);
      case QUARTER -> LocalDate.of(Math.toIntExact(Math.floorDiv(index, 4L)), (int) Math.floorMod(index, 4L) * 3 + 1, 1);
      case YEAR -> LocalDate.of(Math.toIntExact(index), 1, 1);
    };
    return new Period(start, next(start), zone);
  }

  /**
   * Returns the period holding {@code date}.
   *
   * @param date the date
   * @return the period
   * @throws NullPointerException if {@code date} is null
   */
  public Period periodOf(LocalDate date) {
    return periodAt(index(date));
  }

  /**
   * Returns the period holding {@code instant}'s local date.
   *
   * @param instant the instant
   * @return the period
   * @throws NullPointerException if {@code instant} is null
   */
  public Period periodOf(Instant instant) {
    return periodOf(localDate(instant));
  }

  /**
   * Returns the periods, in order, that cover {@code [from, toExclusive)}: the first holds {@code from},
   * the last holds the day before {@code toExclusive}.
   *
   * @param from the first date to cover
   * @param toExclusive the first date not to cover; after {@code from}
   * @return the periods; never empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code from} is not before {@code toExclusive}
   */
  public List<Period> periodsCovering(LocalDate from, LocalDate toExclusive) {
    requireNonNull(from, "from");
    requireNonNull(toExclusive, "toExclusive");
    requireArgument(from.isBefore(toExclusive), "from must be before toExclusive: %s, %s", from, toExclusive);
    long first = index(from);
    long last = index(toExclusive.minusDays(1));
    List<Period> periods = new ArrayList<>(Math.toIntExact(last - first + 1));
    for (long i = first; i <= last; i++) {
      periods.add(periodAt(i));
    }
    return periods;
  }

  /**
   * Returns the ISO-style label of the period holding {@code date}: {@code 2011-01-17} (day),
   * {@code 2011-W05} (week-based year and week, weeks of at least four days in the new year, as in ISO
   * 8601), {@code 2011-01} (month), {@code 2011-Q1} (quarter), {@code 2011} (year).
   *
   * @param date a date in the period
   * @return the label
   * @throws NullPointerException if {@code date} is null
   */
  public String label(LocalDate date) {
    LocalDate start = periodOf(date).start();
    WeekFields weeks = WeekFields.of(firstDayOfWeek, 4);
    return switch (unit) {
      case DAY -> start.toString();
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
          start.get(weeks.weekBasedYear()), start.get(weeks.weekOfWeekBasedYear()));
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER -> String.format(Locale.ROOT, "%d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> Integer.toString(start.getYear());
    };
  }

  /**
   * Returns the label of the period with the given index.
   *
   * @param index an index as returned by {@link #index(LocalDate)}
   * @return the label, as {@link #label(LocalDate)}
   */
  public String label(long index) {
    return label(periodAt(index).start());
  }

  private LocalDate next(LocalDate start) {
    return switch (unit) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  /** Days from the most recent {@code firstDayOfWeek} on or before 1970-01-01 to that date. */
  private long daysFromWeekStartToEpoch() {
    return Math.floorMod(EPOCH_DAY_OF_WEEK.getValue() - firstDayOfWeek.getValue(), 7);
  }
}
