package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

/**
 * A fitted model of repeat transactions ("buy till you die"): each customer makes transactions at an
 * individual rate while active and becomes inactive at an unobserved moment. Implemented by BG/NBD,
 * MBG/NBD, Pareto/NBD (continuous time) and BG/BB (discrete transaction opportunities), so predictions,
 * holdout reports and tracking curves work with any of them.
 *
 * <p>A customer is described as in {@link WeightedSummaries}: x repeat transactions, the last at time t_x,
 * observed for a time T since the first purchase ("age"). Times and horizons are in the unit the model was
 * fitted in; for BG/BB they are counts of opportunities and must be whole numbers.
 *
 * <p>Implementations are immutable and thread-safe; their methods never return NaN for valid arguments,
 * however extreme (x in the thousands, long horizons): they work in log space where it matters.
 *
 * @since 0.1.0
 */
public interface TransactionModel {

  /**
   * Returns the model's short name, as used on the command line.
   *
   * @return for example {@code "bgnbd"}
   */
  String name();

  /**
   * Returns the model's parameters.
   *
   * @return the parameters
   */
  ModelParameters parameters();

  /**
   * Returns one customer's contribution to the log-likelihood.
   *
   * @param x repeat transactions; not negative
   * @param lastPurchaseTime t_x; between 0 and {@code age}, and 0 when x = 0
   * @param age T; finite and not negative
   * @return log L(parameters | x, t_x, T)
   * @throws IllegalArgumentException if an argument is out of range
   */
  double logLikelihood(int x, double lastPurchaseTime, double age);

  /**
   * Returns the probability that a customer is still active at the end of the calibration period.
   *
   * @param x repeat transactions; not negative
   * @param lastPurchaseTime t_x; between 0 and {@code age}, and 0 when x = 0
   * @param age T; finite and not negative
   * @return P(alive | x, t_x, T), in [0, 1]
   * @throws IllegalArgumentException if an argument is out of range
   */
  double probabilityAlive(int x, double lastPurchaseTime, double age);

  /**
   * Returns the expected number of transactions in the next {@code horizon} after the age, for a customer
   * known to be active at the age. The unconditional expectation is this times
   * {@link #probabilityAlive}, since inactive customers make no transactions.
   *
   * @param horizon the length of the future period; finite and not negative
   * @param x repeat transactions; not negative
   * @param age T; finite and not negative
   * @return E[Y(horizon) | alive at T, x, T]
   * @throws IllegalArgumentException if an argument is out of range
   */
  double expectedTransactionsIfAlive(double horizon, int x, double age);

  /**
   * Returns the expected number of transactions in the next {@code horizon} after the age.
   *
   * @param horizon the length of the future period; finite and not negative
   * @param x repeat transactions; not negative
   * @param lastPurchaseTime t_x; between 0 and {@code age}, and 0 when x = 0
   * @param age T; finite and not negative
   * @return E[Y(horizon) | x, t_x, T]
   * @throws IllegalArgumentException if an argument is out of range
   */
  default double expectedTransactions(double horizon, int x, double lastPurchaseTime, double age) {
    return probabilityAlive(x, lastPurchaseTime, age) * expectedTransactionsIfAlive(horizon, x, age);
  }

  /**
   * Returns the expected number of repeat transactions of a new customer in the {@code time} after their
   * first purchase.
   *
   * @param time the time since the first purchase; finite and not negative
   * @return E[X(time)]
   * @throws IllegalArgumentException if {@code time} is out of range
   */
  double expectedTransactions(double time);

  /**
   * Returns the median time from the age to a customer's next transaction, if the customer is active at
   * the age and stays active: the median waiting time under the customer's posterior transaction rate.
   *
   * @param x repeat transactions; not negative
   * @param age T; finite and not negative
   * @return the median waiting time in the model's unit; positive, possibly infinite
   * @throws IllegalArgumentException if an argument is out of range
   */
  double medianTimeToNextTransaction(int x, double age);

  /**
   * Writes P(alive) of many customers into {@code out}.
   *
   * @param x repeat transactions per customer
   * @param lastPurchaseTime t_x per customer
   * @param age T per customer
   * @param out receives P(alive) per customer; same length
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the lengths differ or a value is out of range
   */
  default void probabilityAlive(int[] x, double[] lastPurchaseTime, double[] age, double[] out) {
    requireNonNull(out, "out");
    SummaryChecks.requireRows(x, lastPurchaseTime, age);
    requireArgument(out.length == x.length,
        "out must have one element per customer: %d, not %d", x.length, out.length);
    for (int i = 0; i < x.length; i++) {
      out[i] = probabilityAlive(x[i], lastPurchaseTime[i], age[i]);
    }
  }

  /**
   * Returns the weighted log-likelihood of a data set.
   *
   * @param data the rows
   * @return Σ weight × log L over the rows
   * @throws NullPointerException if {@code data} is null
   */
  default double logLikelihood(WeightedSummaries data) {
    requireNonNull(data, "data");
    double sum = 0;
    for (int r = 0; r < data.rows(); r++) {
      sum += data.weight(r) * logLikelihood(data.repeatTransactions(r), data.lastPurchaseTime(r), data.age(r));
    }
    return sum;
  }
}
