package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireState;

import io.retentionkit.model.CustomerId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Predictions for many customers, index-aligned with the input of {@link ClvPredictor#predict}: element
 * {@code i} of every accessor is the customer at index {@code i} of the summaries or arrays predicted for.
 * See {@link ClvPredictor} for the definition of each quantity.
 *
 * <p>Spend and CLV exist only when the predictor had a spend model ({@link #hasSpend()}); their array
 * accessors then hold {@code NaN}. DERT exists only at a positive discount rate, for Pareto/NBD and
 * BG/BB, and for BG/NBD and MBG/NBD when the predictor was asked for it ({@link #hasDert()},
 * {@link #dertUnavailableReason()}); its array accessor otherwise holds {@code NaN}. Customer ids and dates
 * exist only when predicting from {@link CustomerSummaries}.
 *
 * <p>This is a value-based, immutable and thread-safe class; array accessors return copies.
 *
 * @since 0.1.0
 */
public final class CustomerPredictions {
  /** Dates further than this many days ahead are not representable in any useful sense. */
  private static final double MAX_DAYS_AHEAD = 365.25e6;
  private final String model;
  private final DurationUnit timeUnit;
  private final double horizon;
  private final DiscountRate discountRate;
  private final boolean hasSpend;
  private final List<CustomerId> customerIds;
  private final Optional<LocalDate> calibrationEnd;
  private final Optional<Currency> currency;
  private final double[] probabilityAlive;
  private final double[] expectedTransactions;
  private final double[] expectedSpend;
  private final double[] predictedClv;
  private final double[] timeToNextTransaction;
  private final ChurnRisk[] churnRisk;
  private final double[] dert;
  private final Optional<String> dertUnavailableReason;

  CustomerPredictions(ClvPredictor predictor, List<CustomerId> customerIds, Optional<LocalDate> calibrationEnd,
      Optional<Currency> currency, double[] probabilityAlive, double[] expectedTransactions,
      double[] expectedSpend, double[] predictedClv, double[] timeToNextTransaction, ChurnRisk[] churnRisk,
      double[] dert, Optional<String> dertUnavailableReason) {
    this.model = predictor.model().name();
    this.timeUnit = predictor.timeUnit();
    this.horizon = predictor.horizon();
    this.discountRate = predictor.discountRate();
    this.hasSpend = predictor.spendModel().isPresent();
    this.customerIds = customerIds;
    this.calibrationEnd = calibrationEnd;
    this.currency = currency;
    this.probabilityAlive = probabilityAlive;
    this.expectedTransactions = expectedTransactions;
    this.expectedSpend = expectedSpend;
    this.predictedClv = predictedClv;
    this.timeToNextTransaction = timeToNextTransaction;
    this.churnRisk = churnRisk;
    this.dert = dert;
    this.dertUnavailableReason = dertUnavailableReason;
  }

  /**
   * Returns the number of customers.
   *
   * @return the number of predictions
   */
  public int size() {
    return probabilityAlive.length;
  }

  /**
   * Returns the short name of the transaction model used.
   *
   * @return for example {@code "bgnbd"}
   */
  public String model() {
    return model;
  }

  /**
   * Returns the unit of the horizon and of the times to the next transaction.
   *
   * @return the time unit
   */
  public DurationUnit timeUnit() {
    return timeUnit;
  }

  /**
   * Returns the prediction horizon.
   *
   * @return the horizon, in the time unit
   */
  public double horizon() {
    return horizon;
  }

  /**
   * Returns the rate at which CLV was discounted.
   *
   * @return the rate
   */
  public DiscountRate discountRate() {
    return discountRate;
  }

  /**
   * Returns whether spend and CLV were predicted.
   *
   * @return {@code true} if the predictor had a spend model
   */
  public boolean hasSpend() {
    return hasSpend;
  }

  /**
   * Returns the customers, in index order.
   *
   * @return an unmodifiable list; empty when predicting from bare arrays
   */
  public List<CustomerId> customerIds() {
    return customerIds;
  }

  /**
   * Returns the currency of spend and CLV.
   *
   * @return the summaries' currency; empty when predicting from bare arrays
   */
  public Optional<Currency> currency() {
    return currency;
  }

  /**
   * Returns the date the predictions start from.
   *
   * @return the calibration end of the summaries; empty when predicting from bare arrays
   */
  public Optional<LocalDate> calibrationEnd() {
    return calibrationEnd;
  }

  /**
   * Returns all predictions for customer {@code i}.
   *
   * @param i the index
   * @return the predictions
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public CustomerPrediction prediction(int i) {
    return new CustomerPrediction(
        customerIds.isEmpty() ? Optional.empty() : Optional.of(customerIds.get(i)),
        probabilityAlive[i], expectedTransactions[i], expectedSpend(i), predictedClv(i), dert(i),
        timeToNextTransaction[i], expectedNextTransactionDate(i), churnRisk[i]);
  }

  /**
   * Returns P(alive) of customer {@code i} at the end of the calibration period.
   *
   * @param i the index
   * @return the probability, in [0, 1]
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double probabilityAlive(int i) {
    return probabilityAlive[i];
  }

  /**
   * Returns the expected transactions of customer {@code i} over the horizon, undiscounted.
   *
   * @param i the index
   * @return the expected number
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double expectedTransactions(int i) {
    return expectedTransactions[i];
  }

  /**
   * Returns the expected value of one transaction of customer {@code i}.
   *
   * @param i the index
   * @return the expected spend in major currency units; empty without a spend model
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public OptionalDouble expectedSpend(int i) {
    return hasSpend ? OptionalDouble.of(expectedSpend[i]) : OptionalDouble.empty();
  }

  /**
   * Returns the predicted residual CLV of customer {@code i}.
   *
   * @param i the index
   * @return the discounted value of the horizon's expected transactions in major currency units; empty
   *     without a spend model
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public OptionalDouble predictedClv(int i) {
    return hasSpend ? OptionalDouble.of(predictedClv[i]) : OptionalDouble.empty();
  }

  /**
   * Returns whether DERT was predicted (see {@link ClvPredictor} for when it is).
   *
   * @return {@code true} if {@link #dert(int)} has values
   */
  public boolean hasDert() {
    return dertUnavailableReason.isEmpty();
  }

  /**
   * Returns why DERT was not predicted, if it was not.
   *
   * @return the reason (the discount rate is zero, or the model's DERT needs a quadrature that was not
   *     asked for); empty when
   *     {@link #hasDert()}
   */
  public Optional<String> dertUnavailableReason() {
    return dertUnavailableReason;
  }

  /**
   * Returns DERT of customer {@code i}: the discounted expected residual transactions after the
   * calibration end, over an unlimited horizon, each discounted continuously at the
   * {@linkplain DiscountRate#continuousRate continuous rate} per time unit to the moment it happens (see
   * {@link ClvPredictor}). Times the expected spend it is the residual lifetime value.
   *
   * @param i the index
   * @return the number of transactions, discounted; empty when {@link #hasDert()} is false
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public OptionalDouble dert(int i) {
    return hasDert() ? OptionalDouble.of(dert[i]) : OptionalDouble.empty();
  }

  /**
   * Returns DERT of every customer.
   *
   * @return a new array in index order; all {@code NaN} when {@link #hasDert()} is false
   */
  public double[] dert() {
    return dert.clone();
  }

  /**
   * Returns the median time to customer {@code i}'s next transaction if the customer is active.
   *
   * @param i the index
   * @return the time in the time unit; may be infinite
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double timeToNextTransaction(int i) {
    return timeToNextTransaction[i];
  }

  /**
   * Returns the date of customer {@code i}'s next transaction if the customer is active: the calibration
   * end plus the median time to the next transaction, rounded to whole days.
   *
   * @param i the index
   * @return the date; empty when predicting from bare arrays or when the date is more than a million years
   *     ahead
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public Optional<LocalDate> expectedNextTransactionDate(int i) {
    double days = timeToNextTransaction[i] * timeUnit.days();
    if (calibrationEnd.isEmpty() || !(days <= MAX_DAYS_AHEAD)) {
      return Optional.empty();
    }
    return Optional.of(calibrationEnd.get().plusDays(Math.round(days)));
  }

  /**
   * Returns the churn-risk band of customer {@code i}.
   *
   * @param i the index
   * @return the band of P(alive)
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public ChurnRisk churnRisk(int i) {
    return churnRisk[i];
  }

  /**
   * Returns P(alive) of every customer.
   *
   * @return a new array in index order
   */
  public double[] probabilityAlive() {
    return probabilityAlive.clone();
  }

  /**
   * Returns the expected transactions over the horizon of every customer.
   *
   * @return a new array in index order
   */
  public double[] expectedTransactions() {
    return expectedTransactions.clone();
  }

  /**
   * Returns the expected spend per transaction of every customer.
   *
   * @return a new array in index order; all {@code NaN} without a spend model
   */
  public double[] expectedSpend() {
    return expectedSpend.clone();
  }

  /**
   * Returns the predicted residual CLV of every customer.
   *
   * @return a new array in index order; all {@code NaN} without a spend model
   */
  public double[] predictedClv() {
    return predictedClv.clone();
  }

  /**
   * Returns the total predicted CLV of all customers.
   *
   * @return the sum in major currency units
   * @throws IllegalStateException without a spend model
   */
  public double totalPredictedClv() {
    requireState(hasSpend, "predictions must include spend to total CLV: predict with a spend model");
    double sum = 0;
    for (double v : predictedClv) {
      sum += v;
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerPredictions other
        && model.equals(other.model)
        && timeUnit == other.timeUnit
        && Double.compare(horizon, other.horizon) == 0
        && discountRate.equals(other.discountRate)
        && hasSpend == other.hasSpend
        && customerIds.equals(other.customerIds)
        && calibrationEnd.equals(other.calibrationEnd)
        && currency.equals(other.currency)
        && Arrays.equals(probabilityAlive, other.probabilityAlive)
        && Arrays.equals(expectedTransactions, other.expectedTransactions)
        && Arrays.equals(expectedSpend, other.expectedSpend)
        && Arrays.equals(predictedClv, other.predictedClv)
        && Arrays.equals(timeToNextTransaction, other.timeToNextTransaction)
        && Arrays.equals(churnRisk, other.churnRisk)
        && Arrays.equals(dert, other.dert)
        && dertUnavailableReason.equals(other.dertUnavailableReason);
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(model, timeUnit, horizon, discountRate, hasSpend, customerIds, calibrationEnd);
    hash = 31 * hash + Arrays.hashCode(probabilityAlive);
    return 31 * hash + Arrays.hashCode(expectedTransactions);
  }

  @Override
  public String toString() {
    return "CustomerPredictions[model=" + model + ", customers=" + size() + ", horizon=" + horizon + " "
        + timeUnit + ", discountRate=" + discountRate + ", spend=" + hasSpend + ", dert=" + hasDert() + "]";
  }
}
