package io.retentionkit.model;

/**
 * The calendar units periods are cut into. Weeks start on a configurable day (see
 * {@link PeriodCalendar#withFirstDayOfWeek}); months, quarters and years are calendar-aligned.
 *
 * @since 0.1.0
 */
public enum PeriodUnit {
  /** One calendar day. */
  DAY,
  /** Seven days from the calendar's first day of the week. */
  WEEK,
  /** One calendar month. */
  MONTH,
  /** Three calendar months starting in January, April, July or October. */
  QUARTER,
  /** One calendar year. */
  YEAR
}
