package io.retentionkit.report.svg;

import io.retentionkit.report.html.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A line chart over a numeric x axis: one polyline per series, a value axis with nice ticks from zero,
 * an optional vertical marker (such as the end of a calibration period) and an optional legend. Each
 * series is a group with a {@code <title>}, so hovering a line names it.
 *
 * <p>Instances are mutable builders and not thread-safe; {@link #render()} does not change them.
 */
public final class LineChart {
  private static final double WIDTH = 1000;
  private static final double HEIGHT = 340;

  /** One line: its name, points in x order, colour and style. */
  public record Series(String name, List<Point> points, Color color, boolean dashed, double strokeWidth) {
    /**
     * Creates a series; the points are copied.
     *
     * @param name the line's name, shown on hover and in the legend
     * @param points the points, in x order
     * @param color the stroke colour
     * @param dashed whether the line is dashed
     * @param strokeWidth the stroke width in pixels
     */
    public Series {
      points = List.copyOf(points);
    }
  }

  /** One point of a series. */
  public record Point(double x, double y) {}

  private final String id;
  private final String title;
  private final String description;
  private final List<Series> series = new ArrayList<>();
  private String xTitle = "";
  private String yTitle = "";
  private TickFormat yFormat = TickFormat.NUMBER;
  private Optional<Double> markerX = Optional.empty();
  private String markerLabel = "";
  private boolean legend;
  private final List<Legend.Entry> legendEntries = new ArrayList<>();
  private boolean integerX;

  /**
   * Starts a chart.
   *
   * @param id its identifier, unique in the document
   * @param title its name
   * @param description what it shows
   */
  public LineChart(String id, String title, String description) {
    this.id = id;
    this.title = title;
    this.description = description;
  }

  /**
   * Names the axes and sets how value ticks are labelled.
   *
   * @param x the x axis title
   * @param y the value axis title
   * @param format the value tick labels
   * @return this chart
   */
  public LineChart axes(String x, String y, TickFormat format) {
    this.xTitle = x;
    this.yTitle = y;
    this.yFormat = format;
    return this;
  }

  /**
   * Adds a series; series are drawn in the order added, so add emphasised ones last.
   *
   * @param value the series
   * @return this chart
   */
  public LineChart series(Series value) {
    series.add(value);
    return this;
  }

  /**
   * Draws a labelled vertical line at {@code x}.
   *
   * @param x where
   * @param label what it marks
   * @return this chart
   */
  public LineChart marker(double x, String label) {
    this.markerX = Optional.of(x);
    this.markerLabel = label;
    return this;
  }

  /**
   * Labels the x axis with whole numbers only, for counts of periods.
   *
   * @return this chart
   */
  public LineChart integerX() {
    this.integerX = true;
    return this;
  }

  /**
   * Shows a legend of every series above the plot.
   *
   * @return this chart
   */
  public LineChart withLegend() {
    this.legend = true;
    return this;
  }

  /**
   * Adds an entry to a legend above the plot, for charts whose series are too many to list one by one.
   *
   * @param label the entry's text
   * @param color its line colour
   * @param dashed whether its line is dashed
   * @return this chart
   */
  public LineChart legend(String label, Color color, boolean dashed) {
    legendEntries.add(new Legend.Entry(label, color, true, dashed));
    return this;
  }

  /**
   * Draws the chart.
   *
   * @return the {@code <svg>} element
   */
  public Markup render() {
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = 0;
    double minY = 0;
    for (Series s : series) {
      for (Point p : s.points()) {
        minX = Math.min(minX, p.x());
        maxX = Math.max(maxX, p.x());
        maxY = Math.max(maxY, p.y());
        minY = Math.min(minY, p.y());
      }
    }
    if (minX > maxX) {
      minX = 0;
      maxX = 1;
    }
    List<Legend.Entry> entries = new ArrayList<>(legendEntries);
    if (legend) {
      for (Series s : series) {
        entries.add(new Legend.Entry(s.name(), s.color(), true, s.dashed()));
      }
    }
    double top = entries.isEmpty() ? 16 : 16 + Legend.HEIGHT;
    Plot plot = new Plot(72, top, WIDTH - 72 - 20, HEIGHT - top - 48);
    NiceTicks yTicks = NiceTicks.of(minY, maxY, 7);
    NiceTicks xTicks = NiceTicks.of(minX, maxX, 11);
    if (integerX && xTicks.step() < 1) {
      xTicks = new NiceTicks(Math.floor(xTicks.min()), Math.max(Math.ceil(xTicks.max()), Math.floor(xTicks.min()) + 1), 1);
    }
    LinearScale y = plot.yScale(yTicks);
    LinearScale x = new LinearScale(minX, maxX > minX ? maxX : minX + 1, plot.left(), plot.right());

    Markup markup = new Markup();
    Svg.open(markup, id, WIDTH, HEIGHT, title, description);
    plot.drawValueAxis(markup, yTicks, yFormat, yTitle);
    List<Double> xs = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (double value : xTicks.values()) {
      if (value >= minX && value <= maxX) {
        xs.add(x.map(value));
        labels.add(xTicks.label(value));
      }
    }
    plot.drawCategoryLabels(markup, xs, labels, xTitle);
    markerX.ifPresent(at -> {
      String position = Svg.num(x.map(at));
      markup.open("g", "class", "marker");
      markup.leaf("line", "x1", position, "x2", position, "y1", Svg.num(plot.top()), "y2", Svg.num(plot.bottom()));
      markup.element("text", markerLabel, "x", Svg.num(x.map(at) + 4), "y", Svg.num(plot.top() + 12));
      markup.close("g");
    });
    for (Series s : series) {
      drawSeries(markup, s, x, y);
    }
    if (!entries.isEmpty()) {
      Legend.draw(markup, plot.left(), 16, entries);
    }
    Svg.close(markup);
    return markup;
  }

  private static void drawSeries(Markup markup, Series s, LinearScale x, LinearScale y) {
    markup.open("g", "class", "series");
    markup.element("title", s.name());
    if (s.points().size() == 1) {
      Point p = s.points().get(0);
      markup.leaf("circle", "cx", Svg.num(x.map(p.x())), "cy", Svg.num(y.map(p.y())), "r", "3",
          "fill", s.color().hex());
    } else if (!s.points().isEmpty()) {
      StringBuilder points = new StringBuilder();
      for (Point p : s.points()) {
        points.append(points.length() == 0 ? "" : " ")
            .append(Svg.num(x.map(p.x()))).append(',').append(Svg.num(y.map(p.y())));
      }
      markup.leaf("polyline", "points", points.toString(), "fill", "none", "stroke", s.color().hex(),
          "stroke-width", Svg.num(s.strokeWidth()), "stroke-linejoin", "round",
          "stroke-dasharray", s.dashed() ? "6 4" : "none");
    }
    markup.close("g");
  }
}
