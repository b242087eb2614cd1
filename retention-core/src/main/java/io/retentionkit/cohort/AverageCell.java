package io.retentionkit.cohort;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

/**
 * One cell of a cohort table's average row: the column's values summed over the cohorts whose cell in
 * that column is {@linkplain CohortCell#complete() complete}, so that each ratio is weighted by cohort
 * size. For example the average retention is {@code Σ activeCustomers / Σ size} over those cohorts, not a
 * mean of their rates, and cohorts that have not yet fully observed the column do not drag it down.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param column the column
 * @param cohorts how many cohorts fully observed the column; 0 leaves every ratio undefined, with a
 *     reason
 * @param values the sums of those cohorts' {@linkplain CohortCell#values() values}
 * @param cumulative the sums of those cohorts' {@linkplain CohortCell#cumulative() cumulative values}
 * @since 0.1.0
 */
public record AverageCell(CohortColumn column, int cohorts, CohortValues values, CohortValues cumulative) {

  /**
   * Creates an {@code AverageCell}, validating every component.
   *
   * @param column the column
   * @param cohorts how many cohorts fully observed the column; not negative
   * @param values the sums of those cohorts' values
   * @param cumulative the sums of those cohorts' cumulative values
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code cohorts} is negative
   */
  public AverageCell {
    requireNonNull(column, "column");
    requireNonNull(values, "values");
    requireNonNull(cumulative, "cumulative");
    requireArgument(cohorts >= 0, "cohorts must not be negative: %d", cohorts);
  }
}
