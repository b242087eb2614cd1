package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.retentionkit.io.render.ClvJson;
import io.retentionkit.io.render.CohortJson;
import io.retentionkit.io.render.JsonOutput;
import io.retentionkit.io.render.MetricsJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@link ReportData} as one JSON document: the numbers of the HTML report, for programs, in the same
 * shapes as the command line's other JSON documents.
 *
 * <h2>Members</h2>
 * <ul>
 *   <li>{@code provenance}: {@code inputs} (each {@code name}, {@code format}, {@code recordsRead},
 *       {@code ordersImported}, {@code recordsRejected}), {@code zone}, {@code currency},
 *       {@code refundPolicy}, {@code qualifyingOrders}, {@code asOf} (orders placed before the start of this
 *       shop-local day were counted) and {@code libraryVersion}.
 *   <li>{@code metrics}: as {@code retention metrics --format json} writes it ({@link MetricsJson}).
 *   <li>{@code cohorts}: as {@code retention cohort --format json} writes it ({@link CohortJson}).
 *   <li>{@code clv}: {@code fit}, the models fitted on all the data, as {@code retention clv fit} writes them
 *       ({@link ClvJson}); {@code holdoutCheck}, the model refitted on the calibration period, with its
 *       {@code holdout} report, in the same shape; {@code predictions}, as {@code retention clv predict} summarises them (totals, churn
 *       risk bands, top customers); {@code clvDistribution} and {@code transactionsDistribution}, the
 *       report's histograms ({@code bins} of {@code lower}, {@code upper} ({@code null} for the open-ended
 *       top bin) and {@code count}, and {@code nonFinite}); and {@code spendReason} and
 *       {@code holdoutCheckReason}, why a part is missing.
 *   <li>{@code segments}: {@code scheme}, {@code customers} and each segment's {@code name},
 *       {@code customers}, {@code description} (for RFM segments the rule, e.g. {@code "R 5, FM 4-5"}) and
 *       {@code revenueShare} (a number in [0, 1], or {@code null} when unknown or undefined); the report
 *       computes RFM segments ({@link SegmentSizes#of}), all eleven in their order, empty ones included.
 *   <li>{@code omissions}: why a wanted section is missing, by section name.
 * </ul>
 * A missing section is {@code null}, so every document has the same members; an undefined value is
 * {@code null} next to its reason, never 0. Customer ids are written as they are, as in the other JSON
 * documents (the HTML report masks e-mail addresses for people; this document is for the data's owner's
 * programs).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportJson {
  private ReportJson() {}

  /**
   * Returns the document, ending in a line break.
   *
   * @param data the report's data
   * @return the JSON document
   * @throws NullPointerException if {@code data} is null
   */
  public static String render(ReportData data) {
    StringWriter out = new StringWriter();
    write(data, out);
    return out.toString();
  }

  /**
   * Writes the document, ending in a line break, to {@code out}, which is flushed and not closed.
   *
   * @param data the report's data
   * @param out where to write
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ReportData data, Writer out) {
    requireNonNull(data, "data");
    requireNonNull(out, "out");
    try (JsonGenerator json = JsonOutput.newGenerator(out)) {
      document(data, json);
      json.flush();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("report JSON could not be written", e);
    }
  }

  /**
   * Writes the document to {@code file} in UTF-8, replacing it if it exists.
   *
   * @param data the report's data
   * @param file the file
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the file cannot be written; the message names it
   */
  public static void write(ReportData data, Path file) {
    requireNonNull(file, "file");
    String json = render(data);
    try {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("report JSON file could not be written: " + file, e);
    }
  }

  private static void document(ReportData data, JsonGenerator json) throws IOException {
    json.writeStartObject();
    provenance(data.provenance(), json);
    optionalMember(json, "metrics", data.metrics(), MetricsJson::write);
    optionalMember(json, "cohorts", data.cohorts(), CohortJson::write);
    optionalMember(json, "clv", data.clv(), ReportJson::clv);
    optionalMember(json, "segments", data.segments(), ReportJson::segments);
    json.writeObjectFieldStart("omissions");
    for (Map.Entry<ReportSection, String> omission : data.omissions().entrySet()) {
      json.writeStringField(memberName(omission.getKey()), omission.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static String memberName(ReportSection section) {
    return section.name().toLowerCase(Locale.ROOT);
  }

  private static void provenance(Provenance provenance, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("provenance");
    json.writeArrayFieldStart("inputs");
    for (InputSource input : provenance.inputs()) {
      json.writeStartObject();
      json.writeStringField("name", input.name());
      json.writeStringField("format", input.format());
      json.writeNumberField("recordsRead", input.recordsRead());
      json.writeNumberField("ordersImported", input.ordersImported());
      json.writeNumberField("recordsRejected", input.recordsRejected());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringField("zone", provenance.zone().getId());
    json.writeStringField("currency", provenance.currency().getCurrencyCode());
    json.writeStringField("refundPolicy", provenance.refundPolicy().name());
    json.writeObjectFieldStart("qualifyingOrders");
    json.writeBooleanField("excludeCancelled", provenance.qualifyingOrders().excludeCancelled());
    json.writeBooleanField("excludeFullyRefunded", provenance.qualifyingOrders().excludeFullyRefunded());
    json.writeBooleanField("excludeZeroValue", provenance.qualifyingOrders().excludeZeroValue());
    json.writeEndObject();
    json.writeStringField("asOf", provenance.asOf().toString());
    json.writeStringField("libraryVersion", provenance.libraryVersion());
    json.writeEndObject();
  }

  private static void clv(ClvSection clv, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeFieldName("fit");
    ClvJson.write(clv.models(), json);
    optionalString(json, "spendReason", clv.spendOmission());
    optionalMember(json, "holdoutCheck", clv.holdout().map(HoldoutCheck::calibration), ClvJson::write);
    optionalString(json, "holdoutCheckReason", clv.holdoutOmission());
    json.writeFieldName("predictions");
    ClvJson.writePredictions(clv.predictions(), clv.churnRiskBands(), clv.topCustomers().size(), json);
    optionalMember(json, "clvDistribution", clv.clvDistribution(), ReportJson::histogram);
    json.writeFieldName("transactionsDistribution");
    histogram(clv.transactionsDistribution(), json);
    json.writeEndObject();
  }

  private static void histogram(Histogram histogram, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("bins");
    for (HistogramBin bin : histogram.bins()) {
      json.writeStartObject();
      number(json, "lower", bin.lower());
      if (bin.openEnded()) {
        json.writeNullField("upper");
      } else {
        number(json, "upper", bin.upper());
      }
      json.writeNumberField("count", bin.count());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberField("nonFinite", histogram.nonFinite());
    json.writeEndObject();
  }

  private static void segments(SegmentSizes sizes, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("scheme", sizes.scheme());
    json.writeNumberField("customers", sizes.customers());
    json.writeArrayFieldStart("segments");
    for (Segment segment : sizes.segments()) {
      json.writeStartObject();
      json.writeStringField("name", segment.name());
      json.writeNumberField("customers", segment.customers());
      optionalString(json, "description", segment.description());
      if (segment.revenueShare().isPresent()) {
        json.writeNumberField("revenueShare", segment.revenueShare().getAsDouble());
      } else {
        json.writeNullField("revenueShare");
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Writes a number, or {@code null} when it is not finite: JSON has no NaN. */
  private static void number(JsonGenerator json, String name, double value) throws IOException {
    if (Double.isFinite(value)) {
      json.writeNumberField(name, value);
    } else {
      json.writeNullField(name);
    }
  }

  /** Writes one member of a document: its value's own JSON. */
  @FunctionalInterface
  private interface MemberWriter<T> {
    void write(T value, JsonGenerator json) throws IOException;
  }

  /** Writes the member {@code name}: the value as {@code writer} writes it, or {@code null} when missing. */
  private static <T> void optionalMember(JsonGenerator json, String name, Optional<T> value, MemberWriter<T> writer)
      throws IOException {
    json.writeFieldName(name);
    if (value.isPresent()) {
      writer.write(value.get(), json);
    } else {
      json.writeNull();
    }
  }

  private static void optionalString(JsonGenerator json, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    } else {
      json.writeNullField(name);
    }
  }
}
