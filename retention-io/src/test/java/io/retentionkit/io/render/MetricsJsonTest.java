package io.retentionkit.io.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.retentionkit.metrics.MetricsSummary;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class MetricsJsonTest {
  /** Where each component of {@link MetricsSummary} is rendered. */
  private static final Map<String, List<String>> MEMBERS = Map.ofEntries(
      Map.entry("window", List.of("window")),
      Map.entry("totals", List.of("totals", "currency")),
      Map.entry("customerRetentionRate", List.of("customerRetentionRate", "strictRetentionRate")),
      Map.entry("churnRate", List.of("churnRate")),
      Map.entry("repeatPurchaseRate", List.of("repeatPurchaseRate")),
      Map.entry("returningCustomerRate", List.of("returningCustomerRate")),
      Map.entry("purchaseFrequency", List.of("purchaseFrequency")),
      Map.entry("averageOrderValue", List.of("averageOrderValue", "netAverageOrderValue")),
      Map.entry("daysBetweenOrders", List.of("averageDaysBetweenOrders", "medianDaysBetweenOrders")),
      Map.entry("secondPurchaseRate", List.of("secondPurchaseRate")),
      Map.entry("revenueSplit",
          List.of("returningCustomerRevenueShare", "newCustomerRevenueShare", "returningToNewSpendRatio")),
      Map.entry("paretoShare", List.of("paretoShare")),
      Map.entry("historicalClv", List.of("averageHistoricalClv", "medianHistoricalClv")),
      Map.entry("simpleClv", List.of("simpleClv")),
      Map.entry("orderSequence", List.of("orderSequence")),
      Map.entry("repeatRateByFirstOrder", List.of("repeatRateByFirstOrder")));

  @Test
  void everyMetricOfTheSummaryHasItsMembers() {
    Set<String> components = Arrays.stream(MetricsSummary.class.getRecordComponents())
        .map(component -> component.getName()).collect(Collectors.toSet());
    assertEquals(components, MEMBERS.keySet(), "a new metric needs a member in MetricsJson and in this test");

    JsonNode json = Results.json(Results.demoMetrics());
    Set<String> expected = MEMBERS.values().stream().flatMap(List::stream).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, new TreeSet<>(names(json)));
  }

  @Test
  void carriesEachValueWithItsInputs() {
    MetricsSummary summary = Results.demoMetrics();
    JsonNode json = Results.json(summary);

    JsonNode crr = json.get("customerRetentionRate");
    assertEquals(summary.customerRetentionRate().value().getAsDouble(), crr.get("value").doubleValue());
    assertEquals(summary.customerRetentionRate().s(), crr.get("s").longValue());
    assertEquals(summary.customerRetentionRate().e(), crr.get("e").longValue());
    assertEquals(summary.customerRetentionRate().n(), crr.get("n").longValue());
    assertEquals(365, crr.get("lookBackDays").intValue());
    JsonNode churn = json.get("churnRate");
    assertEquals(summary.churnRate().rate().numerator(), churn.get("numerator").longValue());
    assertEquals(summary.churnRate().rate().denominator(), churn.get("denominator").longValue());
    assertEquals("2024-01-01", json.at("/window/start").textValue());
    assertEquals("2025-01-01", json.at("/window/endExclusive").textValue());
    assertEquals("EUR", json.get("currency").textValue());
    assertEquals(summary.totals().revenue().toBigDecimal().toPlainString(), json.at("/totals/revenue").textValue());
    assertEquals(summary.averageOrderValue().gross().value().orElseThrow().toPlainString(),
        json.at("/averageOrderValue/value").textValue());
    assertEquals(5, json.get("orderSequence").size());
    assertEquals(1, json.at("/orderSequence/0/k").intValue());
    assertEquals(summary.repeatRateByFirstOrder().byChannel().keySet(),
        new TreeSet<>(names(json.at("/repeatRateByFirstOrder/byChannel"))));
  }

  @Test
  void ratesAreSharesAndMoneyIsDecimalText() {
    JsonNode json = Results.json(Results.demoMetrics());
    for (String rate : List.of("strictRetentionRate", "churnRate", "repeatPurchaseRate", "returningCustomerRate",
        "secondPurchaseRate", "returningCustomerRevenueShare", "newCustomerRevenueShare", "paretoShare")) {
      double value = json.at("/" + rate + "/value").doubleValue();
      assertTrue(json.at("/" + rate + "/value").isNumber() && value >= 0 && value <= 1, rate + ": " + value);
    }
    for (String money : List.of("/totals/grossRevenue", "/averageOrderValue/value", "/simpleClv/value",
        "/medianHistoricalClv/value", "/paretoShare/numerator")) {
      assertTrue(json.at(money).isTextual() && json.at(money).textValue().matches("-?\\d+\\.\\d+"), money);
    }
  }

  @Test
  void anUndefinedValueIsNullWithAReasonAndADefinedOneHasNone() {
    for (JsonNode json : List.of(Results.json(Results.emptyMetrics()), Results.json(Results.demoMetrics()))) {
      List<JsonNode> values = new ArrayList<>();
      collectValueObjects(json, values);
      assertTrue(values.size() > 30, "metric objects: " + values.size());
      for (JsonNode metric : values) {
        assertEquals(metric.get("value").isNull(), metric.has("reason"), metric.toString());
        assertFalse(metric.has("reason") && metric.get("reason").textValue().isBlank(), metric.toString());
      }
    }
    JsonNode empty = Results.json(Results.emptyMetrics());
    assertEquals("no customers were active at the start of the window",
        empty.at("/customerRetentionRate/reason").textValue());
    assertTrue(empty.at("/customerRetentionRate/value").isNull());
  }

  @Test
  void writesMembersIntoTheCallersObject() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JsonOutput.newGenerator(out)) {
      generator.writeStartObject();
      generator.writeStringField("mine", "first");
      MetricsJson.writeMembers(Results.emptyMetrics(), generator);
      generator.writeEndObject();
    }
    JsonNode json = Results.parse(out.toString());
    assertEquals("first", json.get("mine").textValue());
    assertEquals(Results.json(Results.emptyMetrics()).get("churnRate"), json.get("churnRate"));
  }

  @Test
  void printsTwoSpaceIndentedJsonWithUnixLineEnds() {
    StringWriter out = new StringWriter();
    MetricsJson.write(Results.emptyMetrics(), out);
    String text = out.toString();
    assertTrue(text.startsWith("{\n  \"window\": {\n    \"start\": \"2024-01-01\","), text);
    assertTrue(text.endsWith("}\n") && !text.contains("\r"));
  }

  private static void collectValueObjects(JsonNode node, List<JsonNode> into) {
    if (node.isObject() && node.has("value")) {
      into.add(node);
    }
    node.forEach(child -> collectValueObjects(child, into));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
