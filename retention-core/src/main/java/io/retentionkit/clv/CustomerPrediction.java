package io.retentionkit.clv;

import static java.util.Objects.requireNonNull;

import io.retentionkit.model.CustomerId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One customer's predictions, as {@link ClvPredictor} defines them.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param customerId the customer; empty when predicting from bare arrays
 * @param probabilityAlive P(alive) at the end of the calibration period
 * @param expectedTransactions the expected transactions over the horizon, undiscounted
 * @param expectedSpend the expected value of one transaction; empty without a spend model
 * @param predictedClv the discounted residual value over the horizon; empty without a spend model
 * @param dert DERT, the discounted expected residual transactions over an unlimited horizon, discounted
 *     continuously; empty where it was not predicted
 *     ({@link CustomerPredictions#dertUnavailableReason()} says why)
 * @param timeToNextTransaction the median time to the next transaction if the customer is active, in the
 *     time unit
 * @param expectedNextTransactionDate the calibration end plus {@code timeToNextTransaction}, rounded to
 *     whole days; empty when the calibration end is not known or the date is beyond a million years
 * @param churnRisk the band of {@code probabilityAlive}
 * @since 0.1.0
 */
public record CustomerPrediction(
    Optional<CustomerId> customerId,
    double probabilityAlive,
    double expectedTransactions,
    OptionalDouble expectedSpend,
    OptionalDouble predictedClv,
    OptionalDouble dert,
    double timeToNextTransaction,
    Optional<LocalDate> expectedNextTransactionDate,
    ChurnRisk churnRisk) {

  /**
   * Creates a {@code CustomerPrediction}, validating every component.
   *
   * @param customerId the customer; empty when predicting from bare arrays
   * @param probabilityAlive P(alive) at the end of the calibration period
   * @param expectedTransactions the expected transactions over the horizon, undiscounted
   * @param expectedSpend the expected value of one transaction; empty without a spend model
   * @param predictedClv the discounted residual value over the horizon; empty without a spend model
   * @param dert the discounted expected residual transactions; empty where unavailable
   * @param timeToNextTransaction the median time to the next transaction if the customer is active
   * @param expectedNextTransactionDate the calibration end plus {@code timeToNextTransaction}
   * @param churnRisk the band of {@code probabilityAlive}
   * @throws NullPointerException if a component is null
   */
  public CustomerPrediction {
    requireNonNull(customerId, "customerId");
    requireNonNull(expectedSpend, "expectedSpend");
    requireNonNull(predictedClv, "predictedClv");
    requireNonNull(dert, "dert");
    requireNonNull(expectedNextTransactionDate, "expectedNextTransactionDate");
    requireNonNull(churnRisk, "churnRisk");
  }
}
