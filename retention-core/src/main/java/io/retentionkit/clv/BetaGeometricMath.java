package io.retentionkit.clv;

import io.retentionkit.internal.Hypergeometric;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedBeta;

/**
 * Closed forms of the BG/NBD model for a customer observed from the start (Fader, Hardie &amp; Lee 2005,
 * eqs. 7 and 8). The MBG/NBD model and every conditional prediction reduce to them: a customer active at
 * T after x transactions behaves like a new BG/NBD customer with parameters (r+x, α+T, a, b+x) (BG/NBD) or
 * (r+x, α+T, a, b+x+1) (MBG/NBD), because the posterior of the transaction rate and of the dropout
 * probability factorise.
 */
final class BetaGeometricMath {
  /** Below this |a − 1| the expectation's 0/0 form is evaluated on both sides of a = 1 and averaged. */
  private static final double NEAR_ONE = 1e-7;
  /** Below this c = a + b − 1 the hypergeometric term is taken from c + 1 and c + 2 instead. */
  private static final double SMALL_C = 0.5;

  private BetaGeometricMath() {}

  /**
   * Returns E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))].
   *
   * <p>Two removable singularities are avoided: at a = 1 (0/0) the value is the mean of the two sides at
   * a = 1 ± 2e-7; when c = a+b−1 is small or not positive, c·₂F₁(r, b; c; z) is computed from the Gauss
   * contiguous relation (DLMF 15.5.18) with c+1 and c+2, where ₂F₁ is well defined.
   */
  static double expected(double r, double alpha, double a, double b, double t) {
    if (t == 0) {
      return 0;
    }
    if (Math.abs(a - 1) < NEAR_ONE) {
      return 0.5 * (expected(r, alpha, 1 - 2 * NEAR_ONE, b, t) + expected(r, alpha, 1 + 2 * NEAR_ONE, b, t));
    }
    double z = t / (alpha + t);
    double logPower = -r * Math.log1p(t / alpha);
    double c = a + b - 1;
    if (c >= SMALL_C) {
      double log = logPower + Hypergeometric.log2F1(r, b, c, z);
      return c / (a - 1) * -Math.expm1(log);
    }
    // c F(c) = −[(c+1)(c − (2c+1−r−b) z) F(c+1) + (c+1−r)(c+1−b) z F(c+2)] / ((c+1)(z−1))
    double f1 = Math.exp(logPower + Hypergeometric.log2F1(r, b, c + 1, z));
    double f2 = Math.exp(logPower + Hypergeometric.log2F1(r, b, c + 2, z));
    double cf = -((c + 1) * (c - (2 * c + 1 - r - b) * z) * f1 + (c + 1 - r) * (c + 1 - b) * z * f2)
        / ((c + 1) * (z - 1));
    return (c - cf) / (a - 1);
  }

  /**
   * Returns P(X(t) = n) = B(a, b+n)/B(a,b) · NB(n) + [n &gt; 0] B(a+1, b+n−1)/B(a,b) · P(N ≥ n), where
   * NB is the gamma-Poisson (negative binomial) probability of n purchases in t and P(N ≥ n) =
   * I_{t/(α+t)}(n, r), the regularised incomplete beta function, which replaces the finite sum of eq. 8 and
   * does not cancel for large n.
   */
  static double probability(int n, double r, double alpha, double a, double b, double t) {
    if (t == 0) {
      return n == 0 ? 1 : 0;
    }
    double logBetaAb = LogBeta.value(a, b);
    double logNb = LogGamma.value(r + n) - LogGamma.value(r) - LogGamma.value(n + 1.0)
        - r * Math.log1p(t / alpha) + (n == 0 ? 0 : n * Math.log(t / (alpha + t)));
    double alive = LogBeta.value(a, b + n) - logBetaAb + logNb;
    if (n == 0) {
      return Math.exp(alive);
    }
    double atLeastN = RegularizedBeta.complement(alpha / (alpha + t), r, n);
    double died = LogBeta.value(a + 1, b + n - 1) - logBetaAb + Math.log(atLeastN);
    return Math.exp(LogSpace.logAddExp(alive, died));
  }

  /**
   * Returns the median of the waiting time to the next purchase when the purchase rate is gamma(shape,
   * rate) distributed: the waiting time is Lomax (Pareto II), P(W &gt; w) = (rate / (rate + w))^shape,
   * with median rate · (2^(1/shape) − 1).
   */
  static double medianWait(double shape, double rate) {
    return rate * Math.expm1(Math.log(2) / shape);
  }
}
