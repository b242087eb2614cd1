package io.retentionkit.benchmarks.columnar;

import io.retentionkit.columnar.OrderLog;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Benchmark (a) in DuckDB, in process: the orders are loaded once into a table of customer number,
 * shop-local date, qualifying flag and revenue (what the order log holds), and each measurement runs only
 * the query.
 *
 * <p>The query is the fastest of the forms tried on the benchmark's data: aggregate the qualifying orders
 * per customer and month first, take each customer's first month from that smaller result, join and
 * count. Taking the first month with a window over the monthly rows instead took about twice as long;
 * counting distinct customers per cell over the orders, or truncating dates to months rather than
 * computing month numbers, was no faster.
 */
public final class DuckDbCohorts implements AutoCloseable {
  /** Benchmark (a): active customers and revenue per cohort month and month offset. */
  public static final String QUERY = """
      WITH monthly AS (
        SELECT customer, year(placed) * 12 + month(placed) - 1 AS month, sum(revenue) AS revenue
        FROM orders
        WHERE qualifies
        GROUP BY customer, month),
      cohorts AS (
        SELECT customer, min(month) AS cohort
        FROM monthly
        GROUP BY customer)
      SELECT cohort, month - cohort AS month_offset, count(*) AS active_customers, sum(revenue) AS revenue
      FROM monthly JOIN cohorts USING (customer)
      GROUP BY cohort, month_offset
      ORDER BY cohort, month_offset""";

  private final Connection connection;
  private final PreparedStatement query;

  private DuckDbCohorts(Connection connection) throws SQLException {
    this.connection = connection;
    this.query = connection.prepareStatement(QUERY);
  }

  /** Returns the connection to the loaded database, for other queries over the same table. */
  Connection connection() {
    return connection;
  }

  /**
   * Opens an in-memory database holding the orders of {@code log}: each order's customer number, shop-local
   * date, whether it qualifies, and its revenue at the order date under the log's refund policy.
   *
   * @param log the orders
   * @return the loaded database
   * @throws SQLException if DuckDB fails
   */
  public static DuckDbCohorts load(OrderLog log) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE staged (customer INTEGER, day INTEGER, qualifies BOOLEAN, revenue BIGINT)");
      try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender(
          DuckDBConnection.DEFAULT_SCHEMA, "staged")) {
        boolean net = log.policy().refundPolicy() == io.retentionkit.model.RefundPolicy.NET_AT_ORDER_DATE;
        for (int customer = 0; customer < log.customerCount(); customer++) {
          for (int order = log.orderStart(customer); order < log.orderEnd(customer); order++) {
            appender.beginRow();
            appender.append(customer);
            appender.append(log.day(order));
            appender.append(log.qualifies(order));
            appender.append(net ? log.netMinor(order) : log.grossMinor(order));
            appender.endRow();
          }
        }
      }
      statement.execute("CREATE TABLE orders AS SELECT customer, DATE '1970-01-01' + day AS placed, qualifies, "
          + "revenue FROM staged");
      statement.execute("DROP TABLE staged");
    }
    return new DuckDbCohorts(connection);
  }

  /**
   * Runs the query.
   *
   * @return the cells, in {@link MonthlyCell#ORDER}
   * @throws SQLException if DuckDB fails
   */
  public List<MonthlyCell> cells() throws SQLException {
    List<MonthlyCell> cells = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        int cohort = rows.getInt(1);
        cells.add(new MonthlyCell(YearMonth.of(Math.floorDiv(cohort, 12), Math.floorMod(cohort, 12) + 1),
            rows.getInt(2), rows.getLong(3), rows.getLong(4)));
      }
    }
    return cells;
  }

  @Override
  public void close() throws SQLException {
    query.close();
    connection.close();
  }
}
