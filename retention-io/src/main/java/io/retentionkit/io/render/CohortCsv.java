package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import io.retentionkit.cohort.CohortCell;
import io.retentionkit.cohort.CohortRow;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.cohort.CohortValues;
import io.retentionkit.io.csv.SafeCsvWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Writes a {@link CohortTable} as "tidy" CSV: one record per cell, so that a spreadsheet's pivot table or a
 * data frame can reshape it into any grid. Columns:
 *
 * <pre>
 * cohort,cohort_start,key,size,column,first_offset,last_offset,complete,active_customers,retention,orders,
 * revenue,orders_per_customer,revenue_per_customer,revenue_retention,cumulative_active_customers,
 * cumulative_retention,cumulative_orders,cumulative_revenue,cumulative_revenue_per_customer
 * </pre>
 *
 * <p>{@code key} is the breakdown value (empty without a breakdown or value); {@code last_offset} is empty
 * for an open-ended column ({@code ON_OR_AFTER}); {@code complete} is {@code false} while the column's
 * period was not over at the as-of instant. Retention values are shares in [0, 1]; revenue is in major
 * units of the table's currency, exact ({@code revenue_per_customer} with two extra decimals). An undefined
 * value is an empty cell. The cumulative active customers are the members who have returned by then. The
 * average row is not written: it is the sum over the complete cells of each column.
 *
 * <p>Everything goes through {@link SafeCsvWriter}: numbers stay numbers and text from the input (a
 * breakdown key) cannot run as a spreadsheet formula.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CohortCsv {
  private CohortCsv() {}

  /**
   * Writes the header and one record per cell of {@code table}.
   *
   * @param table the cohort table
   * @param csv where the records go
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(CohortTable table, SafeCsvWriter csv) {
    requireNonNull(table, "table");
    requireNonNull(csv, "csv");
    csv.row("cohort", "cohort_start", "key", "size", "column", "first_offset", "last_offset", "complete",
        "active_customers", "retention", "orders", "revenue", "orders_per_customer", "revenue_per_customer",
        "revenue_retention", "cumulative_active_customers", "cumulative_retention", "cumulative_orders",
        "cumulative_revenue", "cumulative_revenue_per_customer");
    for (CohortRow row : table.rows()) {
      for (CohortCell cell : row.cells()) {
        CohortValues values = cell.values();
        CohortValues cumulative = cell.cumulative();
        List<Object> record = new ArrayList<>(List.of(
            row.label(),
            row.period().start(),
            row.key().orElse(""),
            row.size(),
            cell.column().index(),
            cell.column().firstOffset()));
        record.add(cell.column().lastOffset().isPresent() ? (Object) cell.column().lastOffset().getAsInt() : "");
        record.add(cell.complete());
        record.add(values.activeCustomers());
        record.add(number(values.retention().value()));
        record.add(values.orders());
        record.add(values.revenue().toBigDecimal());
        record.add(number(values.ordersPerCustomer().value()));
        record.add(values.revenuePerCustomer().value().<Object>map(value -> value).orElse(""));
        record.add(number(values.revenueRetention().value()));
        record.add(cumulative.activeCustomers());
        record.add(number(cumulative.retention().value()));
        record.add(cumulative.orders());
        record.add(cumulative.revenue().toBigDecimal());
        record.add(cumulative.revenuePerCustomer().value().<Object>map(value -> value).orElse(""));
        csv.row(record);
      }
    }
  }

  private static Object number(OptionalDouble value) {
    return value.isPresent() ? (Object) value.getAsDouble() : "";
  }
}
