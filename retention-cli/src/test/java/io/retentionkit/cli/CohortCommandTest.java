package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.retentionkit.cohort.CohortAnalysis;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.io.demo.DemoShop;
import io.retentionkit.io.render.CohortJson;
import io.retentionkit.model.IdentityResolver;
import io.retentionkit.model.IdentityRule;
import io.retentionkit.model.Order;
import io.retentionkit.model.PeriodUnit;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

final class CohortCommandTest {

  @Test
  void showsAMonthlyRetentionGridOfTheDemoShopByDefault() {
    Cli.Run run = Cli.run("cohort", "--demo", "-q");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("Retention of monthly cohorts; columns are months since the first order\n"
        + "Zone Europe/Amsterdam; as of 2025-01-01T00:00:00+01:00\n"), run.out());
    assertTrue(run.out().contains("\n2023-01 "), run.out());
    assertTrue(run.out().contains("\n2024-12 "), run.out());
    assertTrue(run.out().contains("\naverage "), run.out());
  }

  @Test
  void printsTheLibrarysTableInTheIssuesJsonShape() {
    JsonNode json = Cli.run("cohort", "--demo", "--granularity", "quarter", "--as-of", "2024-11-15", "--format",
        "json", "-q").json();

    List<Order> orders = IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, List.of(), DemoShop.orders())
        .resolveAll(DemoShop.orders());
    CohortTable table = CohortAnalysis.newBuilder(DemoShop.policy()).granularity(PeriodUnit.QUARTER)
        .asOf(Instant.parse("2024-11-14T23:00:00Z")).build().analyze(orders);
    StringWriter expected = new StringWriter();
    CohortJson.write(table, expected);
    JsonNode library = Cli.parse(expected.toString());
    library.fieldNames().forEachRemaining(name -> assertEquals(library.get(name), json.get(name), name));

    assertEquals("QUARTER", json.get("granularity").textValue());
    assertEquals("Europe/Amsterdam", json.get("zone").textValue());
    assertEquals("2024-11-14T23:00:00Z", json.get("asOf").textValue());
    assertEquals("2023-Q1", json.at("/cohorts/0/cohort").textValue());
    assertTrue(json.at("/cohorts/0/key").isNull());
    assertFalse(json.at("/cohorts/7/cells/0/complete").booleanValue(), "2024-Q4 is not over in mid-November");
    assertEquals(1.0, json.at("/average/0/retention").doubleValue());
    assertEquals(7, json.at("/average/0/cohorts").intValue());
    assertEquals("demo", json.at("/source/name").textValue());
  }

  @Test
  void passesEveryCohortSettingToTheLibrary() {
    JsonNode weekly = json("--granularity", "week", "--first-day-of-week", "sunday", "--max-offset", "2");
    assertEquals("WEEK", weekly.get("granularity").textValue());
    assertEquals("SUNDAY", weekly.get("firstDayOfWeek").textValue());
    assertEquals(3, weekly.get("columns").size());
    assertTrue(weekly.at("/cohorts/0/cohort").textValue().matches("\\d{4}-W\\d\\d"));

    JsonNode rolling = json("--rolling-days", "30", "--returns", "on-or-after");
    assertEquals(30, rolling.get("rollingDays").intValue());
    assertEquals("ON_OR_AFTER", rolling.get("returns").textValue());
    assertTrue(rolling.at("/columns/1/lastOffset").isNull());

    JsonNode brackets = json("--brackets", "0,1-3,4-6,7-12");
    assertEquals("BRACKETS", brackets.get("returns").textValue());
    List<String> labels = new ArrayList<>();
    brackets.get("columns").forEach(column -> labels.add(column.get("label").textValue()));
    assertEquals(List.of("0", "1-3", "4-6", "7-12"), labels);

    assertEquals(Set.of("app", "marketplace", "pos", "social", "web"), keys(json("--breakdown", "channel")));
    assertEquals(Set.of("(none)", "WELCOME10", "BLACKFRIDAY25", "NEWSLETTER5"), // a repeat order, after a cancelled one
        keys(json("--breakdown", "discount-code")));
    assertEquals(Set.of("AT", "BE", "DE", "FR", "NL"), keys(json("--breakdown", "country")));
    assertTrue(keys(json("--breakdown", "first-sku")).containsAll(Set.of("BEANS-250", "GIFT-BOX", "SAMPLE")));

    assertEquals("2024-06-30T22:00:00Z", json("--as-of", "2024-07-01").get("asOf").textValue());
    assertEquals("2024-07-01T10:00:00Z", json("--as-of", "2024-07-01T12:00").get("asOf").textValue());
    assertEquals("2024-07-01T10:00:00Z", json("--as-of", "2024-07-01T10:00:00Z").get("asOf").textValue());
    assertEquals("GROSS", json("--refunds", "gross").get("refundPolicy").textValue());
  }

  @Test
  void gridsShowTheChosenValuePlainOrCumulative() {
    assertTrue(grid("--value", "customers").startsWith("Active customers of monthly cohorts"));
    assertTrue(grid("--value", "orders", "--cumulative").startsWith("Orders (cumulative) of monthly cohorts"));
    assertTrue(grid("--value", "revenue-per-customer", "--cumulative").startsWith(
        "Revenue per customer (cumulative; EUR, net of refunds at the order's date) of monthly cohorts"));
    assertTrue(grid("--value", "orders-per-customer").startsWith("Orders per customer of monthly cohorts"));
    assertTrue(grid("--value", "revenue-retention").startsWith("Revenue retention of monthly cohorts"));
    assertTrue(grid("--value", "revenue", "--refunds", "gross").startsWith("Revenue (EUR, gross) of monthly cohorts"));
    String incomplete = grid("--as-of", "2024-12-15");
    assertTrue(incomplete.contains("\n2024-12   ") && incomplete.contains("%*\n"), incomplete);
    assertTrue(grid("--format", "markdown").contains("\n| cohort  | size |"));
  }

  @Test
  void writesTidyCsvAndNotesThatGridOptionsDoNotShapeIt() {
    Cli.Run run = Cli.run("cohort", "--demo", "--format", "csv", "--value", "revenue", "--cumulative");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("cohort,cohort_start,key,size,column,first_offset,last_offset,complete,"
        + "active_customers,retention,orders,revenue,"), run.out());
    assertTrue(run.out().contains("\r\n2023-01,2023-01-01,,71,0,0,0,true,71,1.0,"), run.out());
    assertTrue(run.err().contains("retention: --value and --cumulative only shape text and markdown grids; csv holds "
        + "every value\n"), run.err());
  }

  private static JsonNode json(String... options) {
    List<String> args = new ArrayList<>(List.of("cohort", "--demo", "--format", "json", "-q"));
    args.addAll(List.of(options));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertEquals(0, run.status(), run.err());
    return run.json();
  }

  private static String grid(String... options) {
    List<String> args = new ArrayList<>(List.of("cohort", "--demo", "-q"));
    args.addAll(List.of(options));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertEquals(0, run.status(), run.err());
    return run.out();
  }

  private static Set<String> keys(JsonNode table) {
    Set<String> keys = new TreeSet<>();
    table.get("cohorts").forEach(row -> keys.add(row.get("key").isNull() ? "(none)" : row.get("key").textValue()));
    return keys;
  }
}
