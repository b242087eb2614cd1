package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;

/** Validation of (x, t_x, T) triples, shared by the summaries and the models' prediction methods. */
final class SummaryChecks {
  private SummaryChecks() {}

  /** Checks one customer's summary; {@code index} names it in the message, or is negative for none. */
  static void requireRow(int index, int x, double lastPurchaseTime, double age) {
    if (x >= 0 && Double.isFinite(age) && age >= 0 && lastPurchaseTime >= 0 && lastPurchaseTime <= age
        && (x > 0 || lastPurchaseTime == 0)) {
      return;
    }
    String where = index < 0 ? "" : " (index " + index + ")";
    requireArgument(x >= 0, "repeat transactions must not be negative: %s%s", x, where);
    requireArgument(Double.isFinite(age) && age >= 0, "age must be finite and not negative: %s%s", age, where);
    requireArgument(lastPurchaseTime >= 0 && lastPurchaseTime <= age,
        "last purchase time must be between 0 and the age %s: %s%s", age, lastPurchaseTime, where);
    requireArgument(false, "last purchase time must be 0 when there are no repeat transactions: %s%s",
        lastPurchaseTime, where);
  }

  /** Checks a customer's x and age where t_x does not matter. */
  static void requireCustomer(int x, double age) {
    requireArgument(x >= 0, "repeat transactions must not be negative: %s", x);
    requireArgument(Double.isFinite(age) && age >= 0, "age must be finite and not negative: %s", age);
  }

  /** Checks arrays of summaries: equal lengths and valid rows. */
  static void requireRows(int[] x, double[] lastPurchaseTime, double[] age) {
    requireArgument(lastPurchaseTime.length == x.length && age.length == x.length,
        "arrays must have the same length: %d repeat transactions, %d last purchase times, %d ages",
        x.length, lastPurchaseTime.length, age.length);
    for (int i = 0; i < x.length; i++) {
      requireRow(i, x[i], lastPurchaseTime[i], age[i]);
    }
  }

  /** Checks that a model of repeat transactions can be fitted: {@code model} names it in the message. */
  static void requireRepeatTransactions(WeightedSummaries data, String model) {
    requireArgument(data.totalRepeatTransactions() > 0,
        "data must contain at least one repeat transaction to fit %s: %s customers without any", model,
        data.totalWeight());
  }

  /** Checks a prediction horizon. */
  static double requireHorizon(double t) {
    requireArgument(Double.isFinite(t) && t >= 0, "horizon must be finite and not negative: %s", t);
    return t;
  }
}
