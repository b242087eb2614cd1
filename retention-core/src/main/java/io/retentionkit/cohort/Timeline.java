package io.retentionkit.cohort;

import io.retentionkit.model.Period;
import io.retentionkit.model.PeriodCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Places a customer's dates at offsets from their cohort, calendar-aligned or in rolling windows, and says
 * which offsets had begun and which were over at the as-of instant: the one place that defines offsets
 * and right-censoring.
 */
final class Timeline {
  /** The longest day range (about 110 years) whose period indexes are tabulated. */
  private static final int MAX_TABLE_DAYS = 40_000;

  private final PeriodCalendar calendar;
  /** The rolling window in days, or 0 for calendar periods. */
  private final int rollingDays;
  private final Instant asOf;
  /** The local date of the last observed instant, just before {@code asOf}. */
  private final long lastObservedDay;
  /**
   * The period index of each day from {@code tableStart} to {@code lastObservedDay}, less {@code
   * tablePeriod}, so that placing an order needs no date arithmetic; days outside it are computed by the
   * calendar. Ints rather than longs halve the table a pass over millions of orders keeps in cache.
   */
  private final int[] periodOfDay;
  private final long tableStart;
  private final long tablePeriod;

  /**
   * Creates the timeline of an analysis as of {@code asOf}; {@code firstDay}, the earliest day orders are
   * expected on, only sizes a lookup table.
   */
  Timeline(PeriodCalendar calendar, OptionalInt rollingDays, Instant asOf, OptionalInt firstDay) {
    this.calendar = calendar;
    this.rollingDays = rollingDays.orElse(0);
    this.asOf = asOf;
    this.lastObservedDay = calendar.localDate(asOf.minusNanos(1)).toEpochDay();
    long days = firstDay.isPresent() ? lastObservedDay - firstDay.getAsInt() + 1 : 0;
    this.tableStart = firstDay.orElse(0);
    this.tablePeriod = calendar.index(LocalDate.ofEpochDay(tableStart));
    this.periodOfDay = new int[days > 0 && days <= MAX_TABLE_DAYS ? (int) days : 0];
    for (int i = 0; i < periodOfDay.length; i++) {
      periodOfDay[i] = (int) (calendar.index(LocalDate.ofEpochDay(tableStart + i)) - tablePeriod);
    }
  }

  /** Returns the index of the cohort period holding a first order placed on {@code entryDay}. */
  long cohortIndex(int entryDay) {
    return periodIndex(entryDay);
  }

  /**
   * Returns the offset of {@code day} for a customer who joined cohort {@code cohortIndex} on {@code entryDay}.
   * A day before the entry day, which a later order can fall on only in the hour repeated when clocks go back
   * across midnight (St. John's did until 2010), is at offset 0.
   */
  int offset(long cohortIndex, int entryDay, int day) {
    if (day <= entryDay) {
      return 0;
    }
    if (rollingDays > 0) {
      return (day - entryDay) / rollingDays;
    }
    return Math.toIntExact(periodIndex(day) - cohortIndex);
  }

  private long periodIndex(int day) {
    long i = day - tableStart;
    return i >= 0 && i < periodOfDay.length
        ? tablePeriod + periodOfDay[(int) i]
        : calendar.index(LocalDate.ofEpochDay(day));
  }

  /**
   * Returns the largest offset that had begun before the as-of instant for the cohort's earliest possible
   * member; no observed event of the cohort lies beyond it.
   */
  int lastStartedOffset(long cohortIndex) {
    if (rollingDays > 0) {
      long firstDay = calendar.periodAt(cohortIndex).start().toEpochDay();
      return Math.toIntExact(Math.floorDiv(lastObservedDay - firstDay, rollingDays));
    }
    return Math.toIntExact(calendar.index(LocalDate.ofEpochDay(lastObservedDay)) - cohortIndex);
  }

  /**
   * Returns how many of the offsets 0 to {@code lastOffset} were over at the as-of instant; being over is
   * monotone in the offset, so these are the first ones.
   */
  int offsetsOver(long cohortIndex, int lastOffset) {
    int low = 0;
    int high = lastOffset + 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (isOver(cohortIndex, middle)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * Returns whether offset {@code offset} was over at the as-of instant for every possible member of the
   * cohort: its calendar period had ended or, for rolling windows, the window of a member who joined on
   * the cohort period's last day had.
   */
  private boolean isOver(long cohortIndex, int offset) {
    Instant end;
    if (rollingDays > 0) {
      Period cohort = calendar.periodAt(cohortIndex);
      end = cohort.endExclusive().plusDays((offset + 1L) * rollingDays - 1).atStartOfDay(calendar.zone()).toInstant();
    } else {
      end = calendar.periodAt(cohortIndex + offset).endInstant();
    }
    return !end.isAfter(asOf);
  }
}
