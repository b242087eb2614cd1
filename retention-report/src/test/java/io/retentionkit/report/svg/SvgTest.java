package io.retentionkit.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.report.html.Markup;
import org.junit.jupiter.api.Test;

final class SvgTest {

  @Test
  void writesNumbersCompactlyAndDeterministically() {
    assertEquals("12", Svg.num(12));
    assertEquals("12.5", Svg.num(12.5));
    assertEquals("0.33", Svg.num(1 / 3.0));
    assertEquals("-0.25", Svg.num(-0.25));
    assertEquals("0", Svg.num(-0.0));
    assertEquals("0", Svg.num(-0.001));
    assertEquals("12345678901", Svg.num(12_345_678_901.0));
    assertEquals("0.12", Svg.num(0.125));
    assertThrows(IllegalArgumentException.class, () -> Svg.num(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Svg.num(Double.NEGATIVE_INFINITY));
  }

  @Test
  void opensAnAccessibleScalableChart() {
    Markup markup = new Markup();
    Svg.open(markup, "c1", 100, 50, "Title <b>", "Desc & more");
    Svg.close(markup);
    assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"c1\" viewBox=\"0 0 100 50\" "
        + "width=\"100\" height=\"50\" role=\"img\" aria-labelledby=\"c1-title c1-desc\" "
        + "preserveAspectRatio=\"xMinYMin meet\"><title id=\"c1-title\">Title &lt;b&gt;</title>"
        + "<desc id=\"c1-desc\">Desc &amp; more</desc></svg>\n", markup.toString());
  }

  @Test
  void linearScaleMapsBothWays() {
    LinearScale y = new LinearScale(0, 10, 100, 0);
    assertEquals(100, y.map(0));
    assertEquals(0, y.map(10));
    assertEquals(75, y.map(2.5), 1e-9);
    assertEquals(-10, y.map(11), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> new LinearScale(1, 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new LinearScale(0, Double.NaN, 0, 1));
  }
}
