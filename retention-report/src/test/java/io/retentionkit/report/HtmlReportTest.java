package io.retentionkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.EmailAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HtmlReportTest {
  private static final HtmlReport REPORT = HtmlReport.newBuilder().build();

  @Test
  void fullReportHasEverySectionInOrderWithANavigationLink() {
    String html = REPORT.render(Fixtures.data());
    int previous = -1;
    for (String id : List.of("metrics", "cohorts", "clv", "segments", "provenance", "glossary")) {
      int at = html.indexOf("<section id=\"" + id + "\">");
      assertTrue(at > previous, id + " must follow the previous section");
      assertTrue(html.contains("<a href=\"#" + id + "\">"), "navigation to " + id);
      previous = at;
    }
    assertTrue(html.contains("id=\"segment-sizes\""), "the RFM segments are computed by default");
    assertTrue(html.contains("<dt>RFM segments</dt>"), "and defined in the glossary");
    assertTrue(html.contains("id=\"cohort-heatmap\"") && html.contains("id=\"cohort-revenue\"")
        && html.contains("id=\"holdout-bins\"") && html.contains("id=\"tracking-curve\"")
        && html.contains("id=\"clv-distribution\""), "every chart");
  }

  @Test
  void isOneSelfContainedFileWithoutScriptOrExternalResources() {
    String html = REPORT.render(Fixtures.data());
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
        + "style-src &#39;unsafe-inline&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;\"/>"));
    String lower = html.toLowerCase(Locale.ROOT);
    for (String forbidden : List.of("<script", "<link", "<img", "<iframe", "http://", "https://", "@import",
        "url(http", "src=")) {
      assertFalse(lower.replace("http://www.w3.org/2000/svg", "").contains(forbidden), forbidden);
    }
  }

  @Test
  void undefinedMetricsShowNotAvailableWithTheirReasonNeverZero() {
    ReportData early = ReportAnalysis.newBuilder(SampleShop.policy()).asOf(LocalDate.of(2023, 3, 1)).build()
        .analyze(Fixtures.ORDERS, List.of());
    assertTrue(early.metrics().orElseThrow().customerRetentionRate().value().isEmpty(), "S = 0 in this window");

    String html = REPORT.render(early);

    assertTrue(html.contains("<abbr title=\"(E − N) / S,"), "definition on hover");
    String card = html.substring(html.indexOf(">Customer retention rate</abbr>"));
    card = card.substring(0, card.indexOf("</div>\n"));
    assertTrue(card.contains("<div class=\"card-value na\">n/a</div>"), card);
    assertTrue(card.contains("<div class=\"card-detail na-reason\">no customers were active at the start of the "
        + "window</div>"), card);
    assertFalse(card.contains("0.0%"), card);
  }

  @Test
  void everyDefinitionOnHoverIsAlsoInTheGlossary() {
    String html = REPORT.render(Fixtures.data());
    String glossary = html.substring(html.indexOf("<section id=\"glossary\">"));
    Matcher abbr = Pattern.compile("<abbr title=\"([^\"]*)\">").matcher(html);
    int definitions = 0;
    while (abbr.find()) {
      assertTrue(glossary.contains("<dd>" + abbr.group(1) + "</dd>"), abbr.group(1));
      definitions++;
    }
    assertTrue(definitions > 20, "definitions on hover: " + definitions);
  }

  @Test
  void omittedSectionsSayWhyAndAbsentOnesAreNotShown() {
    ReportData full = Fixtures.data();
    ReportData data = ReportData.newBuilder(full.provenance()).cohorts(full.cohorts().orElseThrow())
        .omit(ReportSection.CLV, "no customer made a <repeat> purchase").build();

    String html = REPORT.render(data);

    assertTrue(html.contains("<section id=\"clv\"><h2>Customer lifetime value</h2>\n<p class=\"unavailable\">"
        + "<strong>n/a</strong> customer lifetime value: no customer made a &lt;repeat&gt; purchase</p>"));
    assertFalse(html.contains("id=\"metrics\""));
  }

  @Test
  void segmentsAreDrawnWhenThereAreSome() {
    ReportData full = Fixtures.data();
    ReportData data = ReportData.newBuilder(full.provenance()).segments(new SegmentSizes("Value tiers", List.of(
        new Segment("Gold", 120, Optional.of("top 10%"), OptionalDouble.empty()), Segment.of("Silver", 80)))).build();

    String html = REPORT.render(data);

    assertTrue(html.contains("<section id=\"segments\">"));
    assertTrue(html.contains(">120 (60.0%)</text>"));
    assertTrue(html.contains("<td class=\"num\">top 10%</td>"));
    assertFalse(html.contains("Revenue share"), "a segmentation without revenue has no revenue column");
    assertFalse(html.contains("<dt>RFM segments</dt>"), "only RFM segments have a glossary entry");
  }

  @Test
  void rfmSegmentsShowTheirRuleAndRevenueShare() {
    String html = REPORT.render(Fixtures.data());
    String section = html.substring(html.indexOf("<section id=\"segments\">"),
        html.indexOf("<section id=\"provenance\">"));

    assertTrue(section.contains("<th scope=\"col\">Revenue share</th>"), section);
    assertTrue(section.contains("<td class=\"num\">R 5, FM 4-5</td>"), section);
    assertTrue(section.contains("<th scope=\"row\">Can&#39;t lose them</th>"), section);
    assertTrue(section.contains("<abbr title=\"Each customer with a qualifying order before the as-of date"), section);
  }

  @Test
  void provenanceNamesInputsPolicyAsOfAndVersion() {
    String html = REPORT.render(Fixtures.data());
    String provenance = html.substring(html.indexOf("<section id=\"provenance\">"), html.indexOf("<section id=\"glossary\">"));
    assertTrue(provenance.contains("<th scope=\"row\">orders.csv</th><td class=\"num\">generic</td>"));
    assertTrue(provenance.contains("<dt>Time zone</dt><dd>Europe/Amsterdam</dd>"));
    assertTrue(provenance.contains("<dt>Reporting currency</dt><dd>EUR</dd>"));
    assertTrue(provenance.contains("<dt>Refunds</dt><dd>Net at the order date"));
    assertTrue(provenance.contains("<dt>Qualifying orders</dt><dd>Every order qualifies except cancelled and failed "
        + "orders.</dd>"));
    assertTrue(provenance.contains("<dt>As of</dt><dd>" + Fixtures.data().provenance().asOf()));
    assertTrue(provenance.contains("<dt>Computed by</dt><dd>retentionkit " + LibraryVersion.current() + "</dd>"));
  }

  @Test
  void theSameDataGivesTheSameBytesInAnyDefaultLocale() {
    String root = REPORT.render(Fixtures.data());
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals(root, REPORT.render(Fixtures.data()));
      Locale.setDefault(new Locale("ar", "EG"));
      assertEquals(root, REPORT.render(Fixtures.data()));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void emailAddressesAreMaskedUnlessRevealed() {
    String guest = CustomerId.ofEmail(EmailAddress.of("guest3@example.com")).value();
    ReportData data = ReportAnalysis.newBuilder(SampleShop.policy()).topCustomers(2000).build()
        .analyze(Fixtures.ORDERS, List.of());

    String masked = REPORT.render(data);
    String revealed = HtmlReport.newBuilder().revealEmailAddresses(true).build().render(data);

    assertFalse(masked.contains(guest));
    assertTrue(masked.contains("email:g…@example.com"));
    assertTrue(revealed.contains(">" + guest + "</th>"));
  }

  @Test
  void titleIsEscapedAndWrittenFilesAreUtf8(@TempDir Path directory) throws Exception {
    HtmlReport report = HtmlReport.newBuilder().title("Café <b>\"Zürich\"</b>").build();
    Path file = directory.resolve("r.html");
    report.write(Fixtures.data(), file);
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(html.contains("<title>Café &lt;b&gt;&quot;Zürich&quot;&lt;/b&gt;</title>"));
    assertTrue(html.contains("<h1>Café &lt;b&gt;&quot;Zürich&quot;&lt;/b&gt;</h1>"));
    assertEquals(report.render(Fixtures.data()), html);
  }
}
