package io.retentionkit.clv;

import io.retentionkit.internal.EulerIntegral;
import io.retentionkit.internal.Hypergeometric;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Pareto/NBD tail integral I(e, b, rho) = integral from 0 to infinity of (1 + v)^-e (1 + rho v)^-b dv
 * (e, b &gt; 0, e + b &gt; 1, 0 &lt; rho &lt;= 1) in logarithms, with the derivatives of ln I in e, b and
 * ln rho; see {@link ParetoNbdLikelihood} for how the likelihood uses it. Three methods, each where it is
 * fast, so that no evaluation probes a series that cannot converge.
 *
 * <h2>Series in z = 1 - rho</h2>
 *
 * <pre>
 * I = G(z) / A,   A = e + b - 1,   G(z) = 2F1(1, b; A + 1; z) = sum_k g_k,   g_(k+1) = g_k (b + k) / (A + 1 + k) z
 * </pre>
 *
 * <p>Positive terms whose ratio is below z: used for z &lt;= 1/2 (alpha and beta within a factor of two, the
 * usual case), where it needs at most about 60 terms, and for larger z only where a bound on its terms says
 * it converges within {@value #SERIES_TERMS} (heavy buyers, whose terms also fall like k^-e).
 *
 * <h2>Series in rho (the connection formula)</h2>
 *
 * <p>For z &gt; 1/2 the transformation of G to 1 - z = rho (DLMF 15.8.4) gives, with m = e - 1,
 *
 * <pre>
 * I = 2F1(1, b; 1 - m; rho) / m + Gamma(-m) Gamma(A) / Gamma(b) rho^m (1 - rho)^-A,
 * </pre>
 *
 * <p>whose series converges like rho^k (times (b rho)^k / k! while k &lt; b rho) instead of z^k. Both terms
 * have poles at m = 0, 1, 2, ... that cancel. With n the integer nearest m and eps = m - n, applying the
 * recurrence m I(e, b) = 1 - b rho I(e - 1, b + 1) (integration by parts) n times gives the form that is
 * summed:
 *
 * <pre>
 * I = sum_(k&lt;n) t_k / m + c_n Y,   t_(k+1) = t_k (b + k) rho / (k + 1 - m),   t_0 = 1,
 * c_n = (-1)^n (b)_n rho^n / (1 + eps)_n,   Y = I(1 + eps, b + n, rho)
 *   = sum_j u_j / eps + Gamma(-eps) Gamma(A) / Gamma(b + n) rho^eps (1 - rho)^-A,
 * u_(j+1) = u_j (b + n + j) rho / (j + 1 - eps),   u_0 = 1.
 * </pre>
 *
 * <p>The first n terms have no pole (|k + 1 - m| &gt;= 1/2); the pole at eps = 0 is confined to Y, whose two
 * parts are of size 1/|eps| and cancel. |c_n Y| is at most |c_n| / (rho A) and every omitted head term at
 * most |c_n| / ((b + n - 1) rho) (the terms |t_k| fall, then rise), so for heavy buyers, whose c_n is
 * negligible, a few head terms give I to full precision whatever eps. The Gamma prefactors depend on x alone
 * and are computed once per distinct x ({@link Shape}); each evaluation then costs a few exponentials and
 * logarithms and some tens of multiplications. The method gives up (and the quadrature takes over) where its
 * parts cancel to less than 1/{@value #CANCELLATION_LIMIT} of their size, losing more than three digits:
 * next to the pole (|eps| below a few thousandths for light buyers), or where b rho exceeds 2 to 5 (both
 * parts of Y grow like e^(b rho) while Y does not).
 *
 * <h2>Quadrature</h2>
 *
 * <p>Otherwise, {@link EulerIntegral} (mu = 1, nu = e, kappa = b): 60 to 300 integrand evaluations, accurate
 * to about 1e-14 whatever the parameters; its means give the derivatives.
 *
 * <p>Reference: NIST Digital Library of Mathematical Functions 15.5(ii) (contiguous functions, of which the
 * recurrence above is one), 15.8.4 and 15.8.10 (the connection formula and its logarithmic case).
 */
final class TailIntegral {
  /** Relative size of the neglected tail of a series. */
  private static final double TOLERANCE = 0x1p-54;
  /** Up to this z the series in z is summed first; it then needs at most about 60 terms. */
  private static final double SERIES_MAX_Z = 0.5;
  /** Terms of the series in z, where a bound says it converges within them. */
  private static final int SERIES_TERMS = 600;
  /** Terms of the head or of the series of Y in the connection formula before it is abandoned. */
  private static final int CONNECTION_TERMS = 400;
  /**
   * The connection formula is abandoned where the sum of the magnitudes of its parts exceeds the result by
   * more than this factor: at most three digits lost in the value.
   */
  private static final double CANCELLATION_LIMIT = 1024;
  /**
   * The same for the derivative in e, whose parts near the pole are of size 1/eps^2 rather than 1/|eps|:
   * at most about five digits lost.
   */
  private static final double DERIVATIVE_CANCELLATION_LIMIT = 0x1p16;

  /** Terms whose reciprocals a {@link Shape} tabulates; more are rarely needed. */
  private static final int TABLE = 32;

  private TailIntegral() {}

  /** Asymptotic digamma coefficients B_2k / (2k), k = 1..5. */
  private static final double[] DIGAMMA_SERIES = {1.0 / 12, -1.0 / 120, 1.0 / 252, -1.0 / 240, 1.0 / 132};

  /**
   * psi(x + eps) - psi(x) for |eps| &lt; 1 &lt; x. For x of a million the two digamma values agree to 13 of
   * their 16 digits, and the difference (the derivative of ln I in b, times the second part of Y) would keep
   * only three; from x = 20 on the difference of the asymptotic series is summed instead, term by term.
   */
  static double digammaShift(double x, double eps) {
    if (x < 20) {
      return Digamma.value(x + eps) - Digamma.value(x);
    }
    double h = Math.log1p(eps / x);
    double sum = h + eps / (2 * x * (x + eps));
    double inverseSquare = 1 / (x * x);
    double power = inverseSquare;
    for (int k = 0; k < DIGAMMA_SERIES.length; k++) {
      // (x + eps)^-2k - x^-2k, without cancellation
      sum -= DIGAMMA_SERIES[k] * power * Math.expm1(-2 * (k + 1) * h);
      power *= inverseSquare;
    }
    return sum;
  }

  /**
   * ln(1 + y) for y &gt; -1 to a few ulps, from the (intrinsic, fast) logarithm of the rounded sum corrected
   * by y / (u - 1), the rounding error of u = 1 + y (Goldberg 1991, theorem 4); {@link Math#log1p} is several
   * times slower, and the likelihood takes three of these per pair of every evaluation.
   */
  static double log1p(double y) {
    double u = 1 + y;
    return u == 1 ? y : Math.log(u) * (y / (u - 1));
  }

  /**
   * The constants of the connection formula for one (e, b): everything that does not depend on rho, so that
   * pairs with the same x share them.
   */
  static final class Shape {
    final double e;
    final double b;
    final double m;
    final double order;
    /** The number of head terms, the integer nearest m (0 for m &lt; 1/2). */
    final int n;
    final double eps;
    /** ln|(b)_n / (1 + eps)_n| and its derivatives in e and b; c_n = (-1)^n exp(logRest + n ln rho). */
    final double logRest;
    final double restByE;
    final double restByB;
    /**
     * ln|Gamma(-eps) Gamma(A) / Gamma(b + n)|, its derivatives in e and b, and the sign of Gamma(-eps): the
     * second part of Y is baseSign exp(logBase + eps ln rho - A ln(1 - rho)).
     */
    final double logBase;
    final double baseByE;
    final double baseByB;
    final double baseSign;
    /** False where m is too large for the head to be counted (it is then never needed). */
    final boolean usable;
    /**
     * The reciprocals the two series divide by, 1/(k + 1 - m) and 1/(b + k) for the head and 1/(j + 1 - eps)
     * and 1/(b + n + j) for Y, for the first terms: every pair with this x needs them.
     */
    final double[] headInverse;
    final double[] headInverseB;
    final double[] baseInverse;
    final double[] baseInverseB;

    Shape(double e, double b) {
      this(e, b, TABLE);
    }

    /**
     * The constants of (e, b), with {@code table} reciprocals of each kind: a one-off integral (a single
     * customer's likelihood or P(alive)) tabulates none.
     */
    Shape(double e, double b, int table) {
      this.e = e;
      this.b = b;
      this.m = e - 1;
      this.order = e + b - 1;
      usable = m < 1e9;
      n = !usable || m < 0.5 ? 0 : (int) Math.rint(m);
      eps = m - n;
      if (n > 0) {
        // ln (b)_n - ln (1 + eps)_n as two log-betas: no difference of two large log-gammas when b is large.
        logRest = LogBeta.value(n, 1 + eps) - LogBeta.value(n, b);
        restByE = -ParetoNbdLikelihood.digammaDifference(1 + eps, n);
        restByB = ParetoNbdLikelihood.digammaDifference(b, n);
      } else {
        logRest = 0;
        restByE = 0;
        restByB = 0;
      }
      double bn = b + n;
      // ln Gamma(A) - ln Gamma(b + n) with A = b + n + eps: a quotient for small eps, so that it keeps its
      // digits when b is a million.
      double shift = order < 0.5 * bn ? LogGamma.value(order) - LogGamma.value(bn)
          : eps * Hypergeometric.logGammaShift(bn, eps);
      logBase = LogGamma.value(1 - eps) - Math.log(Math.abs(eps)) + shift;
      double digammaOrder = Digamma.value(order);
      // d/d eps of ln|Gamma(-eps)| is -psi(-eps) = -psi(1 - eps) - 1/eps.
      baseByE = digammaOrder - Digamma.value(1 - eps) - 1 / eps;
      baseByB = digammaShift(bn, eps);
      baseSign = eps < 0 ? 1 : -1;
      int headTerms = Math.min(n, table);
      headInverse = new double[headTerms];
      headInverseB = new double[headTerms];
      for (int k = 0; k < headTerms; k++) {
        headInverse[k] = 1 / (k + 1 - m);
        headInverseB[k] = 1 / (b + k);
      }
      baseInverse = new double[table];
      baseInverseB = new double[table];
      for (int j = 0; j < table; j++) {
        baseInverse[j] = 1 / (j + 1 - eps);
        baseInverseB[j] = 1 / (bn + j);
      }
    }
  }

  /**
   * Returns ln I(e, b, rho) with rho = smaller / larger, and writes its derivatives in e, b and ln rho to
   * {@code derivatives} from {@code offset}.
   *
   * @param shape the connection constants of (e, b), or null to compute them if needed
   */
  static double logWithGradient(double e, double b, Shape shape, double smaller, double larger,
      double[] derivatives, int offset) {
    double z = (larger - smaller) / larger;
    if (z <= SERIES_MAX_Z) {
      return seriesInZ(e, b, smaller / larger, z, derivatives, offset);
    }
    double rho = smaller / larger;
    Shape constants = shape != null ? shape : new Shape(e, b, 0);
    if (constants.usable) {
      double value = connection(constants, rho, Math.log(rho), derivatives, offset);
      if (!Double.isNaN(value)) {
        return value;
      }
    }
    if (seriesConverges(e, b, z)) {
      double value = seriesInZ(e, b, rho, z, derivatives, offset);
      if (!Double.isNaN(value)) {
        return value;
      }
    }
    double[] means = new double[EulerIntegral.MEANS];
    double logIntegral = EulerIntegral.logWithMeans(1, e, b, Math.log(smaller) - Math.log(larger), means);
    derivatives[offset] = -means[0];
    derivatives[offset + 1] = -means[1];
    derivatives[offset + 2] = -b * means[2];
    return logIntegral;
  }

  /**
   * Returns ln I(e, b, rho) by the same methods as {@link #logWithGradient}, so that a single customer's
   * likelihood equals the fit's.
   */
  static double log(double e, double b, double smaller, double larger) {
    double z = (larger - smaller) / larger;
    if (z <= SERIES_MAX_Z) {
      // The series in z without the sums of the derivatives.
      double order = e + b - 1;
      double series = 1;
      double term = 1;
      for (int k = 0; k < SERIES_TERMS; k++) {
        term *= (b + k) / (order + 1 + k) * z;
        series += term;
        if (term * z <= TOLERANCE * (1 - z) * series) {
          return Math.log(series) - Math.log(order);
        }
      }
    }
    return logWithGradient(e, b, null, smaller, larger, new double[3], 0);
  }

  /**
   * Whether the series in z surely converges within {@link #SERIES_TERMS} terms: each term ratio
   * z (b + j)/(A + 1 + j) is at most z exp(-e/(A + 1 + j)), so the K-th term is at most
   * z^K (1 + K/(A + 1))^-e.
   */
  static boolean seriesConverges(double e, double b, double z) {
    double order = e + b - 1;
    int k = SERIES_TERMS - 1;
    double logTerm = k * Math.log(z) - e * Math.log1p(k / (order + 1));
    return logTerm <= Math.log(TOLERANCE) + 2 * Math.log1p(-z) - Math.log(k + 2.0);
  }

  /**
   * The series in z in one pass: G and the sums that give its derivatives, since G depends on e and b
   * through A = e + b - 1 and on b alone. NaN if it does not converge within {@link #SERIES_TERMS} terms.
   */
  private static double seriesInZ(double e, double b, double rho, double z, double[] derivatives, int offset) {
    double order = e + b - 1;
    double series = 1;
    double weightedByA = 0;
    double weightedByB = 0;
    double derivativeInZ = 0;
    double term = 1;
    double sumA = 0;
    double sumB = 0;
    for (int k = 0; k < SERIES_TERMS; k++) {
      double inverseA = 1 / (order + 1 + k);
      double withoutZ = (b + k) * inverseA;
      derivativeInZ += (k + 1) * term * withoutZ;
      sumA += inverseA;
      sumB += 1 / (b + k);
      term *= withoutZ * z;
      series += term;
      weightedByA += term * sumA;
      weightedByB += term * sumB;
      // The ratio is below z from here on, and the weights grow at most linearly in k.
      if (term * (k + 2) <= TOLERANCE * (1 - z) * (1 - z) * series) {
        double byA = -weightedByA / series - 1 / order;
        derivatives[offset] = byA;
        derivatives[offset + 1] = byA + weightedByB / series;
        derivatives[offset + 2] = -rho * derivativeInZ / series;
        return Math.log(series) - Math.log(order);
      }
    }
    return Double.NaN;
  }

  /**
   * The connection formula of the class comment with its derivatives; NaN where it would need more than
   * {@link #CONNECTION_TERMS} terms or its parts cancel.
   */
  private static double connection(Shape shape, double rho, double logRho, double[] derivatives, int offset) {
    double m = shape.m;
    double b = shape.b;
    int n = shape.n;
    double order = shape.order;
    // The head: sum over k < n of t_k, with the sums that give its derivatives in m, b and ln rho.
    double head = 0;
    double headSize = 0;
    double headByE = 0;
    double headByB = 0;
    double headByRho = 0;
    boolean restNeeded = true;
    // |c_n| = (b)_n rho^n / (1 + eps)_n.
    double logC = shape.logRest + n * logRho;
    double cSize = n == 0 ? 1 : Math.exp(logC);
    if (logC > 700) {
      return Double.NaN; // the head's terms grow past 1e300 before they cancel: hopeless
    }
    if (n > 0) {
      // Bound on everything after the head's current term: |c_n Y| and the later head terms (the magnitudes
      // fall, then rise towards |t_(n-1)|), relative to |m|, the scale of the head's sum.
      double rest = cSize / rho * (1 / order + n / (b + n - 1)) * Math.abs(m);
      double term = 1;
      double sumE = 0;
      double sumB = 0;
      for (int k = 0; k < n; k++) {
        if (k >= CONNECTION_TERMS) {
          return Double.NaN;
        }
        head += term;
        headSize += Math.abs(term);
        headByE += term * sumE;
        headByB += term * sumB;
        headByRho += k * term;
        boolean tabulated = k < shape.headInverse.length;
        double inverse = tabulated ? shape.headInverse[k] : 1 / (k + 1 - m);
        double next = term * (b + k) * rho * inverse;
        sumE += inverse;
        sumB += tabulated ? shape.headInverseB[k] : 1 / (b + k);
        // Weights are at most about n + 2 times the term.
        double weight = n + 2.0;
        if (Math.abs(next) * (n - k) * weight <= TOLERANCE * Math.abs(head)
            && rest * weight <= TOLERANCE * Math.abs(head)) {
          restNeeded = false;
          break;
        }
        term = next;
      }
    }
    // With n = 0 there is no head (and m may be 0).
    double value = n == 0 ? 0 : head / m;
    double byE = n == 0 ? 0 : headByE / m - head / (m * m);
    double byB = n == 0 ? 0 : headByB / m;
    double byRho = n == 0 ? 0 : headByRho / m;
    double size = n == 0 ? 0 : headSize / Math.abs(m);
    double sizeByE = Math.abs(byE);
    if (restNeeded) {
      double eps = shape.eps;
      double bn = b + n;
      double sum = 1;
      double sumByEps = 0;
      double sumByB = 0;
      double sumByRho = 0;
      double term = 1;
      double weightEps = 0;
      double weightB = 0;
      boolean converged = false;
      double[] inverses = shape.baseInverse;
      double[] inversesB = shape.baseInverseB;
      for (int j = 0; j < CONNECTION_TERMS; j++) {
        boolean tabulated = j < inverses.length;
        double inverse = tabulated ? inverses[j] : 1 / (j + 1 - eps);
        double ratio = (bn + j) * rho * inverse;
        weightEps += inverse;
        weightB += tabulated ? inversesB[j] : 1 / (bn + j);
        term *= ratio;
        sum += term;
        sumByEps += term * weightEps;
        sumByB += term * weightB;
        sumByRho += (j + 1) * term;
        // The ratio tends monotonically to rho, so later ratios are below max(ratio, rho).
        double bound = Math.max(ratio, rho);
        if (term * (j + 3) <= TOLERANCE * (1 - bound) * sum && bound < 1) {
          converged = true;
          break;
        }
      }
      if (!converged) {
        return Double.NaN;
      }
      // ln(1 - rho) from rho, not from the rounded z: it is multiplied by A, which may be a million.
      double logZ = log1p(-rho);
      double first = sum / eps;
      double second = shape.baseSign * Math.exp(shape.logBase + eps * logRho - order * logZ);
      double y = first + second;
      double yByEps = (sumByEps - sum / eps) / eps + second * (shape.baseByE + logRho - logZ);
      double yByB = sumByB / eps + second * (shape.baseByB - logZ);
      double yByRho = sumByRho / eps + second * (eps + order * rho / (1 - rho));
      double c = (n % 2 == 0 ? 1 : -1) * cSize;
      value += c * y;
      byE += c * (y * shape.restByE + yByEps);
      byB += c * (y * shape.restByB + yByB);
      byRho += c * (y * n + yByRho);
      size += Math.abs(c) * (Math.abs(first) + Math.abs(second));
      sizeByE += Math.abs(c) * (Math.abs(y * shape.restByE) + Math.abs(sumByEps / eps) + Math.abs(first / eps)
          + Math.abs(second * (shape.baseByE + logRho - logZ)));
    }
    if (!(value > 0 && value < Double.POSITIVE_INFINITY && size <= CANCELLATION_LIMIT * value
        && sizeByE <= DERIVATIVE_CANCELLATION_LIMIT * Math.abs(byE) && Double.isFinite(byB + byRho))) {
      return Double.NaN;
    }
    derivatives[offset] = byE / value;
    derivatives[offset + 1] = byB / value;
    derivatives[offset + 2] = byRho / value;
    return Math.log(value);
  }
}
