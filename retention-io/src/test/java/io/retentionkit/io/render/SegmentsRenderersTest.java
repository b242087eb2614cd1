package io.retentionkit.io.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retentionkit.io.csv.SafeCsvWriter;
import io.retentionkit.segments.RfmAnalysis;
import io.retentionkit.segments.RfmSegmentation;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SegmentsCsv}, {@link SegmentsJson} and {@link SegmentsText}. */
final class SegmentsRenderersTest {
  private static final Instant AS_OF = Instant.parse("2024-04-01T00:00:00Z");

  /** ann often and recently, a formula-like id twice, a terminal escape once and long ago. */
  private static RfmSegmentation segmentation() {
    return RfmAnalysis.newBuilder(Results.UTC_EUR).asOf(AS_OF).build().analyze(List.of(
        Results.order("1", "ann", "2024-01-02T10:00:00Z", "20.00", "web"),
        Results.order("2", "ann", "2024-02-02T10:00:00Z", "30.00", "web"),
        Results.order("3", "ann", "2024-03-30T10:00:00Z", "40.00", "web"),
        Results.order("4", "=HYPERLINK(\"x\")", "2024-01-10T10:00:00Z", "10.00", "web"),
        Results.order("5", "=HYPERLINK(\"x\")", "2024-02-20T10:00:00Z", "12.50", "web"),
        Results.order("6", "eve\u001b[31m", "2023-03-01T10:00:00Z", "5.00", "web"),
        Results.order("7", "ann", "2024-04-01T10:00:00Z", "99.00", "web")));
  }

  @Test
  void csvHasOneRecordPerCustomerAndNeutralisesFormulas() {
    StringWriter out = new StringWriter();
    try (SafeCsvWriter csv = SafeCsvWriter.of(out)) {
      SegmentsCsv.write(segmentation(), csv);
    }

    // 3 customers, so scores 1 + floor(5 w / 3): ann (w = 2) 4, the formula id (w = 1) 2, eve (w = 0) 1.
    assertEquals("customer_id,recency_days,frequency,monetary,r,f,m,segment\r\n"
        + "\"'=HYPERLINK(\"\"x\"\")\",41,2,22.50,2,2,2,hibernating\r\n"
        + "ann,2,3,90.00,4,4,4,loyal\r\n"
        + "eve\u001b[31m,397,1,5.00,1,1,1,lost\r\n", out.toString());
  }

  @Test
  void jsonHasEverySegmentWithItsRuleCountsAndShares() throws IOException {
    StringWriter out = new StringWriter();
    SegmentsJson.write(segmentation(), out);

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals("RFM", json.get("scheme").asText());
    assertEquals("2024-04-01T00:00:00Z", json.get("asOf").asText());
    assertEquals("2024-04-01", json.get("asOfDate").asText());
    assertEquals(3, json.get("customers").asInt());
    assertEquals("117.50", json.get("totalRevenue").asText());
    assertEquals(6, json.at("/orders/counted").asInt());
    assertEquals(1, json.at("/orders/afterAsOf").asInt());
    assertEquals(11, json.get("segments").size());
    JsonNode loyal = json.get("segments").get(1);
    assertEquals("loyal", loyal.get("segment").asText());
    assertEquals("Loyal", loyal.get("name").asText());
    assertEquals("R 3-4, FM 4-5", loyal.get("definition").asText());
    assertEquals(3, loyal.get("minR").asInt());
    assertEquals(1, loyal.get("customers").asInt());
    assertEquals(1.0 / 3, loyal.at("/customerShare/value").asDouble(), 1e-15);
    assertEquals("90.00", loyal.get("revenue").asText());
    assertEquals(90 / 117.5, loyal.at("/revenueShare/value").asDouble(), 1e-15);
    assertFalse(loyal.get("revenueShare").has("reason"));
  }

  @Test
  void anEmptySegmentationSaysWhySharesAreUndefined() throws IOException {
    RfmSegmentation empty = RfmAnalysis.newBuilder(Results.UTC_EUR).asOf(AS_OF).build().analyze(List.of());
    StringWriter out = new StringWriter();
    SegmentsJson.write(empty, out);
    JsonNode champions = new ObjectMapper().readTree(out.toString()).get("segments").get(0);

    assertTrue(champions.at("/customerShare/value").isNull());
    assertEquals("no customer has a qualifying order before the as-of instant",
        champions.at("/customerShare/reason").asText());
    assertEquals("the customers' total revenue is zero", champions.at("/revenueShare/reason").asText());
    String text = SegmentsText.render(empty, TextStyle.PLAIN);
    assertTrue(text.contains("\nChampions            R 5, FM 4-5            0    n/a  EUR 0.00            n/a\n"), text);
  }

  @Test
  void textListsTheSegmentsWithTheirRules() {
    String text = SegmentsText.render(segmentation(), TextStyle.MARKDOWN);

    assertTrue(text.startsWith("RFM segments of 3 customers as of 2024-04-01 (orders placed before "
        + "2024-04-01T00:00:00Z), revenue EUR 117.50\n6 orders counted; left out: 0 not qualifying, 1 placed at or "
        + "after the as-of instant\n\n| segment "), text);
    assertTrue(text.contains("| Loyal               | R 3-4, FM 4-5 |         1 | 33.3% | EUR 90.00 |         76.6% |"),
        text);
    assertTrue(text.contains("| Can't lose them     | R 1-2, FM 5   |"), text);
  }
}
