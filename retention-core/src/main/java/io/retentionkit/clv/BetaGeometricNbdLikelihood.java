package io.retentionkit.clv;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The log-likelihood of BG/NBD (Fader, Hardie &amp; Lee 2005) and MBG/NBD (Batislam, Denizel &amp;
 * Filiztekin 2007) with its analytic gradient. Per customer, with Δ = ln(α+T) − ln(α+t_x):
 *
 * <pre>
 * ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + ln B(a, b+x) − ln B(a, b) − (r+x) ln(α+T) + D
 * BG/NBD:  D = ln(1 + e^u), u = ln a − ln(b+x−1) + (r+x)Δ, for x &gt; 0 only (D = 0 when x = 0)
 * MBG/NBD: D = ln(b+x) − ln(a+b+x) + ln(1 + e^u), u = ln a − ln(b+x) + (r+x)Δ, for every x
 * </pre>
 *
 * <p>Writing the bracket of the published likelihood as {@code ln(1 + e^u)} keeps it finite for heavy
 * buyers, where {@code ((α+T)/(α+t_x))^(r+x)} overflows (Hardie's note 027). Everything that depends only
 * on x (gamma and digamma functions) is computed once per distinct x, and everything that depends only on
 * a time (ln(α+τ)) once per distinct time, so the per-row work is one exponential and one logarithm.
 */
final class BetaGeometricNbdLikelihood implements LogLikelihood {
  private final WeightedSummaries data;
  private final boolean dropoutAtFirstPurchase;

  BetaGeometricNbdLikelihood(WeightedSummaries data, boolean dropoutAtFirstPurchase) {
    this.data = data;
    this.dropoutAtFirstPurchase = dropoutAtFirstPurchase;
  }

  @Override
  public List<String> parameterNames() {
    return BetaGeometricNbdModel.NAMES;
  }

  /** r = 1 and α matching the observed purchase rate r/α ≈ Σx / ΣT; a = b = 1 (uniform dropout). */
  @Override
  public double[] initialValues() {
    double alpha = data.totalAge() / data.totalRepeatTransactions();
    return new double[] {1, LogLikelihood.startingValue(alpha), 1, 1};
  }

  @Override
  public List<String> limits(double[] theta, boolean[] reached) {
    String model = dropoutAtFirstPurchase ? "MBG/NBD" : "BG/NBD";
    List<String> limits = new ArrayList<>();
    if (Limits.gamma(theta, reached, 0, 1)) {
      limits.add(Limits.poissonPurchases(theta, "active", model + " reduces to a beta-geometric/Poisson model"));
    }
    if (Limits.beta(reached, 2, 3)) {
      limits.add(Limits.noHeterogeneity("a and b", "dropout") + "every customer drops out after each "
          + (dropoutAtFirstPurchase ? "purchase, the first included," : "repeat purchase")
          + " with the same probability a/(a+b) = " + Limits.number(theta[2] / (theta[2] + theta[3])) + ", and "
          + model + " reduces to NBD purchases with a geometric number of them before dropout");
    }
    return limits;
  }

  @Override
  public double totalWeight() {
    return data.totalWeight();
  }

  @Override
  public double value(double[] theta, double[] gradient) {
    double r = theta[0];
    double alpha = theta[1];
    double a = theta[2];
    double b = theta[3];
    PerX perX = new PerX(r, a, b);
    double[] logTime = new double[data.times.length];
    double[] inverseTime = new double[data.times.length];
    for (int m = 0; m < logTime.length; m++) {
      logTime[m] = Math.log(alpha + data.times[m]);
      inverseTime[m] = 1 / (alpha + data.times[m]);
    }
    double logAlpha = Math.log(alpha);
    double[] sums = RowBlocks.sum(data.rows(), 5, (from, to, out) -> {
      double value = 0;
      double gr = 0;
      double gAlpha = 0;
      double ga = 0;
      double gb = 0;
      for (int row = from; row < to; row++) {
        int k = data.xIndex[row];
        int x = data.x[row];
        double w = data.weight[row];
        int ageIndex = data.ageIndex[row];
        double logAge = logTime[ageIndex];
        double rx = r + x;
        double l = perX.logGammaRatio[k] + r * logAlpha + perX.logBetaRatio[k] - rx * logAge
            + perX.constant[k];
        double dr = perX.digammaRatio[k] + logAlpha - logAge;
        double dAlpha = r / alpha - rx * inverseTime[ageIndex];
        double da = perX.dConstantA[k];
        double db = perX.dConstantB[k];
        if (perX.hasBracket[k]) {
          int txIndex = data.lastPurchaseTimeIndex[row];
          double delta = logAge - logTime[txIndex];
          double u = perX.logC[k] + rx * delta;
          // log(1 + e^u) and its derivative e^u / (1 + e^u) from one exponential, e^-|u|.
          double e = Math.exp(-Math.abs(u));
          double s = u >= 0 ? 1 / (1 + e) : e / (1 + e);
          l += Math.max(u, 0) + Math.log1p(e);
          dr += s * delta;
          dAlpha += s * rx * (inverseTime[ageIndex] - inverseTime[txIndex]);
          da += s / a;
          db += s * perX.dLogCb[k];
        }
        value += w * l;
        gr += w * dr;
        gAlpha += w * dAlpha;
        ga += w * da;
        gb += w * db;
      }
      out[0] += value;
      out[1] += gr;
      out[2] += gAlpha;
      out[3] += ga;
      out[4] += gb;
    });
    System.arraycopy(sums, 1, gradient, 0, 4);
    return sums[0];
  }

  /** Everything that depends on x alone, per distinct x. */
  private final class PerX {
    final double[] logGammaRatio;
    final double[] digammaRatio;
    final double[] logBetaRatio;
    final double[] constant;
    final double[] dConstantA;
    final double[] dConstantB;
    final boolean[] hasBracket;
    final double[] logC;
    final double[] dLogCb;

    PerX(double r, double a, double b) {
      int[] xs = data.distinctX;
      int n = xs.length;
      logGammaRatio = new double[n];
      digammaRatio = new double[n];
      logBetaRatio = new double[n];
      constant = new double[n];
      dConstantA = new double[n];
      dConstantB = new double[n];
      hasBracket = new boolean[n];
      logC = new double[n];
      dLogCb = new double[n];
      double logGammaR = LogGamma.value(r);
      double digammaR = Digamma.value(r);
      double logBetaAb = LogBeta.value(a, b);
      double digammaAb = Digamma.value(a + b);
      double digammaB = Digamma.value(b);
      for (int k = 0; k < n; k++) {
        int x = xs[k];
        logGammaRatio[k] = LogGamma.value(r + x) - logGammaR;
        digammaRatio[k] = Digamma.value(r + x) - digammaR;
        logBetaRatio[k] = LogBeta.value(a, b + x) - logBetaAb;
        double digammaAbx = Digamma.value(a + b + x);
        dConstantA[k] = digammaAb - digammaAbx;
        dConstantB[k] = Digamma.value(b + x) - digammaB - digammaAbx + digammaAb;
        if (dropoutAtFirstPurchase) {
          hasBracket[k] = true;
          constant[k] = Math.log(b + x) - Math.log(a + b + x);
          dConstantA[k] -= 1 / (a + b + x);
          dConstantB[k] += 1 / (b + x) - 1 / (a + b + x);
          logC[k] = Math.log(a) - Math.log(b + x);
          dLogCb[k] = -1 / (b + x);
        } else if (x > 0) {
          hasBracket[k] = true;
          logC[k] = Math.log(a) - Math.log(b + x - 1);
          dLogCb[k] = -1 / (b + x - 1);
        }
      }
    }
  }
}
