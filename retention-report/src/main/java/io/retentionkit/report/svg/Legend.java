package io.retentionkit.report.svg;

import io.retentionkit.report.html.Markup;
import java.util.List;

/** A one-line legend of coloured swatches, drawn above a chart's plotting area. */
final class Legend {
  static final double HEIGHT = 22;

  /** One entry: a label and how its series is drawn. */
  record Entry(String label, Color color, boolean line, boolean dashed) {}

  private Legend() {}

  /** Draws the entries left to right from (x, y), y being the text's middle. */
  static void draw(Markup markup, double x, double y, List<Entry> entries) {
    markup.open("g", "class", "legend");
    double at = x;
    for (Entry entry : entries) {
      if (entry.line()) {
        markup.leaf("line", "x1", Svg.num(at), "x2", Svg.num(at + 18), "y1", Svg.num(y), "y2", Svg.num(y),
            "stroke", entry.color().hex(), "stroke-width", "2.5",
            "stroke-dasharray", entry.dashed() ? "5 3" : "none");
      } else {
        markup.leaf("rect", "x", Svg.num(at), "y", Svg.num(y - 6), "width", "12", "height", "12", "rx", "2",
            "fill", entry.color().hex());
      }
      double textX = at + (entry.line() ? 24 : 17);
      markup.element("text", entry.label(), "x", Svg.num(textX), "y", Svg.num(y), "dy", "0.32em");
      at = textX + Svg.textWidth(entry.label(), 12) + 18;
    }
    markup.close("g");
  }
}
