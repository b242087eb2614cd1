package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How a model is fitted by maximum likelihood. The defaults suit every model in this package; change them
 * to regularise ({@link #withL2Penalty}), to start from known estimates ({@link #withInitialValues}, for
 * example yesterday's fit) or to search harder on difficult data ({@link #withStarts}).
 *
 * <p>Fitting minimises {@code −ℓ(θ) / W + λ Σ θ_k²} over the logarithms of the (positive) parameters θ,
 * where ℓ is the weighted log-likelihood, W the total weight (the number of customers) and λ the L2
 * penalty. Dividing by W makes the penalty and the gradient tolerance independent of the data's size;
 * the penalty on the natural parameters is the one lifetimes uses, so the same λ gives the same estimates.
 * Every model of this package honours it: BG/NBD, MBG/NBD, Pareto/NBD, BG/BB, the shifted-beta-geometric
 * and Gamma-Gamma models; the penalty shrinks all their parameters towards 0, scales (α, β, γ) included,
 * so it is not invariant to the time unit or the currency.
 *
 * <p>Each parameter is searched within a factor of 10^6 either way of the model's data-driven starting
 * value: the shapes (r, s, a, b, p and the BG/BB and sBG parameters start at 1, q at 2) between 10^-6 and
 * 10^6 (q: 2·10^-6 to 2·10^6), and the scales within 10^6 of their data-based start (α: the total age per
 * repeat transaction, which matches the observed purchase rate; β of Pareto/NBD: the mean age; γ of
 * Gamma-Gamma: the mean repeat spend), so that the range moves with the time unit and the currency. A gamma
 * distribution with a shape of 10^6 has a coefficient of variation of 0.1 %, a beta distribution with
 * a + b = 10^6 a standard deviation below 0.05 percentage points: each is a point mass for any practical
 * purpose. A maximum on the edge (on the bound, or above 10^3 times the start, where the likelihood is
 * practically flat towards it) is therefore the model's limiting case without that heterogeneity, which
 * the fit reports as {@link FitStatus#BOUNDARY} with the limit in words (each model's documentation lists
 * its limits). Keeping the search inside the range also keeps the likelihood accurately computable.
 * Initial values outside the range are moved onto it.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param l2Penalty λ, the weight of the L2 penalty on the parameters; 0 for plain maximum likelihood
 * @param maxIterations the most quasi-Newton iterations per start; positive
 * @param gradientTolerance convergence threshold for the largest component of the objective's gradient
 *     with respect to the log-parameters; positive
 * @param starts how many starting points to try, keeping the best; at least 1 (when no start converges,
 *     up to {@value #FALLBACK_STARTS} more are tried before giving up)
 * @param initialValues the first starting point; empty for the model's own data-driven start
 * @since 0.1.0
 */
public record FitOptions(
    double l2Penalty,
    int maxIterations,
    double gradientTolerance,
    int starts,
    Optional<ModelParameters> initialValues) {

  /** How many extra starting points are tried when no requested start converges. */
  public static final int FALLBACK_STARTS = 4;

  private static final FitOptions DEFAULTS = new FitOptions(0, 500, 1e-8, 1, Optional.empty());

  /**
   * Creates {@code FitOptions}, validating every component.
   *
   * @param l2Penalty λ, the weight of the L2 penalty on the parameters; 0 for plain maximum likelihood
   * @param maxIterations the most quasi-Newton iterations per start; positive
   * @param gradientTolerance convergence threshold for the largest component of the objective's gradient
   *     with respect to the log-parameters; positive
   * @param starts how many starting points to try, keeping the best; at least 1
   * @param initialValues the first starting point; empty for the model's own data-driven start
   * @throws NullPointerException if {@code initialValues} is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public FitOptions {
    requireArgument(Double.isFinite(l2Penalty) && l2Penalty >= 0,
        "l2Penalty must be finite and not negative: %s", l2Penalty);
    requireArgument(maxIterations > 0, "maxIterations must be positive: %s", maxIterations);
    requireArgument(Double.isFinite(gradientTolerance) && gradientTolerance > 0,
        "gradientTolerance must be positive and finite: %s", gradientTolerance);
    requireArgument(starts >= 1, "starts must be at least 1: %s", starts);
    requireNonNull(initialValues, "initialValues");
  }

  /**
   * Returns the defaults: no penalty, 500 iterations, gradient tolerance 1e-8, one start from the model's
   * data-driven initial values.
   *
   * @return the default options
   */
  public static FitOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another L2 penalty.
   *
   * @param value λ; finite and not negative
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public FitOptions withL2Penalty(double value) {
    return new FitOptions(value, maxIterations, gradientTolerance, starts, initialValues);
  }

  /**
   * Returns a copy with another iteration limit.
   *
   * @param value the most iterations per start; positive
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public FitOptions withMaxIterations(int value) {
    return new FitOptions(l2Penalty, value, gradientTolerance, starts, initialValues);
  }

  /**
   * Returns a copy with another gradient tolerance.
   *
   * @param value the tolerance; positive and finite
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is out of range
   */
  public FitOptions withGradientTolerance(double value) {
    return new FitOptions(l2Penalty, maxIterations, value, starts, initialValues);
  }

  /**
   * Returns a copy that tries {@code value} starting points: the initial values and deterministic
   * perturbations of them.
   *
   * @param value the number of starts; at least 1
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is less than 1
   */
  public FitOptions withStarts(int value) {
    return new FitOptions(l2Penalty, maxIterations, gradientTolerance, value, initialValues);
  }

  /**
   * Returns a copy that starts from {@code value}, which must be parameters of the model being fitted.
   *
   * @param value the starting parameters
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public FitOptions withInitialValues(ModelParameters value) {
    return new FitOptions(l2Penalty, maxIterations, gradientTolerance, starts,
        Optional.of(requireNonNull(value, "value")));
  }
}
