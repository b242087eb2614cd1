package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.ChurnRiskBands;
import io.retentionkit.clv.CustomerPredictions;
import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.DiscountRate;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.FitDiagnostics;
import io.retentionkit.clv.FitStatus;
import io.retentionkit.clv.FrequencyBin;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.HoldoutReport;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.ModelParameters;
import io.retentionkit.clv.TrackingCurve;
import io.retentionkit.clv.TransactionModelFamily;
import io.retentionkit.model.PeriodUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders fitted CLV models ({@link ClvFit}) and predictions ({@link CustomerPredictions}) as readable text:
 * parameters with their standard errors, the fit's diagnostics and warnings, the holdout comparison per
 * calibration frequency, and for predictions the churn-risk bands and the top customers. Amounts are
 * rounded to the currency's minor unit and probabilities shown as percentages; {@link ClvJson} has the
 * exact values and the tracking series per period.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ClvText {
  private ClvText() {}

  /**
   * Returns the text for {@code fit}: the transaction model, the spend model, the holdout comparison and
   * any warnings, in paragraphs separated by blank lines.
   *
   * @param fit the fitted models
   * @param style plain text or Markdown tables
   * @return the text, each line ending in {@code \n}
   * @throws NullPointerException if an argument is null
   */
  public static String render(ClvFit fit, TextStyle style) {
    requireNonNull(fit, "fit");
    requireNonNull(style, "style");
    CustomerSummaries summaries = fit.summaries();
    FitDiagnostics diagnostics = fit.transactions().diagnostics();
    StringBuilder out = new StringBuilder();
    String model = fit.transactions().model().name();
    out.append(modelName(model)).append(" (").append(model).append(") fitted to ")
        .append(Texts.count(summaries.size())).append(" customers, in ").append(plural(summaries.timeUnit()))
        .append(", calibration ").append(summaries.trackingStart()).append(" to ").append(summaries.calibrationEnd())
        .append(", ").append(merging(summaries.mergeUnit())).append('\n');
    out.append(outcome(diagnostics)).append("\n\n");
    out.append(parameters(fit.transactions().model().parameters(), diagnostics, style));
    if (fit.spend().isPresent()) {
      out.append('\n').append(spend(fit.spend().get(), summaries.currency(), style));
    }
    if (fit.holdout().isPresent()) {
      out.append('\n').append(holdout(fit.holdout().get(), summaries, style));
    }
    List<String> warnings = new ArrayList<>(diagnostics.warnings());
    fit.spend().ifPresent(spend -> spend.diagnostics().warnings().forEach(w -> warnings.add("spend: " + w)));
    if (!warnings.isEmpty()) {
      out.append("\nWarnings:\n");
      for (String warning : warnings) {
        out.append("- ").append(TextTable.clean(warning, style)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Returns the text for {@code predictions}: what was predicted, a table per churn-risk band, and the
   * {@code topCustomers} best customers (by predicted CLV, or by expected orders without a spend model).
   *
   * @param predictions the predictions
   * @param bands the churn-risk bands the predictions were classified with
   * @param topCustomers how many of the best customers to list; not negative
   * @param style plain text or Markdown tables
   * @return the text, each line ending in {@code \n}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code topCustomers} is negative
   */
  public static String renderPredictions(CustomerPredictions predictions, ChurnRiskBands bands, int topCustomers,
      TextStyle style) {
    requireNonNull(predictions, "predictions");
    requireNonNull(bands, "bands");
    requireNonNull(style, "style");
    PredictionSummary summary = PredictionSummary.of(predictions, topCustomers);
    StringBuilder out = new StringBuilder();
    out.append("Predictions for ").append(Texts.count(predictions.size())).append(" customers over the ")
        .append(number(predictions.horizon())).append(' ').append(plural(predictions.timeUnit()));
    if (predictions.calibrationEnd().isPresent()) {
      out.append(" after ").append(predictions.calibrationEnd().get()).append(" (to ")
          .append(summary.horizonEnd().orElseThrow()).append(')');
    }
    out.append(": ").append(modelName(predictions.model()))
        .append(predictions.hasSpend() ? " with Gamma-Gamma spend, CLV " + discounting(predictions.discountRate())
            : ", no spend model (no CLV)")
        .append('\n');
    out.append(predictions.hasDert()
        ? "DERT: all expected future transactions, each discounted continuously when it happens at "
            + String.format(Locale.ROOT, "%.5g", predictions.discountRate().continuousRate(predictions.timeUnit()))
            + " per "
            + singular(predictions.timeUnit()) + "\n\n"
        : "DERT not predicted: " + predictions.dertUnavailableReason().orElseThrow() + "\n\n");

    TextTable bandTable = new TextTable(List.of("churn risk", "P(alive)", "customers", "expected orders",
        "predicted CLV", "mean P(alive)"), false, false, true, true, true, true);
    for (ChurnRisk risk : ChurnRisk.values()) {
      bandTable.row(bandRow(summary, risk.ordinal(), risk.name().toLowerCase(Locale.ROOT), range(risk, bands)));
    }
    bandTable.row(bandRow(summary, PredictionSummary.TOTAL, "all", ""));
    out.append(bandTable.render(style));

    if (summary.top.length > 0) {
      out.append("\nTop ").append(Texts.count(summary.top.length)).append(" customers by ")
          .append(summary.rankedByClv() ? "predicted CLV" : "expected orders").append("\n\n");
      TextTable top = new TextTable(List.of("rank", "customer", "P(alive)", "expected orders", "expected spend",
          "predicted CLV", "expected next order", "churn risk", "DERT"), true, false, true, true, true, true, false,
          false, true);
      int rank = 1;
      for (int i : summary.top) {
        top.row(List.of(
            Integer.toString(rank++),
            predictions.customerIds().isEmpty() ? "#" + i : predictions.customerIds().get(i).value(),
            Texts.percent(predictions.probabilityAlive(i)),
            Texts.decimal(predictions.expectedTransactions(i), 2),
            money(predictions.expectedSpend(i), predictions),
            money(predictions.predictedClv(i), predictions),
            predictions.expectedNextTransactionDate(i).map(LocalDate::toString).orElse(Texts.UNDEFINED),
            predictions.churnRisk(i).name().toLowerCase(Locale.ROOT),
            predictions.dert(i).isPresent() ? Texts.decimal(predictions.dert(i).getAsDouble(), 2)
                : Texts.UNDEFINED));
      }
      out.append(top.render(style));
    }
    return out.toString();
  }

  private static List<String> bandRow(PredictionSummary summary, int slot, String name, String range) {
    CustomerPredictions predictions = summary.predictions;
    OptionalDouble clv = predictions.hasSpend() ? OptionalDouble.of(summary.predictedClv[slot]) : OptionalDouble.empty();
    return List.of(name, range, Texts.count(summary.customers[slot]), Texts.decimal(summary.expectedOrders[slot], 1),
        money(clv, predictions), summary.meanProbabilityAlive(slot).map(Texts::percent).orElse(Texts.UNDEFINED));
  }

  private static String range(ChurnRisk risk, ChurnRiskBands bands) {
    return switch (risk) {
      case LOW -> Texts.percent(bands.mediumBelow()) + " and up";
      case MEDIUM -> Texts.percent(bands.highBelow()) + " to " + Texts.percent(bands.mediumBelow());
      case HIGH -> "below " + Texts.percent(bands.highBelow());
    };
  }

  private static String outcome(FitDiagnostics diagnostics) {
    return (diagnostics.status() == FitStatus.BOUNDARY ? "Converged to the edge of the parameter space"
            : diagnostics.converged() ? "Converged" : "Did NOT converge (" + diagnostics.message() + ")")
        + " after " + Texts.count(diagnostics.iterations()) + " iterations: log-likelihood "
        + finite(diagnostics.logLikelihood(), 2) + ", gradient norm " + scientific(diagnostics.gradientNorm());
  }

  private static String parameters(ModelParameters parameters, FitDiagnostics diagnostics, TextStyle style) {
    TextTable table = new TextTable(List.of("parameter", "estimate", "standard error"), false, true, true);
    double[] values = parameters.values();
    List<String> names = parameters.names();
    for (int k = 0; k < values.length; k++) {
      Double error = diagnostics.standardErrors().get(names.get(k));
      table.row(List.of(names.get(k), estimate(values[k]), error == null ? Texts.UNDEFINED : estimate(error)));
    }
    return table.render(style);
  }

  private static String spend(ModelFit<GammaGammaModel> fit, Currency currency, TextStyle style) {
    FitDiagnostics diagnostics = fit.diagnostics();
    OptionalDouble mean = fit.model().populationMeanSpend();
    return "Spend: Gamma-Gamma fitted to " + Texts.count(Math.round(diagnostics.observations()))
        + " repeat customers; mean spend per transaction "
        + (mean.isPresent() ? MoneyFormat.format(BigDecimal.valueOf(mean.getAsDouble()), currency)
            : Texts.UNDEFINED + " (infinite, q <= 1)") + "\n"
        + outcome(diagnostics) + "\n\n"
        + parameters(fit.model().parameters(), diagnostics, style);
  }

  private static String holdout(HoldoutReport report, CustomerSummaries summaries, TextStyle style) {
    LocalDate end = summaries.observationEnd().orElseThrow();
    StringBuilder out = new StringBuilder();
    out.append("Holdout ").append(summaries.calibrationEnd().plusDays(1)).append(" to ").append(end).append(" (")
        .append(number(report.holdoutLength())).append(' ').append(plural(summaries.timeUnit())).append("), ")
        .append(Texts.count(report.customers())).append(" customers: expected ")
        .append(Texts.decimal(report.expectedTotal(), 1)).append(" repeat transactions, actual ")
        .append(Texts.decimal(report.actualTotal(), 0));
    if (report.actualTotal() > 0) {
      out.append(" (").append(signedPercent(report.expectedTotal() / report.actualTotal() - 1)).append(')');
    }
    out.append('\n').append("Per customer, expected - actual: mean absolute error ")
        .append(Texts.decimal(report.meanAbsoluteError(), 3)).append(", root mean squared error ")
        .append(Texts.decimal(report.rootMeanSquaredError(), 3)).append(", bias ")
        .append(Texts.decimal(report.bias(), 3)).append("\n\n");
    TextTable bins = new TextTable(List.of("repeat transactions in calibration", "customers", "actual", "expected",
        "actual per customer", "expected per customer"), false, true, true, true, true, true);
    for (FrequencyBin bin : report.bins()) {
      bins.row(List.of(bin.repeatTransactions() + (bin.orMore() ? "+" : ""), Texts.count(bin.customers()),
          Texts.decimal(bin.actualTransactions(), 0), Texts.decimal(bin.expectedTransactions(), 1),
          mean(bin.meanActual()), mean(bin.meanExpected())));
    }
    out.append(bins.render(style));
    report.tracking().ifPresent(curve -> out.append('\n').append(tracking(curve, end)));
    return out.toString();
  }

  private static String tracking(TrackingCurve curve, LocalDate end) {
    double[] actual = curve.actualCumulative();
    double[] expected = curve.expectedCumulative();
    int calibration = 0;
    while (calibration < curve.periods()
        && !ClvJson.lastDay(curve, calibration + 1, end).isAfter(curve.calibrationEnd())) {
      calibration++;
    }
    String unit = singular(curve.unit());
    StringBuilder out = new StringBuilder("Cumulative repeat transactions since ").append(curve.start()).append(':');
    if (calibration > 0) {
      out.append(" at the calibration end (").append(unit).append(' ').append(calibration).append(") actual ")
          .append(Texts.decimal(actual[calibration - 1], 0)).append(", expected ")
          .append(Texts.decimal(expected[calibration - 1], 1)).append(';');
    }
    int last = curve.periods();
    return out.append(" at the observation end (").append(unit).append(' ').append(last).append(") actual ")
        .append(Texts.decimal(actual[last - 1], 0)).append(", expected ").append(Texts.decimal(expected[last - 1], 1))
        .append(". The JSON output has every ").append(unit).append(".\n").toString();
  }

  /**
   * Returns the name the literature gives a transaction model, as every renderer shows it: the
   * {@linkplain TransactionModelFamily#displayName() display name} of the family whose short name
   * {@code name} is, or {@code name} itself for a model of no family.
   *
   * @param name a model's {@link io.retentionkit.clv.TransactionModel#name() name}, e.g. {@code "bgnbd"}
   * @return e.g. {@code "BG/NBD"}
   * @throws NullPointerException if {@code name} is null
   */
  public static String modelName(String name) {
    requireNonNull(name, "name");
    for (TransactionModelFamily family : TransactionModelFamily.values()) {
      if (family.shortName().equals(name)) {
        return family.displayName();
      }
    }
    return name;
  }

  private static String merging(PeriodUnit mergeUnit) {
    return "orders of one " + mergeUnit.name().toLowerCase(Locale.ROOT) + " merged into one transaction";
  }

  private static String discounting(DiscountRate rate) {
    if (rate.isZero()) {
      return "undiscounted";
    }
    return "discounted at " + number(rate.rate() * 100) + "% a " + singular(rate.period())
        + (rate.compounding() == DiscountRate.Compounding.PERIODIC ? " (effective)" : " (continuously compounded)");
  }

  private static String singular(DurationUnit unit) {
    return unit.name().toLowerCase(Locale.ROOT);
  }

  private static String plural(DurationUnit unit) {
    return singular(unit) + "s";
  }

  private static String money(OptionalDouble value, CustomerPredictions predictions) {
    if (value.isEmpty()) {
      return Texts.UNDEFINED;
    }
    Optional<Currency> currency = predictions.currency();
    return currency.isPresent() ? MoneyFormat.format(BigDecimal.valueOf(value.getAsDouble()), currency.get())
        : Texts.decimal(value.getAsDouble(), 2);
  }

  private static String mean(OptionalDouble value) {
    return value.isPresent() ? Texts.decimal(value.getAsDouble(), 3) : Texts.UNDEFINED;
  }

  /** Returns an estimate with four decimals, or in scientific notation when that would hide its size. */
  private static String estimate(double value) {
    double magnitude = Math.abs(value);
    if (!Double.isFinite(value)) {
      return Texts.UNDEFINED;
    }
    return magnitude == 0 || (magnitude >= 1e-3 && magnitude < 1e6) ? Texts.decimal(value, 4) : scientific(value);
  }

  private static String scientific(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3e", value) : Texts.UNDEFINED;
  }

  private static String finite(double value, int decimals) {
    return Double.isFinite(value) ? Texts.decimal(value, decimals) : Texts.UNDEFINED;
  }

  /** Returns a whole number without decimals, anything else with up to four. */
  private static String number(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  private static String signedPercent(double share) {
    return String.format(Locale.ROOT, "%+.1f%%", share * 100);
  }
}
