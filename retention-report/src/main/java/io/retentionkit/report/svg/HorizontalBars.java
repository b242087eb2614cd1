package io.retentionkit.report.svg;

import io.retentionkit.report.html.Html;
import io.retentionkit.report.html.Markup;
import java.util.List;

/**
 * Horizontal bars, one per labelled row, with the value written after each bar: for sizes of named
 * groups such as customer segments. Each bar has a {@code <title>} with the exact numbers.
 *
 * <p>Instances are immutable.
 */
public final class HorizontalBars {
  private static final double WIDTH = 1000;
  private static final double ROW = 26;
  private static final double FONT = 12;
  private static final int MAX_LABEL_CHARS = 28;

  /**
   * One bar.
   *
   * @param label the row's name
   * @param value its non-negative, finite value
   * @param valueText the value as shown after the bar
   * @param tooltip the exact numbers
   */
  public record Bar(String label, double value, String valueText, String tooltip) {}

  private final String id;
  private final String title;
  private final String description;
  private final List<Bar> bars;

  /**
   * Creates the chart.
   *
   * @param id its identifier, unique in the document
   * @param title its name
   * @param description what it shows
   * @param bars the bars, top to bottom
   * @throws IllegalArgumentException if a value is negative or not finite
   */
  public HorizontalBars(String id, String title, String description, List<Bar> bars) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.bars = List.copyOf(bars);
    for (Bar bar : this.bars) {
      if (!(bar.value() >= 0 && Double.isFinite(bar.value()))) {
        throw new IllegalArgumentException("bar values must be finite and not negative: " + bar.value());
      }
    }
  }

  /**
   * Draws the chart.
   *
   * @return the {@code <svg>} element
   */
  public Markup render() {
    double labelWidth = 60;
    double max = 0;
    for (Bar bar : bars) {
      labelWidth = Math.max(labelWidth, Svg.textWidth(Html.abbreviate(bar.label(), MAX_LABEL_CHARS), FONT) + 12);
      max = Math.max(max, bar.value());
    }
    double valueWidth = 120;
    LinearScale x = new LinearScale(0, max > 0 ? max : 1, labelWidth, WIDTH - valueWidth);
    double height = bars.size() * ROW + 8;

    Markup markup = new Markup();
    Svg.open(markup, id, WIDTH, height, title, description);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = 4 + i * ROW;
      String middle = Svg.num(y + ROW / 2 - 1);
      markup.open("g", "class", "hbar");
      markup.element("title", bar.tooltip());
      markup.element("text", Html.abbreviate(bar.label(), MAX_LABEL_CHARS), "x", Svg.num(labelWidth - 8),
          "y", middle, "dy", "0.32em", "text-anchor", "end");
      double end = x.map(bar.value());
      markup.leaf("rect", "x", Svg.num(labelWidth), "y", Svg.num(y + 4), "width", Svg.num(Math.max(1, end - labelWidth)),
          "height", Svg.num(ROW - 10), "rx", "2", "fill", Palette.PRIMARY.hex());
      markup.element("text", bar.valueText(), "x", Svg.num(Math.max(end, labelWidth + 1) + 6), "y", middle,
          "dy", "0.32em");
      markup.close("g");
    }
    Svg.close(markup);
    return markup;
  }
}
