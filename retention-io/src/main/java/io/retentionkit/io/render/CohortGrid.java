package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import io.retentionkit.cohort.AverageCell;
import io.retentionkit.cohort.CohortCell;
import io.retentionkit.cohort.CohortColumn;
import io.retentionkit.cohort.CohortRow;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.cohort.CohortValues;
import io.retentionkit.model.PeriodUnit;
import io.retentionkit.model.RefundPolicy;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link CohortTable} as a grid of one {@linkplain CohortMeasure measure}: a row per cohort (and
 * breakdown key) with its size, a column per offset or bracket, and a last row over the cohorts that fully
 * observed each column (the weighted average for ratios, the total for counts and revenue).
 *
 * <p>An incomplete cell (its period was not over at the table's as-of instant) is marked with {@code *}
 * and shows what was observed so far; it is never shown as 0. A cell that had not begun is blank; an
 * undefined value reads {@code n/a}. Three heading lines say what is shown, in which zone and currency, as
 * of when, and what the marks mean.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CohortGrid {
  /** The mark after an incomplete cell's value. */
  public static final String INCOMPLETE = "*";

  private CohortGrid() {}

  /**
   * Returns the grid of {@code measure} over {@code table}.
   *
   * @param table the cohort table
   * @param measure the value shown in each cell
   * @param cumulative whether to show the cumulative values (running totals; customers who have returned)
   * @param style plain text or Markdown
   * @return the headings, a blank line and the grid, each line ending in {@code \n}
   * @throws NullPointerException if an argument is null
   */
  public static String render(CohortTable table, CohortMeasure measure, boolean cumulative, TextStyle style) {
    requireNonNull(table, "table");
    requireNonNull(measure, "measure");
    requireNonNull(style, "style");
    boolean byKey = table.breakdown().isPresent();
    List<String> header = new ArrayList<>(List.of("cohort"));
    if (byKey) {
      header.add(table.breakdown().get());
    }
    header.add("size");
    int labels = header.size();
    for (CohortColumn column : table.columns()) {
      header.add(column.label());
    }
    boolean[] right = new boolean[header.size()];
    for (int c = labels - 1; c < right.length; c++) {
      right[c] = true;
    }
    TextTable grid = new TextTable(header, right);
    String mark = style == TextStyle.MARKDOWN ? "\\" + INCOMPLETE : INCOMPLETE; // a bare * is emphasis
    for (CohortRow row : table.rows()) {
      List<String> cells = new ArrayList<>(List.of(row.label()));
      if (byKey) {
        cells.add(row.key().orElse("(none)"));
      }
      cells.add(Texts.count(row.size()));
      for (CohortCell cell : row.cells()) {
        String value = format(measure, cumulative ? cell.cumulative() : cell.values(), table);
        cells.add(cell.complete() ? value : value + mark);
      }
      grid.row(cells);
    }
    List<String> last = new ArrayList<>(List.of(isTotal(measure) ? "total" : "average"));
    if (byKey) {
      last.add("");
    }
    last.add("");
    for (AverageCell cell : table.average()) {
      last.add(cell.cohorts() == 0 ? Texts.UNDEFINED
          : format(measure, cumulative ? cell.cumulative() : cell.values(), table));
    }
    grid.row(last);
    return headings(table, measure, cumulative, style) + "\n" + grid.render(style);
  }

  /** Counts and revenue add up over cohorts; ratios are averaged (weighted by cohort size). */
  private static boolean isTotal(CohortMeasure measure) {
    return measure == CohortMeasure.CUSTOMERS || measure == CohortMeasure.ORDERS || measure == CohortMeasure.REVENUE;
  }

  private static String format(CohortMeasure measure, CohortValues values, CohortTable table) {
    return switch (measure) {
      case CUSTOMERS -> Texts.count(values.activeCustomers());
      case ORDERS -> Texts.count(values.orders());
      case REVENUE -> MoneyFormat.amount(values.revenue().toBigDecimal(), table.currency());
      case REVENUE_PER_CUSTOMER -> values.revenuePerCustomer().value()
          .map(value -> MoneyFormat.amount(value, table.currency())).orElse(Texts.UNDEFINED);
      case ORDERS_PER_CUSTOMER -> values.ordersPerCustomer().value().isPresent()
          ? Texts.decimal(values.ordersPerCustomer().value().getAsDouble(), 2) : Texts.UNDEFINED;
      case RETENTION, REVENUE_RETENTION -> measure.of(values).isPresent()
          ? Texts.percent(measure.of(values).getAsDouble()) : Texts.UNDEFINED;
    };
  }

  private static String headings(CohortTable table, CohortMeasure measure, boolean cumulative, TextStyle style) {
    List<String> qualifiers = new ArrayList<>();
    if (cumulative) {
      qualifiers.add("cumulative");
    }
    if (measure.isMoney()) {
      qualifiers.add(table.currency().getCurrencyCode() + ", " + refunds(table.refundPolicy()));
    }
    String what = capitalise(measure.title())
        + (qualifiers.isEmpty() ? "" : " (" + String.join("; ", qualifiers) + ")")
        + " of " + adjective(table.granularity()) + " cohorts"
        + table.breakdown().map(name -> " by " + name).orElse("") + "; ";
    boolean rolling = table.rollingDays().isPresent();
    String unit = rolling ? table.rollingDays().getAsInt() + "-day window" : singular(table.granularity());
    String since = rolling ? " since each customer's first order" : " since the first order";
    String columns = switch (table.returns()) {
      case ON -> "columns are " + unit + "s" + since;
      case ON_OR_AFTER -> "column k is " + unit + " k" + since + " or any later one";
      case BRACKETS -> "columns are brackets of " + unit + "s" + since;
    };
    String asOf = table.asOf()
        .map(instant -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(table.calendar().zone())))
        .orElse("(no data)");
    String week = table.granularity() == PeriodUnit.WEEK
        ? ", weeks start on " + table.calendar().firstDayOfWeek().name().toLowerCase(Locale.ROOT) : "";
    boolean markdown = style == TextStyle.MARKDOWN;
    String lineEnd = markdown ? "  \n" : "\n"; // a Markdown hard line break
    return TextTable.clean(what + columns, style) + lineEnd
        + "Zone " + table.calendar().zone().getId() + week + "; as of " + asOf + lineEnd
        + (markdown ? "\\" : "") + INCOMPLETE + " incomplete: the period was not over at the as-of time; " + Texts.UNDEFINED
        + ": undefined. The last row sums the cohorts that fully observed each column.\n";
  }

  private static String refunds(RefundPolicy policy) {
    return switch (policy) {
      case GROSS -> "gross";
      case NET_AT_ORDER_DATE -> "net of refunds at the order's date";
      case NET_AT_REFUND_DATE -> "net of refunds at the refund's date";
    };
  }

  private static String adjective(PeriodUnit unit) {
    return switch (unit) {
      case DAY -> "daily";
      case WEEK -> "weekly";
      case MONTH -> "monthly";
      case QUARTER -> "quarterly";
      case YEAR -> "yearly";
    };
  }

  private static String singular(PeriodUnit unit) {
    return unit.name().toLowerCase(Locale.ROOT);
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
