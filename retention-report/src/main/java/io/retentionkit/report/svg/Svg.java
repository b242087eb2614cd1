package io.retentionkit.report.svg;

import io.retentionkit.report.html.Markup;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What every chart shares: the {@code <svg>} root with its accessible name and description, coordinates
 * written compactly and identically on every run, and a rough measure of text width for layout.
 */
public final class Svg {
  /** The average advance of a character of the report's sans-serif font, as a fraction of its size. */
  private static final double CHARACTER_WIDTH = 0.58;

  private Svg() {}

  /**
   * Opens a chart: an {@code <svg>} that scales to its container's width, with a {@code <title>} and a
   * {@code <desc>} that screen readers announce and that name the chart on hover.
   *
   * @param markup where to write
   * @param id the chart's identifier, unique in the document; a constant of the library
   * @param width the drawing's width in pixels
   * @param height the drawing's height in pixels
   * @param title the chart's name
   * @param description what the chart shows, in a sentence or two
   */
  public static void open(Markup markup, String id, double width, double height, String title,
      String description) {
    markup.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "id", id,
        "viewBox", "0 0 " + num(width) + " " + num(height), "width", num(width), "height", num(height),
        "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
        "preserveAspectRatio", "xMinYMin meet");
    markup.element("title", title, "id", id + "-title");
    markup.element("desc", description, "id", id + "-desc");
  }

  /**
   * Closes a chart opened with {@link #open}.
   *
   * @param markup where to write
   */
  public static void close(Markup markup) {
    markup.close("svg").newline();
  }

  /**
   * Returns a coordinate or length as SVG text: at most two decimals, no trailing zeros, never
   * {@code -0} or an exponent, so that the same drawing always gives the same bytes.
   *
   * @param value a finite number
   * @return for example {@code "12"}, {@code "12.5"} or {@code "-0.25"}
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static String num(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("coordinate must be finite: " + value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /**
   * Returns an estimate of the width of {@code text} in the report's font, for layout decisions.
   *
   * @param text the text
   * @param fontSize the font size in pixels
   * @return the estimated width in pixels
   */
  public static double textWidth(String text, double fontSize) {
    return text.codePointCount(0, text.length()) * fontSize * CHARACTER_WIDTH;
  }
}
