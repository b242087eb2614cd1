package io.retentionkit.cli;

import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.ChurnRiskBands;
import io.retentionkit.clv.ClvPredictor;
import io.retentionkit.clv.CustomerPredictions;
import io.retentionkit.clv.DiscountRate;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.io.csv.SafeCsvWriter;
import io.retentionkit.io.render.ChurnRiskCounts;
import io.retentionkit.io.render.ClvFit;
import io.retentionkit.io.render.ClvText;
import io.retentionkit.io.render.MoneyFormat;
import io.retentionkit.io.render.PredictionsCsv;
import io.retentionkit.io.render.TextStyle;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code retention clv predict}: per-customer predictions from the fitted models. */
@Command(
    name = "predict",
    header = "Predicts per customer: P(alive), expected orders, spend and CLV, next order, churn risk.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Fits the models as 'clv fit' does, then predicts for every customer of the calibration period, from the "
            + "day after --calibration-end: P(alive), the expected orders in the next --horizon time units, the "
            + "expected spend per order, the predicted CLV, the expected date of the next order and a churn risk.",
        "The predicted CLV is residual: the discounted revenue (not margin) of the orders expected in the horizon "
            + "after the calibration end, not counting anything bought before it. The orders expected in each time "
            + "unit are discounted from the end of that unit at the annual effective --discount-rate.",
        "With --output FILE, writes one CSV record per customer: customer_id, p_alive, expected_orders, "
            + "expected_spend, predicted_clv, expected_next_order, churn_risk, then dert: the discounted expected "
            + "residual transactions over an unlimited horizon, each order discounted continuously when it happens "
            + "(empty at a zero rate). Without it, prints a summary: "
            + "customers, expected orders and CLV per churn-risk band, and the top customers.",
        "With --demo and no --calibration-end, the demo shop's whole history (to 2024-12-31) is the calibration "
            + "period."},
    footer = {"", "Examples:",
        "  retention clv predict --demo",
        "  retention clv predict --input orders.csv --zone Europe/Amsterdam \\",
        "      --calibration-end 2024-12-31 --horizon 52 --discount-rate 0.15 \\",
        "      --output predictions.csv"})
final class ClvPredictCommand implements Callable<Integer> {
  /** The demo shop's default: its whole history is the calibration period. */
  static final ClvFitting.Split DEMO_SPLIT = new ClvFitting.Split(LocalDate.of(2024, 12, 31), Optional.empty());

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  ClvOptions clv;

  @Mixin
  PredictionOptions prediction;

  @Option(names = "--high-risk-below", paramLabel = "P", order = 36,
      description = "Churn risk is high for P(alive) below P. Default: ${DEFAULT-VALUE}.", defaultValue = "0.3")
  double highRiskBelow;

  @Option(names = "--medium-risk-below", paramLabel = "P", order = 37,
      description = "Churn risk is medium for P(alive) below P (and at least --high-risk-below), low from P up. "
          + "Default: ${DEFAULT-VALUE}.", defaultValue = "0.7")
  double mediumRiskBelow;

  @Option(names = "--top", paramLabel = "N", order = 38, defaultValue = "10",
      description = "How many customers the summary lists, those with the highest predicted CLV (or expected "
          + "orders, with --spend none). Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--format", paramLabel = "FORMAT", order = 40,
      description = "Output format: csv (a record per customer), or a summary as text, markdown or json. "
          + "Default: csv with --output, text without.")
  Optional<Format> format;

  @Mixin
  OutputOptions output;

  @Override
  public Integer call() {
    input.validate(spec.commandLine());
    output.requireDistinctFrom(input);
    // Check every setting before reading a possibly large export.
    ClvFitting fitting = new ClvFitting(clv, input, DEMO_SPLIT, spec.commandLine());
    ChurnRiskBands bands = bands();
    DiscountRate rate = prediction.discountRate(spec.commandLine());
    double horizonUnits = prediction.horizon(clv.models.timeUnit.unit(), spec.commandLine());
    if (top < 0) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--top': must not be negative: " + top);
    }
    Reporter reporter = new Reporter(spec.commandLine().getErr(), input.quiet);
    LoadedInput loaded = InputLoader.load(input, DayOfWeek.MONDAY, reporter);
    ClvFit fit = fitting.fit(loaded, reporter);
    CustomerPredictions predictions = predictor(fit, horizonUnits, rate, bands).predict(fit.summaries());
    Format chosen = format.orElse(output.output.isPresent() ? Format.CSV : Format.TEXT);
    switch (chosen) {
      case CSV -> writeCsv(predictions);
      case TEXT -> output.write(ClvText.renderPredictions(predictions, bands, top, TextStyle.PLAIN),
          spec.commandLine());
      case MARKDOWN -> output.write(ClvText.renderPredictions(predictions, bands, top, TextStyle.MARKDOWN),
          spec.commandLine());
      case JSON -> output.write(Documents.clvPredictions(fit, fitting.fitOptions(), predictions, bands, top, loaded),
          spec.commandLine());
    }
    output.output.ifPresent(file -> reporter.note(written(predictions, chosen, file.toString())));
    return 0;
  }

  private static ClvPredictor predictor(ClvFit fit, double horizon, DiscountRate rate, ChurnRiskBands bands) {
    ClvPredictor.Builder predictor = ClvPredictor.newBuilder()
        .model(fit.transactions().model())
        .timeUnit(fit.summaries().timeUnit())
        .horizon(horizon)
        .discountRate(rate)
        .churnRiskBands(bands)
        .dertByQuadrature(true);
    if (fit.spend().isPresent()) {
      GammaGammaModel spend = fit.spend().get().model();
      if (spend.populationMeanSpend().isEmpty()) {
        throw new UserError("the Gamma-Gamma fit has an infinite mean spend (q = " + spend.parameters().q()
            + " <= 1), so there is no CLV to predict: give --spend none for predictions without spend");
      }
      predictor.spendModel(spend);
    }
    return predictor.build();
  }

  /** Streams the records to the output, so that a million customers need no second copy in memory. */
  private void writeCsv(CustomerPredictions predictions) {
    try (SafeCsvWriter csv = SafeCsvWriter.of(output.open(spec.commandLine()))) {
      PredictionsCsv.write(predictions, csv);
    } catch (UncheckedIOException e) {
      throw output.failure(e.getCause());
    }
  }

  private ChurnRiskBands bands() {
    return new Options(spec.commandLine()).convert("--high-risk-below and --medium-risk-below",
        () -> new ChurnRiskBands(highRiskBelow, mediumRiskBelow));
  }

  /** Returns the note about what went into a file, with the counts a reader of the file would want first. */
  private static String written(CustomerPredictions predictions, Format format, String file) {
    ChurnRiskCounts bands = ChurnRiskCounts.of(predictions);
    String what = format == Format.CSV
        ? String.format(Locale.ROOT, "%,d predictions", predictions.size())
        : "the summary of " + String.format(Locale.ROOT, "%,d predictions", predictions.size());
    return String.format(Locale.ROOT, "wrote %s to %s: churn risk high %,d, medium %,d, low %,d", what, file,
        bands.count(ChurnRisk.HIGH), bands.count(ChurnRisk.MEDIUM), bands.count(ChurnRisk.LOW))
        + (predictions.hasSpend() ? "; total predicted CLV "
            + MoneyFormat.format(predictions.totalPredictedClv(), predictions.currency().orElseThrow()) : "");
  }

  /** The values of {@code --format}. */
  enum Format {
    CSV, TEXT, MARKDOWN, JSON;

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }
}
