package io.retentionkit.internal;

/**
 * Euler's integral of the hypergeometric function in logistic coordinates, by double-exponential
 * quadrature in log space: the method of last resort for the Gauss hypergeometric function 2F1 near
 * z = 1 with large parameters, where no series converges in reasonable time, and the Pareto/NBD tail
 * integrals with their derivatives.
 *
 * <h2>The integral</h2>
 *
 * <pre>
 * J(mu, nu, kappa, ell) = integral over the real line of exp(psi(s)) ds,
 * psi(s) = mu s - nu softplus(s) - kappa softplus(s + ell),   softplus(x) = ln(1 + e^x),
 * </pre>
 *
 * <p>for {@code mu > 0}, {@code nu >= 0}, {@code kappa >= 0}, {@code nu + kappa > mu} (so that both
 * tails decay) and finite {@code ell}. With v = e^s and rho = e^ell it is the integral from 0 to infinity
 * of v^(mu-1) (1 + v)^-nu (1 + rho v)^-kappa dv, and with t = v / (1 + v) it is Euler's integral
 * (DLMF 15.6.1)
 *
 * <pre>
 * J = integral from 0 to 1 of t^(mu-1) (1-t)^(nu+kappa-mu-1) (1 - z t)^-kappa dt
 *   = B(mu, nu + kappa - mu) 2F1(kappa, mu; nu + kappa; z),   z = 1 - e^ell.
 * </pre>
 *
 * <h2>Method</h2>
 *
 * <p>psi is concave (its second derivative is minus a sum of logistic densities), so the integrand is
 * unimodal and every term below is positive: nothing cancels. The mode s0 is found by a safeguarded
 * Newton iteration on psi', and the integral is taken over s = s0 + w sinh(tau), with w = 1/sqrt(-psi''(s0))
 * the width of the peak, by the trapezoidal rule in tau (the sinh-map double-exponential rule, Takahasi
 * and Mori 1974). The tails of psi are at least linear in s, so the transformed integrand decays
 * doubly exponentially in tau, and a long, slowly decaying tail (a small {@code mu} or
 * {@code nu + kappa - mu}, or a plateau between the two bends of psi) costs a few more nodes, not a
 * finer step. The step is halved from 1/2 until two successive sums of the value and of every mean agree
 * to 1e-12 (the rule's error then falls to about the square of that), at most to 1/64. Exponents are
 * taken relative to psi(s0), so nothing overflows.
 *
 * <p>Accuracy: the relative error of J is a few units of 1e-15 times max(1, |psi(s0)|), because psi is
 * summed from terms as large as mu s0 and kappa softplus(s0 + ell); see {@code EulerIntegralTest}. Cost:
 * 60 to 300 evaluations of psi, each with three exponentials and two logarithms.
 *
 * <p>Reference: H. Takahasi and M. Mori (1974), "Double exponential formulas for numerical integration",
 * Publications of RIMS 9, 721-741; NIST Digital Library of Mathematical Functions 15.6.1.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class EulerIntegral {
  /** The means {@link #logWithMeans} reports, in this order. */
  public static final int MEANS = 4;

  /** The finest step; every node is a multiple of it, so nodes are indices into the tables below. */
  private static final double LAST_STEP = 1.0 / 64;
  /** The first step, 1/2, in units of the finest. */
  private static final int FIRST_STEP = 32;
  /**
   * Agreement of two successive step sizes at which the finer sum is taken as exact: the error of the
   * trapezoidal rule after a double-exponential map falls roughly as the square of the step's error, so
   * sums that agree to 1e-9 leave an error near 1e-16 in the finer one.
   */
  private static final double AGREEMENT = 1e-9;
  /**
   * The widest the rule's central spacing may be, in s: the bends of psi, where a softplus turns from 0
   * to linear, are about this wide whatever the parameters, so a wider peak (a plateau of psi) is covered
   * by the map's growing spacing rather than by a coarse centre.
   */
  private static final double MAX_WIDTH = 1;
  /** A node is negligible below this fraction of the sum so far. */
  private static final double NEGLIGIBLE = 1e-18;
  /**
   * Nodes are not declared negligible closer to the centre than tau = 2 (in units of the finest step),
   * where the sinh map is still flat.
   */
  private static final int MIN_REACH = 128;
  /** Beyond tau = 30, s is 10^12 widths from the centre: every tail is exhausted long before. */
  private static final double MAX_REACH = 30;
  private static final int MODE_ITERATIONS = 200;
  /** sinh and cosh at the multiples of the last step out to the largest reach, computed once. */
  private static final double[] SINH = new double[(int) (MAX_REACH / LAST_STEP) + 1];
  private static final double[] COSH = new double[SINH.length];

  static {
    for (int k = 0; k < SINH.length; k++) {
      SINH[k] = Math.sinh(k * LAST_STEP);
      COSH[k] = Math.cosh(k * LAST_STEP);
    }
  }

  private EulerIntegral() {}

  /**
   * Returns ln J(mu, nu, kappa, ell).
   *
   * @param mu the exponent of the left tail; positive and finite
   * @param nu the weight of softplus(s); finite and not negative
   * @param kappa the weight of softplus(s + ell); finite and not negative
   * @param ell the shift of the second softplus; finite
   * @return ln J, finite
   * @throws IllegalArgumentException if an argument is out of range or nu + kappa &lt;= mu
   */
  public static double log(double mu, double nu, double kappa, double ell) {
    return new Quadrature(mu, nu, kappa, ell, false).run(null);
  }

  /**
   * Returns ln J(mu, nu, kappa, ell) and the means under the normalised integrand exp(psi) / J of
   * softplus(s), softplus(s + ell), sigma(s + ell) and sigma(-s - ell), sigma the logistic function, in
   * that order: minus the derivatives of ln J in nu and kappa, and (times kappa) the derivative of ln J in
   * ell and its complement, each computed directly so that none is a difference.
   *
   * @param mu the exponent of the left tail; positive and finite
   * @param nu the weight of softplus(s); finite and not negative
   * @param kappa the weight of softplus(s + ell); finite and not negative
   * @param ell the shift of the second softplus; finite
   * @param means receives the {@value #MEANS} means; length at least {@value #MEANS}
   * @return ln J, finite
   * @throws IllegalArgumentException if an argument is out of range or nu + kappa &lt;= mu
   */
  public static double logWithMeans(double mu, double nu, double kappa, double ell, double[] means) {
    Checks.requireArgument(means.length >= MEANS, "means must have length at least %d: %d", MEANS, means.length);
    return new Quadrature(mu, nu, kappa, ell, true).run(means);
  }

  /** One evaluation: the integrand's parameters, its centre and width, and the running sums. */
  private static final class Quadrature {
    private final double mu;
    private final double nu;
    private final double kappa;
    private final double ell;
    private final boolean withMeans;
    private double centre;
    private double width;
    private double top;
    /** Sums of the integrand and of the integrand times each mean's function, without the step factor. */
    private final double[] sums = new double[1 + MEANS];

    Quadrature(double mu, double nu, double kappa, double ell, boolean withMeans) {
      Checks.requireArgument(mu > 0 && mu < Double.POSITIVE_INFINITY, "mu must be positive and finite: %s", mu);
      Checks.requireArgument(nu >= 0 && nu < Double.POSITIVE_INFINITY, "nu must be non-negative and finite: %s", nu);
      Checks.requireArgument(kappa >= 0 && kappa < Double.POSITIVE_INFINITY,
          "kappa must be non-negative and finite: %s", kappa);
      Checks.requireArgument(Double.isFinite(ell), "ell must be finite: %s", ell);
      Checks.requireArgument(nu + kappa > mu, "nu + kappa must exceed mu: %s", nu + kappa);
      this.mu = mu;
      this.nu = nu;
      this.kappa = kappa;
      this.ell = ell;
      this.withMeans = withMeans;
    }

    double run(double[] means) {
      centre = mode();
      double curvature = nu * logisticDensity(centre) + kappa * logisticDensity(centre + ell);
      width = Math.min(MAX_WIDTH, 1 / Math.sqrt(curvature));
      top = psi(centre);
      add(1, 0);
      int step = FIRST_STEP;
      int reach = walk(step, step, 0);
      double estimate = step * LAST_STEP * sums[0];
      double[] previous = sums.clone();
      while (step > 1) {
        step /= 2;
        // The new nodes are the odd multiples of the halved step, out to where they become negligible.
        reach = walk(2 * step, step, reach);
        double refined = step * LAST_STEP * sums[0];
        boolean agreed = Math.abs(refined - estimate) <= AGREEMENT * refined && meansAgree(previous);
        estimate = refined;
        System.arraycopy(sums, 0, previous, 0, sums.length);
        if (agreed) {
          break;
        }
      }
      if (withMeans) {
        for (int i = 0; i < MEANS; i++) {
          means[i] = sums[i + 1] / sums[0];
        }
      }
      return top + Math.log(estimate);
    }

    /** Whether every mean moved by at most the agreement tolerance since the coarser sums. */
    private boolean meansAgree(double[] previous) {
      if (!withMeans) {
        return true;
      }
      for (int i = 1; i < sums.length; i++) {
        double now = sums[i] / sums[0];
        double before = previous[i] / previous[0];
        if (Math.abs(now - before) > AGREEMENT * Math.abs(now)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Adds the nodes tau = ±(offset + j spacing), j = 0, 1, ..., in units of the finest step, on both sides,
     * each side until its nodes are negligible and beyond {@code reach}; returns the furthest node summed.
     */
    private int walk(int spacing, int offset, int reach) {
      int furthest = reach;
      int nearest = Math.max(reach, MIN_REACH);
      for (int side = -1; side <= 1; side += 2) {
        for (int k = offset; k < SINH.length; k += spacing) {
          double term = add(side, k);
          furthest = Math.max(furthest, k);
          if (k >= nearest && term <= NEGLIGIBLE * sums[0]) {
            break;
          }
        }
      }
      return furthest;
    }

    /** Adds the node at tau = side k {@link #LAST_STEP} to the sums; returns its integrand value. */
    private double add(int side, int k) {
      double s = centre + side * width * SINH[k];
      double x = s + ell;
      double e1 = Math.exp(-Math.abs(s));
      double e2 = Math.exp(-Math.abs(x));
      double softplus1 = Math.max(s, 0) + log1p(e1);
      double softplus2 = Math.max(x, 0) + log1p(e2);
      double value = Math.exp(mu * s - nu * softplus1 - kappa * softplus2 - top) * width * COSH[k];
      if (!(value > 0)) {
        return 0;
      }
      sums[0] += value;
      if (withMeans) {
        double sigma = x >= 0 ? 1 / (1 + e2) : e2 / (1 + e2);
        double complement = x >= 0 ? e2 / (1 + e2) : 1 / (1 + e2);
        sums[1] += value * softplus1;
        sums[2] += value * softplus2;
        sums[3] += value * sigma;
        sums[4] += value * complement;
      }
      return value;
    }

    private double psi(double s) {
      return mu * s - nu * softplus(s) - kappa * softplus(s + ell);
    }

    /** psi'(s) = mu - nu sigma(s) - kappa sigma(s + ell), decreasing from mu to mu - nu - kappa &lt; 0. */
    private double slope(double s) {
      return mu - nu * logistic(s) - kappa * logistic(s + ell);
    }

    /**
     * The root of psi' by Newton's method inside a bracket that is first widened until it holds the
     * root, bisecting whenever a Newton step leaves the bracket. The mode need not be exact: it only
     * centres the rule.
     */
    private double mode() {
      double lo = -1;
      double hi = 1;
      for (double stride = 2; slope(lo) < 0; stride *= 2) {
        hi = lo;
        lo -= stride;
      }
      for (double stride = 2; slope(hi) > 0; stride *= 2) {
        lo = hi;
        hi += stride;
      }
      double s = 0.5 * (lo + hi);
      for (int i = 0; i < MODE_ITERATIONS; i++) {
        double g = slope(s);
        double curvature = nu * logisticDensity(s) + kappa * logisticDensity(s + ell);
        if (Math.abs(g) <= 1e-3 * Math.sqrt(curvature)) {
          break; // within a thousandth of the peak's width of the mode
        }
        if (g > 0) {
          lo = s;
        } else {
          hi = s;
        }
        double next = s + g / curvature;
        s = next > lo && next < hi ? next : 0.5 * (lo + hi);
      }
      return s;
    }
  }

  /** ln(1 + e^x) without overflow. */
  static double softplus(double x) {
    return Math.max(x, 0) + log1p(Math.exp(-Math.abs(x)));
  }

  /**
   * ln(1 + y) for 0 &lt;= y &lt;= 1 to a few ulps, from the (intrinsic, fast) natural logarithm of the
   * rounded sum corrected by y / (u - 1), the rounding error of u = 1 + y (Goldberg 1991, theorem 4).
   */
  private static double log1p(double y) {
    double u = 1 + y;
    return u == 1 ? y : Math.log(u) * (y / (u - 1));
  }

  /** 1 / (1 + e^-x) without overflow. */
  static double logistic(double x) {
    double e = Math.exp(-Math.abs(x));
    return x >= 0 ? 1 / (1 + e) : e / (1 + e);
  }

  /** sigma(x) sigma(-x), the derivative of the logistic function. */
  static double logisticDensity(double x) {
    double e = Math.exp(-Math.abs(x));
    return e / ((1 + e) * (1 + e));
  }
}
