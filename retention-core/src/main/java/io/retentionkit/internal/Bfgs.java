package io.retentionkit.internal;

import java.util.Arrays;

/**
 * Unconstrained minimisation by the BFGS quasi-Newton method with a line search that enforces the strong
 * Wolfe conditions (Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed., algorithms 6.1, 3.5 and
 * 3.6).
 *
 * <p>Why hand-written: the CLV likelihoods have four or five parameters and analytic gradients, which is
 * exactly BFGS's home ground, and the only maintained Java optimisers come with large libraries (Commons
 * Math 3 is unmaintained and 2 MB; Hipparchus is larger still) that an embeddable core should not carry.
 * The dense inverse-Hessian update costs O(n²) per iteration, nothing next to one likelihood evaluation.
 *
 * <p>The line search treats a non-finite value as "too far" and backtracks, so objectives may return
 * {@code +Infinity} or NaN outside their domain. The first trial step is capped at {@link #MAX_STEP} in
 * the largest coordinate, which keeps log-parameterised objectives from overflowing {@code exp}.
 *
 * <p>Stopping: converged when the largest gradient component is at most the tolerance. Near the optimum
 * the objective may stop decreasing at machine precision before the gradient is that small; the search
 * then stops and still reports convergence if the gradient is within {@link #STALL_FACTOR} times the
 * tolerance, otherwise it reports failure.
 *
 * <p>Not part of the API: this package is not exported. Instances are immutable and thread-safe.
 */
public final class Bfgs {
  /** Sufficient-decrease constant of the Wolfe conditions. */
  private static final double C1 = 1e-4;
  /** Curvature constant of the Wolfe conditions; 0.9 is the usual choice for quasi-Newton methods. */
  private static final double C2 = 0.9;
  /** Largest coordinate change of a first trial step. */
  private static final double MAX_STEP = 3;
  /** How far above the tolerance a stalled search may stop and still count as converged. */
  private static final double STALL_FACTOR = 1e3;
  private static final int MAX_LINE_SEARCH_EVALUATIONS = 40;

  private final int maxIterations;
  private final double gradientTolerance;

  /**
   * Creates a minimiser.
   *
   * @param maxIterations the most quasi-Newton iterations to take; positive
   * @param gradientTolerance the largest gradient component accepted as stationary; positive
   * @throws IllegalArgumentException if an argument is out of range
   */
  public Bfgs(int maxIterations, double gradientTolerance) {
    Checks.requireArgument(maxIterations > 0, "maxIterations must be positive: %s", maxIterations);
    this.maxIterations = maxIterations;
    this.gradientTolerance = Checks.requirePositiveFinite(gradientTolerance, "gradientTolerance");
  }

  /**
   * Minimises {@code function} from {@code start}.
   *
   * @param function the objective
   * @param start the starting point; not modified
   * @return where the search stopped; never throws for a failed search
   */
  public Minimum minimize(DifferentiableFunction function, double[] start) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double fx = function.value(x, g);
    int evaluations = 1;
    if (!Double.isFinite(fx) || !allFinite(g)) {
      return new Minimum(x, fx, g, 0, evaluations, false, "the objective is not finite at the starting point");
    }
    double[][] h = identity(n);
    boolean freshHessian = true;
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      if (normInf(g) <= gradientTolerance) {
        return new Minimum(x, fx, g, iteration, evaluations, true, "converged");
      }
      double[] p = times(h, g, -1);
      double slope = dot(g, p);
      if (!(slope < 0)) { // rounding made H indefinite: fall back to steepest descent
        h = identity(n);
        freshHessian = true;
        p = times(h, g, -1);
        slope = dot(g, p);
      }
      double firstStep = Math.min(1, MAX_STEP / normInf(p));
      LineSearch search = new LineSearch(function, x, fx, p, slope);
      boolean found = search.run(firstStep);
      evaluations += search.evaluations;
      if (!found && !freshHessian) {
        h = identity(n); // retry once along the steepest descent direction
        freshHessian = true;
        p = times(h, g, -1);
        slope = dot(g, p);
        search = new LineSearch(function, x, fx, p, slope);
        found = search.run(Math.min(1, MAX_STEP / normInf(p)));
        evaluations += search.evaluations;
      }
      if (!found) {
        boolean nearlyStationary = normInf(g) <= STALL_FACTOR * gradientTolerance;
        return new Minimum(x, fx, g, iteration, evaluations, nearlyStationary, nearlyStationary
            ? "converged (no further decrease at machine precision)"
            : "stopped: the line search found no decrease");
      }
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = search.x[i] - x[i];
        y[i] = search.g[i] - g[i];
      }
      double sy = dot(s, y);
      if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
        if (freshHessian) { // scale the initial guess to the curvature just seen (N&W eq. 6.20)
          h = identity(n);
          double scale = sy / dot(y, y);
          for (int i = 0; i < n; i++) {
            h[i][i] = scale;
          }
        }
        update(h, s, y, sy);
        freshHessian = false;
      }
      x = search.x;
      g = search.g;
      fx = search.f;
    }
    boolean stationary = normInf(g) <= gradientTolerance;
    return new Minimum(x, fx, g, maxIterations, evaluations, stationary,
        stationary ? "converged" : "stopped: reached the iteration limit");
  }

  /** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / (yᵀ s), the BFGS inverse update. */
  private static void update(double[][] h, double[] s, double[] y, double sy) {
    int n = s.length;
    double rho = 1 / sy;
    double[] hy = new double[n];
    for (int i = 0; i < n; i++) {
      hy[i] = dot(h[i], y);
    }
    double yhy = dot(y, hy);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
      }
    }
  }

  /**
   * One line search along {@code p} from {@code x0}: finds a step satisfying the strong Wolfe conditions
   * by expanding, then zooming into a bracket with safeguarded cubic interpolation. If the bracket
   * collapses first, the best point with sufficient decrease is accepted.
   */
  private static final class LineSearch {
    private final DifferentiableFunction function;
    private final double[] x0;
    private final double f0;
    private final double[] p;
    private final double slope0;
    int evaluations;
    double[] x;
    double[] g;
    double f;
    private double bestStep;
    private double bestValue = Double.POSITIVE_INFINITY;
    private double[] bestX;
    private double[] bestG;

    LineSearch(DifferentiableFunction function, double[] x0, double f0, double[] p, double slope0) {
      this.function = function;
      this.x0 = x0;
      this.f0 = f0;
      this.p = p;
      this.slope0 = slope0;
    }

    boolean run(double firstStep) {
      double previousStep = 0;
      double previousValue = f0;
      double previousSlope = slope0;
      double step = firstStep;
      double infiniteAt = Double.POSITIVE_INFINITY;
      boolean first = true;
      while (evaluations < MAX_LINE_SEARCH_EVALUATIONS) {
        double[] trialG = new double[p.length];
        double value = evaluate(step, trialG);
        if (!Double.isFinite(value) || !allFinite(trialG)) {
          infiniteAt = step;
          step = previousStep + 0.5 * (step - previousStep);
          continue;
        }
        double slope = dot(trialG, p);
        if (value > f0 + C1 * step * slope0 || (!first && value >= previousValue)) {
          return zoom(previousStep, previousValue, previousSlope, step, value, slope);
        }
        if (Math.abs(slope) <= -C2 * slope0) {
          return accept(step, value, trialG);
        }
        if (slope >= 0) {
          return zoom(step, value, slope, previousStep, previousValue, previousSlope);
        }
        previousStep = step;
        previousValue = value;
        previousSlope = slope;
        step = Double.isInfinite(infiniteAt) ? 2 * step : 0.5 * (step + infiniteAt);
        first = false;
      }
      return acceptBest();
    }

    private boolean zoom(double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
      while (evaluations < MAX_LINE_SEARCH_EVALUATIONS && Math.abs(hi - lo) > 1e-16 * Math.max(1, lo)) {
        double step = interpolate(lo, fLo, dLo, hi, fHi, dHi);
        double[] trialG = new double[p.length];
        double value = evaluate(step, trialG);
        if (!Double.isFinite(value) || !allFinite(trialG)) {
          hi = step;
          fHi = Double.POSITIVE_INFINITY;
          dHi = Double.NaN;
          continue;
        }
        double slope = dot(trialG, p);
        if (value > f0 + C1 * step * slope0 || value >= fLo) {
          hi = step;
          fHi = value;
          dHi = slope;
        } else {
          if (Math.abs(slope) <= -C2 * slope0) {
            return accept(step, value, trialG);
          }
          if (slope * (hi - lo) >= 0) {
            hi = lo;
            fHi = fLo;
            dHi = dLo;
          }
          lo = step;
          fLo = value;
          dLo = slope;
        }
      }
      return acceptBest();
    }

    /** Minimiser of the cubic through both ends, kept at least 10% inside the bracket; else bisection. */
    private static double interpolate(double a0, double f0, double d0, double a1, double f1, double d1) {
      double width = a1 - a0;
      double mid = a0 + 0.5 * width;
      if (!Double.isFinite(f1) || !Double.isFinite(d1)) {
        return mid;
      }
      double d1p = d0 + d1 - 3 * (f0 - f1) / (a0 - a1);
      double radicand = d1p * d1p - d0 * d1;
      if (!(radicand >= 0)) {
        return mid;
      }
      double d2 = Math.signum(width) * Math.sqrt(radicand);
      double step = a1 - width * (d1 + d2 - d1p) / (d1 - d0 + 2 * d2);
      double low = Math.min(a0, a1) + 0.1 * Math.abs(width);
      double high = Math.max(a0, a1) - 0.1 * Math.abs(width);
      return Double.isFinite(step) && step >= low && step <= high ? step : mid;
    }

    private double evaluate(double step, double[] trialG) {
      double[] trialX = new double[p.length];
      for (int i = 0; i < p.length; i++) {
        trialX[i] = x0[i] + step * p[i];
      }
      evaluations++;
      double value = function.value(trialX, trialG);
      if (Double.isFinite(value) && value < bestValue && value <= f0 + C1 * step * slope0
          && allFinite(trialG)) {
        bestStep = step;
        bestValue = value;
        bestX = trialX;
        bestG = trialG.clone();
      }
      return value;
    }

    private boolean accept(double step, double value, double[] trialG) {
      x = new double[p.length];
      for (int i = 0; i < p.length; i++) {
        x[i] = x0[i] + step * p[i];
      }
      g = trialG;
      f = value;
      return true;
    }

    private boolean acceptBest() {
      if (bestX == null || !(bestValue < f0) || bestStep <= 0) {
        return false;
      }
      x = bestX;
      g = bestG;
      f = bestValue;
      return true;
    }
  }

  private static double[][] identity(int n) {
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      h[i][i] = 1;
    }
    return h;
  }

  private static double[] times(double[][] h, double[] v, double factor) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = factor * dot(h[i], v);
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double normInf(double[] v) {
    double norm = 0;
    for (double e : v) {
      norm = Math.max(norm, Math.abs(e));
    }
    return norm;
  }

  private static boolean allFinite(double[] v) {
    return Arrays.stream(v).allMatch(Double::isFinite);
  }
}
