package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.ChurnRiskBands;
import io.retentionkit.clv.CustomerPrediction;
import io.retentionkit.clv.CustomerPredictions;
import io.retentionkit.clv.DiscountRate;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TransactionModel;
import io.retentionkit.model.CustomerId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;

/**
 * The CLV part of a report: the fitted transaction model and spend model, the holdout check, and what the
 * predictions say about the customers: their distribution, the churn-risk bands and the top customers.
 * It keeps only these summaries, not every customer's prediction, so that a report of a million customers
 * stays small.
 *
 * <p>The <em>top customers</em> are the {@code n} with the highest predicted CLV, or, without a spend
 * model, the highest expected transactions; ties go to the smaller customer id, so the list is
 * deterministic.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param fit the transaction model the predictions come from, with its fit diagnostics
 * @param spendFit the Gamma-Gamma spend model, if one was fitted
 * @param spendOmission why there is no spend model, when there is none and a reason is known
 * @param holdout the out-of-sample check, if one was run
 * @param holdoutOmission why there is no holdout check, when there is none and a reason is known
 * @param timeUnit the unit of the model's times and of {@code horizon}
 * @param horizon how far ahead expected transactions and CLV reach, in {@code timeUnit}
 * @param discountRate the discount rate of the predicted CLV
 * @param calibrationEnd the date the predictions start from, if known
 * @param currency the currency of spend and CLV, if the predictions have spend
 * @param customers the customers predicted
 * @param totalPredictedClv the sum of every customer's predicted CLV; empty without spend
 * @param churnRiskBands the P(alive) thresholds of the churn-risk bands
 * @param churnRisk customers per churn-risk band, every band present; unmodifiable, in band order
 * @param clvDistribution the distribution of predicted CLV; empty without spend
 * @param transactionsDistribution the distribution of expected transactions over the horizon
 * @param topCustomers the top customers, best first
 * @since 0.1.0
 */
public record ClvSection(
    ModelFit<TransactionModel> fit,
    Optional<ModelFit<GammaGammaModel>> spendFit,
    Optional<String> spendOmission,
    Optional<HoldoutCheck> holdout,
    Optional<String> holdoutOmission,
    DurationUnit timeUnit,
    double horizon,
    DiscountRate discountRate,
    Optional<LocalDate> calibrationEnd,
    Optional<Currency> currency,
    int customers,
    OptionalDouble totalPredictedClv,
    ChurnRiskBands churnRiskBands,
    Map<ChurnRisk, Long> churnRisk,
    Optional<Histogram> clvDistribution,
    Histogram transactionsDistribution,
    List<CustomerPrediction> topCustomers) {

  /** The default number of top customers listed. */
  public static final int DEFAULT_TOP_CUSTOMERS = 20;

  /**
   * Creates a {@code ClvSection}, validating every component; {@link #newBuilder} derives one from
   * predictions.
   *
   * @param fit the transaction model the predictions come from
   * @param spendFit the spend model, if one was fitted
   * @param spendOmission why there is no spend model; only without one
   * @param holdout the out-of-sample check, if one was run
   * @param holdoutOmission why there is no holdout check; only without one
   * @param timeUnit the unit of times and of {@code horizon}
   * @param horizon the prediction horizon; positive and finite
   * @param discountRate the discount rate of the predicted CLV
   * @param calibrationEnd the date predictions start from, if known
   * @param currency the currency of spend and CLV, if known
   * @param customers the customers predicted; not negative
   * @param totalPredictedClv the total predicted CLV; present exactly when {@code clvDistribution} is
   * @param churnRiskBands the P(alive) thresholds of the churn-risk bands
   * @param churnRisk customers per churn-risk band; copied; every band present, summing to
   *     {@code customers}
   * @param clvDistribution the distribution of predicted CLV, if there is spend
   * @param transactionsDistribution the distribution of expected transactions
   * @param topCustomers the top customers, best first; copied; each with a customer id and the churn
   *     risk {@code churnRiskBands} give its P(alive)
   * @throws NullPointerException if a component or element is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public ClvSection {
    requireNonNull(fit, "fit");
    requireNonNull(spendFit, "spendFit");
    requireNonNull(spendOmission, "spendOmission");
    requireNonNull(holdout, "holdout");
    requireNonNull(holdoutOmission, "holdoutOmission");
    requireNonNull(timeUnit, "timeUnit");
    requireNonNull(discountRate, "discountRate");
    requireNonNull(calibrationEnd, "calibrationEnd");
    requireNonNull(currency, "currency");
    requireNonNull(totalPredictedClv, "totalPredictedClv");
    requireNonNull(churnRiskBands, "churnRiskBands");
    requireNonNull(churnRisk, "churnRisk");
    requireNonNull(clvDistribution, "clvDistribution");
    requireNonNull(transactionsDistribution, "transactionsDistribution");
    topCustomers = List.copyOf(requireNonNull(topCustomers, "topCustomers"));
    if (spendFit.isPresent() && spendOmission.isPresent() || holdout.isPresent() && holdoutOmission.isPresent()) {
      throw new IllegalArgumentException("a part must not be both present and omitted: spend or holdout");
    }
    if (!(horizon > 0 && Double.isFinite(horizon)) || customers < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "horizon must be positive and finite, customers not negative: %s, %d", horizon, customers));
    }
    if (totalPredictedClv.isPresent() != clvDistribution.isPresent()) {
      throw new IllegalArgumentException("total predicted CLV must be present exactly with its distribution");
    }
    EnumMap<ChurnRisk, Long> bands = new EnumMap<>(ChurnRisk.class);
    bands.putAll(churnRisk);
    long banded = bands.values().stream().mapToLong(Long::longValue).sum();
    if (bands.size() != ChurnRisk.values().length || banded != customers) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "churn risk must count every band and every customer: %s for %d customers", bands, customers));
    }
    churnRisk = Collections.unmodifiableMap(bands);
    for (CustomerPrediction top : topCustomers) {
      if (top.customerId().isEmpty()) {
        throw new IllegalArgumentException("top customers must have customer ids");
      }
      if (churnRiskBands.classify(top.probabilityAlive()) != top.churnRisk()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "top customers' churn risk must follow the churn risk bands %s: %s at P(alive) %s",
            churnRiskBands, top.churnRisk(), top.probabilityAlive()));
      }
    }
  }

  /**
   * Returns a builder of the section for {@code predictions}, made with {@code fit}'s model.
   *
   * @param fit the fitted transaction model
   * @param predictions its predictions for customer summaries (so that every customer has an id)
   * @return a new builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the predictions are of another model or have no customer ids
   */
  public static Builder newBuilder(ModelFit<? extends TransactionModel> fit, CustomerPredictions predictions) {
    return new Builder(fit, predictions);
  }

  /** Builds a {@link ClvSection} from a fit and its predictions. Not thread-safe. */
  public static final class Builder {
    private final ModelFit<TransactionModel> fit;
    private final CustomerPredictions predictions;
    private Optional<ModelFit<GammaGammaModel>> spendFit = Optional.empty();
    private Optional<String> spendOmission = Optional.empty();
    private Optional<HoldoutCheck> holdout = Optional.empty();
    private Optional<String> holdoutOmission = Optional.empty();
    private int topCustomers = DEFAULT_TOP_CUSTOMERS;
    private int bins = Histogram.DEFAULT_BINS;
    private ChurnRiskBands bands = ChurnRiskBands.defaults();

    private Builder(ModelFit<? extends TransactionModel> fit, CustomerPredictions predictions) {
      requireNonNull(fit, "fit");
      this.predictions = requireNonNull(predictions, "predictions");
      this.fit = new ModelFit<>(fit.model(), fit.diagnostics());
      if (!predictions.model().equals(fit.model().name())) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "predictions must be of the fitted model %s: %s", fit.model().name(), predictions.model()));
      }
      if (predictions.customerIds().size() != predictions.size()) {
        throw new IllegalArgumentException("predictions must have customer ids: predict from CustomerSummaries");
      }
    }

    /**
     * Sets the spend model the predictions used.
     *
     * @param value the Gamma-Gamma fit
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder spendFit(ModelFit<GammaGammaModel> value) {
      spendFit = Optional.of(requireNonNull(value, "spendFit"));
      spendOmission = Optional.empty();
      return this;
    }

    /**
     * Records why there is no spend model, for the report to say so.
     *
     * @param reason e.g. {@code "no customer has a repeat purchase of positive value"}
     * @return this builder
     * @throws NullPointerException if {@code reason} is null
     */
    public Builder spendOmitted(String reason) {
      spendOmission = Optional.of(requireNonNull(reason, "reason"));
      spendFit = Optional.empty();
      return this;
    }

    /**
     * Sets the holdout check.
     *
     * @param value the check
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder holdout(HoldoutCheck value) {
      holdout = Optional.of(requireNonNull(value, "holdout"));
      holdoutOmission = Optional.empty();
      return this;
    }

    /**
     * Records why there is no holdout check, for the report to say so.
     *
     * @param reason e.g. {@code "the data span 5 weeks, too few to hold any out"}
     * @return this builder
     * @throws NullPointerException if {@code reason} is null
     */
    public Builder holdoutOmitted(String reason) {
      holdoutOmission = Optional.of(requireNonNull(reason, "reason"));
      holdout = Optional.empty();
      return this;
    }

    /**
     * Sets how many top customers to list; default {@value ClvSection#DEFAULT_TOP_CUSTOMERS}.
     *
     * @param count the number; not negative
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder topCustomers(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("top customers must not be negative: " + count);
      }
      topCustomers = count;
      return this;
    }

    /**
     * Sets the churn-risk bands the predictor used; default {@link ChurnRiskBands#defaults()}.
     *
     * @param value the bands
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder churnRiskBands(ChurnRiskBands value) {
      bands = requireNonNull(value, "churnRiskBands");
      return this;
    }

    /**
     * Sets how many histogram bins to aim for; default {@value Histogram#DEFAULT_BINS}.
     *
     * @param count the number; at least 2
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is less than 2
     */
    public Builder histogramBins(int count) {
      if (count < 2) {
        throw new IllegalArgumentException("histogram bins must be at least 2: " + count);
      }
      bins = count;
      return this;
    }

    /**
     * Summarises the predictions into the section.
     *
     * @return the section
     */
    public ClvSection build() {
      boolean spend = predictions.hasSpend();
      EnumMap<ChurnRisk, Long> counts = new EnumMap<>(ChurnRisk.class);
      for (ChurnRisk risk : ChurnRisk.values()) {
        counts.put(risk, 0L);
      }
      for (int i = 0; i < predictions.size(); i++) {
        counts.merge(predictions.churnRisk(i), 1L, Long::sum);
      }
      return new ClvSection(fit, spendFit, spendOmission, holdout, holdoutOmission, predictions.timeUnit(),
          predictions.horizon(), predictions.discountRate(), predictions.calibrationEnd(),
          predictions.currency(), predictions.size(),
          spend ? OptionalDouble.of(predictions.totalPredictedClv()) : OptionalDouble.empty(), bands, counts,
          spend ? Optional.of(Histogram.of(predictions.predictedClv(), bins)) : Optional.empty(),
          Histogram.of(predictions.expectedTransactions(), bins), top(spend));
    }

    /** Selects the top customers with a bounded heap: O(n log k), not a sort of every customer. */
    private List<CustomerPrediction> top(boolean spend) {
      double[] key = spend ? predictions.predictedClv() : predictions.expectedTransactions();
      List<CustomerId> ids = predictions.customerIds();
      Comparator<Integer> better = Comparator.<Integer>comparingDouble(i -> key[i])
          .thenComparing(i -> ids.get(i), Comparator.reverseOrder());
      PriorityQueue<Integer> heap = new PriorityQueue<>(Math.max(1, topCustomers + 1), better);
      for (int i = 0; i < key.length && topCustomers > 0; i++) {
        heap.add(i);
        if (heap.size() > topCustomers) {
          heap.poll();
        }
      }
      return heap.stream().sorted(better.reversed()).map(predictions::prediction).toList();
    }
  }
}
