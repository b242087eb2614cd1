package io.retentionkit.report;

import io.retentionkit.cohort.AverageCell;
import io.retentionkit.cohort.CohortCell;
import io.retentionkit.cohort.CohortColumn;
import io.retentionkit.cohort.CohortRow;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.cohort.CohortValues;
import io.retentionkit.cohort.InputCounts;
import io.retentionkit.report.Glossary.Term;
import io.retentionkit.report.html.Html;
import io.retentionkit.report.html.Markup;
import io.retentionkit.report.svg.Color;
import io.retentionkit.report.svg.Heatmap;
import io.retentionkit.report.svg.LineChart;
import io.retentionkit.report.svg.NiceTicks;
import io.retentionkit.report.svg.Palette;
import io.retentionkit.report.svg.TickFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders a cohort table: the retention heatmap and the cumulative revenue-per-customer curves. */
final class CohortView {
  /** The id of the heatmap's {@code <svg>}; its cells are counted by tests. */
  static final String HEATMAP_ID = "cohort-heatmap";
  private static final String AVERAGE_LABEL = "Weighted average";

  private final Markup markup;
  private final Glossary glossary;

  CohortView(Markup markup, Glossary glossary) {
    this.markup = markup;
    this.glossary = glossary;
  }

  void render(CohortTable table) {
    String unit = unitName(table);
    InputCounts input = table.input();
    Blocks.note(markup, String.format(Locale.ROOT,
        "%s cohorts by first qualifying order, in %s, as of %s%s; a column counts a customer as retained when "
            + "they ordered %s. %s customers in %s cohorts; %s qualifying orders counted, %s non-qualifying and "
            + "%s placed on or after the as-of date ignored.",
        Formats.capitalized(table.rollingDays().isPresent() ? "rolling " + table.rollingDays().getAsInt() + "-day"
            : table.granularity().name().toLowerCase(Locale.ROOT) + "ly"),
        table.calendar().zone(), table.asOf().map(at -> table.calendar().localDate(at).toString()).orElse("(no orders)"),
        table.breakdown().map(name -> ", split by " + name).orElse(""), criterion(table),
        Formats.count(table.customers()), Formats.count(table.rows().size()), Formats.count(input.qualifyingOrders()),
        Formats.count(input.nonQualifyingOrders()), Formats.count(input.ordersAfterAsOf())));
    glossary.define(Term.COHORT);
    if (table.rows().isEmpty()) {
      Blocks.unavailable(markup, "cohort table", "no qualifying orders before the as-of date");
      return;
    }
    Blocks.subheading(markup, "Retention by cohort", glossary.define(Term.COHORT_RETENTION));
    markup.append(heatmap(table, unit));
    markup.open("p", "class", "note");
    markup.text("Each cell is the share of the cohort that ordered in that column; hover for the exact counts. ");
    boolean anyIncomplete = table.rows().stream().flatMap(row -> row.cells().stream()).anyMatch(cell -> !cell.complete());
    if (anyIncomplete) {
      markup.element("abbr", "Hatched cells", "title", glossary.define(Term.INCOMPLETE_CELL));
      markup.text(" are incomplete: their period was not over at the as-of date. ");
    } else {
      markup.text("Every cell is complete: each period shown was over at the as-of date. ");
    }
    markup.text("Blank cells had not begun. The ");
    markup.element("abbr", "weighted average", "title", glossary.define(Term.WEIGHTED_AVERAGE));
    markup.text(" row counts only cohorts that fully observed each column.");
    markup.close("p").newline();

    Blocks.subheading(markup, "Cumulative revenue per cohort customer", glossary.define(Term.REVENUE_PER_CUSTOMER));
    markup.append(revenueCurves(table, unit));
    Blocks.note(markup, "One line per cohort (older cohorts lighter, newer darker), drawn through its complete "
        + "columns only; the thick line is the average weighted by cohort size. Revenue is "
        + Glossary.refundRule(table.refundPolicy()).toLowerCase(Locale.ROOT));
  }

  private static Markup heatmap(CohortTable table, String unit) {
    List<String> columns = table.columns().stream().map(CohortColumn::label).toList();
    List<Heatmap.Row> rows = new ArrayList<>();
    List<Double> later = new ArrayList<>();
    for (CohortRow row : table.rows()) {
      String label = rowLabel(table, row);
      List<Heatmap.Cell> cells = new ArrayList<>();
      for (CohortCell cell : row.cells()) {
        double retention = cell.values().retention().value().orElse(0);
        if (cell.column().index() > 0) {
          later.add(retention);
        }
        cells.add(new Heatmap.Cell(retention, Formats.cellPercent(retention),
            tooltip(label, unit, cell.column(), cell.values(), cell.complete()), cell.complete()));
      }
      rows.add(new Heatmap.Row(label, Formats.count(row.size()), cells));
    }
    List<Heatmap.Cell> average = new ArrayList<>();
    for (AverageCell cell : table.average()) {
      if (cell.cohorts() == 0) {
        break;
      }
      double retention = cell.values().retention().value().orElse(0);
      average.add(new Heatmap.Cell(retention, Formats.cellPercent(retention), String.format(Locale.ROOT,
          "%s, %s %s: %s of %s customers in the %d cohorts that fully observed it were active (%s)",
          AVERAGE_LABEL, unit, cell.column().label(), Formats.count(cell.values().activeCustomers()),
          Formats.count(cell.values().customers()), cell.cohorts(),
          Formats.precisePercent(retention)), true));
    }
    if (!average.isEmpty()) {
      rows.add(new Heatmap.Row(AVERAGE_LABEL, "", average));
    }
    double rampMax = rampMax(later);
    return new Heatmap(HEATMAP_ID, "Retention by cohort",
        "Share of each cohort's customers who ordered in each " + unit + " after their first order; "
            + table.rows().size() + " cohorts by " + columns.size() + " columns.",
        columns, Formats.capitalized(unit) + "s since first order", rows, rampMax, TickFormat.PERCENT).render();
  }

  /**
   * Returns the value that gets the darkest colour: the 95th percentile of the cells after column 0, rounded
   * up to a nice number. Column 0 is 100 % by definition and a tiny early cohort can reach 60 % by chance;
   * scaling to either would wash out the differences that matter. Cells above it get the darkest colour.
   */
  private static double rampMax(List<Double> later) {
    double[] values = later.stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).sorted().toArray();
    if (values.length == 0) {
      return 1;
    }
    double p95 = values[(int) Math.ceil(0.95 * values.length) - 1];
    return Math.min(1, NiceTicks.of(0, p95, 6).max());
  }

  private static String tooltip(String label, String unit, CohortColumn column, CohortValues values,
      boolean complete) {
    return String.format(Locale.ROOT, "%s, %s %s: %s of %s customers active (%s); %s orders; revenue %s; %s",
        label, unit, column.label(), Formats.count(values.activeCustomers()), Formats.count(values.customers()),
        values.retention().value().stream().mapToObj(Formats::precisePercent).findFirst().orElse(Formats.NOT_AVAILABLE),
        Formats.count(values.orders()), Formats.money(values.revenue()),
        complete ? "complete" : "incomplete: the period was not over at the as-of date, values so far");
  }

  private static Markup revenueCurves(CohortTable table, String unit) {
    LineChart chart = new LineChart("cohort-revenue", "Cumulative revenue per cohort customer",
        "Cumulative revenue per customer of each cohort by " + unit + " since first order, and their weighted "
            + "average, in " + table.currency().getCurrencyCode() + ".")
        .axes(Formats.capitalized(unit) + "s since first order",
            "Revenue per customer (" + table.currency().getCurrencyCode() + ")", TickFormat.NUMBER)
        .integerX();
    int count = table.rows().size();
    for (int r = 0; r < count; r++) {
      CohortRow row = table.rows().get(r);
      List<LineChart.Point> points = new ArrayList<>();
      for (CohortCell cell : row.cells()) {
        if (cell.complete()) {
          revenuePerCustomer(cell.cumulative()).ifPresent(value ->
              points.add(new LineChart.Point(cell.column().firstOffset(), value)));
        }
      }
      Color color = Palette.OLDEST.mix(Palette.NEWEST, count == 1 ? 1 : (double) r / (count - 1));
      chart.series(new LineChart.Series(rowLabel(table, row), points, color, false, 1.25));
    }
    List<LineChart.Point> average = new ArrayList<>();
    for (AverageCell cell : table.average()) {
      if (cell.cohorts() > 0) {
        revenuePerCustomer(cell.cumulative()).ifPresent(value ->
            average.add(new LineChart.Point(cell.column().firstOffset(), value)));
      }
    }
    chart.series(new LineChart.Series(AVERAGE_LABEL, average, Palette.EMPHASIS, false, 3));
    chart.legend("Cohorts (older lighter)", Palette.NEWEST, false).legend(AVERAGE_LABEL, Palette.EMPHASIS, false);
    return chart.render();
  }

  private static Optional<Double> revenuePerCustomer(CohortValues values) {
    return values.revenuePerCustomer().value().map(BigDecimal::doubleValue);
  }

  private static String rowLabel(CohortTable table, CohortRow row) {
    if (table.breakdown().isEmpty()) {
      return row.label();
    }
    // Keys come from the input: a megabyte-long channel name must not end up in every cell's hover text.
    return row.label() + " · " + Html.abbreviate(row.key().orElse("(none)"), Blocks.MAX_CELL_CHARS);
  }

  private static String unitName(CohortTable table) {
    return table.rollingDays().isPresent() ? table.rollingDays().getAsInt() + "-day window"
        : table.granularity().name().toLowerCase(Locale.ROOT);
  }

  private static String criterion(CohortTable table) {
    return switch (table.returns()) {
      case ON -> "in that column's period";
      case ON_OR_AFTER -> "in that column's period or any later one";
      case BRACKETS -> "in any period of that column's bracket";
    };
  }

}
