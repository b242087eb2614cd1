package io.retentionkit.clv;

/**
 * Log-space arithmetic that neither overflows nor loses the small term: the pieces every likelihood here
 * is built from when a sum of two exponentially different terms must be logged.
 */
final class LogSpace {
  private LogSpace() {}

  /** Returns the logistic function 1 / (1 + e^-u) without overflow. */
  static double logistic(double u) {
    if (u >= 0) {
      return 1 / (1 + Math.exp(-u));
    }
    double e = Math.exp(u);
    return e / (1 + e);
  }

  /** Returns log(e^a + e^b). */
  static double logAddExp(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    return Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b)));
  }
}
