package io.retentionkit.clv;

/**
 * The unit in which the CLV models measure time: customer ages, purchase times, horizons and holdout
 * lengths are all counted in one of these.
 *
 * <p>Every unit is a fixed number of days, so a duration is always {@code days / days()} and two
 * customers' times are comparable. Months, quarters and years are average calendar lengths (a year is
 * 365.25 days, a month 365.25 / 12 = 30.4375 days); use days or weeks when calendar boundaries matter.
 *
 * @since 0.1.0
 */
public enum DurationUnit {
  /** One day. */
  DAY(1),
  /** Seven days: the unit of the published CDNOW results. */
  WEEK(7),
  /** 30.4375 days, a twelfth of an average year. */
  MONTH(365.25 / 12),
  /** 91.3125 days, a quarter of an average year. */
  QUARTER(365.25 / 4),
  /** 365.25 days, an average year. */
  YEAR(365.25);

  private final double days;

  DurationUnit(double days) {
    this.days = days;
  }

  /**
   * Returns the unit's length.
   *
   * @return the number of days in one unit
   */
  public double days() {
    return days;
  }

  /**
   * Returns a number of days in this unit.
   *
   * @param dayCount the days
   * @return {@code dayCount / days()}
   */
  public double fromDays(double dayCount) {
    return dayCount / days;
  }
}
