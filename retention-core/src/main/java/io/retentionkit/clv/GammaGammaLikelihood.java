package io.retentionkit.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Gamma-Gamma log-likelihood of mean transaction values (Fader &amp; Hardie 2013, "The Gamma-Gamma
 * Model of Monetary Value", eq. 4), with its analytic gradient. Per customer with x &gt; 0 transactions of
 * mean value m:
 *
 * <pre>
 * ℓ = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + x m)
 * </pre>
 *
 * <p>The gamma and digamma terms depend on x alone and are computed once per distinct x.
 */
final class GammaGammaLikelihood implements LogLikelihood {
  private final int[] x;
  private final double[] mean;
  private final double[] logMean;
  private final double[] logMeanAndCount;
  private final double[] weight;
  private final int[] distinctX;
  private final int[] xIndex;
  private final double totalWeight;

  /** Rows with x &gt; 0 and a positive mean only; the caller filters. */
  GammaGammaLikelihood(int[] x, double[] mean, double[] weight) {
    this.x = x;
    this.mean = mean;
    this.weight = weight;
    this.logMean = new double[x.length];
    this.logMeanAndCount = new double[x.length];
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      logMean[i] = Math.log(mean[i]);
      logMeanAndCount[i] = logMean[i] + Math.log(x[i]);
      total += weight[i];
    }
    this.totalWeight = total;
    this.distinctX = Arrays.stream(x).sorted().distinct().toArray();
    this.xIndex = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      xIndex[i] = Arrays.binarySearch(distinctX, x[i]);
    }
  }

  @Override
  public List<String> parameterNames() {
    return GammaGammaParameters.NAMES;
  }

  /** p = 1 and q = 2, with γ matching the population mean p γ / (q − 1) to the observed mean. */
  @Override
  public double[] initialValues() {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += weight[i] * mean[i];
    }
    return new double[] {1, 2, sum / totalWeight};
  }

  @Override
  public List<String> limits(double[] theta, boolean[] reached) {
    List<String> limits = new ArrayList<>();
    if (Limits.gamma(theta, reached, 1, 2)) {
      limits.add(Limits.noHeterogeneity("q and gamma", "customers' mean spend")
          + "every customer's transactions have the same expected value p gamma/q = "
          + Limits.number(theta[0] * theta[2] / theta[1]) + ", and the Gamma-Gamma model reduces to one gamma "
          + "distribution of transaction values with shape p");
    }
    if (Limits.gamma(theta, reached, 0, 2)) {
      limits.add("p reached the upper end of its range: the data show (almost) no variation of transaction values "
          + "around each customer's mean; every transaction of a customer is worth the same, and customers' "
          + "values follow an inverse gamma distribution with shape q");
    }
    return limits;
  }

  @Override
  public double totalWeight() {
    return totalWeight;
  }

  @Override
  public double value(double[] theta, double[] gradient) {
    double p = theta[0];
    double q = theta[1];
    double gamma = theta[2];
    int n = distinctX.length;
    double[] logGammas = new double[n];
    double[] dp = new double[n];
    double[] dq = new double[n];
    double logGammaQ = LogGamma.value(q);
    double digammaQ = Digamma.value(q);
    for (int k = 0; k < n; k++) {
      double px = p * distinctX[k];
      double digammaPxq = Digamma.value(px + q);
      logGammas[k] = LogGamma.value(px + q) - LogGamma.value(px) - logGammaQ;
      dp[k] = digammaPxq - Digamma.value(px);
      dq[k] = digammaPxq - digammaQ;
    }
    double logGamma = Math.log(gamma);
    double[] sums = RowBlocks.sum(x.length, 4, (from, to, out) -> {
      for (int i = from; i < to; i++) {
        int k = xIndex[i];
        double px = p * x[i];
        double logTotal = Math.log(gamma + x[i] * mean[i]);
        double w = weight[i];
        out[0] += w * (logGammas[k] + q * logGamma + px * logMeanAndCount[i] - logMean[i]
            - (px + q) * logTotal);
        out[1] += w * x[i] * (dp[k] + logMeanAndCount[i] - logTotal);
        out[2] += w * (dq[k] + logGamma - logTotal);
        out[3] += w * (q / gamma - (px + q) / (gamma + x[i] * mean[i]));
      }
    });
    System.arraycopy(sums, 1, gradient, 0, 3);
    return sums[0];
  }
}
