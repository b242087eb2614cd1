package io.retentionkit.report;

import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.CustomerPrediction;
import io.retentionkit.clv.FitDiagnostics;
import io.retentionkit.clv.FrequencyBin;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.HoldoutReport;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.ModelParameters;
import io.retentionkit.clv.TrackingCurve;
import io.retentionkit.clv.TransactionModel;
import io.retentionkit.io.render.ClvText;
import io.retentionkit.report.Blocks.Cell;
import io.retentionkit.report.Glossary.Term;
import io.retentionkit.report.html.Markup;
import io.retentionkit.report.svg.BarChart;
import io.retentionkit.report.svg.LineChart;
import io.retentionkit.report.svg.Palette;
import io.retentionkit.report.svg.TickFormat;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Renders the CLV section: the fitted models, the predictions, the holdout check and the top customers. */
final class ClvView {
  private final Markup markup;
  private final Glossary glossary;
  private final boolean revealEmails;

  ClvView(Markup markup, Glossary glossary, boolean revealEmails) {
    this.markup = markup;
    this.glossary = glossary;
    this.revealEmails = revealEmails;
  }

  void render(ClvSection clv) {
    String unit = clv.timeUnit().name().toLowerCase(Locale.ROOT);
    glossary.define(Term.TRANSACTION);
    Blocks.subheading(markup, "Model fit", glossary.define(Term.MODEL_FIT));
    fit(clv.fit(), "transaction model", unit);
    Blocks.subheading(markup, "Spend model", glossary.define(Term.SPEND_MODEL));
    if (clv.spendFit().isPresent()) {
      spend(clv.spendFit().get(), clv.currency());
    } else {
      Blocks.unavailable(markup, "spend model",
          clv.spendOmission().orElse("none was fitted, so there are no money predictions"));
    }

    Blocks.subheading(markup, "Predictions", glossary.define(Term.PREDICTED_CLV));
    predictions(clv, unit);

    Blocks.subheading(markup, "Holdout check", glossary.define(Term.HOLDOUT_CHECK));
    if (clv.holdout().isPresent()) {
      holdout(clv.holdout().get(), unit);
    } else {
      Blocks.unavailable(markup, "holdout check", clv.holdoutOmission().orElse("none was run"));
    }

    distribution(clv);
    topCustomers(clv);
  }

  private void fit(ModelFit<? extends TransactionModel> fit, String what, String unit) {
    FitDiagnostics d = fit.diagnostics();
    Blocks.note(markup, String.format(Locale.ROOT,
        "%s, fitted by maximum likelihood on %s customers; times in %ss. Log-likelihood %s; %s in %d "
            + "iterations (optimiser: %s).",
        ClvText.modelName(fit.model().name()), Formats.count(Math.round(d.observations())), unit,
        Formats.decimal(d.logLikelihood(), 2), d.converged() ? "converged" : "did NOT converge", d.iterations(),
        d.status()));
    parameters(fit.model().parameters(), d, what);
  }

  private void spend(ModelFit<GammaGammaModel> fit, Optional<Currency> currency) {
    FitDiagnostics d = fit.diagnostics();
    OptionalDouble mean = fit.model().populationMeanSpend();
    Blocks.note(markup, String.format(Locale.ROOT,
        "Gamma-Gamma, fitted on %s repeat customers. Log-likelihood %s; %s in %d iterations. Population mean "
            + "spend per transaction: %s.",
        Formats.count(Math.round(d.observations())), Formats.decimal(d.logLikelihood(), 2),
        d.converged() ? "converged" : "did NOT converge", d.iterations(),
        money(mean, currency).orElse(Formats.NOT_AVAILABLE + " (the mean is infinite when q ≤ 1)")));
    parameters(fit.model().parameters(), d, "spend model");
  }

  private void parameters(ModelParameters parameters, FitDiagnostics d, String what) {
    List<List<Cell>> rows = new ArrayList<>();
    String noError = d.warnings().isEmpty() ? "no standard error: the Hessian is not invertible"
        : "no standard error: " + String.join("; ", d.warnings());
    for (Map.Entry<String, Double> p : parameters.asMap().entrySet()) {
      Double error = d.standardErrors().get(p.getKey());
      rows.add(List.of(Cell.of(p.getKey()), Cell.of(Formats.estimate(p.getValue())),
          error == null ? Cell.na(noError) : Cell.of(Formats.estimate(error))));
    }
    markup.open("div", "class", "narrow");
    Blocks.table(markup, "", List.of("Parameter", "Estimate", "Standard error"), rows);
    markup.close("div");
    glossary.define(Term.STANDARD_ERROR);
    if (!d.warnings().isEmpty()) {
      markup.open("ul", "class", "warnings");
      for (String warning : d.warnings()) {
        markup.element("li", what + ": " + warning);
      }
      markup.close("ul").newline();
    }
  }

  private void predictions(ClvSection clv, String unit) {
    Blocks.note(markup, String.format(Locale.ROOT,
        "From %s over the next %s %ss, discounted at %s.",
        clv.calibrationEnd().map(Object::toString).orElse("the end of the data"),
        Formats.estimate(clv.horizon()), unit, Formats.discountRate(clv.discountRate())));
    Blocks.openCards(markup);
    Blocks.card(markup, "Customers predicted", glossary.define(Term.CUSTOMERS_PREDICTED),
        Optional.of(Formats.count(clv.customers())), "with at least one qualifying order", Optional.empty());
    Optional<Currency> currency = clv.currency();
    String noSpend = clv.spendOmission().orElse("no spend model was fitted");
    Blocks.card(markup, "Predicted CLV (total)", glossary.define(Term.PREDICTED_CLV),
        money(clv.totalPredictedClv(), currency),
        "over the next " + Formats.estimate(clv.horizon()) + " " + unit + "s", Optional.of(noSpend));
    OptionalDouble mean = clv.totalPredictedClv().isPresent() && clv.customers() > 0
        ? OptionalDouble.of(clv.totalPredictedClv().getAsDouble() / clv.customers()) : OptionalDouble.empty();
    Blocks.card(markup, "Predicted CLV (mean)", glossary.define(Term.PREDICTED_CLV), money(mean, currency),
        "per customer", Optional.of(clv.customers() == 0 ? "no customers" : noSpend));
    String riskDefinition = glossary.define(Term.CHURN_RISK);
    for (ChurnRisk risk : List.of(ChurnRisk.HIGH, ChurnRisk.MEDIUM, ChurnRisk.LOW)) {
      long count = clv.churnRisk().get(risk);
      Blocks.card(markup, riskName(risk) + " churn risk", riskDefinition, Optional.of(Formats.count(count)),
          clv.customers() == 0 ? "customers" : Formats.percent((double) count / clv.customers()) + " of customers",
          Optional.empty());
    }
    Blocks.closeCards(markup);
  }

  private void holdout(HoldoutCheck check, String unit) {
    HoldoutReport report = check.report();
    Blocks.note(markup, String.format(Locale.ROOT,
        "%s refitted on the calibration period up to %s, then compared with the holdout period %s to %s "
            + "(%s %ss) for the %s customers of the calibration period.",
        ClvText.modelName(report.model()), check.calibrationEnd(), check.calibrationEnd().plusDays(1), check.observationEnd(),
        Formats.estimate(report.holdoutLength()), unit, Formats.count(report.customers())));
    fit(check.calibrationFit(), "calibration fit", unit);

    Blocks.openCards(markup);
    String errors = glossary.define(Term.HOLDOUT_ERRORS);
    Blocks.card(markup, "Holdout transactions", glossary.define(Term.HOLDOUT_CHECK),
        Optional.of(Formats.decimal(report.actualTotal(), 0)),
        "actual; the model expected " + Formats.decimal(report.expectedTotal(), 1), Optional.empty());
    Blocks.card(markup, "Mean absolute error", errors, Optional.of(Formats.estimate(report.meanAbsoluteError())),
        "transactions per customer", Optional.empty());
    Blocks.card(markup, "Root mean squared error", errors,
        Optional.of(Formats.estimate(report.rootMeanSquaredError())), "transactions per customer", Optional.empty());
    Blocks.card(markup, "Bias", errors, Optional.of(Formats.estimate(report.bias())),
        report.bias() > 0 ? "over-predicts per customer" : "under-predicts per customer", Optional.empty());
    Blocks.closeCards(markup);

    List<String> categories = new ArrayList<>();
    List<Double> actual = new ArrayList<>();
    List<Double> expected = new ArrayList<>();
    List<String> actualTips = new ArrayList<>();
    List<String> expectedTips = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (FrequencyBin bin : report.bins()) {
      String label = bin.repeatTransactions() + (bin.orMore() ? "+" : "");
      categories.add(label);
      actual.add(bin.meanActual().orElse(0));
      expected.add(bin.meanExpected().orElse(0));
      actualTips.add(binTip(label, "actual", bin.actualTransactions(), bin.meanActual(), bin.customers()));
      expectedTips.add(binTip(label, "expected", bin.expectedTransactions(), bin.meanExpected(), bin.customers()));
      String empty = "no customer made " + label + " repeat transactions in the calibration period";
      rows.add(List.of(Cell.of(label), Cell.of(Formats.count(bin.customers())),
          Cell.of(Formats.decimal(bin.actualTransactions(), 0)), Cell.of(Formats.decimal(bin.expectedTransactions(), 1)),
          Cell.of(bin.meanActual(), v -> Formats.decimal(v, 3), Optional.of(empty)),
          Cell.of(bin.meanExpected(), v -> Formats.decimal(v, 3), Optional.of(empty))));
    }
    markup.append(new BarChart("holdout-bins", "Holdout transactions per customer by calibration frequency",
        "Mean actual and expected holdout transactions per customer, grouped by the number of repeat transactions "
            + "in the calibration period.", categories)
        .axes("Repeat transactions in the calibration period", "Holdout transactions per customer",
            TickFormat.NUMBER)
        .series("Actual", Palette.ACTUAL, actual, actualTips)
        .series("Expected", Palette.EXPECTED, expected, expectedTips)
        .render());
    Blocks.table(markup, "", List.of("Calibration repeat transactions", "Customers", "Actual", "Expected",
        "Actual per customer", "Expected per customer"), rows);
    report.tracking().ifPresent(curve -> tracking(curve, unit));
  }

  private static String binTip(String label, String kind, double total, OptionalDouble mean, long customers) {
    return String.format(Locale.ROOT, "%s repeat transactions: %s %s holdout transactions over %s customers (%s each)",
        label, Formats.decimal(total, 1), kind, Formats.count(customers),
        mean.isPresent() ? Formats.decimal(mean.getAsDouble(), 3) : Formats.NOT_AVAILABLE);
  }

  private void tracking(TrackingCurve curve, String unit) {
    Blocks.subheading(markup, "Tracking curve", glossary.define(Term.TRACKING_CURVE));
    double[] actual = curve.actualCumulative();
    double[] expected = curve.expectedCumulative();
    List<LineChart.Point> actualPoints = new ArrayList<>();
    List<LineChart.Point> expectedPoints = new ArrayList<>();
    for (int k = 0; k < actual.length; k++) {
      actualPoints.add(new LineChart.Point(k + 1, actual[k]));
      expectedPoints.add(new LineChart.Point(k + 1, expected[k]));
    }
    double calibrationEnd = (ChronoUnit.DAYS.between(curve.start(), curve.calibrationEnd()) + 1) / curve.unit().days();
    markup.append(new LineChart("tracking-curve", "Cumulative repeat transactions, actual and expected",
        "Cumulative repeat transactions of the calibration customers per " + unit + " since " + curve.start()
            + ", actual against the model's expectation; the marker is the end of the calibration period.")
        .axes(Formats.capitalized(unit) + "s since " + curve.start(), "Cumulative repeat transactions", TickFormat.NUMBER)
        .series(new LineChart.Series("Actual", actualPoints, Palette.ACTUAL, false, 2.25))
        .series(new LineChart.Series("Expected", expectedPoints, Palette.EXPECTED, true, 2.25))
        .marker(calibrationEnd, "calibration end " + curve.calibrationEnd())
        .withLegend()
        .render());
  }

  private void distribution(ClvSection clv) {
    boolean money = clv.clvDistribution().isPresent();
    Histogram histogram = clv.clvDistribution().orElse(clv.transactionsDistribution());
    String quantity = money ? "predicted CLV" : "expected transactions";
    String unitText = money ? " (" + clv.currency().map(Currency::getCurrencyCode).orElse("") + ")" : "";
    Blocks.subheading(markup, "Distribution of " + quantity,
        glossary.define(money ? Term.PREDICTED_CLV : Term.EXPECTED_TRANSACTIONS));
    List<String> labels = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    List<String> tips = new ArrayList<>();
    for (HistogramBin bin : histogram.bins()) {
      String range = bin.openEnded() ? "≥ " + Formats.estimate(bin.lower())
          : Formats.estimate(bin.lower()) + "–" + Formats.estimate(bin.upper());
      labels.add(bin.openEnded() ? "≥" + Formats.estimate(bin.lower()) : Formats.estimate(bin.lower()));
      counts.add((double) bin.count());
      tips.add(String.format(Locale.ROOT, "%s%s: %s customers", range, unitText, Formats.count(bin.count())));
    }
    markup.append(new BarChart("clv-distribution", "Distribution of " + quantity,
        "Customers by " + quantity + " over the horizon, in bins of equal width; the last "
            + "bin may be open-ended.", labels)
        .axes(Formats.capitalized(quantity) + unitText + ", lower bin edge", "Customers", TickFormat.NUMBER)
        .series(Formats.capitalized(quantity), Palette.PRIMARY, counts, tips)
        .gap(0.08)
        .edgeLabels()
        .labelEvery((int) Math.ceil(labels.size() / 10.0))
        .render());
    if (histogram.bins().get(histogram.bins().size() - 1).openEnded()) {
      Blocks.note(markup, "The last bar holds every customer beyond the 99th percentile, so the bulk stays readable.");
    }
    if (!money) {
      Blocks.note(markup, "Shown as expected transactions because there is no spend model: "
          + clv.spendOmission().orElse("none was fitted") + ".");
    }
  }

  private void topCustomers(ClvSection clv) {
    if (clv.topCustomers().isEmpty()) {
      return;
    }
    boolean spend = clv.totalPredictedClv().isPresent();
    Blocks.subheading(markup, "Top " + clv.topCustomers().size() + " customers by "
        + (spend ? "predicted CLV" : "expected transactions"), glossary.define(Term.P_ALIVE));
    glossary.define(Term.EXPECTED_TRANSACTIONS);
    String noSpend = clv.spendOmission().orElse("no spend model was fitted");
    List<List<Cell>> rows = new ArrayList<>();
    for (CustomerPrediction p : clv.topCustomers()) {
      rows.add(List.of(
          Cell.of(CustomerIds.display(p.customerId().orElseThrow(), revealEmails)),
          Cell.of(Formats.percent(p.probabilityAlive())),
          Cell.of(Formats.decimal(p.expectedTransactions(), 2)),
          Cell.of(p.expectedSpend(), v -> Formats.money(v, clv.currency().orElseThrow()), Optional.of(noSpend)),
          Cell.of(p.predictedClv(), v -> Formats.money(v, clv.currency().orElseThrow()), Optional.of(noSpend)),
          p.expectedNextTransactionDate().map(date -> Cell.of(date.toString()))
              .orElse(Cell.na("beyond any useful date or unknown")),
          Cell.of(riskName(p.churnRisk()))));
    }
    Blocks.table(markup, "", List.of("Customer", "P(alive)", "Expected transactions", "Expected spend",
        "Predicted CLV", "Expected next order", "Churn risk"), rows);
    Blocks.note(markup, "The expected next order is the median waiting time of a customer who is still active; "
        + "read it together with P(alive).");
  }

  private static Optional<String> money(OptionalDouble value, Optional<Currency> currency) {
    return value.isPresent() && currency.isPresent()
        ? Optional.of(Formats.money(value.getAsDouble(), currency.get())) : Optional.empty();
  }

  private static String riskName(ChurnRisk risk) {
    return switch (risk) {
      case HIGH -> "High";
      case MEDIUM -> "Medium";
      case LOW -> "Low";
    };
  }

}
