package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requirePositiveFinite;
import static java.util.Objects.requireNonNull;

import io.retentionkit.internal.ExponentialIntegral;
import java.util.List;
import org.apache.commons.numbers.gamma.LogBeta;

/**
 * What {@link BgNbdModel} and {@link MbgNbdModel} share, as their package-private superclass: MBG/NBD is
 * BG/NBD in which a customer may also drop out at the first purchase. That one difference moves the
 * dropout shape b by one wherever it meets the purchase count (b+x−1 becomes b+x in P(alive), the posterior
 * b+x becomes b+x+1) and splits a new customer's predictions into a dropout at time 0 and a BG/NBD customer
 * with b+1. Each public model documents its formulas and keeps its own identity (name, parameter type,
 * equality); this class checks the arguments and evaluates the formulas, so both models behave alike by
 * construction.
 */
abstract class BetaGeometricNbdModel implements TransactionModel {
  /** The parameters' names, in the order of the parameter vectors of both models. */
  static final List<String> NAMES = List.of("r", "alpha", "a", "b");

  private final double r;
  private final double alpha;
  private final double a;
  private final double b;
  private final boolean dropoutAtFirstPurchase;

  /** The BG/NBD model ({@code dropoutAtFirstPurchase} false) or MBG/NBD (true) at valid parameters. */
  BetaGeometricNbdModel(double r, double alpha, double a, double b, boolean dropoutAtFirstPurchase) {
    this.r = r;
    this.alpha = alpha;
    this.a = a;
    this.b = b;
    this.dropoutAtFirstPurchase = dropoutAtFirstPurchase;
  }

  /** Checks the components of either model's parameter record. */
  static void requireParameters(double r, double alpha, double a, double b) {
    requirePositiveFinite(r, "r");
    requirePositiveFinite(alpha, "alpha");
    requirePositiveFinite(a, "a");
    requirePositiveFinite(b, "b");
  }

  /**
   * Fits BG/NBD or MBG/NBD by maximum likelihood; {@code model} names it in the message.
   *
   * @throws NullPointerException if {@code data} or {@code options} is null
   * @throws IllegalArgumentException if the data contain no repeat transaction
   */
  static MaximumLikelihood.Estimate estimate(WeightedSummaries data, FitOptions options,
      boolean dropoutAtFirstPurchase, String model) {
    requireNonNull(data, "data");
    requireNonNull(options, "options");
    SummaryChecks.requireRepeatTransactions(data, model);
    return MaximumLikelihood.fit(new BetaGeometricNbdLikelihood(data, dropoutAtFirstPurchase), options);
  }

  @Override
  public double logLikelihood(int x, double lastPurchaseTime, double age) {
    SummaryChecks.requireRow(-1, x, lastPurchaseTime, age);
    return logLikelihood(WeightedSummaries.of(new int[] {x}, new double[] {lastPurchaseTime},
        new double[] {age}));
  }

  @Override
  public double logLikelihood(WeightedSummaries data) {
    requireNonNull(data, "data");
    return new BetaGeometricNbdLikelihood(data, dropoutAtFirstPurchase).value(new double[] {r, alpha, a, b},
        new double[4]);
  }

  @Override
  public double probabilityAlive(int x, double lastPurchaseTime, double age) {
    SummaryChecks.requireRow(-1, x, lastPurchaseTime, age);
    // The logistic function of u = ln a − ln(b + x − 1, or b + x under MBG/NBD) + (r+x)Δ.
    double bx;
    if (dropoutAtFirstPurchase) {
      bx = b + x;
    } else if (x == 0) {
      return 1; // no repeat purchase, so no chance yet to drop out
    } else {
      bx = b + x - 1;
    }
    double u = Math.log(a) - Math.log(bx) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + lastPurchaseTime));
    return LogSpace.logistic(-u);
  }

  @Override
  public double expectedTransactionsIfAlive(double horizon, int x, double age) {
    SummaryChecks.requireHorizon(horizon);
    SummaryChecks.requireCustomer(x, age);
    return BetaGeometricMath.expected(r + x, alpha + age, a, posteriorB(x), horizon);
  }

  @Override
  public double expectedTransactions(double time) {
    SummaryChecks.requireHorizon(time);
    if (!dropoutAtFirstPurchase) {
      return BetaGeometricMath.expected(r, alpha, a, b, time);
    }
    // Survive the dropout at the first purchase (probability b/(a+b)), then behave as BG/NBD with b+1.
    return b / (a + b) * BetaGeometricMath.expected(r, alpha, a, b + 1, time);
  }

  @Override
  public double medianTimeToNextTransaction(int x, double age) {
    SummaryChecks.requireCustomer(x, age);
    return BetaGeometricMath.medianWait(r + x, alpha + age);
  }

  /**
   * Returns the probability that a new customer makes {@code n} repeat transactions in the {@code time}
   * after their first purchase.
   *
   * @param n the number of transactions; not negative
   * @param time the time since the first purchase; finite and not negative
   * @return P(X(time) = n)
   * @throws IllegalArgumentException if an argument is out of range
   */
  public double probabilityOfTransactions(int n, double time) {
    requireArgument(n >= 0, "transactions must not be negative: %s", n);
    SummaryChecks.requireHorizon(time);
    if (!dropoutAtFirstPurchase) {
      return BetaGeometricMath.probability(n, r, alpha, a, b, time);
    }
    double survivor = b / (a + b) * BetaGeometricMath.probability(n, r, alpha, a, b + 1, time);
    return n == 0 ? a / (a + b) + survivor : survivor;
  }

  /**
   * Returns the probability that a customer makes {@code n} transactions in the next {@code horizon}.
   *
   * @param n the number of transactions; not negative
   * @param horizon the length of the future period; finite and not negative
   * @param x repeat transactions; not negative
   * @param lastPurchaseTime t_x; between 0 and {@code age}, and 0 when x = 0
   * @param age T; finite and not negative
   * @return P(Y(horizon) = n | x, t_x, T)
   * @throws IllegalArgumentException if an argument is out of range
   */
  public double probabilityOfTransactions(int n, double horizon, int x, double lastPurchaseTime, double age) {
    // An active customer's probability at the posterior parameters, mixed with dropout (no transactions).
    requireArgument(n >= 0, "transactions must not be negative: %s", n);
    SummaryChecks.requireHorizon(horizon);
    double alive = probabilityAlive(x, lastPurchaseTime, age);
    double ifAlive = BetaGeometricMath.probability(n, r + x, alpha + age, a, posteriorB(x), horizon);
    return alive * ifAlive + (n == 0 ? 1 - alive : 0);
  }

  /**
   * Returns DERT, the discounted expected residual transactions of a customer at T: the expected number of
   * all future transactions, each discounted continuously from T to the moment it happens, over an
   * unlimited horizon, DERT = ∫_0^∞ e^(−δt) dE[Y(t) | x, t_x, T] with δ the
   * {@linkplain DiscountRate#continuousRate continuous rate} per {@code unit}.
   *
   * <p>There is no closed form. Given the customer is active, with purchase rate λ and dropout probability
   * p, the k-th future purchase happens if the k − 1 before did not end the customer's life, and comes after
   * a Gamma(k, λ) time, so its expected discount is (λ/(λ+δ))^k and DERT | λ, p = Σ_k (1−p)^(k−1)
   * (λ/(λ+δ))^k = λ / (δ + p λ). Averaged over the posterior λ ~ Gamma(r+x, α+T) this is
   * ((r+x)/p) g(r+x+1, δ(α+T)/p), with g(s, z) = ∫_0^∞ e^(−zu) (1+u)^(−s) du the scaled exponential
   * integral of Pareto/NBD's DERT; and over the posterior p ~ Beta(a, b+x) (BG/NBD; b+x+1 under MBG/NBD)
   * it is a one-dimensional integral over p, taken by a double-exponential quadrature in the log-odds of
   * p centred on the posterior's mode (Takahasi and Mori 1974), to a relative accuracy of about 10⁻¹².
   * Times P(alive) it is DERT. Checked against the Laplace transform δ ∫ e^(−δt) E[Y(t)] dt of the
   * model's closed-form expectation at 30 digits.
   *
   * @param rate the discount rate; positive
   * @param unit the unit the model was fitted in (of t_x, T and alpha)
   * @param x repeat transactions; not negative
   * @param lastPurchaseTime t_x; between 0 and {@code age}, and 0 when x = 0
   * @param age T; finite and not negative
   * @return DERT, in transactions; positive
   * @throws NullPointerException if {@code rate} or {@code unit} is null
   * @throws IllegalArgumentException if the rate is zero or too small to be positive per {@code unit}, or
   *     another argument is out of range
   */
  public double discountedExpectedResidualTransactions(DiscountRate rate, DurationUnit unit, int x,
      double lastPurchaseTime, double age) {
    requireNonNull(rate, "rate");
    double delta = rate.continuousRate(unit);
    requireArgument(delta > 0, "discount rate must be positive for DERT: %s", rate);
    double alive = probabilityAlive(x, lastPurchaseTime, age);
    return alive * dertIfAlive(delta, x, age);
  }

  /** The quadrature variable t runs over [−MAX_T, MAX_T] at most: sinh(9) σ is beyond any tail. */
  private static final double MAX_T = 9;
  /** Halvings of the quadrature step after the first, 1/2. */
  private static final int MAX_HALVINGS = 6;

  /**
   * DERT of a customer active at T, on checked arguments, with delta the continuous rate per time unit:
   * ∫_0^1 ((r+x)/p) g(r+x+1, δ(α+T)/p) Beta(p; a, b') dp. In the log-odds u = ln(p/(1−p)) the integrand
   * is (r+x) p^(a−1) (1−p)^b' g(r+x+1, δ(α+T)/p) / B(a, b'), a bell around the mode of the beta
   * distribution's log-odds, μ = ln(a/b'), of width σ = ((a+b')/(a b'))^(1/2); with u = μ + σ sinh t it
   * falls double-exponentially in t on both sides, and the trapezoidal rule converges double-exponentially
   * in the step (Takahasi and Mori 1974). The step is halved from 1/2 until two sums agree to 10⁻⁷, after
   * which the error of the finer one is about the square of that.
   */
  double dertIfAlive(double delta, int x, double age) {
    double k = r + x;
    double bPosterior = posteriorB(x);
    Integrand f = new Integrand(k, bPosterior, Math.log(delta) + Math.log(alpha + age));
    // The coarsest grid, step 1/2, fixes the range beyond which the terms are negligible.
    double step = 0.5;
    int last = (int) (MAX_T / step);
    double[] terms = new double[2 * last + 1];
    double peak = 0;
    for (int j = -last; j <= last; j++) {
      terms[j + last] = f.at(j * step);
      peak = Math.max(peak, terms[j + last]);
    }
    int low = -last;
    int high = last;
    while (low < 0 && terms[low + last] <= 1e-18 * peak) {
      low++;
    }
    while (high > 0 && terms[high + last] <= 1e-18 * peak) {
      high--;
    }
    double from = Math.max(-MAX_T, (low - 1) * step);
    double to = Math.min(MAX_T, (high + 1) * step);
    double sum = 0;
    for (int j = low; j <= high; j++) {
      sum += terms[j + last];
    }
    double estimate = sum * step;
    for (int halving = 1; halving <= MAX_HALVINGS; halving++) {
      step /= 2;
      // The new points are the odd multiples of the step within the range.
      for (double t = Math.ceil(from / step) * step; t <= to; t += step) {
        long multiple = Math.round(t / step);
        if ((multiple & 1) != 0) {
          sum += f.at(t);
        }
      }
      double refined = sum * step;
      if (Math.abs(refined - estimate) <= 1e-7 * refined) {
        return refined;
      }
      estimate = refined;
    }
    return estimate;
  }

  /** The DERT integrand in t, u = μ + σ sinh t. */
  private final class Integrand {
    private final double k;
    private final double bPosterior;
    private final double logZ;
    private final double logConstant;
    private final double mode;
    private final double width;

    Integrand(double k, double bPosterior, double logZ) {
      this.k = k;
      this.bPosterior = bPosterior;
      this.logZ = logZ;
      this.mode = Math.log(a) - Math.log(bPosterior);
      this.width = Math.sqrt((a + bPosterior) / (a * bPosterior));
      this.logConstant = Math.log(k) - LogBeta.value(a, bPosterior) + Math.log(width);
    }

    /** (r+x) p^(a−1) (1−p)^b' g(r+x+1, z/p) / B(a, b') σ cosh t, 0 where it is below 10^−320. */
    double at(double t) {
      double u = mode + width * Math.sinh(t);
      // ln p = −ln(1 + e^−u), ln(1 − p) = −ln(1 + e^u), each without overflow.
      double logP = u >= 0 ? -Math.log1p(Math.exp(-u)) : u - Math.log1p(Math.exp(u));
      double logQ = u <= 0 ? -Math.log1p(Math.exp(u)) : -u - Math.log1p(Math.exp(-u));
      double logArgument = logZ - logP;
      double log = logConstant + (a - 1) * logP + bPosterior * logQ + Math.log(Math.cosh(t));
      // g(s, Z) ≤ 1/Z: skip the special function where the term is negligible anyway.
      if (log - logArgument < -740) {
        return 0;
      }
      // g(s, Z) = 1/Z (1 − s/Z + …) for large Z; beyond e^600 the correction is below 10^-250.
      double logG = logArgument > 600 ? -logArgument
          : ExponentialIntegral.logScaled(k + 1, Math.max(Double.MIN_NORMAL, Math.exp(logArgument)));
      return Math.exp(log + logG);
    }
  }

  /** The dropout shape b of a customer active after x repeat transactions: one more under MBG/NBD. */
  private double posteriorB(int x) {
    return dropoutAtFirstPurchase ? b + x + 1 : b + x;
  }
}
