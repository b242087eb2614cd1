package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requirePositiveFinite;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What {@link BgNbdModel} and {@link MbgNbdModel} share: MBG/NBD is BG/NBD in which a customer may also
 * drop out at the first purchase. That one difference moves the dropout shape b by one wherever it meets
 * the purchase count (b+x−1 becomes b+x in P(alive), the posterior b+x becomes b+x+1) and splits a new
 * customer's predictions into a dropout at time 0 and a BG/NBD customer with b+1. Each public model
 * documents its formulas; this class checks the arguments and evaluates them, so that both models behave
 * alike by construction.
 */
final class BetaGeometricNbd {
  /** The parameters' names, in the order of the parameter vectors of both models. */
  static final List<String> NAMES = List.of("r", "alpha", "a", "b");

  private final double r;
  private final double alpha;
  private final double a;
  private final double b;
  private final boolean dropoutAtFirstPurchase;

  /** The BG/NBD model ({@code dropoutAtFirstPurchase} false) or MBG/NBD (true) at valid parameters. */
  BetaGeometricNbd(double r, double alpha, double a, double b, boolean dropoutAtFirstPurchase) {
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
  static MaximumLikelihood.Estimate fit(WeightedSummaries data, FitOptions options,
      boolean dropoutAtFirstPurchase, String model) {
    requireNonNull(data, "data");
    requireNonNull(options, "options");
    SummaryChecks.requireRepeatTransactions(data, model);
    return MaximumLikelihood.fit(new BetaGeometricNbdLikelihood(data, dropoutAtFirstPurchase), options);
  }

  double logLikelihood(int x, double lastPurchaseTime, double age) {
    SummaryChecks.requireRow(-1, x, lastPurchaseTime, age);
    return logLikelihood(WeightedSummaries.of(new int[] {x}, new double[] {lastPurchaseTime},
        new double[] {age}));
  }

  double logLikelihood(WeightedSummaries data) {
    requireNonNull(data, "data");
    return new BetaGeometricNbdLikelihood(data, dropoutAtFirstPurchase).value(new double[] {r, alpha, a, b},
        new double[4]);
  }

  /** P(alive) as the logistic function of u = ln a − ln(b + x − 1 or b + x) + (r+x)Δ. */
  double probabilityAlive(int x, double lastPurchaseTime, double age) {
    SummaryChecks.requireRow(-1, x, lastPurchaseTime, age);
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

  double expectedTransactionsIfAlive(double horizon, int x, double age) {
    SummaryChecks.requireHorizon(horizon);
    SummaryChecks.requireCustomer(x, age);
    return BetaGeometricMath.expected(r + x, alpha + age, a, posteriorB(x), horizon);
  }

  double expectedTransactions(double time) {
    SummaryChecks.requireHorizon(time);
    if (!dropoutAtFirstPurchase) {
      return BetaGeometricMath.expected(r, alpha, a, b, time);
    }
    // Survive the dropout at the first purchase (probability b/(a+b)), then behave as BG/NBD with b+1.
    return b / (a + b) * BetaGeometricMath.expected(r, alpha, a, b + 1, time);
  }

  double medianTimeToNextTransaction(int x, double age) {
    SummaryChecks.requireCustomer(x, age);
    return BetaGeometricMath.medianWait(r + x, alpha + age);
  }

  /** P(X(time) = n) of a new customer. */
  double probabilityOfTransactions(int n, double time) {
    requireArgument(n >= 0, "transactions must not be negative: %s", n);
    SummaryChecks.requireHorizon(time);
    if (!dropoutAtFirstPurchase) {
      return BetaGeometricMath.probability(n, r, alpha, a, b, time);
    }
    double survivor = b / (a + b) * BetaGeometricMath.probability(n, r, alpha, a, b + 1, time);
    return n == 0 ? a / (a + b) + survivor : survivor;
  }

  /** P(Y(horizon) = n | x, t_x, T): the probability if alive at the posterior parameters, mixed with death. */
  double probabilityOfTransactions(int n, double horizon, int x, double lastPurchaseTime, double age) {
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
