package io.retentionkit.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class ChartsTest {

  private static Heatmap heatmap(String label) {
    return new Heatmap("hm", "Retention", "desc", List.of("0", "1", "2"), "Months since first order",
        List.of(
            new Heatmap.Row(label, "100", List.of(
                new Heatmap.Cell(1, "100%", "exact: 100 of 100", true),
                new Heatmap.Cell(0.25, "25.0%", "exact: 25 of 100", true),
                new Heatmap.Cell(0.1, "10.0%", "exact: 10 of 100 so far", false))),
            new Heatmap.Row("2024-02", "80", List.of(
                new Heatmap.Cell(1, "100%", "exact: 80 of 80", true)))),
        0.3, TickFormat.PERCENT);
  }

  @Test
  void heatmapDrawsOneGroupPerCellWithItsExactNumbers() {
    String svg = heatmap("2024-01").render().toString();
    assertEquals(4, count("<g class=\"heat-cell", svg));
    assertEquals(1, count("<g class=\"heat-cell incomplete\">", svg));
    assertTrue(svg.contains("<g class=\"heat-cell\"><title>exact: 25 of 100</title>"));
    assertTrue(svg.contains("<g class=\"heat-cell incomplete\"><title>exact: 10 of 100 so far</title>"));
    assertEquals(1, count("class=\"hatch\"", svg), "only the incomplete cell is hatched");
    assertTrue(svg.contains(">≥30%</text>"), "the legend's top colour stands for larger values too");
  }

  @Test
  void heatmapExplainsHatchingOnlyWhenACellIsIncomplete() {
    assertTrue(heatmap("a").render().toString().contains(">incomplete: period not over yet</text>"));
    String complete = new Heatmap("hm", "t", "d", List.of("0"), "c",
        List.of(new Heatmap.Row("r", "1", List.of(new Heatmap.Cell(1, "100%", "x", true)))), 1, TickFormat.PERCENT)
        .render().toString();
    assertFalse(complete.contains("incomplete"));
  }

  @Test
  void heatmapColoursByTheRampAndClampsAboveItsMaximum() {
    String svg = heatmap("2024-01").render().toString();
    assertTrue(svg.contains("fill=\"" + ColorRamp.BLUES.at(1).hex() + "\""));
    assertTrue(svg.contains("fill=\"" + ColorRamp.BLUES.at(0.25 / 0.3).hex() + "\""));
  }

  @Test
  void heatmapEscapesAndShortensRowLabels() {
    String hostile = "<script>x</script>" + "y".repeat(200);
    String svg = heatmap(hostile).render().toString();
    assertFalse(svg.contains("<script>"));
    assertTrue(svg.contains("<title>&lt;script&gt;x&lt;/script&gt;" + "y".repeat(200) + "</title>"),
        "the full label on hover");
    assertTrue(svg.contains(">&lt;script&gt;x&lt;/script&gt;" + "y".repeat(13) + "…</text>"), "a short label shown");
  }

  @Test
  void heatmapIsDeterministic() {
    assertEquals(heatmap("a").render().toString(), heatmap("a").render().toString());
  }

  @Test
  void heatmapRejectsRowsWiderThanTheColumnsAndANonPositiveMaximum() {
    List<Heatmap.Cell> four = List.of(new Heatmap.Cell(1, "", "", true), new Heatmap.Cell(1, "", "", true));
    assertThrows(IllegalArgumentException.class, () -> new Heatmap("h", "t", "d", List.of("0"), "c",
        List.of(new Heatmap.Row("r", "1", four)), 1, TickFormat.PERCENT));
    assertThrows(IllegalArgumentException.class, () -> new Heatmap("h", "t", "d", List.of("0"), "c",
        List.of(), 0, TickFormat.PERCENT));
  }

  @Test
  void barChartDrawsOneBarPerSeriesAndCategoryWithTooltips() {
    String svg = new BarChart("b", "Bars", "desc", List.of("0", "1", "2+"))
        .axes("x", "y", TickFormat.NUMBER)
        .series("Actual", Palette.ACTUAL, List.of(1.0, 2.0, 0.5), List.of("a0", "a1", "a2"))
        .series("Expected", Palette.EXPECTED, List.of(1.5, 1.0, 0.0), List.of("e0", "e1", "e2"))
        .render().toString();
    assertEquals(6, count("<rect class=\"bar\"", svg));
    assertTrue(svg.contains("<title>e1</title>"));
    assertTrue(svg.contains("class=\"legend\""), "two series get a legend");
    assertTrue(svg.contains(">2+</text>"));
  }

  @Test
  void barChartDrawsNegativeBarsBelowTheBaseline() {
    String svg = new BarChart("b", "Bars", "desc", List.of("a", "b"))
        .series("s", Palette.PRIMARY, List.of(-2.0, 4.0), List.of("", "")).render().toString();
    Matcher heights = Pattern.compile("<rect class=\"bar\" x=\"[^\"]+\" y=\"([^\"]+)\" width=\"[^\"]+\" height=\"([^\"]+)\"")
        .matcher(svg);
    assertTrue(heights.find());
    double negativeTop = Double.parseDouble(heights.group(1));
    assertTrue(heights.find());
    double positiveBottom = Double.parseDouble(heights.group(1)) + Double.parseDouble(heights.group(2));
    assertEquals(positiveBottom, negativeTop, 0.01, "both bars meet at the zero line");
    assertFalse(svg.contains("class=\"legend\""), "one series needs no legend");
  }

  @Test
  void barChartLabelsEveryKthCategoryAndTheLast() {
    List<String> categories = List.of("0", "10", "20", "30", "40", "50", "60");
    String svg = new BarChart("b", "t", "d", categories).labelEvery(4)
        .series("s", Palette.PRIMARY, List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0), List.of("", "", "", "", "", "", ""))
        .render().toString();
    assertTrue(svg.contains(">0</text>") && svg.contains(">40</text>") && svg.contains(">60</text>"));
    assertFalse(svg.contains(">20</text>") || svg.contains(">50</text>"));
  }

  @Test
  void barChartRejectsMismatchedOrNonFiniteSeries() {
    BarChart chart = new BarChart("b", "t", "d", List.of("a", "b"));
    assertThrows(IllegalArgumentException.class,
        () -> chart.series("s", Palette.PRIMARY, List.of(1.0), List.of("x")));
    assertThrows(IllegalArgumentException.class,
        () -> chart.series("s", Palette.PRIMARY, List.of(1.0, Double.NaN), List.of("x", "y")));
  }

  @Test
  void lineChartDrawsEachSeriesAMarkerAndALegend() {
    String svg = new LineChart("l", "Lines", "desc")
        .axes("Weeks", "Transactions", TickFormat.NUMBER)
        .series(new LineChart.Series("Actual", List.of(new LineChart.Point(1, 10), new LineChart.Point(2, 30)),
            Palette.ACTUAL, false, 2))
        .series(new LineChart.Series("Expected", List.of(new LineChart.Point(1, 12), new LineChart.Point(2, 28)),
            Palette.EXPECTED, true, 2))
        .series(new LineChart.Series("One point", List.of(new LineChart.Point(1, 5)), Palette.PRIMARY, false, 1))
        .marker(1.5, "calibration end")
        .withLegend()
        .integerX()
        .render().toString();
    assertEquals(2, count("<polyline", svg));
    assertEquals(1, count("<circle", svg));
    assertEquals(3, count("<g class=\"series\"><title>", svg));
    assertTrue(svg.contains("stroke-dasharray=\"6 4\""), "expectations are dashed");
    assertTrue(svg.contains(">calibration end</text>"));
    assertTrue(svg.contains(">Expected</text>"), "legend entry");
    assertFalse(svg.contains(">1.5</text>"), "an integer axis has no fractional ticks");
  }

  @Test
  void horizontalBarsWriteEachValueAndRejectNegativeOnes() {
    String svg = new HorizontalBars("h", "Segments", "d", List.of(
        new HorizontalBars.Bar("Champions", 120, "120 (40.0%)", "Champions: 120"),
        new HorizontalBars.Bar("<b>At risk</b>", 0, "0 (0.0%)", "At risk: 0"))).render().toString();
    assertEquals(2, count("<g class=\"hbar\">", svg));
    assertTrue(svg.contains(">120 (40.0%)</text>"));
    assertTrue(svg.contains("&lt;b&gt;At risk&lt;/b&gt;"));
    assertThrows(IllegalArgumentException.class,
        () -> new HorizontalBars("h", "t", "d", List.of(new HorizontalBars.Bar("x", -1, "", ""))));
  }

  private static int count(String needle, String haystack) {
    int count = 0;
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }
}
