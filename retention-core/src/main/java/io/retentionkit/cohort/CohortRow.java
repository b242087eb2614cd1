package io.retentionkit.cohort;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.Period;
import java.util.List;
import java.util.Optional;

/**
 * One row of a cohort table: the customers whose first qualifying order fell in one period (and, with a
 * {@linkplain CohortBreakdown breakdown}, whose first order had one key), and their cells.
 *
 * <p>A row has a cell for every column that had begun, for at least one possible member of the cohort,
 * before the as-of instant; so {@code cells().get(j).column().index() == j}, and recent cohorts have
 * fewer cells than old ones.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param period the cohort's period in the analysis' time zone
 * @param label the period's ISO-style label ({@code 2011-01}, {@code 2011-W05}, {@code 2011-Q1},
 *     {@code 2011-01-17}, {@code 2011}), as {@link io.retentionkit.model.PeriodCalendar#label}
 * @param key the breakdown value of the customers' first orders, or empty if there is no breakdown or
 *     the first orders had no such value
 * @param size the number of customers in the cohort; positive
 * @param cells the cells, column 0 first
 * @since 0.1.0
 */
public record CohortRow(Period period, String label, Optional<String> key, long size, List<CohortCell> cells) {

  /**
   * Creates a {@code CohortRow}, validating every component.
   *
   * @param period the cohort's period in the analysis' time zone
   * @param label the period's ISO-style label
   * @param key the breakdown value, or empty
   * @param size the number of customers in the cohort; positive
   * @param cells the cells, column 0 first, each at its own column's index
   * @throws NullPointerException if a component or a cell is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public CohortRow {
    requireNonNull(period, "period");
    requireNonNull(label, "label");
    requireNonNull(key, "key");
    cells = List.copyOf(requireNonNull(cells, "cells"));
    requireArgument(size > 0, "cohort size must be positive: %d", size);
    for (int i = 0; i < cells.size(); i++) {
      requireArgument(cells.get(i).column().index() == i,
          "cell %d must belong to column %d: %s", i, i, cells.get(i).column());
      requireArgument(cells.get(i).values().customers() == size,
          "cell %d must be relative to the cohort's %d customers: %d", i, size, cells.get(i).values().customers());
    }
  }
}
