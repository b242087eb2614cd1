package io.retentionkit.report.svg;

import io.retentionkit.report.html.Markup;
import java.util.ArrayList;
import java.util.List;

/**
 * A vertical bar chart over categories, with one bar per series in each category (grouped bars), a value
 * axis with nice ticks that includes zero, and a legend when there is more than one series. With one
 * series and a small gap it draws a histogram. Every bar has a {@code <title>} with its exact value.
 *
 * <p>Instances are mutable builders and not thread-safe; {@link #render()} does not change them.
 */
public final class BarChart {
  private static final double WIDTH = 1000;
  private static final double HEIGHT = 320;

  /** One series: a value and a hover text per category. */
  private record Series(String name, Color color, List<Double> values, List<String> tooltips) {}

  private final String id;
  private final String title;
  private final String description;
  private final List<String> categories;
  private final List<Series> series = new ArrayList<>();
  private String xTitle = "";
  private String yTitle = "";
  private TickFormat yFormat = TickFormat.NUMBER;
  private int labelEvery = 1;
  private double gap = 0.3;
  private boolean edgeLabels;

  /**
   * Starts a chart.
   *
   * @param id its identifier, unique in the document
   * @param title its name
   * @param description what it shows
   * @param categories the category labels, left to right
   */
  public BarChart(String id, String title, String description, List<String> categories) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.categories = List.copyOf(categories);
  }

  /**
   * Names the axes and sets how value ticks are labelled.
   *
   * @param x the category axis title
   * @param y the value axis title
   * @param format the value tick labels
   * @return this chart
   */
  public BarChart axes(String x, String y, TickFormat format) {
    this.xTitle = x;
    this.yTitle = y;
    this.yFormat = format;
    return this;
  }

  /**
   * Adds a series.
   *
   * @param name its name, for the legend
   * @param color its bars' colour
   * @param values one finite value per category
   * @param tooltips one hover text per category, with the exact numbers
   * @return this chart
   * @throws IllegalArgumentException if the sizes do not match the categories or a value is not finite
   */
  public BarChart series(String name, Color color, List<Double> values, List<String> tooltips) {
    if (values.size() != categories.size() || tooltips.size() != categories.size()) {
      throw new IllegalArgumentException("series must have one value and tooltip per category: "
          + values.size() + ", " + tooltips.size() + " for " + categories.size());
    }
    for (double value : values) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("bar values must be finite: " + value);
      }
    }
    series.add(new Series(name, color, List.copyOf(values), List.copyOf(tooltips)));
    return this;
  }

  /**
   * Labels only every {@code k}-th category (the first, the (k+1)-th, ...) and the last, for many narrow
   * bars.
   *
   * @param k the label interval; positive
   * @return this chart
   */
  public BarChart labelEvery(int k) {
    this.labelEvery = Math.max(1, k);
    return this;
  }

  /**
   * Places category labels at the left edge of their bars rather than under their middle, as a histogram
   * labels bins by their lower bounds.
   *
   * @return this chart
   */
  public BarChart edgeLabels() {
    this.edgeLabels = true;
    return this;
  }

  /**
   * Sets the space between categories as a fraction of each category's band.
   *
   * @param fraction from 0 (touching, a histogram) to below 1
   * @return this chart
   */
  public BarChart gap(double fraction) {
    this.gap = Math.max(0, Math.min(0.9, fraction));
    return this;
  }

  /**
   * Draws the chart.
   *
   * @return the {@code <svg>} element
   */
  public Markup render() {
    double min = 0;
    double max = 0;
    for (Series s : series) {
      for (double value : s.values()) {
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
    }
    boolean legend = series.size() > 1;
    double top = legend ? 16 + Legend.HEIGHT : 16;
    Plot plot = new Plot(72, top, WIDTH - 72 - 20, HEIGHT - top - 48);
    NiceTicks ticks = NiceTicks.of(min, max, 7);
    LinearScale y = plot.yScale(ticks);
    double band = plot.width() / Math.max(1, categories.size());
    double barWidth = band * (1 - gap) / Math.max(1, series.size());

    Markup markup = new Markup();
    Svg.open(markup, id, WIDTH, HEIGHT, title, description);
    plot.drawValueAxis(markup, ticks, yFormat, yTitle);
    for (int s = 0; s < series.size(); s++) {
      Series one = series.get(s);
      markup.open("g", "class", "bars", "fill", one.color().hex());
      for (int c = 0; c < categories.size(); c++) {
        double value = one.values().get(c);
        double x = plot.left() + c * band + band * gap / 2 + s * barWidth;
        double from = y.map(Math.max(0, value));
        double to = y.map(Math.min(0, value));
        markup.open("rect", "class", "bar", "x", Svg.num(x), "y", Svg.num(from),
            "width", Svg.num(Math.max(0.5, barWidth - (gap > 0 ? 1 : 0.5))), "height", Svg.num(to - from));
        markup.element("title", one.tooltips().get(c));
        markup.close("rect");
      }
      markup.close("g");
    }
    List<Double> xs = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int last = categories.size() - 1;
    for (int c = 0; c <= last; c++) {
      // Every k-th label, and always the last, whose neighbour gives way if they would collide.
      boolean regular = c % labelEvery == 0 && (c == last || last - c >= (labelEvery + 1) / 2);
      if (regular || c == last) {
        xs.add(plot.left() + (edgeLabels ? c : c + 0.5) * band);
        labels.add(categories.get(c));
      }
    }
    plot.drawCategoryLabels(markup, xs, labels, xTitle);
    if (legend) {
      List<Legend.Entry> entries = new ArrayList<>();
      for (Series s : series) {
        entries.add(new Legend.Entry(s.name(), s.color(), false, false));
      }
      Legend.draw(markup, plot.left(), 16, entries);
    }
    Svg.close(markup);
    return markup;
  }
}
