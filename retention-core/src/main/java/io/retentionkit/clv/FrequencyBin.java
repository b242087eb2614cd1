package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;

import java.util.OptionalDouble;

/**
 * The customers of a holdout report who made the same number of repeat transactions in the calibration
 * period, with their actual and expected holdout transactions.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param repeatTransactions x, the calibration repeat transactions of the bin's customers
 * @param orMore whether the bin holds every customer with x or more (the top bin)
 * @param customers the number of customers in the bin
 * @param actualTransactions their total actual holdout transactions
 * @param expectedTransactions their total expected holdout transactions
 * @since 0.1.0
 */
public record FrequencyBin(int repeatTransactions, boolean orMore, long customers, double actualTransactions,
    double expectedTransactions) {

  /**
   * Creates a {@code FrequencyBin}, validating every component.
   *
   * @param repeatTransactions x; not negative
   * @param orMore whether the bin holds every customer with x or more
   * @param customers the number of customers; not negative
   * @param actualTransactions total actual holdout transactions; not negative
   * @param expectedTransactions total expected holdout transactions; not negative
   * @throws IllegalArgumentException if a component is out of range
   */
  public FrequencyBin {
    requireArgument(repeatTransactions >= 0, "repeat transactions must not be negative: %s", repeatTransactions);
    requireArgument(customers >= 0, "customers must not be negative: %s", customers);
    requireArgument(actualTransactions >= 0 && expectedTransactions >= 0,
        "transactions must not be negative: %s actual, %s expected", actualTransactions, expectedTransactions);
  }

  /**
   * Returns the mean actual holdout transactions per customer of the bin.
   *
   * @return the mean; empty for an empty bin
   */
  public OptionalDouble meanActual() {
    return customers == 0 ? OptionalDouble.empty() : OptionalDouble.of(actualTransactions / customers);
  }

  /**
   * Returns the mean expected holdout transactions per customer of the bin.
   *
   * @return the mean; empty for an empty bin
   */
  public OptionalDouble meanExpected() {
    return customers == 0 ? OptionalDouble.empty() : OptionalDouble.of(expectedTransactions / customers);
  }
}
