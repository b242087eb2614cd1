package io.retentionkit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.io.ImportSummary;
import io.retentionkit.io.InputFormat;
import io.retentionkit.io.render.CohortJson;
import io.retentionkit.io.render.JsonOutput;
import io.retentionkit.io.render.MetricsJson;
import io.retentionkit.io.render.PolicyJson;
import io.retentionkit.metrics.MetricsSummary;
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
    json.writeNumberField("orders", input.orders().size());
    json.writeNumberField("customers", input.customers());
    if (input.summary().isPresent()) {
      ImportSummary summary = input.summary().get();
      json.writeNumberField("recordsRead", summary.recordsRead());
      json.writeNumberField("recordsImported", summary.recordsImported());
      json.writeNumberField("recordsRejected", summary.recordsRejected());
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
