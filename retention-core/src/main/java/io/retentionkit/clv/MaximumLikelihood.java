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
 * for the objective), from one or more starting points, and derives standard errors from a numerical
 * Hessian of the analytic gradient.
 */
final class MaximumLikelihood {
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
    double[] first = likelihood.initialValues();
    if (options.initialValues().isPresent()) {
      ModelParameters initial = options.initialValues().get();
      requireArgument(initial.names().equals(names),
          "initial values must have the parameters %s of the model being fitted: %s", names, initial.names());
      first = initial.values();
    }
    Objective objective = new Objective(likelihood, options.l2Penalty());
    Bfgs bfgs = new Bfgs(options.maxIterations(), options.gradientTolerance());
    Minimum best = null;
    int evaluations = 0;
    int tried = 0;
    int limit = options.starts() + FitOptions.FALLBACK_STARTS;
    while (tried < options.starts() || (!best.converged() && tried < limit)) {
      Minimum candidate = bfgs.minimize(objective, start(first, tried));
      evaluations += candidate.evaluations();
      tried++;
      if (best == null || better(candidate, best)) {
        best = candidate;
      }
    }
    double[] theta = exp(best.point());
    List<String> warnings = new ArrayList<>();
    if (tried > options.starts()) {
      warnings.add(String.format(Locale.ROOT,
          "the first %d start(s) did not converge; %d fallback start(s) were tried",
          options.starts(), tried - options.starts()));
    }
    double logLikelihood = likelihood.value(theta, new double[theta.length]);
    Map<String, Double> standardErrors = standardErrors(likelihood, theta, options.l2Penalty(), names, warnings);
    if (options.l2Penalty() > 0) {
      warnings.add("estimates and standard errors are of the penalised likelihood (l2Penalty "
          + options.l2Penalty() + ")");
    }
    FitDiagnostics diagnostics = new FitDiagnostics(best.converged(), best.status(), best.iterations(),
        evaluations, tried, logLikelihood, best.gradientNorm(), likelihood.totalWeight(), standardErrors,
        warnings);
    return new Estimate(theta, diagnostics);
  }

  private static boolean better(Minimum candidate, Minimum best) {
    if (candidate.converged() != best.converged()) {
      return candidate.converged();
    }
    return candidate.value() < best.value() || Double.isNaN(best.value());
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

    @Override
    public double value(double[] logTheta, double[] gradient) {
      double[] theta = exp(logTheta);
      for (double t : theta) {
        if (!(t > 0 && t < Double.POSITIVE_INFINITY)) {
          return Double.POSITIVE_INFINITY;
        }
      }
      double value = -likelihood.value(theta, gradient) / weight;
      for (int i = 0; i < theta.length; i++) {
        value += penalty * theta[i] * theta[i];
        gradient[i] = -gradient[i] * theta[i] / weight + 2 * penalty * theta[i] * theta[i];
      }
      return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }
  }

  /**
   * Standard errors from the inverse of minus the Hessian of the total penalised log-likelihood
   * ℓ(θ) − W λ Σ θ², by central differences of the analytic gradient with steps relative to each θ.
   */
  private static Map<String, Double> standardErrors(LogLikelihood likelihood, double[] theta, double penalty,
      List<String> names, List<String> warnings) {
    int n = theta.length;
    double[][] hessian = new double[n][n];
    double penaltyCurvature = 2 * penalty * likelihood.totalWeight();
    for (int j = 0; j < n; j++) {
      double h = HESSIAN_STEP * theta[j];
      double[] plus = theta.clone();
      double[] minus = theta.clone();
      plus[j] += h;
      minus[j] -= h;
      double[] gPlus = new double[n];
      double[] gMinus = new double[n];
      double vPlus = likelihood.value(plus, gPlus);
      double vMinus = likelihood.value(minus, gMinus);
      if (!Double.isFinite(vPlus) || !Double.isFinite(vMinus)) {
        warnings.add("standard errors unavailable: the likelihood is not finite next to the estimates");
        return Map.of();
      }
      for (int i = 0; i < n; i++) {
        hessian[i][j] = (gPlus[i] - gMinus[i]) / (2 * h);
      }
    }
    double[][] information = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        information[i][j] = -0.5 * (hessian[i][j] + hessian[j][i]);
      }
      information[i][i] += penaltyCurvature;
    }
    double[] variances = SymmetricMatrices.inverseDiagonal(information);
    if (variances.length == 0) {
      warnings.add("standard errors unavailable: the Hessian of the log-likelihood is not negative definite "
          + "at the estimates (a parameter may be unidentified by these data)");
      return Map.of();
    }
    Map<String, Double> errors = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      errors.put(names.get(i), Math.sqrt(variances[i]));
    }
    return errors;
  }
}
