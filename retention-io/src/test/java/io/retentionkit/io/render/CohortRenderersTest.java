package io.retentionkit.io.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.retentionkit.cohort.CohortBreakdown;
import io.retentionkit.cohort.CohortValues;
import io.retentionkit.io.csv.SafeCsvWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON, CSV and grid renderings of one small, hand-checked cohort table. */
final class CohortRenderersTest {

  @Test
  void jsonHasTheDocumentedShapeAndValues() {
    JsonNode json = Results.json(Results.smallTable());

    assertEquals("MONTH", json.get("granularity").textValue());
    assertEquals("Z", json.get("zone").textValue());
    assertEquals("2024-02-15T00:00:00Z", json.get("asOf").textValue());
    assertEquals("EUR", json.get("currency").textValue());
    assertEquals(2, json.get("cohorts").size());

    JsonNode january = json.at("/cohorts/0");
    assertEquals(List.of("cohort", "start", "endExclusive", "key", "size", "cells"), names(january));
    assertEquals("2024-01", january.get("cohort").textValue());
    assertTrue(january.get("key").isNull());
    assertEquals(2, january.get("size").intValue());
    JsonNode first = january.at("/cells/0");
    assertEquals(List.of("offset", "activeCustomers", "retention", "orders", "revenue", "complete"),
        names(first).subList(0, 6), "the issue's member order");
    assertEquals(0, first.get("offset").intValue());
    assertEquals(2, first.get("activeCustomers").intValue());
    assertEquals(1.0, first.get("retention").doubleValue());
    assertEquals(2, first.get("orders").intValue());
    assertEquals("25.00", first.get("revenue").textValue());
    assertTrue(first.get("complete").booleanValue());
    JsonNode february = january.at("/cells/1");
    assertEquals(0.5, february.get("retention").doubleValue());
    assertEquals("10.00", february.get("revenue").textValue());
    assertFalse(february.get("complete").booleanValue(), "February is not over on the 15th");
    assertEquals(0.4, february.get("revenueRetention").doubleValue());
    assertEquals(1, february.at("/cumulative/activeCustomers").intValue(), "ann came back");
    assertEquals("35.00", february.at("/cumulative/revenue").textValue());
    assertFalse(json.at("/cohorts/1/cells/0/complete").booleanValue());

    assertEquals(List.of("offset", "retention", "cohorts"), names(json.at("/average/0")).subList(0, 3));
    assertEquals(1, json.at("/average/0/cohorts").intValue(), "only January observed column 0 fully");
    assertEquals(1.0, json.at("/average/0/retention").doubleValue());
    assertEquals(0, json.at("/average/1/cohorts").intValue());
    assertTrue(json.at("/average/1/retention").isNull());
    assertEquals("no customers: no cohort has fully observed this column",
        json.at("/average/1/retentionReason").textValue());
    assertEquals(4, json.at("/inputCounts/qualifyingOrders").intValue());
  }

  @Test
  void jsonKeysAreTheBreakdownValues() {
    JsonNode json = Results.json(Results.smallTable(CohortBreakdown.CHANNEL));

    assertEquals("channel", json.get("breakdown").textValue());
    List<String> keys = new ArrayList<>();
    json.get("cohorts").forEach(row -> keys.add(row.get("cohort").textValue() + " " + row.get("key").textValue()));
    assertEquals(List.of("2024-01 =cmd|' /C calc'!A0", "2024-01 web", "2024-02 pos\u001b[31m"), keys);
  }

  @Test
  void csvHasOneRecordPerCellAndNoRunnableFormulas() {
    StringWriter out = new StringWriter();
    try (SafeCsvWriter csv = SafeCsvWriter.of(out)) {
      CohortCsv.write(Results.smallTable(), csv);
    }
    assertEquals(String.join("\r\n",
        "cohort,cohort_start,key,size,column,first_offset,last_offset,complete,active_customers,retention,orders,"
            + "revenue,orders_per_customer,revenue_per_customer,revenue_retention,cumulative_active_customers,"
            + "cumulative_retention,cumulative_orders,cumulative_revenue,cumulative_revenue_per_customer",
        "2024-01,2024-01-01,,2,0,0,0,true,2,1.0,2,25.00,1.0,12.5000,1.0,0,0.0,2,25.00,12.5000",
        "2024-01,2024-01-01,,2,1,1,1,false,1,0.5,1,10.00,0.5,5.0000,0.4,1,0.5,3,35.00,17.5000",
        "2024-02,2024-02-01,,1,0,0,0,false,1,1.0,1,7.50,1.0,7.5000,1.0,0,0.0,1,7.50,7.5000", ""), out.toString());

    StringWriter byChannel = new StringWriter();
    try (SafeCsvWriter csv = SafeCsvWriter.of(byChannel)) {
      CohortCsv.write(Results.smallTable(CohortBreakdown.CHANNEL), csv);
    }
    assertTrue(byChannel.toString().contains("\r\n2024-01,2024-01-01,'=cmd|' /C calc'!A0,1,0,"), byChannel.toString());
  }

  @Test
  void gridMarksIncompleteCellsAndSaysWhenAnAverageIsUndefined() {
    String grid = CohortGrid.render(Results.smallTable(), CohortMeasure.RETENTION, false, TextStyle.PLAIN);

    assertEquals(String.join("\n",
        "Retention of monthly cohorts; columns are months since the first order",
        "Zone Z; as of 2024-02-15T00:00:00Z",
        "* incomplete: the period was not over at the as-of time; n/a: undefined. The last row sums the cohorts "
            + "that fully observed each column.",
        "",
        "cohort   size        0       1",
        "2024-01     2   100.0%  50.0%*",
        "2024-02     1  100.0%*",
        "average         100.0%     n/a",
        ""), grid);
  }

  @Test
  void gridShowsTheChosenValuePlainOrCumulative() {
    String revenue = CohortGrid.render(Results.smallTable(), CohortMeasure.REVENUE, true, TextStyle.PLAIN);
    assertTrue(revenue.startsWith("Revenue (cumulative; EUR, net of refunds at the order's date) of monthly cohorts"),
        revenue);
    assertTrue(revenue.endsWith("cohort   size      0       1\n"
        + "2024-01     2  25.00  35.00*\n"
        + "2024-02     1  7.50*\n"
        + "total          25.00     n/a\n"), revenue);

    String customers = CohortGrid.render(Results.smallTable(), CohortMeasure.CUSTOMERS, false, TextStyle.PLAIN);
    assertTrue(customers.contains("\n2024-01     2   2   1*\n2024-02     1  1*\ntotal           2  n/a\n"), customers);
  }

  @Test
  void markdownGridIsAPipeTableWithEscapedMarksAndCleanKeys() {
    String grid = CohortGrid.render(Results.smallTable(CohortBreakdown.CHANNEL), CohortMeasure.RETENTION, false,
        TextStyle.MARKDOWN);

    assertTrue(grid.endsWith("\n\n"
        + "| cohort  | channel             | size |        0 |        1 |\n"
        + "| ------- | ------------------- | ---: | -------: | -------: |\n"
        + "| 2024-01 | =cmd\\|' /C calc'!A0 |    1 |   100.0% |   0.0%\\* |\n"
        + "| 2024-01 | web                 |    1 |   100.0% | 100.0%\\* |\n"
        + "| 2024-02 | pos?[31m            |    1 | 100.0%\\* |          |\n"
        + "| average |                     |      |   100.0% |      n/a |\n"), grid);
    assertFalse(grid.contains("\u001b"));
  }

  @Test
  void measuresReadTheirValueFromACell() {
    CohortValues first = Results.smallTable().rows().get(0).cells().get(0).values();
    Map<CohortMeasure, Double> expected = Map.of(CohortMeasure.CUSTOMERS, 2.0, CohortMeasure.RETENTION, 1.0,
        CohortMeasure.ORDERS, 2.0, CohortMeasure.ORDERS_PER_CUSTOMER, 1.0, CohortMeasure.REVENUE, 25.0,
        CohortMeasure.REVENUE_PER_CUSTOMER, 12.5, CohortMeasure.REVENUE_RETENTION, 1.0);
    for (CohortMeasure measure : CohortMeasure.values()) {
      assertEquals(expected.get(measure), measure.of(first).getAsDouble(), measure.name());
    }
    CohortValues none = Results.smallTable().average().get(1).values();
    assertTrue(CohortMeasure.RETENTION.of(none).isEmpty(), "an average over no cohort is undefined");
    assertTrue(CohortMeasure.REVENUE_RETENTION.isShare() && CohortMeasure.REVENUE.isMoney()
        && !CohortMeasure.ORDERS.isShare() && !CohortMeasure.ORDERS.isMoney());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
