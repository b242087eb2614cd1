package io.retentionkit.internal;

import java.util.Locale;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The logarithm of the Gauss hypergeometric function 2F1(a, b; c; z) for real arguments, as the
 * customer-lifetime models need it: heavy buyers make a, b and c large (hundreds to tens of thousands),
 * extreme parameter ratios push z towards 1, and some expressions use negative z.
 *
 * <h2>Domain</h2>
 *
 * <p>{@code a >= 0}, {@code b >= 0}, {@code c > 0}, {@code z < 1}, all finite; when {@code z < 0}
 * additionally {@code c >= max(a, b)}. There 2F1 is real and strictly positive (its power series has
 * positive terms for {@code 0 <= z < 1}, and Pfaff's transform below keeps them positive for
 * {@code z < 0}), so its logarithm is defined.
 *
 * <p>Range of validity, as tested against 40- to 60-digit references:
 *
 * <ul>
 *   <li>{@code 0 <= z <= 0.99}: any parameters up to 2e4;
 *   <li>{@code 0.99 < z <= 1 - 1e-12} and {@code z < 0} down to -1e12: {@code c >= max(a, b)}, parameters
 *       up to 1e7. This covers every 2F1 of the Pareto/NBD likelihood, P(alive) and P(X(t) = n)
 *       (c = a + 1 or c &gt; a, b), including its limit of large s and beta (no heterogeneity in
 *       dropout), and the BG/NBD expectations with a &gt;= 1; the BG/NBD terms with a &lt; 1 have
 *       z = t/(alpha + T + t) &lt;= 0.99 for any horizon under 99 times the customer's age.
 * </ul>
 *
 * <p>Outside that range (z very close to 1 with c below a or b and large parameters) the result is still
 * correct when one is returned, but the series may need more than its limit of 200,000 terms (about a
 * millisecond), and then the method throws {@link ArithmeticException} rather than return an inaccurate
 * value or take long. No evaluation takes more than a few milliseconds.
 *
 * <h2>Method</h2>
 *
 * <ol>
 *   <li>{@code z < 0}: Pfaff's transformation 2F1(a, b; c; z) = (1 - z)^-b 2F1(c - a, b; c; z/(z - 1))
 *       (or its mirror in a and b) maps z into [0, 1) with non-negative parameters (DLMF 15.8.1).
 *   <li>{@code 0 <= z < 1}: the Maclaurin series, summed with a running power-of-ten rescaling so that
 *       terms that first grow by hundreds of orders of magnitude (heavy buyers) neither overflow nor
 *       lose the leading digits. When c - a - b &lt; 0 the series is first Euler-transformed,
 *       2F1(a, b; c; z) = (1 - z)^(c-a-b) 2F1(c - a, c - b; c; z) (DLMF 15.8.1): this moves the
 *       algebraic singularity at z = 1 into the explicit prefactor, so the remaining terms decay like
 *       k^(c-a-b-1) z^k instead of k^(a+b-c-1) z^k and large a, b cost almost nothing. The sum stops
 *       when a rigorous bound on the tail is below 2^-56 of the sum, or after 1000 terms.
 *   <li>z &gt;= 0.9, or a series that has not converged after 1000 terms (z close to 1 with a small
 *       |c - a - b|, where both series above converge like z^k): the linear transformation to 1 - z
 *       (DLMF 15.8.4), evaluated in a form that stays exact when c - a - b is
 *       an integer or close to one. With c - a - b = m + e (m the nearest non-negative integer,
 *       |e| &lt;= 1/2), the two pole-carrying series are paired term by term as in DLMF 15.8.10 and
 *       Forrey (1997): each pair is written with (exp(e l) - 1)/e and pi e / sin(pi e), where the
 *       log-gamma differences in l are computed as (lnGamma(x + e) - lnGamma(x))/e from an upward
 *       shift and Stirling's series, so no 1/e cancellation remains. The case e = 0 (the logarithmic
 *       case) is the same code. This branch needs a, b, c - a, c - b &gt; 0 (after the Euler step) and
 *       is abandoned when its terms cancel (w (a + b) large compared with m) or have not converged after
 *       2000 terms.
 *   <li>When neither gives a result: Euler's integral, 2F1(a, b; c; z) = integral from 0 to 1 of
 *       t^(b-1) (1-t)^(c-b-1) (1 - z t)^-a dt / B(b, c - b) for c &gt; b &gt; 0 and c &gt;= a (or with
 *       a and b exchanged), by double-exponential quadrature of a log-concave integrand
 *       ({@link EulerIntegral}). This is the regime of z within about 1e-4 of 1 with parameters in the
 *       thousands or more, for example 2F1(A, e; A + 1; z) with A = r + s + x of the Pareto/NBD
 *       likelihood as s and beta grow together (z = 1 - (alpha + t)/(beta + t)): the Euler-transformed
 *       series there has the term ratio z (A + 1 - e + k)/(A + 1 + k), about 1 - (1 - z) - e/A, so it
 *       needs some 37/((1 - z) + e/A) terms (millions), while the 1 - z transformation cancels because
 *       w A is of the order of m = e - 1. The quadrature costs 100 to 300 integrand evaluations
 *       whatever the parameters.
 *   <li>Otherwise (c below a or b): the series up to 200,000 terms, then {@link ArithmeticException}.
 * </ol>
 *
 * <p>Accuracy: within the range above the absolute error of the returned logarithm is below
 * 2e-14 max(1, |ln 2F1|) where the series is used, below 1e-11 max(1, |ln 2F1|) (typically 1e-13)
 * where the 1 - z transformation is, whose log-gamma prefactors dominate, and below 1e-13
 * max(1, |ln 2F1|) for Euler's integral; see {@code HypergeometricTest}.
 *
 * <p>References: NIST Digital Library of Mathematical Functions, chapter 15 (https://dlmf.nist.gov/15);
 * J. W. Pearson, S. Olver and M. A. Porter (2017), "Numerical methods for the computation of the
 * confluent and Gaussian hypergeometric functions", Numerical Algorithms 74, 821-866,
 * doi:10.1007/s11075-016-0173-0; R. C. Forrey (1997), "Computing the hypergeometric function", Journal
 * of Computational Physics 137, 79-100, doi:10.1006/jcph.1997.5794.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class Hypergeometric {
  /** From here on the 1 - z transformation is tried before the series. */
  private static final double NEAR_ONE = 0.9;
  /** Series terms tried before switching to the 1 - z transformation. */
  private static final int SERIES_BUDGET = 1_000;
  /** Terms of the 1 - z connection series before it is abandoned (it converges like w^k). */
  private static final int CONNECTION_BUDGET = 2_000;
  /**
   * Series terms tried, outside the range of Euler's integral, before giving up: about a millisecond, so
   * that no evaluation takes long.
   */
  private static final int SERIES_LIMIT = 200_000;
  /** Relative size of the neglected tail at which a series stops. */
  private static final double TOLERANCE = 0x1p-56;
  /** Rescaling threshold and step for sums whose terms span hundreds of orders of magnitude. */
  private static final double HUGE = 1e250;

  private static final double LN_HUGE = Math.log(HUGE);
  /** Marker returned by {@link #logSeries} when its alternating terms cancel. */
  private static final double CANCELLED = Double.POSITIVE_INFINITY;
  /**
   * The 1 - z branch is abandoned (for the series) when its terms cancel to less than this fraction
   * of their absolute sum, which happens when w (a + b) is large.
   */
  private static final double ILL_CONDITIONED = 0.125;
  /** Largest m = round(c - a - b) handled by the 1 - z transformation; beyond it the series is fast. */
  private static final int MAX_CONNECTION_ORDER = 200;
  /** Below this argument (lnGamma(x + e) - lnGamma(x))/e is shifted upwards before Stirling's series. */
  private static final double STIRLING_MIN = 15;
  /** B_2j / (2j (2j - 1)), j = 1..8: the coefficients of Stirling's series for lnGamma. */
  private static final double[] STIRLING = {
    1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156,
    -3617.0 / 122400
  };

  private Hypergeometric() {}

  /**
   * Returns ln 2F1(a, b; c; z), the natural logarithm of the Gauss hypergeometric function.
   *
   * @param a the first numerator parameter; finite and not negative
   * @param b the second numerator parameter; finite and not negative
   * @param c the denominator parameter; finite and positive, and at least max(a, b) when z &lt; 0
   * @param z the argument; finite and below 1
   * @return ln 2F1(a, b; c; z), finite
   * @throws IllegalArgumentException if an argument is outside the domain above
   * @throws ArithmeticException if no method applies and the series does not converge within 200,000
   *     terms, which happens only outside the range of validity documented on the class
   */
  public static double log2F1(double a, double b, double c, double z) {
    Checks.requireArgument(a >= 0 && a < Double.POSITIVE_INFINITY, "a must be non-negative and finite: %s", a);
    Checks.requireArgument(b >= 0 && b < Double.POSITIVE_INFINITY, "b must be non-negative and finite: %s", b);
    Checks.requireArgument(c > 0 && c < Double.POSITIVE_INFINITY, "c must be positive and finite: %s", c);
    Checks.requireArgument(z < 1 && z > Double.NEGATIVE_INFINITY, "z must be finite and below 1: %s", z);
    if (z == 0 || a == 0 || b == 0) {
      return 0;
    }
    if (z > 0) {
      return logOnUnitInterval(a, b, c, z, Math.log1p(-z));
    }
    Checks.requireArgument(c >= Math.max(a, b), "c must be at least max(a, b) when z < 0: %s", c);
    // Pfaff on the larger of a and b, which makes the transformed first parameter c - max(a, b) the
    // smaller one; both transformed parameters are non-negative.
    double log1mz = Math.log1p(-z);
    double w = z / (z - 1);
    double logOneMinusW = -log1mz;
    if (a >= b) {
      return -b * log1mz + logOnUnitInterval(c - a, b, c, w, logOneMinusW);
    }
    return -a * log1mz + logOnUnitInterval(a, c - b, c, w, logOneMinusW);
  }

  /** ln 2F1 for 0 &lt; z &lt; 1, a, b &gt;= 0, c &gt; 0; {@code log1mz} is ln(1 - z). */
  private static double logOnUnitInterval(double a, double b, double c, double z, double log1mz) {
    double m = c - a - b;
    if (z >= NEAR_ONE) {
      // Close to 1 the series converge like z^k while the 1 - z transformation, where it applies and
      // is well conditioned, needs a few dozen terms.
      double nearOne = m < -0.5
          ? logNearOne(c - a, c - b, c, 1 - z, log1mz, m * log1mz)
          : logNearOne(a, b, c, 1 - z, log1mz, 0);
      if (!Double.isNaN(nearOne)) {
        return nearOne;
      }
    }
    // Euler's transform shortens the series when c - a - b < 0; it is kept unless its terms, whose
    // signs alternate while k < -(c - a) or k < -(c - b), cancel.
    boolean euler = m < 0;
    double series = euler ? logSeries(c - a, c - b, c, z, SERIES_BUDGET) : Double.NaN;
    if (euler && series == CANCELLED) {
      euler = false;
    }
    if (!euler) {
      series = logSeries(a, b, c, z, SERIES_BUDGET);
    }
    double prefactor = euler ? m * log1mz : 0;
    if (!Double.isNaN(series)) {
      return prefactor + series;
    }
    if (z >= 0.5 && z < NEAR_ONE) {
      double nearOne = m < -0.5
          ? logNearOne(c - a, c - b, c, 1 - z, log1mz, m * log1mz)
          : logNearOne(a, b, c, 1 - z, log1mz, 0);
      if (!Double.isNaN(nearOne)) {
        return nearOne;
      }
    }
    double integral = logEulerIntegral(a, b, c, log1mz);
    if (!Double.isNaN(integral)) {
      return integral;
    }
    series = euler ? logSeries(c - a, c - b, c, z, SERIES_LIMIT) : Double.NaN;
    if (euler && series == CANCELLED) {
      euler = false;
      prefactor = 0;
    }
    if (!euler) {
      series = logSeries(a, b, c, z, SERIES_LIMIT);
    }
    if (Double.isNaN(series)) {
      throw new ArithmeticException(String.format(Locale.ROOT,
          "2F1(%s, %s; %s; %s) must converge within %d terms", a, b, c, z, SERIES_LIMIT));
    }
    return prefactor + series;
  }

  /**
   * ln 2F1 from Euler's integral, 2F1(a, b; c; z) B(b, c - b) = integral from 0 to 1 of t^(b-1)
   * (1-t)^(c-b-1) (1 - z t)^-a dt, by {@link EulerIntegral} (mu = b, nu = c - a, kappa = a), for
   * c &gt; b &gt; 0 and c &gt;= a, or with a and b exchanged; NaN where neither applies. Of two valid
   * choices the one whose integrand's slower tail decays faster, the larger min(mu, c - mu), is taken.
   */
  private static double logEulerIntegral(double a, double b, double c, double log1mz) {
    boolean viaB = b > 0 && b < c && c >= a;
    boolean viaA = a > 0 && a < c && c >= b;
    if (!viaB && !viaA) {
      return Double.NaN;
    }
    boolean useB = viaB && (!viaA || Math.min(b, c - b) >= Math.min(a, c - a));
    double mu = useB ? b : a;
    double other = useB ? a : b;
    return EulerIntegral.log(mu, c - other, other, log1mz) - LogBeta.value(mu, c - mu);
  }

  /**
   * ln of sum_k (a)_k (b)_k / ((c)_k k!) z^k for 0 &lt; z &lt; 1 and c &gt; 0. Returns NaN if
   * {@code maxTerms} terms do not reach the tolerance, and {@link #CANCELLED} if the terms (which
   * alternate in sign while a + k or b + k is negative) cancel to less than a thousandth of their
   * absolute sum.
   */
  private static double logSeries(double a, double b, double c, double z, int maxTerms) {
    double sum = 1;
    double absoluteSum = 1;
    double term = 1;
    double logScale = 0;
    // Past the last sign change (k + 1 > -a, -b) the term ratio for every later j is at most
    // z (1 + p/(j+1) + q/((c+j)(j+1))), which bounds the tail by a geometric series. When
    // a + b - c - 1 = -decay < -1 the ratios are eventually below 1 - decay/j, so the terms also fall
    // like j^-decay and the tail is at most about term (k+1)/(decay-1), much less when z is near 1.
    double p = Math.max(0, a + b - c - 1);
    double q = Math.max(0, a * b - c);
    double decay = c + 1 - a - b;
    double lastSignChange = Math.max(-a, -b);
    for (int k = 0; k < maxTerms; k++) {
      double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
      term *= ratio;
      sum += term;
      absoluteSum += Math.abs(term);
      if (term == 0) {
        break;
      }
      if (absoluteSum > HUGE) {
        sum /= HUGE;
        absoluteSum /= HUGE;
        term /= HUGE;
        logScale += LN_HUGE;
      }
      if (k + 1 > lastSignChange && ratio < 1) {
        double bound = z * (1 + p / (k + 2) + q / ((c + k + 1) * (k + 2)));
        double rho = Math.max(ratio, bound);
        double tail = rho < 1 ? rho / (1 - rho) : Double.POSITIVE_INFINITY;
        if (decay > 2 && decay * (k + 1) > a * b - c) {
          tail = Math.min(tail, 2 * (k + 2) / (decay - 1));
        }
        if (Math.abs(term) * tail <= TOLERANCE * Math.abs(sum)) {
          break;
        }
      }
      if (k == maxTerms - 1) {
        return Double.NaN;
      }
    }
    if (!(sum > 1e-3 * absoluteSum)) {
      return CANCELLED;
    }
    return logScale + Math.log(sum);
  }

  /**
   * ln 2F1(a, b; c; 1 - w) through the 1 - z connection formula in its pole-free paired form, for
   * a, b, c - a, c - b &gt; 0 and c - a - b &gt;= -1/2. Returns NaN where it does not apply or loses
   * its precision, so the caller falls back to the series. {@code prefactor} is added to the result.
   */
  private static double logNearOne(double a, double b, double c, double w, double logW, double prefactor) {
    double mm = c - a - b;
    if (!(a > 0 && b > 0 && c - a > 0 && c - b > 0 && mm >= -0.5 && mm <= MAX_CONNECTION_ORDER)) {
      return Double.NaN;
    }
    int m = (int) Math.rint(mm);
    double e = mm - m;

    // Part 1: Gamma(m + e) sum_{k<m} (a)_k (b)_k / ((1 - m - e)_k k!) w^k (empty for m = 0).
    double part1 = 0;
    double logPart1 = Double.NEGATIVE_INFINITY;
    if (m > 0) {
      double term = 1;
      double sum = 1;
      double absoluteSum = 1;
      for (int k = 0; k < m - 1; k++) {
        term *= (a + k) * (b + k) / ((1 - m - e + k) * (k + 1)) * w;
        sum += term;
        absoluteSum += Math.abs(term);
      }
      if (!(Math.abs(sum) > ILL_CONDITIONED * absoluteSum)) {
        return Double.NaN;
      }
      part1 = sum;
      logPart1 = LogGamma.value(m + e);
    }

    // Part 2: -(-1)^m (pi e / sin(pi e)) sum_k g_k l_k E(e l_k), the paired pole terms, with
    // g_k = w^(m+k) (a)_(m+k) (b)_(m+k) / (Gamma(1 + k - e) (m + k)!).
    double logG0 = m * logW + logPochhammer(a, m) + logPochhammer(b, m) + e * logGammaShift(1, -e)
        - LogGamma.value(m + 1.0);
    // c - b = a + m + e and c - a = b + m + e are passed as computed from the inputs, not rebuilt from
    // e, so a tiny c - a or c - b keeps its relative accuracy.
    double ell = logW + logGammaDifference(a + m, c - b, e) + logGammaDifference(b + m, c - a, e)
        - logGammaShift(1 + m, e) - logGammaShift(1, -e);
    double g = 1;
    double sum2 = 0;
    double absoluteSum2 = 0;
    double logScale = 0;
    boolean converged = false;
    for (int k = 0; k < CONNECTION_BUDGET; k++) {
      double term = g * ell * expm1OverX(e * ell);
      sum2 += term;
      absoluteSum2 += Math.abs(term);
      double ratio = w * (a + m + k) * (b + m + k) / ((1 + k - e) * (1 + m + k));
      if (ratio < 0.75 && Math.abs(term) * 4 <= TOLERANCE * Math.abs(sum2)) {
        converged = true;
        break;
      }
      if (absoluteSum2 > HUGE || g > HUGE) {
        sum2 /= HUGE;
        absoluteSum2 /= HUGE;
        g /= HUGE;
        logScale += LN_HUGE;
      }
      ell += log1pOverX(a + m + k, e) + log1pOverX(b + m + k, e) - log1pOverX(1 + m + k, e)
          - log1pOverX(1 + k, -e);
      g *= ratio;
    }
    if (!converged || !(Math.abs(sum2) > ILL_CONDITIONED * absoluteSum2)) {
      return Double.NaN;
    }
    double sign2 = (m % 2 == 0 ? -1 : 1) * Math.signum(sum2);
    double logPart2 = logG0 + logScale + Math.log(Math.abs(sum2)) + Math.log(piXOverSinPiX(e));

    double top = Math.max(logPart1, logPart2);
    double bracket = part1 * Math.exp(logPart1 - top) + sign2 * Math.exp(logPart2 - top);
    // The exact bracket is positive; a non-positive or heavily cancelled value means the branch has
    // lost its precision here.
    double scale = Math.abs(part1) * Math.exp(logPart1 - top) + Math.exp(logPart2 - top);
    if (!(bracket > ILL_CONDITIONED * scale)) {
      return Double.NaN;
    }
    // ln Gamma(c) - ln Gamma(c - a) - ln Gamma(c - b) = -ln B(c - a, a) + ln Gamma(a) - ln Gamma(c - b),
    // with c - b = a + m + e: no difference of two large log-gamma values.
    double logGammas = -LogBeta.value(c - a, a) - (m + e) * logGammaDifference(a, c - b, m + e);
    return prefactor + logGammas + top + Math.log(bracket);
  }

  /**
   * (ln Gamma(xPlusE) - ln Gamma(x)) / e where xPlusE = x + e as computed by the caller. When x + e is
   * less than half of x, rebuilding it as x (1 + e/x) would lose digits, while e is then too large for
   * the direct difference to cancel; otherwise {@link #logGammaShift} avoids differencing two close or
   * large log-gamma values.
   */
  private static double logGammaDifference(double x, double xPlusE, double e) {
    if (xPlusE < 0.5 * x) {
      return (LogGamma.value(xPlusE) - LogGamma.value(x)) / e;
    }
    return logGammaShift(x, e);
  }

  /** ln (x)_n = ln Gamma(x + n) - ln Gamma(x) for x &gt; 0. */
  private static double logPochhammer(double x, int n) {
    if (n == 0) {
      return 0;
    }
    if (n <= 16) {
      double product = 1;
      for (int j = 0; j < n; j++) {
        product *= x + j;
      }
      return Math.log(product);
    }
    return LogGamma.value(x + n) - LogGamma.value(x);
  }

  /**
   * (ln Gamma(x + e) - ln Gamma(x)) / e for x &gt; 0 and e &gt;= -1/2, computed without cancellation for
   * small e (the limit at e = 0 is the digamma function). The argument is shifted up to at least 15
   * with ln Gamma(x + 1 + e) - ln Gamma(x + 1) = [ln Gamma(x + e) - ln Gamma(x)] + ln(1 + e/x), then
   * Stirling's series is differenced term by term.
   *
   * @param x the argument; positive
   * @param e the shift; at least -1/2, or larger than -x/2
   * @return (ln Gamma(x + e) - ln Gamma(x)) / e, or psi(x) at e = 0
   */
  public static double logGammaShift(double x, double e) {
    double shift = 0;
    while (x < STIRLING_MIN) {
      shift += log1pOverX(x, e);
      x += 1;
    }
    double h = log1pOverX(x, e);
    double logRatio = e * h;
    double result = (x + e - 0.5) * h + Math.log(x) - 1;
    double power = 1 / x;
    double inverseSquare = power * power;
    for (int j = 0; j < STIRLING.length; j++) {
      int n = 2 * j + 1;
      // ((x + e)^-n - x^-n) / e = x^-n (-n h) expm1(-n ln(1 + e/x)) / (-n ln(1 + e/x))
      result += STIRLING[j] * power * (-n * h) * expm1OverX(-n * logRatio);
      power *= inverseSquare;
    }
    return result - shift;
  }

  /** ln(1 + e/x) / e, with its limit 1/x at e = 0. */
  private static double log1pOverX(double x, double e) {
    double u = e / x;
    return u == 0 ? 1 / x : Math.log1p(u) / e;
  }

  /** (exp(v) - 1) / v, with its limit 1 at v = 0. */
  private static double expm1OverX(double v) {
    return v == 0 ? 1 : Math.expm1(v) / v;
  }

  /** pi x / sin(pi x) for |x| &lt;= 1/2, with its limit 1 at x = 0. */
  private static double piXOverSinPiX(double x) {
    return x == 0 ? 1 : Math.PI * x / Math.sin(Math.PI * x);
  }
}
