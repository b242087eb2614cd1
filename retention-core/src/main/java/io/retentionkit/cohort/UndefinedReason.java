package io.retentionkit.cohort;

/**
 * Why a {@link Ratio} has no value. The library never reports an undefined ratio as 0 or {@code NaN}.
 *
 * @since 0.1.0
 */
public enum UndefinedReason {
  /**
   * There are no customers to divide by. A cohort always has customers, so this happens only in an
   * {@linkplain CohortTable#average() average} over a column that no cohort has fully observed yet.
   */
  NO_CUSTOMERS("no customers to divide by: no cohort has fully observed this column"),
  /**
   * The cohort's revenue at offset 0, the base of revenue retention, is zero (for example when every
   * first order was free, or was refunded in full).
   */
  ZERO_BASE_REVENUE("the revenue at offset 0, the base of revenue retention, is zero");

  private final String description;

  UndefinedReason(String description) {
    this.description = description;
  }

  /**
   * Returns an English sentence fragment explaining the reason, for reports and logs.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
