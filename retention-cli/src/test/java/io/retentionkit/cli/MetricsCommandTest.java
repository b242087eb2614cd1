package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.retentionkit.io.demo.DemoShop;
import io.retentionkit.metrics.MetricsAnalysis;
import io.retentionkit.metrics.MetricsSummary;
import io.retentionkit.model.IdentityResolver;
import io.retentionkit.model.IdentityRule;
import io.retentionkit.model.Order;
import io.retentionkit.model.Period;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MetricsCommandTest {
  @TempDir
  Path dir;

  @Test
  void analysesTheDemoShopByDefaultOverTheYearUpToItsLastOrder() {
    Cli.Run run = Cli.run("metrics", "--demo");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("Retention metrics for 2024-01-01 to 2024-12-31 (366 days, Europe/Amsterdam), "
        + "amounts in EUR\n"), run.out());
    assertTrue(run.out().contains("\ncustomer retention rate (E-N)/S "), run.out());
    assertTrue(run.err().contains("retention: read 6,885 orders of 2,643 customers from demo\n"), run.err());
    assertTrue(run.err().contains("retention: window 2024-01-01 to 2024-12-31 (up to the last order)\n"), run.err());
  }

  @Test
  void printsWhatTheLibraryComputes() {
    JsonNode json = Cli.run("metrics", "--demo", "--format", "json", "--from", "2024-04-01", "--to", "2024-07-01",
        "--quiet").json();

    List<Order> orders = IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, List.of(), DemoShop.orders())
        .resolveAll(DemoShop.orders());
    MetricsSummary expected = MetricsAnalysis.newBuilder(DemoShop.policy()).build()
        .analyze(orders, Period.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 1), DemoShop.ZONE));
    assertEquals(expected.customerRetentionRate().value().getAsDouble(),
        json.at("/customerRetentionRate/value").doubleValue());
    assertEquals(expected.customerRetentionRate().s(), json.at("/customerRetentionRate/s").longValue());
    assertEquals(expected.totals().revenue().toBigDecimal().toPlainString(), json.at("/totals/revenue").textValue());
    assertEquals("Europe/Amsterdam", json.at("/policy/zone").textValue());
    assertEquals("NET_AT_ORDER_DATE", json.at("/policy/refundPolicy").textValue());
    assertEquals("demo", json.at("/source/name").textValue());
    assertEquals("CUSTOMER_ID_THEN_EMAIL", json.at("/source/identity").textValue());
    assertEquals(2643, json.at("/source/customers").intValue());
  }

  @Test
  void computesTheHandCheckedMetricsOfASmallShop() {
    Cli.Run run = Cli.run("metrics", "--input", Cli.smallShop(dir), "--zone", "Europe/Amsterdam",
        "--from", "2024-01-01", "--to", "2024-04-01", "--format", "json", "--quiet");

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    JsonNode json = run.json();
    assertEquals(3, json.at("/totals/orders").intValue());
    assertEquals(1, json.at("/totals/nonQualifyingOrders").intValue(), "the cancelled order");
    assertEquals("67.50", json.at("/totals/grossRevenue").textValue());
    assertEquals(0.5, json.at("/repeatPurchaseRate/value").doubleValue());
    assertEquals(1.5, json.at("/purchaseFrequency/value").doubleValue());
    assertEquals("22.5000", json.at("/averageOrderValue/value").textValue());
    assertTrue(json.at("/customerRetentionRate/value").isNull());
    assertEquals("no customers were active at the start of the window",
        json.at("/customerRetentionRate/reason").textValue());
    assertEquals(4, json.at("/source/recordsRead").intValue());
    assertEquals("generic", json.at("/source/format").textValue());
  }

  @Test
  void blankRowsOfASpreadsheetExportAreSkippedAndReported() {
    String file = Cli.file(dir, "sheet.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR",
        ",,,,",
        "2,bob,2024-02-01,12.50,EUR",
        ",,,,",
        ",,,,");

    Cli.Run run = Cli.run("metrics", "--input", file, "--zone", "UTC", "--format", "json");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("retention: skipped 3 blank rows of " + file
        + " (no value in any column, such as ,,,,)\n"), run.err());
    assertEquals(3, run.json().at("/source/blankRowsSkipped").intValue());
    assertEquals(2, run.json().at("/source/recordsRead").intValue());
    assertEquals(2, run.json().at("/source/orders").intValue());

    String one = Cli.file(dir, "one.csv", "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR", "");
    assertTrue(Cli.run("metrics", "--input", one, "--zone", "UTC").err()
        .contains("retention: skipped 1 blank row of " + one + " (no value in any column, such as ,,,,)\n"));
  }

  @Test
  void readsShopifyExportsMatchingCustomersByEmail() {
    String export = Cli.file(dir, "orders_export.csv",
        "Name,Email,Financial Status,Fulfillment Status,Currency,Total,Created at,Source",
        "#1001,ann@example.com,paid,fulfilled,EUR,20.00,2024-01-05 10:00:00 +0100,web",
        "#1002,bob@example.com,paid,,EUR,35.50,2024-02-01 10:00:00 +0100,pos",
        "#1003,Ann@Example.com,paid,,EUR,12.00,2024-03-01 12:00:00 +0100,web");

    JsonNode json = Cli.run("metrics", "--input", export, "--input-format", "shopify", "--zone", "Europe/Amsterdam",
        "--from", "2024-01-01", "--to", "2024-04-01", "--format", "json", "-q").json();

    assertEquals("shopify", json.at("/source/format").textValue());
    assertEquals(2, json.at("/totals/customers").intValue());
    assertEquals(0.5, json.at("/repeatPurchaseRate/value").doubleValue());
  }

  @Test
  void readsWooCommerceOrdersWithTheirRefundsFile() {
    String orders = Cli.file(dir, "orders.json", """
        [{"id": 1, "status": "completed", "currency": "EUR", "total": "20.00", "customer_id": 7,
          "date_created_gmt": "2024-01-05T09:00:00", "date_modified_gmt": "2024-01-20T09:00:00",
          "billing": {"email": "ann@example.com"}, "refunds": [{"id": 9, "total": "-5.00"}]},
         {"id": 2, "status": "processing", "currency": "EUR", "total": "35.50", "customer_id": 0,
          "date_created_gmt": "2024-02-01T09:00:00", "billing": {"email": "bob@example.com"}}]""");
    String refunds = Cli.file(dir, "refunds.json", """
        [{"id": 9, "parent_id": 1, "date_created_gmt": "2024-01-10T12:00:00", "amount": "5.00"}]""");
    String[] args = {"metrics", "--input", orders, "--input-format", "woocommerce", "--zone", "UTC", "--from",
        "2024-01-01", "--to", "2024-04-01", "--format", "json", "-q"};

    JsonNode dated = Cli.run(concat(args, "--woocommerce-refunds", refunds)).json();
    assertEquals("woocommerce", dated.at("/source/format").textValue());
    assertEquals("5.00", dated.at("/totals/refunds").textValue());
    assertEquals(0, dated.at("/source/refundsWithAssumedDate").intValue());

    Cli.Run undated = Cli.run(args);
    assertEquals(1, undated.json().at("/source/refundsWithAssumedDate").intValue(), "dated at date_modified_gmt");
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void passesEveryAnalysisSettingToTheLibrary() {
    JsonNode json = Cli.run("metrics", "--demo", "--format", "json", "--quiet", "--look-back-days", "90",
        "--churn-days", "60", "--second-purchase-days", "30", "--pareto-fraction", "0.5", "--margin", "0.4",
        "--lifespan", "3").json();

    assertEquals(90, json.at("/customerRetentionRate/lookBackDays").intValue());
    assertEquals(60, json.at("/churnRate/inactivityDays").intValue());
    assertEquals(30, json.at("/secondPurchaseRate/withinDays").intValue());
    assertEquals(0.5, json.at("/paretoShare/topFraction").doubleValue());
    assertEquals(0.4, json.at("/simpleClv/margin").doubleValue());
    assertEquals(3.0, json.at("/simpleClv/expectedLifespan").doubleValue());
    assertTrue(json.at("/simpleClv/lifespanGiven").booleanValue());
  }

  @Test
  void appliesTheRefundQualifyingAndIdentityRules() {
    JsonNode gross = Cli.run("metrics", "--demo", "--format", "json", "-q", "--refunds", "gross").json();
    assertEquals("GROSS", gross.at("/policy/refundPolicy").textValue());
    assertEquals(gross.at("/totals/grossRevenue"), gross.at("/totals/revenue"));

    JsonNode atRefundDate = Cli.run("metrics", "--demo", "--format", "json", "-q", "--refunds",
        "net-at-refund-date").json();
    assertEquals("NET_AT_REFUND_DATE", atRefundDate.at("/policy/refundPolicy").textValue());

    JsonNode everything = Cli.run("metrics", "--demo", "--format", "json", "-q", "--exclude", "none").json();
    assertEquals(0, everything.at("/totals/nonQualifyingOrders").intValue());
    JsonNode strict = Cli.run("metrics", "--demo", "--format", "json", "-q", "--exclude",
        "cancelled,fully-refunded,zero-value").json();
    assertTrue(strict.at("/policy/qualifyingOrders/excludeZeroValue").booleanValue());
    assertTrue(strict.at("/totals/nonQualifyingOrders").intValue()
        > Cli.run("metrics", "--demo", "--format", "json", "-q").json().at("/totals/nonQualifyingOrders").intValue());

    assertEquals(2753, Cli.run("metrics", "--demo", "--format", "json", "-q", "--identity", "customer-id").json()
        .at("/source/customers").intValue(), "guests stay apart from their later accounts");
    assertEquals(2643, Cli.run("metrics", "--demo", "--format", "json", "-q", "--identity", "email").json()
        .at("/source/customers").intValue());
  }

  @Test
  void writesMarkdownAndToAFile() {
    Cli.Run markdown = Cli.run("metrics", "--demo", "--format", "markdown", "-q");
    assertTrue(markdown.out().contains("\n| metric "), markdown.out());

    Path file = dir.resolve("metrics.txt");
    Cli.Run run = Cli.run("metrics", "--demo", "-q", "--output", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out());
    assertEquals(Cli.run("metrics", "--demo", "-q").out(), Cli.read(file));
  }
}
