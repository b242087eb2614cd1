package io.retentionkit.report.svg;

import io.retentionkit.report.html.Markup;
import java.util.List;

/**
 * The plotting area of a chart with axes: where the marks go, inside margins for tick labels and axis
 * titles, and the drawing of the value axis and its grid lines.
 *
 * @param left the x coordinate of the area's left edge
 * @param top the y coordinate of its top edge
 * @param width its width
 * @param height its height
 */
record Plot(double left, double top, double width, double height) {
  double right() {
    return left + width;
  }

  double bottom() {
    return top + height;
  }

  /** Returns the scale of a value axis from the bottom (ticks' minimum) to the top (their maximum). */
  LinearScale yScale(NiceTicks ticks) {
    return new LinearScale(ticks.min(), ticks.max(), bottom(), top);
  }

  /** Draws horizontal grid lines with tick labels on the left, and the axis title rotated beside them. */
  void drawValueAxis(Markup markup, NiceTicks ticks, TickFormat format, String title) {
    LinearScale y = yScale(ticks);
    markup.open("g", "class", "axis y-axis");
    for (double value : ticks.values()) {
      String at = Svg.num(y.map(value));
      markup.leaf("line", "class", value == 0 ? "baseline" : "grid", "x1", Svg.num(left), "x2", Svg.num(right()),
          "y1", at, "y2", at);
      markup.element("text", format.label(ticks, value), "x", Svg.num(left - 6), "y", at, "dy", "0.32em",
          "text-anchor", "end");
    }
    markup.element("text", title, "class", "axis-title", "transform",
        "translate(" + Svg.num(left - 48) + " " + Svg.num(top + height / 2) + ") rotate(-90)",
        "text-anchor", "middle");
    markup.close("g");
  }

  /** Draws tick labels under the area at the given x coordinates, and the axis title below them. */
  void drawCategoryLabels(Markup markup, List<Double> xs, List<String> labels, String title) {
    markup.open("g", "class", "axis x-axis");
    for (int i = 0; i < xs.size(); i++) {
      markup.element("text", labels.get(i), "x", Svg.num(xs.get(i)), "y", Svg.num(bottom() + 16),
          "text-anchor", "middle");
    }
    markup.element("text", title, "class", "axis-title", "x", Svg.num(left + width / 2),
        "y", Svg.num(bottom() + 36), "text-anchor", "middle");
    markup.close("g");
  }
}
