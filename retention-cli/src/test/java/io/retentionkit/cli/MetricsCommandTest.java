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
    assertTrue(run.err().contains("retention: read 6,418 orders of 2,674 customers from demo\n"), run.err());
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
    assertEquals(2674, json.at("/source/customers").intValue());
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

    assertEquals(2816, Cli.run("metrics", "--demo", "--format", "json", "-q", "--identity", "customer-id").json()
        .at("/source/customers").intValue(), "guests stay apart from their later accounts");
    assertEquals(2674, Cli.run("metrics", "--demo", "--format", "json", "-q", "--identity", "email").json()
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
