package io.retentionkit.clv;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * The BG/NBD model of repeat transactions in continuous time (Fader, Hardie &amp; Lee 2005, "Counting Your
 * Customers the Easy Way: An Alternative to the Pareto/NBD Model", doi:10.1287/mksc.1040.0098). While
 * active, a customer transacts as a Poisson process with rate λ ~ gamma(r, α); after each transaction
 * they become inactive with probability p ~ beta(a, b). A customer without repeat transactions is
 * therefore certainly active.
 *
 * <p>Formulas, with Δ = ln(α+T) − ln(α+t_x):
 * <ul>
 *   <li>P(alive | x, t_x, T) = 1 / (1 + [x &gt; 0] a/(b+x−1) · e^((r+x)Δ)), evaluated as a logistic
 *       function, so x in the thousands gives 0 or 1 rather than overflow;</li>
 *   <li>E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))] (eq. 9);</li>
 *   <li>E[Y(t) | x, t_x, T] = P(alive) · E[X(t)] at (r+x, α+T, a, b+x) (eq. 10);</li>
 *   <li>P(X(t) = n) by eq. 8, and its conditional version as P(alive) times that at the posterior
 *       parameters, plus 1 − P(alive) at n = 0.</li>
 * </ul>
 * The hypergeometric function is computed in log space (see {@code io.retentionkit.internal.Hypergeometric}
 * for its method and range), so predictions stay finite for heavy buyers.
 *
 * <h2>Limits</h2>
 *
 * <p>A fit that runs to the upper end of the parameters' search range (see {@link FitOptions}; the status
 * is {@link FitStatus#BOUNDARY}) has found that the data prefer a limit of the model, which
 * {@link FitDiagnostics#warnings()} names:
 *
 * <ul>
 *   <li>r and alpha without bound, r/alpha fixed: no heterogeneity in purchase rates; every active customer
 *       buys as a Poisson process with rate r/alpha (the beta-geometric/Poisson model).</li>
 *   <li>a and b without bound, a/(a+b) fixed: no heterogeneity in dropout; every customer drops out after
 *       each repeat purchase with probability a/(a+b). Regular repeat purchasing pushes a fit here.</li>
 * </ul>
 * Predictions at such estimates are those of the limiting model; the parameters at the edge have no
 * standard error ({@link FitDiagnostics#unavailableStandardErrors()} says why).
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @since 0.1.0
 */
public final class BgNbdModel extends BetaGeometricNbdModel {
  private final BgNbdParameters parameters;

  private BgNbdModel(BgNbdParameters parameters) {
    super(parameters.r(), parameters.alpha(), parameters.a(), parameters.b(), false);
    this.parameters = parameters;
  }

  /**
   * Returns the model with the given parameters.
   *
   * @param parameters the parameters
   * @return the model
   * @throws NullPointerException if {@code parameters} is null
   */
  public static BgNbdModel of(BgNbdParameters parameters) {
    return new BgNbdModel(requireNonNull(parameters, "parameters"));
  }

  /**
   * Fits the model with default options.
   *
   * @param data the customers' (x, t_x, T) rows
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if {@code data} is null
   * @throws IllegalArgumentException if no customer made a repeat transaction
   */
  public static ModelFit<BgNbdModel> fit(WeightedSummaries data) {
    return fit(data, FitOptions.defaults());
  }

  /**
   * Fits the model by maximum likelihood.
   *
   * @param data the customers' (x, t_x, T) rows
   * @param options how to fit
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no customer made a repeat transaction, or the initial values in
   *     {@code options} belong to another model
   */
  public static ModelFit<BgNbdModel> fit(WeightedSummaries data, FitOptions options) {
    MaximumLikelihood.Estimate estimate = BetaGeometricNbdModel.estimate(data, options, false, "BG/NBD");
    double[] t = estimate.parameters();
    return new ModelFit<>(of(new BgNbdParameters(t[0], t[1], t[2], t[3])), estimate.diagnostics());
  }

  @Override
  public String name() {
    return "bgnbd";
  }

  @Override
  public BgNbdParameters parameters() {
    return parameters;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BgNbdModel other && parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(BgNbdModel.class, parameters);
  }

  @Override
  public String toString() {
    return "BgNbdModel" + parameters.asMap();
  }
}
