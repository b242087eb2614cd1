package io.retentionkit.benchmarks.columnar;

import io.retentionkit.columnar.OrderLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark (b) in DuckDB, in process, over the table {@link DuckDbCohorts} loads: transactions are the
 * qualifying orders of a customer and day up to the observation end; each customer first seen in the
 * calibration period gets x, t_x and T in weeks, the repeat spend and the holdout transactions, ordered by
 * customer number (the library orders by id, which the text ids would make DuckDB sort as well).
 */
public final class DuckDbSummaries {
  private final PreparedStatement query;
  private final String[] ids;

  /**
   * Prepares the query over {@code cohorts}' table, which holds the orders of {@code log}.
   *
   * @param cohorts the loaded database
   * @param log the orders it holds, for the customers' ids
   * @param calibrationEnd the last day of the calibration period
   * @param observationEnd the last day of the holdout period
   * @throws SQLException if DuckDB fails
   */
  public DuckDbSummaries(DuckDbCohorts cohorts, OrderLog log, LocalDate calibrationEnd, LocalDate observationEnd)
      throws SQLException {
    String calibration = "DATE '" + calibrationEnd + "'";
    this.query = cohorts.connection().prepareStatement("""
        WITH transactions AS (
          SELECT customer, placed AS day, sum(revenue) AS spend
          FROM orders
          WHERE qualifies AND placed <= DATE '%s'
          GROUP BY customer, placed),
        firsts AS (
          SELECT customer, min(day) AS first
          FROM transactions
          GROUP BY customer
          HAVING min(day) <= %s)
        SELECT customer,
               count(*) FILTER (WHERE day <= %2$s) - 1 AS x,
               (max(day) FILTER (WHERE day <= %2$s) - first) / 7.0 AS t_x,
               (%2$s - first) / 7.0 AS age,
               coalesce(sum(spend) FILTER (WHERE day <= %2$s AND day > first), 0) AS repeat_spend,
               count(*) FILTER (WHERE day > %2$s) AS holdout
        FROM transactions JOIN firsts USING (customer)
        GROUP BY customer, first
        ORDER BY customer""".formatted(observationEnd, calibration));
    this.ids = new String[log.customerCount()];
    for (int customer = 0; customer < ids.length; customer++) {
      ids[customer] = log.customerId(customer).value();
    }
  }

  /**
   * Runs the query.
   *
   * @return the rows, by customer number
   * @throws SQLException if DuckDB fails
   */
  public List<SummaryRow> rows() throws SQLException {
    List<SummaryRow> rows = new ArrayList<>();
    try (ResultSet result = query.executeQuery()) {
      while (result.next()) {
        rows.add(new SummaryRow(ids[result.getInt(1)], result.getInt(2), result.getDouble(3), result.getDouble(4),
            result.getLong(5), result.getInt(6)));
      }
    }
    return rows;
  }
}
