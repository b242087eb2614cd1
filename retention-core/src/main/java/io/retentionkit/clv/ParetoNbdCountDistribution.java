package io.retentionkit.clv;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * P(X(t) = n) of the Pareto/NBD model for a new customer: the probability of exactly n repeat
 * transactions in the first t time units.
 *
 * <p>Conditioning on the dropout time tau (Pareto with shape s and scale beta) and integrating the
 * purchase rate out (NBD with shape r and scale alpha),
 *
 * <pre>
 * P(X(t) = n) = NB(n; t) (beta/(beta+t))^s + integral from 0 to t of NB(n; tau) s beta^s (beta+tau)^-(s+1) dtau,
 * NB(n; tau) = Gamma(r+n) / (Gamma(r) n!) (alpha/(alpha+tau))^r (tau/(alpha+tau))^n.
 * </pre>
 *
 * <p>The published closed form (Fader and Hardie, "Deriving an expression for P(X(t) = x) under the
 * Pareto/NBD model", note 012) writes the integral as a difference of two hypergeometric sums, which
 * cancels catastrophically when the count is large or t small. Here the integral of a positive
 * integrand is taken directly, with tanh-sinh (double-exponential) quadrature in log space: its nodes
 * crowd doubly exponentially towards both ends, where the integrand of a large count is concentrated,
 * and the weighted sum of positive terms cannot cancel.
 *
 * <p>Reference: H. Takahasi and M. Mori (1974), "Double exponential formulas for numerical
 * integration", Publications of RIMS 9, 721-741.
 */
final class ParetoNbdCountDistribution {
  /** Step of the tanh-sinh rule; with the range below the rule is exact to rounding for these integrands. */
  private static final double STEP = 1.0 / 64;
  /** Nodes on each side of the centre: sinh(k h) pi/2 reaches 25, so 1 - u reaches e^-50. */
  private static final int HALF_NODES = (int) Math.ceil(asinh(50 / Math.PI) / STEP);

  private ParetoNbdCountDistribution() {}

  /**
   * Returns ln P(X(t) = n) under the parameters (r, alpha, s, beta).
   *
   * @param r the purchase shape
   * @param alpha the purchase rate parameter
   * @param s the dropout shape
   * @param beta the dropout rate parameter
   * @param n the count, not negative
   * @param t the time, positive and finite
   * @return ln P(X(t) = n), at most 0
   */
  static double logProbability(double r, double alpha, double s, double beta, int n, double t) {
    double logCoefficient = LogGamma.value(r + n) - LogGamma.value(r) - LogGamma.value(n + 1.0);
    double aliveAtT = logCoefficient + logNegativeBinomialKernel(r, alpha, n, t)
        + s * (Math.log(beta) - Math.log(beta + t));
    double diedBefore = logCoefficient + Math.log(s) + s * Math.log(beta) + logIntegral(r, alpha, s, beta, n, t);
    double top = Math.max(aliveAtT, diedBefore);
    return Math.min(0, top + Math.log(Math.exp(aliveAtT - top) + Math.exp(diedBefore - top)));
  }

  /** r ln(alpha/(alpha+tau)) + n ln(tau/(alpha+tau)). */
  private static double logNegativeBinomialKernel(double r, double alpha, int n, double tau) {
    double logSum = Math.log(alpha + tau);
    return r * (Math.log(alpha) - logSum) + (n == 0 ? 0 : n * (Math.log(tau) - logSum));
  }

  /**
   * ln of the integral from 0 to t of (alpha/(alpha+tau))^r (tau/(alpha+tau))^n (beta+tau)^-(s+1) dtau,
   * by tanh-sinh quadrature over u = tau/t, summed in log space.
   */
  private static double logIntegral(double r, double alpha, double s, double beta, int n, double t) {
    int count = 2 * HALF_NODES + 1;
    double[] logTerms = new double[count];
    double top = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      double kh = (i - HALF_NODES) * STEP;
      double y = Math.PI / 2 * Math.sinh(kh);
      // u = 1/(1 + e^-2y); its weight h (pi/2) cosh(kh) / (2 cosh^2 y), written with e^-2|y|.
      double e = Math.exp(-2 * Math.abs(y));
      double u = y >= 0 ? 1 / (1 + e) : e / (1 + e);
      double logWeight = Math.log(STEP * Math.PI / 2 * Math.cosh(kh)) + Math.log(2 * e) - 2 * Math.log1p(e);
      double tau = t * u;
      if (tau <= 0) {
        logTerms[i] = Double.NEGATIVE_INFINITY;
        continue;
      }
      double value = logWeight + logNegativeBinomialKernel(r, alpha, n, tau) - (s + 1) * Math.log(beta + tau);
      logTerms[i] = value;
      top = Math.max(top, value);
    }
    double sum = 0;
    for (double logTerm : logTerms) {
      sum += Math.exp(logTerm - top);
    }
    return Math.log(t) + top + Math.log(sum);
  }

  private static double asinh(double x) {
    return Math.log(x + Math.sqrt(x * x + 1));
  }
}
