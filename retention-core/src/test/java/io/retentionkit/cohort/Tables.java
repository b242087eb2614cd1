package io.retentionkit.cohort;

import java.util.List;
import java.util.function.Function;

/** Reads a cohort table as plain nested lists, so that tests can compare whole tables at a glance. */
final class Tables {
  private Tables() {}

  /** Returns one value per cell, row by row. */
  static <T> List<List<T>> cells(CohortTable table, Function<CohortCell, T> value) {
    return table.rows().stream().map(row -> row.cells().stream().map(value).toList()).toList();
  }

  static List<List<Long>> active(CohortTable table) {
    return cells(table, cell -> cell.values().activeCustomers());
  }

  static List<List<Long>> orders(CohortTable table) {
    return cells(table, cell -> cell.values().orders());
  }

  static List<List<Long>> revenue(CohortTable table) {
    return cells(table, cell -> cell.values().revenue().minorUnits());
  }

  /** Returns the cumulative customer counts: members who returned by each column. */
  static List<List<Long>> returned(CohortTable table) {
    return cells(table, cell -> cell.cumulative().activeCustomers());
  }

  static List<List<Boolean>> complete(CohortTable table) {
    return cells(table, CohortCell::complete);
  }

  static List<String> labels(CohortTable table) {
    return table.rows().stream().map(CohortRow::label).toList();
  }

  static List<Long> sizes(CohortTable table) {
    return table.rows().stream().map(CohortRow::size).toList();
  }
}
