package io.retentionkit.clv;

import io.retentionkit.internal.Checks;

/** Validation of one customer's (x, t_x, T) summary, shared by the Pareto/NBD functions. */
final class ParetoNbdHistory {
  private ParetoNbdHistory() {}

  /**
   * Checks that x &gt;= 0, 0 &lt;= t_x &lt;= T &lt; infinity, and t_x = 0 when x = 0.
   *
   * @param x the number of repeat transactions
   * @param tx the time of the last transaction from the first
   * @param age the observation time T from the first transaction
   * @throws IllegalArgumentException if the summary is invalid
   */
  static void check(int x, double tx, double age) {
    Checks.requireArgument(x >= 0, "x must not be negative: %s", x);
    Checks.requireArgument(age >= 0 && age < Double.POSITIVE_INFINITY, "T must be non-negative and finite: %s", age);
    Checks.requireArgument(tx >= 0 && tx <= age, "t_x must be in [0, T]: %s (T = %s)", tx, age);
    Checks.requireArgument(x > 0 || tx == 0, "t_x must be 0 when x is 0: %s", tx);
  }
}
