package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.ChurnRiskBands;
import io.retentionkit.clv.CustomerPredictions;
import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.DiscountRate;
import io.retentionkit.clv.FitDiagnostics;
import io.retentionkit.clv.FrequencyBin;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.HoldoutReport;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TrackingCurve;
import io.retentionkit.clv.TransactionModel;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes fitted CLV models ({@link ClvFit}) as JSON: the repeat-transaction model with its parameters and
 * diagnostics, the Gamma-Gamma spend model, the holdout evaluation and the summaries they rest on.
 *
 * <pre>{@code
 * {"model": "bgnbd", "parameters": {"r": 0.2426, "alpha": 4.4136, "a": 0.7929, "b": 2.4259},
 *  "logLikelihood": -9582.43, "converged": true, "standardErrors": {"r": 0.0125, ...}, "customers": 2357,
 *  "spend": {"model": "gamma-gamma", "p": 6.25, "q": 3.74, "gamma": 15.44, ...},
 *  "holdout": {"actualTotal": 1882, "expectedTotal": 1653.41, "bins": [...], "tracking": {...}, ...},
 *  "diagnostics": {...}, "summaries": {...}}
 * }</pre>
 *
 * <h2>Members</h2>
 * <ul>
 *   <li>{@code model}: the transaction model's short name ({@code bgnbd}, {@code pnbd}, {@code mbgnbd},
 *       {@code bgbb}); {@code parameters}: its estimates by name, in the literature's order (α and β are
 *       rates per {@code summaries.timeUnit}); {@code logLikelihood} (ℓ at the estimates, without any
 *       penalty; {@code null} when the fit failed numerically); {@code converged} (a maximum was found,
 *       inside the parameters' search range or on its edge); {@code standardErrors} by name (a parameter
 *       without one is in {@code diagnostics.unavailableStandardErrors} with the reason); {@code customers},
 *       the customers fitted on.
 *   <li>{@code spend}: the Gamma-Gamma fit, or {@code null} when spend was not modelled: {@code model}
 *       ({@code gamma-gamma}), {@code p}, {@code q}, {@code gamma} (γ in major units of the currency),
 *       {@code logLikelihood}, {@code converged}, {@code standardErrors}, {@code customers} (the repeat
 *       customers with a positive mean repeat spend, the only ones the model uses),
 *       {@code populationMeanSpend} (p γ / (q − 1), or {@code null} with a
 *       {@code populationMeanSpendReason} when q ≤ 1 makes it infinite) and {@code diagnostics}.
 *   <li>{@code holdout}: the {@link HoldoutReport}, or {@code null} without a holdout period:
 *       {@code calibrationEnd}, {@code observationEnd}, {@code length} (t*, in the time unit),
 *       {@code customers}, {@code actualTotal} and {@code expectedTotal} holdout transactions, the
 *       per-customer errors {@code meanAbsoluteError}, {@code rootMeanSquaredError} and {@code bias}
 *       (mean of expected − actual: positive when the model over-predicts), {@code bins} per calibration
 *       frequency x (each with {@code repeatTransactions}, {@code orMore} for the open-ended top bin,
 *       {@code label} such as {@code 7+}, {@code customers}, {@code actualTransactions},
 *       {@code expectedTransactions}, {@code meanActual} and {@code meanExpected}, which are {@code null}
 *       with a {@code ...Reason} for an empty bin) and {@code tracking}, the cumulative repeat transactions
 *       over calibration and holdout ({@code timeUnit}, {@code start}, {@code calibrationEnd} and
 *       {@code periods}, each with {@code period} from 1, {@code lastDay}, {@code holdout} (whether it ends
 *       after the calibration end), {@code actualCumulative} and {@code expectedCumulative}).
 *   <li>{@code diagnostics} of the transaction model's fit: {@code status} (a
 *       {@link io.retentionkit.clv.FitStatus} name: {@code CONVERGED}, {@code BOUNDARY} for a maximum on
 *       the edge of the search range, {@code ITERATION_LIMIT}, {@code STALLED} or {@code NUMERICAL_FAILURE}),
 *       {@code message} (the optimiser's words), {@code iterations}, {@code evaluations}, {@code starts},
 *       {@code gradientNorm}, {@code parametersAtBound} (names), {@code unavailableStandardErrors} (the
 *       reason by parameter name) and {@code warnings} (an array of sentences; empty when all is well).
 *   <li>{@code summaries}, what the models were fitted on: {@code timeUnit} ({@code DAY} ... {@code YEAR}),
 *       {@code mergeUnit} (the calendar period within which a customer's orders are one transaction),
 *       {@code firstPurchase} (the earliest), {@code calibrationEnd}, {@code observationEnd} and
 *       {@code holdoutLength} ({@code null} without a holdout), {@code currency}, {@code customers},
 *       {@code repeatCustomers}, {@code repeatTransactions}, {@code holdoutTransactions} ({@code null}
 *       without a holdout), {@code ignoredOrders} (not qualifying), {@code ordersAfterObservationEnd} and
 *       {@code customersFirstSeenInHoldout}, which were left out.
 * </ul>
 * Dates are shop-local ISO dates; the calibration period ends with {@code calibrationEnd} and the holdout
 * period with {@code observationEnd}, both inclusive. A number that is not finite (a diagnostic of a failed
 * fit) is {@code null}. Money is a decimal string in major units of the currency, rounded to its minor unit,
 * since it is an estimate.
 *
 * <h2>Predictions</h2>
 * {@link #writePredictions} summarises {@link CustomerPredictions} (see
 * {@link io.retentionkit.clv.ClvPredictor} for the definitions): {@code customers}, {@code model},
 * {@code timeUnit}, {@code horizon} (in the time unit), {@code calibrationEnd} (predictions start the day
 * after) and {@code horizonEnd} (the calibration end plus the horizon, in whole days), {@code discountRate}
 * ({@code rate}, {@code compounding} {@code PERIODIC} or {@code CONTINUOUS}, {@code period}),
 * {@code dertContinuousRate} (the continuous rate per time unit at which DERT discounts each transaction
 * when it happens; {@code null} with a {@code dertReason} when DERT was not predicted, at a zero rate for
 * example),
 * {@code currency}, {@code churnRiskBands} ({@code highBelow}, {@code mediumBelow}), the totals
 * {@code expectedOrders}, {@code predictedClv} ({@code null} with a {@code predictedClvReason} without a
 * spend model) and {@code meanProbabilityAlive}; {@code byChurnRisk}, the same per band ({@code LOW},
 * {@code MEDIUM}, {@code HIGH}, with {@code customers}); and {@code topCustomers}, ranked by predicted CLV
 * (by expected orders without a spend model; {@code rankedBy} says which), each with {@code rank},
 * {@code customerId}, {@code probabilityAlive}, {@code expectedOrders}, {@code expectedSpend},
 * {@code predictedClv}, {@code expectedNextOrder} (a date, or {@code null}), {@code churnRisk} and
 * {@code dert} (the discounted expected residual transactions, or {@code null} when
 * {@code dertContinuousRate} is).
 *
 * <p>Stateless and thread-safe; a generator is not, so give each thread its own.
 *
 * @since 0.1.0
 */
public final class ClvJson {
  private ClvJson() {}

  /**
   * Writes {@code fit} as a complete, pretty-printed JSON document (see {@link JsonOutput}), ending in a
   * line break. {@code out} is flushed, not closed.
   *
   * @param fit the fitted models
   * @param out where the document goes
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ClvFit fit, Writer out) {
    requireNonNull(fit, "fit");
    JsonOutput.document(out, generator -> write(fit, generator));
  }

  /**
   * Writes {@code fit} as one JSON object at the generator's current position.
   *
   * @param fit the fitted models
   * @param generator where the object goes
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(ClvFit fit, JsonGenerator generator) {
    requireNonNull(fit, "fit");
    Json json = new Json(requireNonNull(generator, "generator")).startObject();
    writeMembers(fit, json);
    json.endObject();
  }

  /**
   * Writes the members of {@code fit} into the object the generator has open, so that a caller can add
   * members of its own (for example the analysis settings, or predictions) to the same object.
   *
   * @param fit the fitted models
   * @param generator a generator inside an object
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void writeMembers(ClvFit fit, JsonGenerator generator) {
    requireNonNull(fit, "fit");
    writeMembers(fit, new Json(requireNonNull(generator, "generator")));
  }

  /**
   * Writes a summary of {@code predictions} as one JSON object at the generator's current position: totals
   * and counts per churn-risk band, and the best {@code topCustomers} customers.
   *
   * @param predictions the predictions
   * @param bands the churn-risk bands the predictions were classified with
   * @param topCustomers how many of the best customers to list; not negative
   * @param generator where the object goes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code topCustomers} is negative
   * @throws UncheckedIOException if writing fails
   */
  public static void writePredictions(CustomerPredictions predictions, ChurnRiskBands bands, int topCustomers,
      JsonGenerator generator) {
    requireNonNull(predictions, "predictions");
    requireNonNull(bands, "bands");
    requireNonNull(generator, "generator");
    PredictionSummary summary = PredictionSummary.of(predictions, topCustomers);
    Json json = new Json(generator).startObject()
        .number("customers", predictions.size())
        .string("model", predictions.model())
        .string("timeUnit", predictions.timeUnit().name())
        .number("horizon", predictions.horizon())
        .string("calibrationEnd", predictions.calibrationEnd().map(LocalDate::toString))
        .string("horizonEnd", summary.horizonEnd().map(LocalDate::toString));
    DiscountRate rate = predictions.discountRate();
    json.startObject("discountRate")
        .number("rate", rate.rate())
        .string("compounding", rate.compounding().name())
        .string("period", rate.period().name())
        .endObject();
    if (predictions.hasDert()) {
      json.number("dertContinuousRate", rate.continuousRate(predictions.timeUnit()));
    } else {
      json.nullValue("dertContinuousRate").string("dertReason", predictions.dertUnavailableReason().orElseThrow());
    }
    json.string("currency", predictions.currency().map(Currency::getCurrencyCode))
        .startObject("churnRiskBands")
        .number("highBelow", bands.highBelow())
        .number("mediumBelow", bands.mediumBelow())
        .endObject();
    totals(json, summary, PredictionSummary.TOTAL);
    json.startArray("byChurnRisk");
    for (ChurnRisk risk : ChurnRisk.values()) {
      json.startObject().string("churnRisk", risk.name()).number("customers", summary.customers[risk.ordinal()]);
      totals(json, summary, risk.ordinal());
      json.endObject();
    }
    json.endArray()
        .string("rankedBy", summary.rankedByClv() ? "predictedClv" : "expectedOrders")
        .startArray("topCustomers");
    int rank = 1;
    for (int i : summary.top) {
      json.startObject()
          .number("rank", rank++)
          .string("customerId", predictions.customerIds().isEmpty() ? Optional.empty()
              : Optional.of(predictions.customerIds().get(i).value()))
          .number("probabilityAlive", predictions.probabilityAlive(i))
          .number("expectedOrders", predictions.expectedTransactions(i));
      money(json, "expectedSpend", predictions.expectedSpend(i), predictions);
      money(json, "predictedClv", predictions.predictedClv(i), predictions);
      json.string("expectedNextOrder", predictions.expectedNextTransactionDate(i).map(LocalDate::toString))
          .string("churnRisk", predictions.churnRisk(i).name());
      if (predictions.hasDert()) {
        json.number("dert", predictions.dert(i).getAsDouble());
      } else {
        json.nullValue("dert");
      }
      json.endObject();
    }
    json.endArray().endObject();
  }

  private static void totals(Json json, PredictionSummary summary, int slot) {
    json.number("expectedOrders", summary.expectedOrders[slot]);
    CustomerPredictions predictions = summary.predictions;
    money(json, "predictedClv", predictions.hasSpend() ? OptionalDouble.of(summary.predictedClv[slot])
        : OptionalDouble.empty(), predictions);
    if (!predictions.hasSpend()) {
      json.string("predictedClvReason", "spend was not modelled, so there is no value to predict");
    }
    Optional<Double> alive = summary.meanProbabilityAlive(slot);
    if (alive.isPresent()) {
      json.number("meanProbabilityAlive", alive.get());
    } else {
      json.nullValue("meanProbabilityAlive").string("meanProbabilityAliveReason", "no customers");
    }
  }

  /** Writes an estimate of money: rounded to the minor unit when the currency is known, {@code null} if absent. */
  private static void money(Json json, String name, OptionalDouble value, CustomerPredictions predictions) {
    if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
      json.nullValue(name);
    } else if (predictions.currency().isPresent()) {
      json.decimal(name, MoneyFormat.round(value.getAsDouble(), predictions.currency().get()));
    } else {
      json.decimal(name, BigDecimal.valueOf(value.getAsDouble()));
    }
  }

  private static void writeMembers(ClvFit fit, Json json) {
    TransactionModel model = fit.transactions().model();
    FitDiagnostics diagnostics = fit.transactions().diagnostics();
    json.string("model", model.name());
    json.startObject("parameters");
    parameters(json, model.parameters().asMap());
    json.endObject();
    json.finite("logLikelihood", diagnostics.logLikelihood())
        .bool("converged", diagnostics.converged());
    standardErrors(json, diagnostics);
    json.number("customers", fit.summaries().size());
    if (fit.spend().isPresent()) {
      spend(json, fit.spend().get(), fit.summaries());
    } else {
      json.nullValue("spend");
    }
    if (fit.holdout().isPresent()) {
      holdout(json, fit.holdout().get(), fit.summaries());
    } else {
      json.nullValue("holdout");
    }
    diagnostics(json, diagnostics);
    summaries(json, fit.summaries());
  }

  private static void parameters(Json json, Map<String, Double> values) {
    values.forEach(json::finite);
  }

  private static void standardErrors(Json json, FitDiagnostics diagnostics) {
    json.startObject("standardErrors");
    parameters(json, diagnostics.standardErrors());
    json.endObject();
  }

  private static void spend(Json json, ModelFit<GammaGammaModel> fit, CustomerSummaries summaries) {
    FitDiagnostics diagnostics = fit.diagnostics();
    json.startObject("spend").string("model", "gamma-gamma");
    parameters(json, fit.model().parameters().asMap());
    json.finite("logLikelihood", diagnostics.logLikelihood())
        .bool("converged", diagnostics.converged());
    standardErrors(json, diagnostics);
    json.number("customers", Math.round(diagnostics.observations()));
    OptionalDouble mean = fit.model().populationMeanSpend();
    if (mean.isPresent()) {
      json.decimal("populationMeanSpend", MoneyFormat.round(mean.getAsDouble(), summaries.currency()));
    } else {
      json.nullValue("populationMeanSpend")
          .string("populationMeanSpendReason", "q <= 1 makes the mean spend per transaction infinite");
    }
    diagnostics(json, diagnostics);
    json.endObject();
  }

  private static void diagnostics(Json json, FitDiagnostics diagnostics) {
    json.startObject("diagnostics")
        .string("status", diagnostics.status().name())
        .string("message", diagnostics.message())
        .number("iterations", diagnostics.iterations())
        .number("evaluations", diagnostics.evaluations())
        .number("starts", diagnostics.starts())
        .finite("gradientNorm", diagnostics.gradientNorm())
        .startArray("parametersAtBound");
    for (String name : diagnostics.parametersAtBound()) {
      json.element(name);
    }
    json.endArray().startObject("unavailableStandardErrors");
    diagnostics.unavailableStandardErrors().forEach(json::string);
    json.endObject().startArray("warnings");
    for (String warning : diagnostics.warnings()) {
      json.element(warning);
    }
    json.endArray().endObject();
  }

  private static void holdout(Json json, HoldoutReport report, CustomerSummaries summaries) {
    json.startObject("holdout")
        .string("calibrationEnd", summaries.calibrationEnd().toString())
        .string("observationEnd", summaries.observationEnd().orElseThrow().toString())
        .number("length", report.holdoutLength())
        .number("customers", report.customers());
    count(json, "actualTotal", report.actualTotal());
    json.number("expectedTotal", report.expectedTotal())
        .number("meanAbsoluteError", report.meanAbsoluteError())
        .number("rootMeanSquaredError", report.rootMeanSquaredError())
        .number("bias", report.bias())
        .startArray("bins");
    for (FrequencyBin bin : report.bins()) {
      json.startObject()
          .number("repeatTransactions", bin.repeatTransactions())
          .bool("orMore", bin.orMore())
          .string("label", bin.repeatTransactions() + (bin.orMore() ? "+" : ""))
          .number("customers", bin.customers());
      count(json, "actualTransactions", bin.actualTransactions());
      json.number("expectedTransactions", bin.expectedTransactions());
      meanOrReason(json, "meanActual", bin.meanActual());
      meanOrReason(json, "meanExpected", bin.meanExpected());
      json.endObject();
    }
    json.endArray();
    if (report.tracking().isPresent()) {
      tracking(json, report.tracking().get(), summaries.observationEnd().orElseThrow());
    } else {
      json.nullValue("tracking");
    }
    json.endObject();
  }

  private static void tracking(Json json, TrackingCurve curve, LocalDate lastObservedDay) {
    json.startObject("tracking")
        .string("timeUnit", curve.unit().name())
        .string("start", curve.start().toString())
        .string("calibrationEnd", curve.calibrationEnd().toString())
        .startArray("periods");
    double[] actual = curve.actualCumulative();
    double[] expected = curve.expectedCumulative();
    for (int k = 1; k <= curve.periods(); k++) {
      LocalDate lastDay = lastDay(curve, k, lastObservedDay);
      json.startObject()
          .number("period", k)
          .string("lastDay", lastDay.toString())
          .bool("holdout", lastDay.isAfter(curve.calibrationEnd()));
      count(json, "actualCumulative", actual[k - 1]);
      json.number("expectedCumulative", expected[k - 1]).endObject();
    }
    json.endArray().endObject();
  }

  /** The last day of tracking period k, as {@link TrackingCurve} defines it; the last period may be partial. */
  static LocalDate lastDay(TrackingCurve curve, int k, LocalDate lastObservedDay) {
    LocalDate end = curve.start().plusDays((long) Math.floor(k * curve.unit().days()) - 1);
    return end.isAfter(lastObservedDay) ? lastObservedDay : end;
  }

  private static void summaries(Json json, CustomerSummaries summaries) {
    long repeatCustomers = 0;
    long repeatTransactions = 0;
    for (int x : summaries.repeatTransactions()) {
      repeatCustomers += x > 0 ? 1 : 0;
      repeatTransactions += x;
    }
    json.startObject("summaries")
        .string("timeUnit", summaries.timeUnit().name())
        .string("mergeUnit", summaries.mergeUnit().name())
        .string("firstPurchase", summaries.trackingStart().toString())
        .string("calibrationEnd", summaries.calibrationEnd().toString())
        .string("observationEnd", summaries.observationEnd().map(LocalDate::toString));
    if (summaries.hasHoldout()) {
      json.number("holdoutLength", summaries.holdoutLength());
    } else {
      json.nullValue("holdoutLength");
    }
    json.string("currency", summaries.currency().getCurrencyCode())
        .number("customers", summaries.size())
        .number("repeatCustomers", repeatCustomers)
        .number("repeatTransactions", repeatTransactions);
    if (summaries.hasHoldout()) {
      long holdout = 0;
      for (int transactions : summaries.holdoutTransactions()) {
        holdout += transactions;
      }
      json.number("holdoutTransactions", holdout);
    } else {
      json.nullValue("holdoutTransactions");
    }
    json.number("ignoredOrders", summaries.ignoredOrders())
        .number("ordersAfterObservationEnd", summaries.ordersAfterObservationEnd())
        .number("customersFirstSeenInHoldout", summaries.customersFirstSeenInHoldout())
        .endObject();
  }

  /** Writes a count of transactions, held in a double, as a whole number when it is one. */
  private static void count(Json json, String name, double value) {
    if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
      json.number(name, (long) value);
    } else {
      json.number(name, value);
    }
  }

  private static void meanOrReason(Json json, String name, OptionalDouble value) {
    json.number(name, value);
    if (value.isEmpty()) {
      json.string(name + "Reason", "the bin has no customers");
    }
  }
}
