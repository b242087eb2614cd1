package io.retentionkit.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;

/**
 * The BG/BB log-likelihood (Fader, Hardie &amp; Shang 2010, "Customer-Base Analysis in a Discrete-Time
 * Noncontractual Setting", eq. 5), with its analytic gradient. Per customer with x transactions in n
 * opportunities, the last at opportunity t_x, the likelihood is a sum of n − t_x + 1 terms
 *
 * <pre>
 * B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
 *   + Σ_{i=0..n−t_x−1} B(α+x, β+t_x−x+i)/B(α,β) · B(γ+1, δ+t_x+i)/B(γ,δ)
 * </pre>
 *
 * <p>added in log space (log-sum-exp), so no term overflows; the gradient of the logged sum is the
 * softmax-weighted mean of the terms' digamma gradients.
 */
final class BgBbLikelihood implements LogLikelihood {
  private final WeightedSummaries data;

  /** Rows must hold whole numbers of opportunities; the model checks. */
  BgBbLikelihood(WeightedSummaries data) {
    this.data = data;
  }

  @Override
  public List<String> parameterNames() {
    return BgBbParameters.NAMES;
  }

  /** Uniform transaction and dropout probabilities. */
  @Override
  public double[] initialValues() {
    return new double[] {1, 1, 1, 1};
  }

  @Override
  public List<String> limits(double[] theta, boolean[] reached) {
    List<String> limits = new ArrayList<>();
    if (Limits.beta(reached, 0, 1)) {
      limits.add(Limits.noHeterogeneity("alpha and beta", "transaction probabilities")
          + "every active customer transacts at each opportunity with the same probability alpha/(alpha+beta) = "
          + Limits.number(theta[0] / (theta[0] + theta[1])));
    }
    if (Limits.beta(reached, 2, 3)) {
      limits.add(Limits.noHeterogeneity("gamma and delta", "dropout")
          + "every customer drops out before each opportunity with the same probability gamma/(gamma+delta) = "
          + Limits.number(theta[2] / (theta[2] + theta[3])));
    }
    return limits;
  }

  @Override
  public double totalWeight() {
    return data.totalWeight();
  }

  @Override
  public double value(double[] theta, double[] gradient) {
    Terms terms = new Terms(theta[0], theta[1], theta[2], theta[3]);
    double value = 0;
    double[] rowGradient = new double[4];
    Arrays.fill(gradient, 0);
    for (int row = 0; row < data.rows(); row++) {
      double w = data.weight[row];
      value += w * terms.logLikelihood(data.x[row], (int) data.lastPurchaseTime[row], (int) data.age[row],
          rowGradient);
      for (int k = 0; k < 4; k++) {
        gradient[k] += w * rowGradient[k];
      }
    }
    return value;
  }

  /** One customer's log-likelihood at fixed parameters, with the parameter-only terms computed once. */
  static final class Terms {
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double delta;
    private final double logBetaAb;
    private final double logBetaGd;
    private final double psiAb;
    private final double psiA;
    private final double psiB;
    private final double psiGd;
    private final double psiG;
    private final double psiD;

    Terms(double alpha, double beta, double gamma, double delta) {
      this.alpha = alpha;
      this.beta = beta;
      this.gamma = gamma;
      this.delta = delta;
      logBetaAb = LogBeta.value(alpha, beta);
      logBetaGd = LogBeta.value(gamma, delta);
      psiAb = Digamma.value(alpha + beta);
      psiA = Digamma.value(alpha);
      psiB = Digamma.value(beta);
      psiGd = Digamma.value(gamma + delta);
      psiG = Digamma.value(gamma);
      psiD = Digamma.value(delta);
    }

    /**
     * Returns log L for x transactions in n opportunities, the last at t_x, and writes its gradient into
     * {@code gradient} unless that is null.
     */
    double logLikelihood(int x, int tx, int n, double[] gradient) {
      int count = n - tx + 1;
      double[] logTerm = new double[count];
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < count; j++) {
        logTerm[j] = LogBeta.value(alpha + x, transactionShape(j, count, x, tx, n))
            - logBetaAb + LogBeta.value(dropoutShape(j, count), aliveShape(j, count, tx, n)) - logBetaGd;
        max = Math.max(max, logTerm[j]);
      }
      double sum = 0;
      for (int j = 0; j < count; j++) {
        logTerm[j] = Math.exp(logTerm[j] - max); // now each term's share, before normalising
        sum += logTerm[j];
      }
      if (gradient != null) {
        Arrays.fill(gradient, 0);
        for (int j = 0; j < count; j++) {
          double share = logTerm[j] / sum;
          double a = alpha + x;
          double b = transactionShape(j, count, x, tx, n);
          double g = dropoutShape(j, count);
          double d = aliveShape(j, count, tx, n);
          double psiTransact = Digamma.value(a + b);
          double psiDropout = Digamma.value(g + d);
          gradient[0] += share * (Digamma.value(a) - psiTransact - psiA + psiAb);
          gradient[1] += share * (Digamma.value(b) - psiTransact - psiB + psiAb);
          gradient[2] += share * (Digamma.value(g) - psiDropout - psiG + psiGd);
          gradient[3] += share * (Digamma.value(d) - psiDropout - psiD + psiGd);
        }
      }
      return max + Math.log(sum);
    }

    /** The last term is "alive through all n opportunities"; term i &lt; n − t_x "died after t_x + i". */
    private double transactionShape(int j, int count, int x, int tx, int n) {
      return beta + (j == count - 1 ? n : tx + j) - x;
    }

    private double dropoutShape(int j, int count) {
      return j == count - 1 ? gamma : gamma + 1;
    }

    private double aliveShape(int j, int count, int tx, int n) {
      return delta + (j == count - 1 ? n : tx + j);
    }
  }
}
