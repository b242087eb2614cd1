package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.retentionkit.io.demo.DemoShop;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.IdentityResolver;
import io.retentionkit.model.IdentityRule;
import io.retentionkit.model.Order;
import io.retentionkit.segments.RfmAnalysis;
import io.retentionkit.segments.RfmSegment;
import io.retentionkit.segments.RfmSegmentation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SegmentsCommandTest {
  @TempDir
  Path dir;

  @Test
  void printsTheSegmentSizesOfTheDemoShopAsOfTheDayAfterItsLastEvent() {
    Cli.Run run = Cli.run("segments", "--demo");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().matches("(?s)RFM segments of [0-9,]+ customers as of 2025-01-01 \\(orders placed before "
        + "2024-12-31T23:00:00Z\\), revenue EUR .*"), run.out());
    assertTrue(run.out().contains("\nChampions  "), run.out());
    assertTrue(run.out().contains("\nCan't lose them  "), run.out());
    assertTrue(run.err().contains("retention: as of 2025-01-01 (the day after the last order or refund)\n"),
        run.err());
  }

  @Test
  void writesOneCsvRecordPerCustomerToAFileByDefault() {
    Path csv = dir.resolve("segments.csv");

    Cli.Run run = Cli.run("segments", "--demo", "--as-of", "2024-07-01", "--output", csv.toString());

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out());
    List<String> lines = Cli.read(csv).lines().toList();
    assertEquals("customer_id,recency_days,frequency,monetary,r,f,m,segment", lines.get(0));
    // The command resolves identities as --identity's default does, then segments as the library does.
    List<Order> orders = IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, List.of(), DemoShop.orders())
        .resolveAll(DemoShop.orders());
    RfmSegmentation expected = RfmAnalysis.newBuilder(AnalysisPolicy.of(DemoShop.ZONE, DemoShop.CURRENCY))
        .asOf(LocalDate.of(2024, 7, 1).atStartOfDay(DemoShop.ZONE).toInstant()).build().analyze(orders);
    assertEquals(expected.customers().size() + 1, lines.size());
    assertTrue(run.err().contains(String.format(Locale.ROOT, "retention: wrote the RFM values of %,d customers to "
        + "%s: %,d champions, %,d lost", expected.customers().size(), csv,
        expected.size(RfmSegment.CHAMPIONS).customers(), expected.size(RfmSegment.LOST).customers())), run.err());
    for (String line : lines.subList(1, lines.size())) {
      assertTrue(line.matches("[^,]+,\\d+,\\d+,\\d+\\.\\d{2},[1-5],[1-5],[1-5],[a-z-]+"), line);
    }
  }

  @Test
  void jsonHasTheSegmentsPolicyAndSource() {
    Cli.Run run = Cli.run("segments", "--demo", "--as-of", "2024-07-01T12:00", "--format", "json", "-q");

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    JsonNode json = run.json();
    assertEquals("RFM", json.get("scheme").asText());
    assertEquals("2024-07-01T10:00:00Z", json.get("asOf").asText(), "a local date-time in the shop's zone");
    assertEquals(11, json.get("segments").size());
    assertEquals("champions", json.at("/segments/0/segment").asText());
    assertEquals(json.get("customers").asLong(), sum(json.get("segments")));
    assertEquals("NET_AT_ORDER_DATE", json.at("/policy/refundPolicy").asText());
    assertEquals("demo", json.at("/source/format").asText());
  }

  @Test
  void theCsvOnStandardOutputProtectsAgainstFormulas() {
    String orders = Cli.file(dir, "orders.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,=cmd|' /C calc'!A0,2024-01-05,20.00,EUR",
        "2,@SUM(A1),2024-02-01,35.50,EUR",
        "3,-2+3,2024-03-01,12.00,EUR");

    Cli.Run run = Cli.run("segments", "--input", orders, "--zone", "UTC", "--format", "csv", "-q");

    assertEquals(0, run.status(), run.err());
    assertEquals("customer_id,recency_days,frequency,monetary,r,f,m,segment\r\n"
        + "'-2+3,1,1,12.00,4,1,1,promising\r\n"
        + "'=cmd|' /C calc'!A0,57,1,20.00,1,1,2,lost\r\n"
        + "'@SUM(A1),30,1,35.50,2,1,4,hibernating\r\n", run.out());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      shopify     | shopify/orders_export.csv
      woocommerce | woocommerce/orders.json
      """)
  void readsTheShopAndMarketplaceExports(String format, String fixture) {
    Path rejects = dir.resolve("rejects.csv");

    Cli.Run run = Cli.run("segments", "--input", Cli.fixture(fixture), "--input-format", format, "--zone",
        "Europe/Amsterdam", "--currency", "EUR", "--rates", Cli.usdRates(dir), "--lenient", "--rejects",
        rejects.toString(), "--format", "json");

    assertEquals(0, run.status(), run.err());
    JsonNode json = run.json();
    assertTrue(json.get("customers").asInt() >= 2, run.out());
    assertEquals(json.get("customers").asLong(), sum(json.get("segments")));
    assertEquals(format, json.at("/source/format").asText());
    assertTrue(json.at("/source/recordsRejected").asInt() > 0, "the fixtures hold invalid records");
    assertTrue(run.err().contains("records rejected, written to " + rejects), run.err());
  }

  @Test
  void anInputWithoutOrdersNeedsAnAsOfDate() {
    String empty = Cli.file(dir, "empty.csv", "order_id,customer_id,placed_at,amount,currency");

    Cli.Run run = Cli.run("segments", "--input", empty, "--zone", "UTC", "--currency", "EUR", "-q");

    assertEquals(1, run.status(), run.err());
    assertEquals("retention: " + empty + " has no orders, so there is no date to segment as of: give --as-of\n",
        run.err());
    Cli.Run asOf = Cli.run("segments", "--input", empty, "--zone", "UTC", "--currency", "EUR", "--as-of",
        "2024-01-01", "-q");
    assertEquals(0, asOf.status(), asOf.err());
    assertTrue(asOf.out().startsWith("RFM segments of 0 customers as of 2024-01-01"), asOf.out());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      segments --demo --format xlsx        | Invalid value for option '--format': must be one of csv, text, markdown, json: 'xlsx'
      segments --demo --as-of yesterday    | --as-of must be a date like 2024-12-31, a date-time like 2024-12-31T18:00
      segments --zone UTC                  | Missing input: give --input FILE, or --demo for the built-in demo shop
      segments --input x.csv               | Missing required option: '--zone=ZONE'
      """)
  void aUsageErrorIsOneLineAndExitStatusTwo(String args, String message) {
    Cli.Run run = Cli.run(args.split(" "));

    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("retention: " + message), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  private static long sum(JsonNode segments) {
    long sum = 0;
    for (JsonNode segment : segments) {
      sum += segment.get("customers").asLong();
    }
    return sum;
  }
}
