package io.retentionkit.clv;

import java.util.List;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;

/**
 * The shifted-beta-geometric log-likelihood of survival counts (Fader &amp; Hardie 2007, "How to Project
 * Customer Retention", eq. 5), with its analytic gradient. With n_t customers active at the start of
 * period t = 0..m:
 *
 * <pre>
 * ℓ = Σ_{t=1..m} (n_{t−1} − n_t) ln P(T = t) + n_m ln S(m)
 * P(T = t) = B(α+1, β+t−1) / B(α, β),  S(t) = B(α, β+t) / B(α, β)
 * </pre>
 */
final class ShiftedBetaGeometricLikelihood implements LogLikelihood {
  private final long[] active;

  ShiftedBetaGeometricLikelihood(long[] active) {
    this.active = active;
  }

  @Override
  public List<String> parameterNames() {
    return ShiftedBetaGeometricParameters.NAMES;
  }

  /** α = β = 1: churn probabilities uniform on [0, 1]. */
  @Override
  public double[] initialValues() {
    return new double[] {1, 1};
  }

  @Override
  public List<String> limits(double[] theta, boolean[] reached) {
    if (!Limits.beta(reached, 0, 1)) {
      return List.of();
    }
    double churn = theta[0] / (theta[0] + theta[1]);
    return List.of(Limits.noHeterogeneity("alpha and beta", "churn")
        + "every customer churns each period with the same probability alpha/(alpha+beta) = "
        + Limits.number(churn) + ", and the shifted-beta-geometric model reduces to the geometric model, a "
        + "constant retention rate of " + Limits.number(1 - churn));
  }

  @Override
  public double totalWeight() {
    return active[0];
  }

  @Override
  public double value(double[] theta, double[] gradient) {
    double alpha = theta[0];
    double beta = theta[1];
    double logBeta = LogBeta.value(alpha, beta);
    double digammaAb = Digamma.value(alpha + beta);
    double digammaA = Digamma.value(alpha);
    double digammaB = Digamma.value(beta);
    double value = 0;
    double ga = 0;
    double gb = 0;
    int m = active.length - 1;
    for (int t = 1; t <= m; t++) {
      long churned = active[t - 1] - active[t];
      if (churned > 0) {
        double digammaAbt = Digamma.value(alpha + beta + t);
        value += churned * (LogBeta.value(alpha + 1, beta + t - 1) - logBeta);
        ga += churned * (Digamma.value(alpha + 1) - digammaAbt - digammaA + digammaAb);
        gb += churned * (Digamma.value(beta + t - 1) - digammaAbt - digammaB + digammaAb);
      }
    }
    if (active[m] > 0) {
      double digammaAbm = Digamma.value(alpha + beta + m);
      value += active[m] * (LogBeta.value(alpha, beta + m) - logBeta);
      ga += active[m] * (digammaAb - digammaAbm);
      gb += active[m] * (Digamma.value(beta + m) - digammaAbm - digammaB + digammaAb);
    }
    gradient[0] = ga;
    gradient[1] = gb;
    return value;
  }
}
