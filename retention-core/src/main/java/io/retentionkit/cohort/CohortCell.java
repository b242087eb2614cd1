package io.retentionkit.cohort;

import static java.util.Objects.requireNonNull;

/**
 * One cell of a cohort table: what one cohort did in one column, plainly and cumulatively, and whether
 * the column was fully observed.
 *
 * <p>A cell is <em>complete</em> when the last period (or rolling window) its column covers was over at
 * the table's as-of instant for every possible member of the cohort. An incomplete cell holds what was
 * observed so far; it is flagged, not hidden and not shown as 0, and the {@linkplain CohortTable#average()
 * average row} leaves it out. Under {@link ReturnCriterion#ON_OR_AFTER} completeness refers to the
 * column's first offset, since its open-ended span is never over.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param column the column the cell belongs to
 * @param complete whether the column's span was over at the as-of instant
 * @param values the counts over the column's span, and their ratios
 * @param cumulative the counts over the spans of columns 0 to this one (active customers being those who
 *     returned there), and their ratios
 * @since 0.1.0
 */
public record CohortCell(CohortColumn column, boolean complete, CohortValues values, CohortValues cumulative) {

  /**
   * Creates a {@code CohortCell}, validating every component.
   *
   * @param column the column the cell belongs to
   * @param complete whether the column's span was over at the as-of instant
   * @param values the counts over the column's span, and their ratios
   * @param cumulative the counts over the spans of columns 0 to this one, and their ratios
   * @throws NullPointerException if a component is null
   */
  public CohortCell {
    requireNonNull(column, "column");
    requireNonNull(values, "values");
    requireNonNull(cumulative, "cumulative");
  }
}
