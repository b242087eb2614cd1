package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.CustomerPrediction;
import io.retentionkit.clv.DiscountRate;
import io.retentionkit.clv.FitDiagnostics;
import io.retentionkit.clv.FrequencyBin;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.HoldoutReport;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.ModelParameters;
import io.retentionkit.clv.TrackingCurve;
import io.retentionkit.clv.TransactionModel;
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
import java.util.OptionalDouble;

/**
 * Writes {@link ReportData} as one JSON document: the numbers of the HTML report, for programs.
 *
 * <h2>Members</h2>
 * <ul>
 *   <li>{@code provenance}: {@code inputs} (each {@code name}, {@code format}, {@code recordsRead},
 *       {@code ordersImported}, {@code recordsRejected}), {@code zone}, {@code currency},
 *       {@code refundPolicy}, {@code qualifyingOrders}, {@code asOf} (orders placed before the start of this
 *       shop-local day were counted) and {@code libraryVersion}.
 *   <li>{@code metrics}: the members {@code retention metrics --format json} writes
 *       ({@link MetricsJson}).
 *   <li>{@code cohorts}: the members {@code retention cohort --format json} writes ({@link CohortJson}).
 *   <li>{@code clv}: {@code model}, {@code parameters}, {@code standardErrors}, {@code logLikelihood},
 *       {@code converged} and the rest of the fit's diagnostics; {@code spend} (the Gamma-Gamma fit, alike);
 *       {@code holdout} (the calibration fit, {@code calibrationEnd}, {@code observationEnd},
 *       {@code holdoutLength}, totals, {@code meanAbsoluteError}, {@code rootMeanSquaredError},
 *       {@code bias}, {@code bins} and the cumulative {@code tracking} series); the prediction settings
 *       ({@code timeUnit}, {@code horizon}, {@code discountRate}, {@code calibrationEnd}, {@code currency});
 *       {@code customers}, {@code totalPredictedClv}, {@code churnRisk} counts with their thresholds, the
 *       {@code clvDistribution} and {@code transactionsDistribution} histograms and {@code topCustomers}.
 *   <li>{@code segments}: {@code scheme}, {@code customers} and each segment's {@code name},
 *       {@code customers} and {@code description}.
 *   <li>{@code omissions}: why a wanted section is missing, by section name.
 * </ul>
 * A section that is missing is {@code null}, so every document has the same members. As in every
 * retentionkit JSON document an undefined value is {@code null} next to a {@code ...Reason} or
 * {@code reason} member, never 0; CLV estimates, which are not exact money, are numbers in major units of
 * {@code currency}; a non-finite estimate is {@code null}. E-mail addresses in customer ids are masked as in
 * the HTML report unless {@linkplain Builder#revealEmailAddresses revealed}.
 *
 * <p>A writer is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportJson {
  private final boolean revealEmails;

  private ReportJson(Builder builder) {
    this.revealEmails = builder.revealEmails;
  }

  /**
   * Returns a builder of a writer that masks e-mail addresses.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns the document, ending in a line break.
   *
   * @param data the report's data
   * @return the JSON document
   * @throws NullPointerException if {@code data} is null
   */
  public String render(ReportData data) {
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
  public void write(ReportData data, Writer out) {
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
  public void write(ReportData data, Path file) {
    requireNonNull(file, "file");
    String json = render(data);
    try {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("report JSON file could not be written: " + file, e);
    }
  }

  private void document(ReportData data, JsonGenerator json) throws IOException {
    json.writeStartObject();
    provenance(data.provenance(), json);
    json.writeFieldName("metrics");
    if (data.metrics().isPresent()) {
      MetricsJson.write(data.metrics().get(), json);
    } else {
      json.writeNull();
    }
    json.writeFieldName("cohorts");
    if (data.cohorts().isPresent()) {
      CohortJson.write(data.cohorts().get(), json);
    } else {
      json.writeNull();
    }
    json.writeFieldName("clv");
    if (data.clv().isPresent()) {
      clv(data.clv().get(), json);
    } else {
      json.writeNull();
    }
    json.writeFieldName("segments");
    if (data.segments().isPresent()) {
      segments(data.segments().get(), json);
    } else {
      json.writeNull();
    }
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

  private void clv(ClvSection clv, JsonGenerator json) throws IOException {
    json.writeStartObject();
    fitMembers(clv.fit().model().name(), clv.fit().model().parameters(), clv.fit().diagnostics(), json);
    json.writeFieldName("spend");
    if (clv.spendFit().isPresent()) {
      json.writeStartObject();
      ModelFit<GammaGammaModel> spend = clv.spendFit().get();
      fitMembers("gamma-gamma", spend.model().parameters(), spend.diagnostics(), json);
      number(json, "populationMeanSpend", spend.model().populationMeanSpend());
      json.writeEndObject();
    } else {
      json.writeNull();
    }
    optionalString(json, "spendReason", clv.spendOmission());
    json.writeFieldName("holdout");
    if (clv.holdout().isPresent()) {
      holdout(clv.holdout().get(), json);
    } else {
      json.writeNull();
    }
    optionalString(json, "holdoutReason", clv.holdoutOmission());
    json.writeStringField("timeUnit", clv.timeUnit().name().toLowerCase(Locale.ROOT));
    number(json, "horizon", clv.horizon());
    discountRate(clv.discountRate(), json);
    json.writeFieldName("calibrationEnd");
    if (clv.calibrationEnd().isPresent()) {
      json.writeString(clv.calibrationEnd().get().toString());
    } else {
      json.writeNull();
    }
    json.writeFieldName("currency");
    if (clv.currency().isPresent()) {
      json.writeString(clv.currency().get().getCurrencyCode());
    } else {
      json.writeNull();
    }
    json.writeNumberField("customers", clv.customers());
    number(json, "totalPredictedClv", clv.totalPredictedClv());
    json.writeObjectFieldStart("churnRisk");
    for (ChurnRisk risk : ChurnRisk.values()) {
      json.writeNumberField(risk.name().toLowerCase(Locale.ROOT), clv.churnRisk().get(risk));
    }
    number(json, "highBelow", clv.churnRiskBands().highBelow());
    number(json, "mediumBelow", clv.churnRiskBands().mediumBelow());
    json.writeEndObject();
    json.writeFieldName("clvDistribution");
    if (clv.clvDistribution().isPresent()) {
      histogram(clv.clvDistribution().get(), json);
    } else {
      json.writeNull();
    }
    json.writeFieldName("transactionsDistribution");
    histogram(clv.transactionsDistribution(), json);
    json.writeArrayFieldStart("topCustomers");
    for (CustomerPrediction top : clv.topCustomers()) {
      json.writeStartObject();
      json.writeStringField("customerId", CustomerIds.display(top.customerId().orElseThrow(), revealEmails));
      number(json, "probabilityAlive", top.probabilityAlive());
      number(json, "expectedTransactions", top.expectedTransactions());
      number(json, "expectedSpend", top.expectedSpend());
      number(json, "predictedClv", top.predictedClv());
      json.writeFieldName("expectedNextOrder");
      if (top.expectedNextTransactionDate().isPresent()) {
        json.writeString(top.expectedNextTransactionDate().get().toString());
      } else {
        json.writeNull();
      }
      json.writeStringField("churnRisk", top.churnRisk().name().toLowerCase(Locale.ROOT));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Writes a fit as {@code retention clv fit} does: model, parameters, then the diagnostics. */
  private static void fitMembers(String model, ModelParameters parameters, FitDiagnostics diagnostics,
      JsonGenerator json) throws IOException {
    json.writeStringField("model", model);
    json.writeObjectFieldStart("parameters");
    for (Map.Entry<String, Double> parameter : parameters.asMap().entrySet()) {
      number(json, parameter.getKey(), parameter.getValue());
    }
    json.writeEndObject();
    json.writeObjectFieldStart("standardErrors");
    for (Map.Entry<String, Double> error : diagnostics.standardErrors().entrySet()) {
      number(json, error.getKey(), error.getValue());
    }
    json.writeEndObject();
    number(json, "logLikelihood", diagnostics.logLikelihood());
    json.writeBooleanField("converged", diagnostics.converged());
    json.writeStringField("status", diagnostics.status());
    json.writeNumberField("iterations", diagnostics.iterations());
    number(json, "gradientNorm", diagnostics.gradientNorm());
    number(json, "observations", diagnostics.observations());
    json.writeArrayFieldStart("warnings");
    for (String warning : diagnostics.warnings()) {
      json.writeString(warning);
    }
    json.writeEndArray();
  }

  private static void holdout(HoldoutCheck check, JsonGenerator json) throws IOException {
    HoldoutReport report = check.report();
    json.writeStartObject();
    json.writeStringField("calibrationEnd", check.calibrationEnd().toString());
    json.writeStringField("observationEnd", check.observationEnd().toString());
    json.writeObjectFieldStart("calibrationFit");
    ModelFit<TransactionModel> fit = check.calibrationFit();
    fitMembers(fit.model().name(), fit.model().parameters(), fit.diagnostics(), json);
    json.writeEndObject();
    number(json, "holdoutLength", report.holdoutLength());
    json.writeNumberField("customers", report.customers());
    number(json, "actualTotal", report.actualTotal());
    number(json, "expectedTotal", report.expectedTotal());
    number(json, "meanAbsoluteError", report.meanAbsoluteError());
    number(json, "rootMeanSquaredError", report.rootMeanSquaredError());
    number(json, "bias", report.bias());
    json.writeArrayFieldStart("bins");
    for (FrequencyBin bin : report.bins()) {
      json.writeStartObject();
      json.writeNumberField("repeatTransactions", bin.repeatTransactions());
      json.writeBooleanField("orMore", bin.orMore());
      json.writeNumberField("customers", bin.customers());
      number(json, "actual", bin.actualTransactions());
      number(json, "expected", bin.expectedTransactions());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeFieldName("tracking");
    if (report.tracking().isPresent()) {
      TrackingCurve curve = report.tracking().get();
      json.writeStartObject();
      json.writeStringField("unit", curve.unit().name().toLowerCase(Locale.ROOT));
      json.writeStringField("start", curve.start().toString());
      json.writeStringField("calibrationEnd", curve.calibrationEnd().toString());
      series(json, "actualCumulative", curve.actualCumulative());
      series(json, "expectedCumulative", curve.expectedCumulative());
      json.writeEndObject();
    } else {
      json.writeNull();
    }
    json.writeEndObject();
  }

  private static void discountRate(DiscountRate rate, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("discountRate");
    number(json, "rate", rate.rate());
    json.writeStringField("compounding", rate.compounding().name().toLowerCase(Locale.ROOT));
    json.writeStringField("period", rate.period().name().toLowerCase(Locale.ROOT));
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
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void series(JsonGenerator json, String name, double[] values) throws IOException {
    json.writeArrayFieldStart(name);
    for (double value : values) {
      if (Double.isFinite(value)) {
        json.writeNumber(value);
      } else {
        json.writeNull();
      }
    }
    json.writeEndArray();
  }

  /** Writes a number, or {@code null} when it is not finite: JSON has no NaN. */
  private static void number(JsonGenerator json, String name, double value) throws IOException {
    if (Double.isFinite(value)) {
      json.writeNumberField(name, value);
    } else {
      json.writeNullField(name);
    }
  }

  private static void number(JsonGenerator json, String name, OptionalDouble value) throws IOException {
    number(json, name, value.orElse(Double.NaN));
  }

  private static void optionalString(JsonGenerator json, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    } else {
      json.writeNullField(name);
    }
  }

  /** Configures a {@link ReportJson}. Not thread-safe. */
  public static final class Builder {
    private boolean revealEmails;

    private Builder() {}

    /**
     * Sets whether e-mail addresses in customer ids are written in full; by default they are masked to
     * their first character and domain, as in the HTML report.
     *
     * @param value {@code true} to write them in full
     * @return this builder
     */
    public Builder revealEmailAddresses(boolean value) {
      revealEmails = value;
      return this;
    }

    /**
     * Returns the writer.
     *
     * @return the writer
     */
    public ReportJson build() {
      return new ReportJson(this);
    }
  }
}
