package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requirePositiveFinite;
import static java.util.Objects.requireNonNull;

import java.util.List;

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

  /** The dropout shape b of a customer active after x repeat transactions: one more under MBG/NBD. */
  private double posteriorB(int x) {
    return dropoutAtFirstPurchase ? b + x + 1 : b + x;
  }
}
