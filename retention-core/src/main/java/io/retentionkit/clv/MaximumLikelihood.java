package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;

import io.retentionkit.internal.Bfgs;
import io.retentionkit.internal.DifferentiableFunction;
import io.retentionkit.internal.Minimum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fits any {@link LogLikelihood} by penalised maximum likelihood on the log scale (see {@link FitOptions}
 * for the objective and the box each parameter is searched in), from one or more starting points, and
 * derives standard errors from a numerical Hessian of the analytic gradient. Never throws for numerical
 * reasons: a likelihood that cannot be evaluated (non-finite, or an {@link ArithmeticException} from a
 * special function) is an infeasible point for the optimiser, a start where it cannot be evaluated is
 * abandoned for the next, and when none works the result says {@link FitStatus#NUMERICAL_FAILURE}.
 */
final class MaximumLikelihood {
  /**
   * Each parameter is searched within this factor of the model's data-driven starting value, either way:
   * see {@link FitOptions}.
   */
  static final double RANGE = 1e6;
  private static final double LOG_RANGE = Math.log(RANGE);
  /**
   * A converged estimate within this (log-scale) distance of a bound is on it: towards a limit the
   * gradient falls like 1/θ, so the tolerance may stop the search a hair's breadth short of the bound.
   */
  private static final double ON_BOUND = Math.log1p(1e-3);
  /** Relative step of the central differences that turn the analytic gradient into a Hessian. */
  private static final double HESSIAN_STEP = 1e-5;
  /** Spread, on the log scale, of the perturbed starting points. */
  private static final double START_SPREAD = 1.5;

  private MaximumLikelihood() {}

  /** The estimate and its diagnostics. */
  record Estimate(double[] parameters, FitDiagnostics diagnostics) {}

  /**
   * Fits {@code likelihood}.
   *
   * @throws IllegalArgumentException if {@code options} hold initial values of another model
   */
  static Estimate fit(LogLikelihood likelihood, FitOptions options) {
    List<String> names = likelihood.parameterNames();
    double[] dataStart = likelihood.initialValues();
    double[] first = dataStart;
    if (options.initialValues().isPresent()) {
      ModelParameters initial = options.initialValues().get();
      requireArgument(initial.names().equals(names),
          "initial values must have the parameters %s of the model being fitted: %s", names, initial.names());
      first = initial.values();
    }
    int n = names.size();
    double[] lower = new double[n];
    double[] upper = new double[n];
    for (int i = 0; i < n; i++) {
      lower[i] = Math.log(dataStart[i]) - LOG_RANGE;
      upper[i] = Math.log(dataStart[i]) + LOG_RANGE;
    }
    Objective objective = new Objective(likelihood, options.l2Penalty());
    Bfgs bfgs = new Bfgs(options.maxIterations(), options.gradientTolerance());
    Minimum best = null;
    int evaluations = 0;
    int tried = 0;
    int limit = options.starts() + FitOptions.FALLBACK_STARTS;
    while (tried < options.starts() || (!best.converged() && tried < limit)) {
      Minimum candidate = bfgs.minimize(objective, start(first, tried), lower, upper);
      evaluations += candidate.evaluations();
      tried++;
      if (best == null || better(candidate, best)) {
        best = candidate;
      }
    }
    List<String> warnings = new ArrayList<>();
    if (tried > options.starts()) {
      warnings.add(String.format(Locale.ROOT,
          "the first %d start(s) did not converge; %d fallback start(s) were tried",
          options.starts(), tried - options.starts()));
    }
    if (best.stop() == Minimum.Stop.INFEASIBLE_START) {
      return numericalFailure(likelihood, best, lower, upper, tried, evaluations, warnings);
    }
    double[] point = best.point();
    double[] theta = exp(point);
    Edge edge = new Edge(point, lower, upper, dataStart, best);
    List<String> atEdge = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (edge.onBound[i] || edge.beyondNear[i]) {
        atEdge.add(names.get(i));
        warnings.add(edge.onBound[i]
            ? String.format(Locale.ROOT, "%s ran to the %s bound of its search range (%s): the likelihood keeps %s "
                + "towards the edge of the parameter space, so the estimate is a limit, not an interior maximum",
                names.get(i), edge.upper[i] ? "upper" : "lower", Limits.number(theta[i]),
                best.converged() ? "rising" : "rising or could not be followed")
            : String.format(Locale.ROOT, "%s is more than %s times its starting value (%s): the likelihood is "
                + "practically flat towards the edge of the parameter space, so the estimate is practically a limit",
                names.get(i), Limits.number(Limits.NEAR), Limits.number(theta[i])));
      }
    }
    warnings.addAll(likelihood.limits(theta, edge.reached()));
    FitStatus status = best.converged() ? (atEdge.isEmpty() ? FitStatus.CONVERGED : FitStatus.BOUNDARY)
        : best.stop() == Minimum.Stop.ITERATION_LIMIT ? FitStatus.ITERATION_LIMIT : FitStatus.STALLED;
    double logLikelihood = -(best.value() - objective.penalty(theta)) * likelihood.totalWeight();
    Map<String, Double> standardErrors = new LinkedHashMap<>();
    Map<String, String> unavailable = new LinkedHashMap<>();
    standardErrors(likelihood, theta, edge, options.l2Penalty(), standardErrors, unavailable);
    unavailable.entrySet().stream().filter(e -> !atEdge.contains(e.getKey())).map(Map.Entry::getValue).distinct()
        .forEach(reason -> warnings.add("standard errors unavailable: " + reason));
    if (!atEdge.isEmpty() && !standardErrors.isEmpty()) {
      warnings.add("the standard errors of the other parameters are conditional on " + String.join(" and ", atEdge)
          + " at the edge");
    }
    if (options.l2Penalty() > 0) {
      warnings.add("estimates and standard errors are of the penalised likelihood (l2Penalty "
          + options.l2Penalty() + ")");
    }
    FitDiagnostics diagnostics = new FitDiagnostics(status, best.status(), best.iterations(), evaluations, tried,
        logLikelihood, best.gradientNorm(), likelihood.totalWeight(), standardErrors, unavailable, atEdge, warnings);
    return new Estimate(theta, diagnostics);
  }

  /**
   * Which parameters lie at the edge of their search range: on a bound (or, for a converged fit, within
   * {@link #ON_BOUND} of one), or, for a converged fit, above {@link Limits#NEAR} times their start, where
   * the likelihood is practically flat towards the model's limit.
   */
  private static final class Edge {
    final boolean[] onBound;
    final boolean[] upper;
    final boolean[] beyondNear;

    Edge(double[] point, double[] lower, double[] upperBound, double[] start, Minimum minimum) {
      int n = point.length;
      onBound = minimum.atBound();
      upper = new boolean[n];
      beyondNear = new boolean[n];
      for (int i = 0; i < n; i++) {
        onBound[i] |= minimum.converged() && Math.min(point[i] - lower[i], upperBound[i] - point[i]) <= ON_BOUND;
        upper[i] = point[i] > Math.log(start[i]);
        beyondNear[i] = !onBound[i] && minimum.converged() && point[i] > Math.log(Limits.NEAR * start[i]);
      }
    }

    boolean at(int i) {
      return onBound[i] || beyondNear[i];
    }

    /** The parameters at the upper end of their range, for {@link LogLikelihood#limits}. */
    boolean[] reached() {
      boolean[] reached = new boolean[onBound.length];
      for (int i = 0; i < reached.length; i++) {
        reached[i] = at(i) && upper[i];
      }
      return reached;
    }
  }

  /**
   * The result when the likelihood could not be evaluated at any start: the first start as the "estimate",
   * marked as a failure, with the region that failed named in a warning.
   */
  private static Estimate numericalFailure(LogLikelihood likelihood, Minimum first, double[] lower,
      double[] upper, int tried, int evaluations, List<String> warnings) {
    List<String> names = likelihood.parameterNames();
    double[] point = first.point();
    double[] theta = new double[point.length];
    List<String> values = new ArrayList<>();
    Map<String, String> unavailable = new LinkedHashMap<>();
    for (int i = 0; i < point.length; i++) {
      theta[i] = Math.exp(Math.min(upper[i], Math.max(lower[i], point[i])));
      values.add(names.get(i) + " = " + Limits.number(theta[i]));
      unavailable.put(names.get(i), "the fit failed: the likelihood could not be evaluated");
    }
    warnings.add(String.format(Locale.ROOT,
        "the log-likelihood could not be evaluated at any of the %d starting point(s), for example at %s: the "
            + "data drive it beyond what double precision can represent there; try other initial values or a "
            + "small L2 penalty",
        tried, String.join(", ", values)));
    FitDiagnostics diagnostics = new FitDiagnostics(FitStatus.NUMERICAL_FAILURE, first.status(), 0, evaluations,
        tried, Double.NaN, Double.NaN, likelihood.totalWeight(), Map.of(), unavailable, List.of(), warnings);
    return new Estimate(theta, diagnostics);
  }

  /** Converged beats not converged; then the lower objective; a start that could not be evaluated never wins. */
  private static boolean better(Minimum candidate, Minimum best) {
    if (candidate.stop() == Minimum.Stop.INFEASIBLE_START || best.stop() == Minimum.Stop.INFEASIBLE_START) {
      return best.stop() == Minimum.Stop.INFEASIBLE_START && candidate.stop() != Minimum.Stop.INFEASIBLE_START;
    }
    if (candidate.converged() != best.converged()) {
      return candidate.converged();
    }
    return candidate.value() < best.value();
  }

  /** Start 0 is the initial point; later starts perturb its logarithm by a seeded uniform amount. */
  private static double[] start(double[] initial, int index) {
    double[] point = new double[initial.length];
    SplittableRandom random = new SplittableRandom(0x5EED_0000L + index);
    for (int i = 0; i < point.length; i++) {
      double shift = index == 0 ? 0 : random.nextDouble(-START_SPREAD, START_SPREAD);
      point[i] = Math.log(initial[i]) + shift;
    }
    return point;
  }

  private static double[] exp(double[] logs) {
    double[] values = new double[logs.length];
    for (int i = 0; i < logs.length; i++) {
      values[i] = Math.exp(logs[i]);
    }
    return values;
  }

  /** −ℓ(e^u) / W + λ Σ e^{2u}, with its gradient in u. */
  private static final class Objective implements DifferentiableFunction {
    private final LogLikelihood likelihood;
    private final double penalty;
    private final double weight;

    Objective(LogLikelihood likelihood, double penalty) {
      this.likelihood = likelihood;
      this.penalty = penalty;
      this.weight = likelihood.totalWeight();
    }

    /** λ Σ θ², the penalty term of the objective. */
    double penalty(double[] theta) {
      double sum = 0;
      for (double t : theta) {
        sum += t * t;
      }
      return penalty * sum;
    }

    @Override
    public double value(double[] logTheta, double[] gradient) {
      double[] theta = exp(logTheta);
      double value = -likelihood.value(theta, gradient) / weight + penalty(theta);
      for (int i = 0; i < theta.length; i++) {
        gradient[i] = -gradient[i] * theta[i] / weight + 2 * penalty * theta[i] * theta[i];
      }
      return value;
    }
  }

  /**
   * Standard errors from the inverse of minus the Hessian of the total penalised log-likelihood
   * ℓ(θ) − W λ Σ θ² in the parameters not at the edge (conditional on those that are), by central differences
   * of the analytic gradient with steps relative to each θ. Every parameter ends up in {@code errors} or,
   * with the reason, in {@code unavailable}.
   */
  private static void standardErrors(LogLikelihood likelihood, double[] theta, Edge edge, double penalty,
      Map<String, Double> errors, Map<String, String> unavailable) {
    List<String> names = likelihood.parameterNames();
    int n = theta.length;
    int[] free = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (!edge.at(i)) {
        free[m++] = i;
      }
    }
    String reason = "";
    double[] variances = new double[0];
    if (m > 0) {
      double[][] hessian = hessian(likelihood, theta, free, m);
      if (hessian.length == 0) {
        reason = "the likelihood cannot be computed next to the estimates";
      } else {
        double[][] information = new double[m][m];
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < m; j++) {
            information[i][j] = -0.5 * (hessian[i][j] + hessian[j][i]);
          }
          information[i][i] += 2 * penalty * likelihood.totalWeight();
        }
        variances = SymmetricMatrices.inverseDiagonal(information);
        reason = "the Hessian of the log-likelihood is not negative definite at the estimates (a parameter may "
            + "be unidentified by these data)";
      }
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (edge.onBound[i]) {
        unavailable.put(names.get(i), "on the " + (edge.upper[i] ? "upper" : "lower")
            + " bound of its search range, where the likelihood has no finite curvature");
      } else if (edge.beyondNear[i]) {
        unavailable.put(names.get(i), "at the upper end of its range, where the likelihood is practically flat");
      } else if (variances.length == m && m > 0) {
        errors.put(names.get(i), Math.sqrt(variances[k++]));
      } else {
        unavailable.put(names.get(i), reason);
      }
    }
  }

  /**
   * The Hessian of ℓ in the natural parameters listed in {@code free} (the first {@code m} entries), or an
   * empty matrix where the likelihood or its gradient cannot be computed next to {@code theta}.
   */
  private static double[][] hessian(LogLikelihood likelihood, double[] theta, int[] free, int m) {
    int n = theta.length;
    double[][] hessian = new double[m][m];
    for (int j = 0; j < m; j++) {
      int column = free[j];
      double h = HESSIAN_STEP * theta[column];
      double[] plus = theta.clone();
      double[] minus = theta.clone();
      plus[column] += h;
      minus[column] -= h;
      double[] gPlus = new double[n];
      double[] gMinus = new double[n];
      try {
        double vPlus = likelihood.value(plus, gPlus);
        double vMinus = likelihood.value(minus, gMinus);
        if (!Double.isFinite(vPlus) || !Double.isFinite(vMinus)) {
          return new double[0][];
        }
      } catch (ArithmeticException e) {
        return new double[0][];
      }
      for (int i = 0; i < m; i++) {
        hessian[i][j] = (gPlus[free[i]] - gMinus[free[i]]) / (2 * h);
      }
    }
    return hessian;
  }
}
