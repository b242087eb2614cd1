package io.retentionkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retentionkit.io.ImportSummary;
import io.retentionkit.io.InputFormat;
import io.retentionkit.io.render.ClvJson;
import io.retentionkit.io.render.CohortJson;
import io.retentionkit.io.render.JsonOutput;
import io.retentionkit.io.render.MetricsJson;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode parse(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  @Test
  void metricsAndCohortsAreWrittenAsTheirOwnRenderersWriteThem() throws Exception {
    ReportData data = Fixtures.data();
    JsonNode document = parse(ReportJson.render(data));

    StringWriter metrics = new StringWriter();
    MetricsJson.write(data.metrics().orElseThrow(), metrics);
    StringWriter cohorts = new StringWriter();
    CohortJson.write(data.cohorts().orElseThrow(), cohorts);
    assertEquals(parse(metrics.toString()), document.get("metrics"));
    assertEquals(parse(cohorts.toString()), document.get("cohorts"));
  }

  @Test
  void clvIsWrittenAsTheClvCommandsWriteItPlusTheReportsHistograms() throws Exception {
    ClvSection clv = Fixtures.data().clv().orElseThrow();
    JsonNode node = parse(ReportJson.render(Fixtures.data())).get("clv");

    StringWriter fit = new StringWriter();
    ClvJson.write(clv.models(), fit);
    assertEquals(parse(fit.toString()), node.get("fit"));
    StringWriter holdout = new StringWriter();
    ClvJson.write(clv.holdout().orElseThrow().calibration(), holdout);
    assertEquals(parse(holdout.toString()), node.get("holdoutCheck"));
    StringWriter predictions = new StringWriter();
    try (JsonGenerator generator = JsonOutput.newGenerator(predictions)) {
      ClvJson.writePredictions(clv.predictions(), clv.churnRiskBands(), ClvSection.DEFAULT_TOP_CUSTOMERS, generator);
    }
    assertEquals(parse(predictions.toString()), node.get("predictions"));
    assertTrue(node.get("spendReason").isNull() && node.get("holdoutCheckReason").isNull());

    assertEquals("bgnbd", node.at("/fit/model").asText());
    assertEquals(clv.customers(), sum(node.get("clvDistribution").get("bins")));
    assertEquals(clv.customers(), sum(node.get("transactionsDistribution").get("bins")));
    JsonNode bins = node.get("clvDistribution").get("bins");
    assertEquals(clv.clvDistribution().orElseThrow().bins().size(), bins.size());
    JsonNode best = node.at("/predictions/topCustomers/0");
    assertEquals(clv.topCustomers().get(0).customerId().orElseThrow().value(), best.get("customerId").asText(),
        "the report and clv predict rank alike");
  }

  @Test
  void missingSectionsAreNullAndOmissionsSayWhy() throws Exception {
    ReportData full = Fixtures.data();
    ReportData data = ReportData.newBuilder(full.provenance()).cohorts(full.cohorts().orElseThrow())
        .omit(ReportSection.CLV, "no repeat customers").build();

    JsonNode document = parse(ReportJson.render(data));

    assertTrue(document.get("metrics").isNull());
    assertTrue(document.get("clv").isNull());
    assertTrue(document.get("segments").isNull());
    assertEquals("no repeat customers", document.get("omissions").get("clv").asText());
    assertEquals(1, document.get("omissions").size());
  }

  @Test
  void provenanceAndSegmentsAreWritten() throws Exception {
    ReportData full = Fixtures.data();
    ImportSummary summary = new ImportSummary("shop/orders_export.csv", 120, 110, 10, 0, 60, 0, List.of());
    ReportData data = ReportData.newBuilder(Provenance.of(SampleShop.policy(), full.provenance().asOf(),
            List.of(InputSource.of(summary, InputFormat.SHOPIFY_CSV))))
        .segments(new SegmentSizes("RFM", List.of(new Segment("Champions", 12, Optional.of("R 5"),
            OptionalDouble.of(0.75)), Segment.of("Lost", 30))))
        .build();

    JsonNode document = parse(ReportJson.render(data));

    JsonNode input = document.get("provenance").get("inputs").get(0);
    assertEquals("shop/orders_export.csv", input.get("name").asText());
    assertEquals("shopify", input.get("format").asText());
    assertEquals(60, input.get("ordersImported").asLong());
    assertEquals(10, input.get("recordsRejected").asLong());
    assertEquals("Europe/Amsterdam", document.get("provenance").get("zone").asText());
    assertEquals("NET_AT_ORDER_DATE", document.get("provenance").get("refundPolicy").asText());
    assertEquals(full.provenance().asOf().toString(), document.get("provenance").get("asOf").asText());
    assertEquals(42, document.get("segments").get("customers").asLong());
    assertTrue(document.get("segments").get("segments").get(1).get("description").isNull());
    assertEquals(0.75, document.at("/segments/segments/0/revenueShare").asDouble());
    assertTrue(document.at("/segments/segments/1/revenueShare").isNull());
  }

  @Test
  void isDeterministicAndWritesFilesInUtf8(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("report.json");
    ReportJson.write(Fixtures.data(), file);
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(ReportJson.render(Fixtures.data()), written);
    assertTrue(written.endsWith("}\n"));
    assertFalse(written.contains("NaN") || written.contains("Infinity"));
  }

  private static long sum(JsonNode bins) {
    long total = 0;
    for (JsonNode bin : bins) {
      total += bin.get("count").asLong();
    }
    return total;
  }
}
