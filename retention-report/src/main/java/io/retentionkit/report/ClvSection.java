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
import io.retentionkit.io.render.ChurnRiskCounts;
import io.retentionkit.io.render.ClvFit;
import io.retentionkit.io.render.TopCustomers;
import io.retentionkit.model.CustomerId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The CLV part of a report: the models fitted on all the data and their predictions for every customer,
 * the holdout check, and what the report shows of the predictions: their distribution, the churn-risk
 * bands and the top customers.
 *
 * <p>The <em>top customers</em> are the {@code n} with the highest predicted CLV, or, without a spend
 * model, the highest expected transactions; ties go to the customer that comes first in the summaries
 * (customer-id order). They are the {@link TopCustomers} of {@code retention clv predict}, so the list is
 * deterministic and the same in both.
 *
 * <p>This is a value-based, immutable and thread-safe class; two sections are equal when their models,
 * predictions, holdout checks, omission reasons and settings are.
 *
 * @since 0.1.0
 */
public final class ClvSection {
  /** The default number of top customers listed. */
  public static final int DEFAULT_TOP_CUSTOMERS = 20;

  private final ClvFit models;
  private final Optional<String> spendOmission;
  private final Optional<HoldoutCheck> holdout;
  private final Optional<String> holdoutOmission;
  private final CustomerPredictions predictions;
  private final ChurnRiskBands churnRiskBands;
  private final int topCustomerCount;
  private final int histogramBins;
  private final Map<ChurnRisk, Long> churnRisk;
  private final Optional<Histogram> clvDistribution;
  private final Histogram transactionsDistribution;
  private final List<CustomerPrediction> topCustomers;

  private ClvSection(Builder builder) {
    this.models = builder.models;
    this.spendOmission = builder.spendOmission;
    this.holdout = builder.holdout;
    this.holdoutOmission = builder.holdoutOmission;
    this.predictions = builder.predictions;
    this.churnRiskBands = builder.bands;
    this.topCustomerCount = builder.topCustomers;
    this.histogramBins = builder.bins;
    this.churnRisk = ChurnRiskCounts.of(predictions).asMap();
    this.clvDistribution = predictions.hasSpend()
        ? Optional.of(Histogram.of(predictions.predictedClv(), histogramBins)) : Optional.empty();
    this.transactionsDistribution = Histogram.of(predictions.expectedTransactions(), histogramBins);
    this.topCustomers = Arrays.stream(TopCustomers.indices(predictions, topCustomerCount))
        .mapToObj(predictions::prediction)
        .toList();
    for (CustomerPrediction top : topCustomers) {
      if (churnRiskBands.classify(top.probabilityAlive()) != top.churnRisk()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "top customers' churn risk must follow the churn risk bands %s: %s at P(alive) %s",
            churnRiskBands, top.churnRisk(), top.probabilityAlive()));
      }
    }
  }

  /** Returns {@code count} if it is a valid number of top customers: not negative. */
  static int requireTopCustomers(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("top customers must not be negative: " + count);
    }
    return count;
  }

  /**
   * Returns a builder of the section for {@code predictions}, made with the models of {@code models}.
   *
   * @param models the summaries of all the data, the transaction model and the spend model fitted on them
   * @param predictions the predictor's output for those summaries
   * @return a new builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the predictions are of another model or other customers, or have
   *     spend exactly when the models have no spend model
   */
  public static Builder newBuilder(ClvFit models, CustomerPredictions predictions) {
    return new Builder(models, predictions);
  }

  /**
   * Returns the summaries and models the predictions come from.
   *
   * @return the fitted models, without a holdout report
   */
  public ClvFit models() {
    return models;
  }

  /**
   * Returns the transaction model's fit.
   *
   * @return the fitted model with its diagnostics
   */
  public ModelFit<TransactionModel> fit() {
    return models.transactions();
  }

  /**
   * Returns the spend model's fit.
   *
   * @return the Gamma-Gamma fit, or empty if spend was not modelled
   */
  public Optional<ModelFit<GammaGammaModel>> spendFit() {
    return models.spend();
  }

  /**
   * Returns why there is no spend model.
   *
   * @return the reason, when there is none and a reason is known
   */
  public Optional<String> spendOmission() {
    return spendOmission;
  }

  /**
   * Returns the holdout check.
   *
   * @return the check, or empty if none was run
   */
  public Optional<HoldoutCheck> holdout() {
    return holdout;
  }

  /**
   * Returns why there is no holdout check.
   *
   * @return the reason, when there is none and a reason is known
   */
  public Optional<String> holdoutOmission() {
    return holdoutOmission;
  }

  /**
   * Returns the predictions for every customer.
   *
   * @return the predictions, index-aligned with the summaries
   */
  public CustomerPredictions predictions() {
    return predictions;
  }

  /**
   * Returns the unit of the model's times and of the horizon.
   *
   * @return the time unit
   */
  public DurationUnit timeUnit() {
    return predictions.timeUnit();
  }

  /**
   * Returns how far ahead expected transactions and CLV reach.
   *
   * @return the horizon in {@link #timeUnit()}
   */
  public double horizon() {
    return predictions.horizon();
  }

  /**
   * Returns the discount rate of the predicted CLV.
   *
   * @return the rate
   */
  public DiscountRate discountRate() {
    return predictions.discountRate();
  }

  /**
   * Returns the date the predictions start from.
   *
   * @return the last day of the data the models saw
   */
  public Optional<LocalDate> calibrationEnd() {
    return predictions.calibrationEnd();
  }

  /**
   * Returns the currency of spend and CLV: the summaries' reporting currency.
   *
   * @return the currency
   */
  public Optional<Currency> currency() {
    return predictions.currency();
  }

  /**
   * Returns how many customers were predicted.
   *
   * @return the number of customers
   */
  public int customers() {
    return predictions.size();
  }

  /**
   * Returns the sum of every customer's predicted CLV.
   *
   * @return the total in major units of {@link #currency()}, or empty without spend
   */
  public OptionalDouble totalPredictedClv() {
    return predictions.hasSpend() ? OptionalDouble.of(predictions.totalPredictedClv()) : OptionalDouble.empty();
  }

  /**
   * Returns the P(alive) thresholds of the churn-risk bands.
   *
   * @return the bands the predictor used
   */
  public ChurnRiskBands churnRiskBands() {
    return churnRiskBands;
  }

  /**
   * Returns how many customers are in each churn-risk band.
   *
   * @return every band, in band order; unmodifiable
   */
  public Map<ChurnRisk, Long> churnRisk() {
    return churnRisk;
  }

  /**
   * Returns the distribution of predicted CLV.
   *
   * @return the histogram, or empty without spend
   */
  public Optional<Histogram> clvDistribution() {
    return clvDistribution;
  }

  /**
   * Returns the distribution of expected transactions over the horizon.
   *
   * @return the histogram
   */
  public Histogram transactionsDistribution() {
    return transactionsDistribution;
  }

  /**
   * Returns the top customers.
   *
   * @return at most the configured number, best first; unmodifiable
   */
  public List<CustomerPrediction> topCustomers() {
    return topCustomers;
  }

  /**
   * Returns whether {@code other} is a section of equal models, predictions, holdout check, omission
   * reasons and settings.
   *
   * @param other the object to compare with
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ClvSection that
        && models.equals(that.models)
        && spendOmission.equals(that.spendOmission)
        && holdout.equals(that.holdout)
        && holdoutOmission.equals(that.holdoutOmission)
        && predictions.equals(that.predictions)
        && churnRiskBands.equals(that.churnRiskBands)
        && topCustomerCount == that.topCustomerCount
        && histogramBins == that.histogramBins;
  }

  @Override
  public int hashCode() {
    return Objects.hash(models, spendOmission, holdout, holdoutOmission, predictions, churnRiskBands,
        topCustomerCount, histogramBins);
  }

  /**
   * Returns a one-line summary, for debugging.
   *
   * @return e.g. {@code "ClvSection[bgnbd, 2764 customers, holdout, top 20]"}
   */
  @Override
  public String toString() {
    return "ClvSection[" + fit().model().name() + ", " + customers() + " customers, "
        + (holdout.isPresent() ? "holdout" : "no holdout") + ", top " + topCustomers.size() + "]";
  }

  /** Builds a {@link ClvSection} from fitted models and their predictions. Not thread-safe. */
  public static final class Builder {
    private final ClvFit models;
    private final CustomerPredictions predictions;
    private Optional<String> spendOmission = Optional.empty();
    private Optional<HoldoutCheck> holdout = Optional.empty();
    private Optional<String> holdoutOmission = Optional.empty();
    private int topCustomers = DEFAULT_TOP_CUSTOMERS;
    private int bins = Histogram.DEFAULT_BINS;
    private ChurnRiskBands bands = ChurnRiskBands.defaults();

    private Builder(ClvFit models, CustomerPredictions predictions) {
      this.models = requireNonNull(models, "models");
      this.predictions = requireNonNull(predictions, "predictions");
      String model = models.transactions().model().name();
      if (!predictions.model().equals(model)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "predictions must be of the fitted model %s: %s", model, predictions.model()));
      }
      List<CustomerId> customers = models.summaries().customerIds();
      if (!predictions.customerIds().equals(customers)) {
        throw new IllegalArgumentException("predictions must be of the models' summaries, customer for customer: "
            + predictions.customerIds().size() + " predictions for " + customers.size() + " customers");
      }
      if (predictions.hasSpend() != models.spend().isPresent()) {
        throw new IllegalArgumentException("predictions must have spend exactly when a spend model was fitted: "
            + predictions.hasSpend());
      }
    }

    /**
     * Records why there is no spend model, for the report to say so.
     *
     * @param reason e.g. {@code "no customer has a repeat purchase of positive value"}
     * @return this builder
     * @throws NullPointerException if {@code reason} is null
     * @throws IllegalStateException if the models have a spend model
     */
    public Builder spendOmitted(String reason) {
      requireNonNull(reason, "reason");
      if (models.spend().isPresent()) {
        throw new IllegalStateException("spend must not be omitted when a spend model was fitted: " + reason);
      }
      spendOmission = Optional.of(reason);
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
      topCustomers = requireTopCustomers(count);
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
     * @throws IllegalArgumentException if the top customers' churn risk does not follow the bands set
     */
    public ClvSection build() {
      return new ClvSection(this);
    }
  }
}
