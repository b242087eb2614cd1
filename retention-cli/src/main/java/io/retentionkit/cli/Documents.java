package io.retentionkit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.retentionkit.clv.ChurnRiskBands;
import io.retentionkit.clv.CustomerPredictions;
import io.retentionkit.clv.FitOptions;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.io.ImportSummary;
import io.retentionkit.io.InputFormat;
import io.retentionkit.io.render.ClvFit;
import io.retentionkit.io.render.ClvJson;
import io.retentionkit.io.render.CohortJson;
import io.retentionkit.io.render.JsonOutput;
import io.retentionkit.io.render.MetricsJson;
import io.retentionkit.io.render.PolicyJson;
import io.retentionkit.io.render.SegmentsJson;
import io.retentionkit.metrics.MetricsSummary;
import io.retentionkit.segments.RfmSegmentation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The JSON documents the commands print: a result's members as its renderer writes them, then
 * {@code policy} (what an order meant) and {@code source} (where the orders came from and what the import
 * made of them), so that a saved document says how it was computed.
 */
final class Documents {
  private Documents() {}

  /** Returns the {@code metrics --format json} document. */
  static String metrics(MetricsSummary summary, LoadedInput input) {
    return document(json -> MetricsJson.writeMembers(summary, json), input);
  }

  /** Returns the {@code cohort --format json} document. */
  static String cohorts(CohortTable table, LoadedInput input) {
    return document(json -> CohortJson.writeMembers(table, json), input);
  }

  /** Returns the {@code segments --format json} document. */
  static String segments(RfmSegmentation segmentation, LoadedInput input) {
    return document(json -> SegmentsJson.writeMembers(segmentation, json), input);
  }

  /** Returns the {@code clv fit --format json} document: the fit's members, then {@code fitOptions}. */
  static String clvFit(ClvFit fit, FitOptions options, LoadedInput input) {
    return document(json -> {
      ClvJson.writeMembers(fit, json);
      fitOptions(json, options);
    }, input);
  }

  /** Returns the {@code clv predict --format json} document: {@link #clvFit}'s members and {@code predictions}. */
  static String clvPredictions(ClvFit fit, FitOptions options, CustomerPredictions predictions, ChurnRiskBands bands,
      int topCustomers, LoadedInput input) {
    return document(json -> {
      ClvJson.writeMembers(fit, json);
      fitOptions(json, options);
      json.writeFieldName("predictions");
      ClvJson.writePredictions(predictions, bands, topCustomers, json);
    }, input);
  }

  /** Writes how the transaction model was fitted; the spend model always uses the defaults. */
  private static void fitOptions(JsonGenerator json, FitOptions options) throws IOException {
    json.writeObjectFieldStart("fitOptions");
    json.writeNumberField("l2Penalty", options.l2Penalty());
    json.writeNumberField("maxIterations", options.maxIterations());
    json.writeNumberField("gradientTolerance", options.gradientTolerance());
    json.writeNumberField("starts", options.starts());
    json.writeEndObject();
  }

  @FunctionalInterface
  private interface Members {
    void write(JsonGenerator json) throws IOException;
  }

  private static String document(Members result, LoadedInput input) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JsonOutput.newGenerator(out)) {
      json.writeStartObject();
      result.write(json);
      json.writeFieldName("policy");
      PolicyJson.write(input.policy(), json);
      source(json, input);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  private static void source(JsonGenerator json, LoadedInput input) throws IOException {
    json.writeObjectFieldStart("source");
    json.writeStringField("name", input.source());
    json.writeStringField("format", input.format().map(InputFormat::shortName).orElse("demo"));
    json.writeStringField("identity", input.identity().name());
    json.writeNumberField("orders", input.orderCount());
    json.writeNumberField("customers", input.customers());
    if (input.summary().isPresent()) {
      ImportSummary summary = input.summary().get();
      json.writeNumberField("recordsRead", summary.recordsRead());
      json.writeNumberField("recordsImported", summary.recordsImported());
      json.writeNumberField("recordsRejected", summary.recordsRejected());
      json.writeNumberField("blankRowsSkipped", summary.blankRowsSkipped());
      json.writeNumberField("refundsWithAssumedDate", summary.refundsWithAssumedDate());
      json.writeArrayFieldStart("ignoredColumns");
      for (String column : summary.ignoredColumns()) {
        json.writeString(column);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }
}
