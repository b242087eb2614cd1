package io.retentionkit.internal;

import java.util.Arrays;

/**
 * Minimisation in a box by the BFGS quasi-Newton method with a line search that enforces the strong Wolfe
 * conditions (Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed., algorithms 6.1, 3.5 and 3.6),
 * with simple bounds handled by an active set.
 *
 * <p>Why hand-written: the CLV likelihoods have four or five parameters and analytic gradients, which is
 * exactly BFGS's home ground, and the only maintained Java optimisers come with large libraries (Commons
 * Math 3 is unmaintained and 2 MB; Hipparchus is larger still) that an embeddable core should not carry.
 * The dense inverse-Hessian update costs O(n²) per iteration, nothing next to one likelihood evaluation.
 *
 * <p>Infeasible points: an evaluation that returns a non-finite value or gradient, or throws
 * {@link ArithmeticException} (a special function that cannot be computed there), marks the point as
 * outside the domain; the line search treats it as "too far" and backtracks. A start that cannot be
 * evaluated ends the search at once with {@link Minimum.Stop#INFEASIBLE_START}. The first trial step is
 * capped at {@link #MAX_STEP} in the largest coordinate, which keeps log-parameterised objectives from
 * overflowing {@code exp}.
 *
 * <p>Bounds: a coordinate on a bound whose gradient pushes it outwards is held there (the active set); the
 * quasi-Newton step moves the others, and a line search stops where the first of them reaches the box,
 * which then holds it. The inverse-Hessian approximation restarts whenever the active set changes. Where the
 * quasi-Newton step would leave the box along a coordinate on its bound whose gradient alone would not, that
 * coordinate is held for the iteration too, and the others take the Newton step of the face: the Schur
 * complement of the held coordinates in the inverse-Hessian approximation, not its rows cut short. This is
 * the projected active-set variant of BFGS (Bertsekas 1982, "Projected Newton methods for optimization
 * problems with simple constraints", SIAM J. Control Optim. 20(2)); with four or five coordinates and a box
 * that is reached at most once per coordinate, its simplicity beats L-BFGS-B's generalised Cauchy point.
 *
 * <p>Stopping: converged when the largest gradient component of the free coordinates is at most the
 * tolerance. Near the optimum the objective may stop decreasing at machine precision before the gradient
 * is that small; the search then stops and still reports convergence if the gradient is within
 * {@link #STALL_FACTOR} times the tolerance, otherwise it reports a stall. Every search ends after at most
 * maxIterations iterations of at most {@link #MAX_LINE_SEARCH_EVALUATIONS} evaluations each (twice that
 * when the line search is retried along the steepest descent).
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
  /**
   * A line search's bracket is exhausted when it is this narrow relative to the point, in the largest
   * coordinate: finer steps cannot change an objective that is flat to machine precision.
   */
  private static final double STEP_TOLERANCE = 1e-10;

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
   * Minimises {@code function} from {@code start} without bounds.
   *
   * @param function the objective
   * @param start the starting point; not modified
   * @return where the search stopped; never throws for a failed search
   */
  public Minimum minimize(DifferentiableFunction function, double[] start) {
    double[] lower = new double[start.length];
    double[] upper = new double[start.length];
    Arrays.fill(lower, Double.NEGATIVE_INFINITY);
    Arrays.fill(upper, Double.POSITIVE_INFINITY);
    return minimize(function, start, lower, upper);
  }

  /**
   * Minimises {@code function} over the box [lower, upper] from {@code start}, moved into the box.
   *
   * @param function the objective
   * @param start the starting point; not modified
   * @param lower the lower bounds, possibly negative infinity; not modified
   * @param upper the upper bounds, each at least its lower bound, possibly infinite; not modified
   * @return where the search stopped; never throws for a failed search or an infeasible point
   * @throws IllegalArgumentException if the arrays differ in length or a lower bound exceeds its upper bound
   */
  public Minimum minimize(DifferentiableFunction function, double[] start, double[] lower, double[] upper) {
    int n = start.length;
    Checks.requireArgument(lower.length == n && upper.length == n,
        "bounds must have the length of the start: %d, %d and %d", n, lower.length, upper.length);
    for (int i = 0; i < n; i++) {
      Checks.requireArgument(lower[i] <= upper[i], "lower bound must not exceed upper bound: %s > %s",
          lower[i], upper[i]);
    }
    Box box = new Box(lower.clone(), upper.clone());
    Evaluator evaluator = new Evaluator(function);
    double[] x = box.clamp(start);
    double[] g = new double[n];
    double fx = evaluator.value(x, g);
    if (!Double.isFinite(fx)) {
      return new Minimum(x, fx, g, box.atBound(x), Double.NaN, 0, evaluator.count, Minimum.Stop.INFEASIBLE_START,
          "the objective cannot be evaluated at the starting point");
    }
    boolean[] free = box.free(x, g);
    double[][] h = identity(n);
    boolean freshHessian = true;
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      boolean[] nowFree = box.free(x, g);
      if (!Arrays.equals(nowFree, free)) {
        free = nowFree;
        h = identity(n);
        freshHessian = true;
      }
      double norm = normInf(g, free);
      if (norm <= gradientTolerance) {
        return stopped(box, x, fx, g, norm, iteration, evaluator, Minimum.Stop.CONVERGED, "converged");
      }
      double[] p = box.feasibleDirection(x, times(h, g, free));
      boolean[] held = box.held(x, times(h, g, free), free);
      if (held != null) {
        // The quasi-Newton step would leave the box along a coordinate on its bound that the gradient alone
        // would not move outwards. Cutting that component off leaves a step along the others that H scaled
        // for a move in which the held one took part (along a ridge, a step far off the ridge), and the line
        // search then backtracks for dozens of evaluations. The Newton step on the face instead uses the
        // inverse of the Hessian's free block: the Schur complement of the held coordinates in H.
        p = box.feasibleDirection(x, times(faceInverse(h, held), g, held));
      }
      double slope = dot(g, p);
      if (!(slope < 0)) { // rounding or a bound made the direction useless: fall back to steepest descent
        h = identity(n);
        freshHessian = true;
        p = box.feasibleDirection(x, times(h, g, free));
        slope = dot(g, p);
      }
      LineSearch search = new LineSearch(evaluator, box, x, fx, p, slope);
      boolean found = search.run();
      if (!found && !freshHessian) {
        h = identity(n); // retry once along the steepest descent direction
        freshHessian = true;
        p = box.feasibleDirection(x, times(h, g, free));
        slope = dot(g, p);
        search = new LineSearch(evaluator, box, x, fx, p, slope);
        found = search.run();
      }
      if (!found) {
        boolean nearlyStationary = norm <= STALL_FACTOR * gradientTolerance;
        return nearlyStationary
            ? stopped(box, x, fx, g, norm, iteration, evaluator, Minimum.Stop.CONVERGED,
                "converged (no further decrease at machine precision)")
            : stopped(box, x, fx, g, norm, iteration, evaluator, Minimum.Stop.STALLED,
                "stopped: the line search found no decrease");
      }
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = search.x[i] - x[i];
        y[i] = free[i] ? search.g[i] - g[i] : 0; // the update learns only the free coordinates' curvature
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
    double norm = normInf(g, box.free(x, g));
    boolean stationary = norm <= gradientTolerance;
    return stationary
        ? stopped(box, x, fx, g, norm, maxIterations, evaluator, Minimum.Stop.CONVERGED, "converged")
        : stopped(box, x, fx, g, norm, maxIterations, evaluator, Minimum.Stop.ITERATION_LIMIT,
            "stopped: reached the iteration limit");
  }

  private static Minimum stopped(Box box, double[] x, double fx, double[] g, double norm, int iterations,
      Evaluator evaluator, Minimum.Stop stop, String status) {
    return new Minimum(x, fx, g, box.atBound(x), norm, iterations, evaluator.count, stop, status);
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
   * One line search along {@code p} from {@code x0}, stopped at the box: finds a step satisfying the strong
   * Wolfe conditions by expanding, then zooming into a bracket with safeguarded cubic interpolation. If the
   * expansion reaches the box first, the step to the box is taken (it has sufficient decrease). If the
   * bracket collapses first, the best point with sufficient decrease is accepted.
   */
  private static final class LineSearch {
    private final Evaluator evaluator;
    private final Box box;
    private final double[] x0;
    private final double f0;
    private final double[] p;
    private final double slope0;
    private int evaluations;
    double[] x;
    double[] g;
    double f;
    private double bestStep;
    private double bestValue = Double.POSITIVE_INFINITY;
    private double[] bestX;
    private double[] bestG;

    LineSearch(Evaluator evaluator, Box box, double[] x0, double f0, double[] p, double slope0) {
      this.evaluator = evaluator;
      this.box = box;
      this.x0 = x0;
      this.f0 = f0;
      this.p = p;
      this.slope0 = slope0;
    }

    boolean run() {
      double maxStep = box.maxStep(x0, p);
      double step = Math.min(Math.min(1, MAX_STEP / normInf(p)), maxStep);
      double previousStep = 0;
      double previousValue = f0;
      double previousSlope = slope0;
      double infiniteAt = Double.POSITIVE_INFINITY;
      boolean first = true;
      while (evaluations < MAX_LINE_SEARCH_EVALUATIONS && step > 0 && !vanishes(step)) {
        double[] trialG = new double[p.length];
        double value = evaluate(step, trialG);
        if (value == Double.POSITIVE_INFINITY) {
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
        if (step >= maxStep) {
          return accept(step, value, trialG); // the box ends the step: a coordinate reaches its bound
        }
        previousStep = step;
        previousValue = value;
        previousSlope = slope;
        step = Double.isInfinite(infiniteAt) ? Math.min(2 * step, maxStep) : 0.5 * (step + infiniteAt);
        first = false;
      }
      return acceptBest();
    }

    private boolean zoom(double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
      double resolution = STEP_TOLERANCE * Math.max(1, normInf(x0)) / normInf(p);
      while (evaluations < MAX_LINE_SEARCH_EVALUATIONS && Math.abs(hi - lo) > resolution) {
        double step = interpolate(lo, fLo, dLo, hi, fHi, dHi);
        if (vanishes(step)) {
          break;
        }
        double[] trialG = new double[p.length];
        double value = evaluate(step, trialG);
        if (value == Double.POSITIVE_INFINITY) {
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

    /** The point at {@code step}, inside the box. */
    private double[] pointAt(double step) {
      double[] point = new double[p.length];
      for (int i = 0; i < p.length; i++) {
        point[i] = x0[i] + step * p[i];
      }
      return box.clamp(point);
    }

    /**
     * Whether {@code step} is too small to move any coordinate: evaluating there would only repeat the
     * start, so the search ends (the objective is then flat to machine precision along p).
     */
    private boolean vanishes(double step) {
      return Arrays.equals(pointAt(step), x0);
    }

    /** The value at {@code step} (positive infinity where it cannot be evaluated), gradient into trialG. */
    private double evaluate(double step, double[] trialG) {
      double[] trialX = pointAt(step);
      evaluations++;
      double value = evaluator.value(trialX, trialG);
      if (value < bestValue && value <= f0 + C1 * step * slope0) {
        bestStep = step;
        bestValue = value;
        bestX = trialX;
        bestG = trialG.clone();
      }
      return value;
    }

    private boolean accept(double step, double value, double[] trialG) {
      x = pointAt(step);
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

  /**
   * Counts evaluations and maps every way an evaluation can fail (a non-finite value or gradient, or an
   * {@link ArithmeticException}) to positive infinity, "outside the domain".
   */
  private static final class Evaluator {
    private final DifferentiableFunction function;
    int count;

    Evaluator(DifferentiableFunction function) {
      this.function = function;
    }

    double value(double[] x, double[] gradient) {
      count++;
      double value;
      try {
        value = function.value(x, gradient);
      } catch (ArithmeticException e) {
        return Double.POSITIVE_INFINITY;
      }
      return Double.isFinite(value) && allFinite(gradient) ? value : Double.POSITIVE_INFINITY;
    }
  }

  /**
   * The box [lower, upper]. A coordinate within 1e-10 (relative) of a bound counts as on it, so that a
   * point a rounding error inside the box cannot make the largest feasible step vanish.
   */
  private static final class Box {
    private final double[] lower;
    private final double[] upper;

    Box(double[] lower, double[] upper) {
      this.lower = lower;
      this.upper = upper;
    }

    private static double slack(double bound) {
      return Double.isInfinite(bound) ? 0 : 1e-10 * Math.max(1, Math.abs(bound));
    }

    boolean atLower(double[] x, int i) {
      return x[i] <= lower[i] + slack(lower[i]);
    }

    boolean atUpper(double[] x, int i) {
      return x[i] >= upper[i] - slack(upper[i]);
    }

    /** {@code x} moved into the box, with coordinates next to a bound put on it. */
    double[] clamp(double[] x) {
      double[] inside = x.clone();
      for (int i = 0; i < x.length; i++) {
        if (atLower(x, i)) {
          inside[i] = lower[i];
        } else if (atUpper(x, i)) {
          inside[i] = upper[i];
        }
      }
      return inside;
    }

    boolean[] atBound(double[] x) {
      boolean[] on = new boolean[x.length];
      for (int i = 0; i < x.length; i++) {
        on[i] = atLower(x, i) || atUpper(x, i);
      }
      return on;
    }

    /** The coordinates free to move: all but those on a bound whose gradient pushes them outwards. */
    boolean[] free(double[] x, double[] g) {
      boolean[] free = new boolean[x.length];
      for (int i = 0; i < x.length; i++) {
        free[i] = !(atLower(x, i) && g[i] > 0) && !(atUpper(x, i) && g[i] < 0);
      }
      return free;
    }

    /**
     * The coordinates of {@code free} that {@code p} keeps free: all but those on a bound that {@code p}
     * would leave at once; null if that is all of them.
     */
    boolean[] held(double[] x, double[] p, boolean[] free) {
      boolean[] kept = free.clone();
      boolean any = false;
      for (int i = 0; i < p.length; i++) {
        if (free[i] && ((atLower(x, i) && p[i] < 0) || (atUpper(x, i) && p[i] > 0))) {
          kept[i] = false;
          any = true;
        }
      }
      return any ? kept : null;
    }

    /** {@code p} without the components that would leave the box at once. */
    double[] feasibleDirection(double[] x, double[] p) {
      double[] feasible = p.clone();
      for (int i = 0; i < p.length; i++) {
        if ((atLower(x, i) && p[i] < 0) || (atUpper(x, i) && p[i] > 0)) {
          feasible[i] = 0;
        }
      }
      return feasible;
    }

    /** The largest step along {@code p} from {@code x} that stays in the box; infinite if none ends it. */
    double maxStep(double[] x, double[] p) {
      double step = Double.POSITIVE_INFINITY;
      for (int i = 0; i < p.length; i++) {
        if (p[i] > 0) {
          step = Math.min(step, (upper[i] - x[i]) / p[i]);
        } else if (p[i] < 0) {
          step = Math.min(step, (lower[i] - x[i]) / p[i]);
        }
      }
      return step;
    }
  }

  /**
   * The inverse-Hessian approximation of the face on which the coordinates outside {@code free} are held:
   * H_FF - H_FA (H_AA)^-1 H_AF, by eliminating the held coordinates one at a time (which gives the block
   * Schur complement), since H is the inverse of the Hessian approximation B and (B_FF)^-1 is that complement.
   */
  private static double[][] faceInverse(double[][] h, boolean[] free) {
    int n = h.length;
    double[][] face = new double[n][];
    for (int i = 0; i < n; i++) {
      face[i] = h[i].clone();
    }
    for (int a = 0; a < n; a++) {
      if (free[a] || !(face[a][a] > 0)) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i != a && j != a) {
            face[i][j] -= face[i][a] * face[a][j] / face[a][a];
          }
        }
      }
    }
    return face;
  }

  private static double[][] identity(int n) {
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      h[i][i] = 1;
    }
    return h;
  }

  /** −H g over the free coordinates, zero in the others. */
  private static double[] times(double[][] h, double[] g, boolean[] free) {
    double[] out = new double[g.length];
    for (int i = 0; i < g.length; i++) {
      if (free[i]) {
        double sum = 0;
        for (int j = 0; j < g.length; j++) {
          sum += free[j] ? h[i][j] * g[j] : 0;
        }
        out[i] = -sum;
      }
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

  /** The largest |v_i| over the coordinates marked in {@code over}. */
  private static double normInf(double[] v, boolean[] over) {
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      if (over[i]) {
        norm = Math.max(norm, Math.abs(v[i]));
      }
    }
    return norm;
  }

  private static boolean allFinite(double[] v) {
    for (double e : v) {
      if (!Double.isFinite(e)) {
        return false;
      }
    }
    return true;
  }
}
