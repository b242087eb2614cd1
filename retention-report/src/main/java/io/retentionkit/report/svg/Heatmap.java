package io.retentionkit.report.svg;

import io.retentionkit.report.html.Html;
import io.retentionkit.report.html.Markup;
import java.util.List;

/**
 * A cohort heatmap: one row per cohort (its label and size on the left), one cell per column, coloured
 * by a value in {@code [0, rampMax]} on the {@link ColorRamp#BLUES} ramp, with a legend. Every cell is a
 * {@code <g class="heat-cell">} (plus {@code incomplete} when its period was not over) holding a
 * {@code <title>} with the exact numbers, so the cells can be counted and read. Incomplete cells are
 * hatched and their text is italic: they are never mistaken for a low value. Cells a row does not have
 * (periods that had not begun) are left blank.
 *
 * <p>Instances are immutable.
 */
public final class Heatmap {
  private static final double FONT = 11;
  private static final double MAX_WIDTH = 1120;
  private static final double MIN_CELL = 12;
  private static final double MAX_CELL = 56;
  /** Cells narrower than this show no text: the colour and the hover text carry the value. */
  private static final double TEXT_CELL = 36;
  private static final int MAX_LABEL_CHARS = 32;
  private static final int LEGEND_STEPS = 48;

  /**
   * One cell.
   *
   * @param value the value that picks the colour
   * @param text the short text drawn in the cell when it is wide enough
   * @param tooltip the exact numbers, shown on hover
   * @param complete whether the cell's period was over
   */
  public record Cell(double value, String text, String tooltip, boolean complete) {}

  /**
   * One row.
   *
   * @param label the cohort's name
   * @param size the cohort's size, as text
   * @param cells the cells, column 0 first; at most as many as there are columns
   */
  public record Row(String label, String size, List<Cell> cells) {
    /**
     * Creates a row; the cells are copied.
     *
     * @param label the cohort's name
     * @param size the cohort's size, as text
     * @param cells the cells, column 0 first
     */
    public Row {
      cells = List.copyOf(cells);
    }
  }

  private final String id;
  private final String title;
  private final String description;
  private final List<String> columns;
  private final String columnsTitle;
  private final List<Row> rows;
  private final double rampMax;
  private final TickFormat legendFormat;

  /**
   * Creates a heatmap.
   *
   * @param id its identifier, unique in the document
   * @param title its name
   * @param description what it shows
   * @param columns the column labels
   * @param columnsTitle what the columns count, e.g. "Months since first order"
   * @param rows the rows, top to bottom
   * @param rampMax the value that gets the darkest colour; larger values are clamped to it
   * @param legendFormat how the legend labels values
   * @throws IllegalArgumentException if a row has more cells than there are columns or {@code rampMax}
   *     is not positive
   */
  public Heatmap(String id, String title, String description, List<String> columns, String columnsTitle,
      List<Row> rows, double rampMax, TickFormat legendFormat) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.columns = List.copyOf(columns);
    this.columnsTitle = columnsTitle;
    this.rows = List.copyOf(rows);
    this.rampMax = rampMax;
    this.legendFormat = legendFormat;
    if (!(rampMax > 0 && Double.isFinite(rampMax))) {
      throw new IllegalArgumentException("rampMax must be positive: " + rampMax);
    }
    for (Row row : this.rows) {
      if (row.cells().size() > this.columns.size()) {
        throw new IllegalArgumentException("row must have at most one cell per column: " + row.cells().size());
      }
    }
  }

  /**
   * Draws the heatmap.
   *
   * @return the {@code <svg>} element
   */
  public Markup render() {
    double labelWidth = 60;
    double sizeWidth = Svg.textWidth("Customers", FONT) + 16;
    for (Row row : rows) {
      labelWidth = Math.max(labelWidth, Svg.textWidth(Html.abbreviate(row.label(), MAX_LABEL_CHARS), FONT) + 14);
      sizeWidth = Math.max(sizeWidth, Svg.textWidth(row.size(), FONT) + 16);
    }
    double gridLeft = labelWidth + sizeWidth;
    int n = Math.max(1, columns.size());
    double cellWidth = Math.max(MIN_CELL, Math.min(MAX_CELL, (MAX_WIDTH - gridLeft - 8) / n));
    boolean showText = cellWidth >= TEXT_CELL;
    double cellHeight = showText ? 22 : 14;
    double gridTop = 40;
    double gridBottom = gridTop + rows.size() * cellHeight;
    double width = gridLeft + n * cellWidth + 8;
    double height = gridBottom + 64;

    Markup markup = new Markup();
    Svg.open(markup, id, width, height, title, description);
    markup.open("defs");
    markup.open("pattern", "id", id + "-hatch", "patternUnits", "userSpaceOnUse", "width", "6", "height", "6",
        "patternTransform", "rotate(45)");
    // A mid-grey hatch reads on both the palest and the darkest cells.
    markup.leaf("line", "x1", "0", "y1", "0", "x2", "0", "y2", "6", "stroke", "#52606d", "stroke-width", "1.6",
        "stroke-opacity", "0.55");
    markup.close("pattern");
    markup.close("defs");
    drawHeader(markup, gridLeft, gridTop, cellWidth, showText);
    for (int r = 0; r < rows.size(); r++) {
      drawRow(markup, rows.get(r), gridTop + r * cellHeight, gridLeft, cellWidth, cellHeight, showText);
    }
    drawLegend(markup, gridLeft, gridBottom + 22);
    Svg.close(markup);
    return markup;
  }

  private void drawHeader(Markup markup, double gridLeft, double gridTop, double cellWidth, boolean showText) {
    markup.open("g", "class", "axis heat-header");
    markup.element("text", "Cohort", "x", "0", "y", Svg.num(gridTop - 8), "class", "axis-title");
    markup.element("text", "Customers", "x", Svg.num(gridLeft - 8), "y", Svg.num(gridTop - 8), "class", "axis-title",
        "text-anchor", "end");
    markup.element("text", columnsTitle, "x", Svg.num(gridLeft), "y", Svg.num(gridTop - 26), "class", "axis-title");
    int every = showText ? 1 : (int) Math.ceil(30 / cellWidth);
    for (int c = 0; c < columns.size(); c += every) {
      markup.element("text", columns.get(c), "x", Svg.num(gridLeft + (c + 0.5) * cellWidth),
          "y", Svg.num(gridTop - 8), "text-anchor", "middle");
    }
    markup.close("g");
  }

  private void drawRow(Markup markup, Row row, double y, double gridLeft, double cellWidth, double cellHeight,
      boolean showText) {
    String middle = Svg.num(y + cellHeight / 2);
    markup.open("g", "class", "heat-row");
    markup.open("text", "x", "0", "y", middle, "dy", "0.32em", "class", "row-label");
    markup.element("title", row.label());
    markup.text(Html.abbreviate(row.label(), MAX_LABEL_CHARS));
    markup.close("text");
    markup.element("text", row.size(), "x", Svg.num(gridLeft - 8), "y", middle, "dy", "0.32em",
        "text-anchor", "end", "class", "row-size");
    for (int c = 0; c < row.cells().size(); c++) {
      Cell cell = row.cells().get(c);
      Color fill = ColorRamp.BLUES.at(cell.value() / rampMax);
      double x = gridLeft + c * cellWidth;
      markup.open("g", "class", cell.complete() ? "heat-cell" : "heat-cell incomplete");
      markup.element("title", cell.tooltip());
      markup.leaf("rect", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(cellWidth - 1),
          "height", Svg.num(cellHeight - 1), "fill", fill.hex());
      if (!cell.complete()) {
        markup.leaf("rect", "class", "hatch", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(cellWidth - 1),
            "height", Svg.num(cellHeight - 1), "fill", "url(#" + id + "-hatch)");
      }
      if (showText) {
        markup.element("text", cell.text(), "x", Svg.num(x + (cellWidth - 1) / 2), "y", middle, "dy", "0.32em",
            "text-anchor", "middle", "fill", fill.readableText().hex());
      }
      markup.close("g");
    }
    markup.close("g");
  }

  private void drawLegend(Markup markup, double x, double y) {
    double barWidth = 240;
    markup.open("g", "class", "legend heat-legend");
    double step = barWidth / LEGEND_STEPS;
    for (int i = 0; i < LEGEND_STEPS; i++) {
      markup.leaf("rect", "x", Svg.num(x + i * step), "y", Svg.num(y), "width", Svg.num(step + 0.3), "height", "10",
          "fill", ColorRamp.BLUES.at((i + 0.5) / LEGEND_STEPS).hex());
    }
    NiceTicks ticks = NiceTicks.of(0, rampMax, 6);
    LinearScale scale = new LinearScale(0, rampMax, x, x + barWidth);
    boolean clamped = rows.stream().flatMap(row -> row.cells().stream()).anyMatch(cell -> cell.value() > rampMax);
    for (double value : ticks.values()) {
      if (value <= rampMax + 1e-12) {
        String label = legendFormat.label(ticks, value);
        // The top colour also stands for every larger value.
        markup.element("text", clamped && value >= rampMax - 1e-12 ? "≥" + label : label,
            "x", Svg.num(scale.map(value)), "y", Svg.num(y + 24), "text-anchor", "middle");
      }
    }
    boolean anyIncomplete = rows.stream().flatMap(row -> row.cells().stream()).anyMatch(cell -> !cell.complete());
    if (anyIncomplete) {
      drawIncompleteSwatch(markup, x + barWidth + 36, y);
    }
    markup.close("g");
  }

  private void drawIncompleteSwatch(Markup markup, double swatch, double y) {
    markup.leaf("rect", "x", Svg.num(swatch), "y", Svg.num(y - 2), "width", "14", "height", "14",
        "fill", ColorRamp.BLUES.at(0.45).hex());
    markup.leaf("rect", "x", Svg.num(swatch), "y", Svg.num(y - 2), "width", "14", "height", "14",
        "fill", "url(#" + id + "-hatch)");
    markup.element("text", "incomplete: period not over yet", "x", Svg.num(swatch + 20), "y", Svg.num(y + 5),
        "dy", "0.32em");
  }
}
