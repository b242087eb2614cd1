package io.retentionkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.cohort.CohortBreakdown;
import io.retentionkit.model.Order;
import io.retentionkit.report.html.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds hostile strings through every field that reaches the report (customer ids; channels, discount
 * codes, countries and SKUs as cohort breakdown keys; file names; segment names and descriptions; the
 * title) and checks that the document contains only the library's own elements and attributes.
 */
final class HtmlReportSecurityTest {
  private static final List<Order> ORDERS = SampleShop.orders(11, 400, true);
  /** Every element the report writes; anything else came from the input. */
  private static final Set<String> OWN_ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "header",
      "div", "h1", "h2", "h3", "p", "nav", "a", "main", "section", "abbr", "strong", "table", "thead", "tbody", "tr",
      "th", "td", "caption", "ul", "li", "dl", "dt", "dd", "footer", "svg", "desc", "defs", "pattern", "line", "rect",
      "g", "text", "polyline", "circle");

  static Stream<CohortBreakdown> breakdowns() {
    return Stream.of(CohortBreakdown.CHANNEL, CohortBreakdown.DISCOUNT_CODE, CohortBreakdown.COUNTRY,
        CohortBreakdown.FIRST_SKU);
  }

  @ParameterizedTest(name = "cohorts by {0}")
  @MethodSource("breakdowns")
  void hostileInputIsOnlyEverText(CohortBreakdown breakdown) {
    List<InputSource> inputs = new ArrayList<>();
    for (String hostile : SampleShop.HOSTILE) {
      inputs.add(new InputSource(hostile, hostile, 1, 1, 0));
    }
    ReportData analysed = ReportAnalysis.newBuilder(SampleShop.policy()).cohortBreakdown(breakdown)
        .topCustomers(ORDERS.size()).build().analyze(ORDERS, inputs);
    List<Segment> segments = new ArrayList<>();
    for (String hostile : SampleShop.HOSTILE) {
      segments.add(new Segment(hostile, hostile.length(), Optional.of(hostile), OptionalDouble.of(0.5)));
    }
    ReportData data = new ReportData(analysed.provenance(), analysed.metrics(), analysed.cohorts(), analysed.clv(),
        Optional.of(new SegmentSizes(SampleShop.HOSTILE[0], segments)), analysed.omissions());

    String html = HtmlReport.newBuilder().title(SampleShop.HOSTILE[1]).revealEmailAddresses(true).build().render(data);

    List<String> tags = DomScan.startTags(html);
    assertEquals(DomScan.tagStarts(html), tags.size(), "every '<' must start one of the report's own tags");
    List<String> foreign = tags.stream().filter(tag -> !OWN_ELEMENTS.contains(tag)).distinct().toList();
    assertEquals(List.of(), foreign, "elements the report does not write");
    assertEquals(List.of(), DomScan.eventHandlers(html));
    for (String hostile : SampleShop.HOSTILE) {
      if (hostile.contains("<") || hostile.contains("\"")) {
        assertFalse(html.contains(hostile), "raw: " + Html.abbreviate(hostile, 40));
      }
    }
    assertFalse(html.contains("\u202E"), "bidirectional overrides must not reach the document");
    assertTrue(html.contains(">&lt;script&gt;console.error(&#39;xss&#39;)&lt;/script&gt;<"),
        "hostile text is shown, as text");
    assertTrue(html.contains("日本語 ✓ 😀"), "unicode passes unharmed");
    assertTrue(html.contains("Tom &amp; Jerry&#39;s"));
    assertFalse(html.contains("x".repeat(Blocks.MAX_HOVER_CHARS + 1)), "a huge value is shortened everywhere");
  }
}
