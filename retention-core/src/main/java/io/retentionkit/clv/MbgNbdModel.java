package io.retentionkit.clv;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * The MBG/NBD model of repeat transactions in continuous time (Batislam, Denizel &amp; Filiztekin 2007,
 * "Empirical validation and comparison of models for customer base analysis",
 * doi:10.1016/j.ijresmar.2006.12.005). It is BG/NBD with one more chance to drop out: at the first
 * purchase as well as after each repeat transaction, so that a customer without repeat transactions is not
 * assumed to be active (BG/NBD's best-known artefact).
 *
 * <p>Formulas, with Δ = ln(α+T) − ln(α+t_x):
 * <ul>
 *   <li>P(alive | x, t_x, T) = 1 / (1 + a/(b+x) · e^((r+x)Δ)), for every x, evaluated as a logistic
 *       function;</li>
 *   <li>E[X(t)] = b/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))];</li>
 *   <li>E[Y(t) | x, t_x, T] = P(alive) · (a+b+x)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x)
 *       ₂F₁(r+x, b+x+1; a+b+x; t/(α+T+t))], which is the BG/NBD expectation at (r+x, α+T, a, b+x+1);</li>
 *   <li>P(X(t) = n) = B(a, b+n+1)/B(a,b) · NB(n) + B(a+1, b+n)/B(a,b) · P(N ≥ n), and its conditional
 *       version as P(alive) times the BG/NBD probability at (r+x, α+T, a, b+x+1), plus 1 − P(alive) at
 *       n = 0.</li>
 * </ul>
 *
 * <h2>Limits</h2>
 *
 * <p>A fit that runs to the upper end of the parameters' search range (see {@link FitOptions}; the status
 * is {@link FitStatus#BOUNDARY}) has found that the data prefer a limit of the model, which
 * {@link FitDiagnostics#warnings()} names:
 *
 * <ul>
 *   <li>r and alpha without bound, r/alpha fixed: no heterogeneity in purchase rates; every active customer
 *       buys as a Poisson process with rate r/alpha.</li>
 *   <li>a and b without bound, a/(a+b) fixed: no heterogeneity in dropout; every customer drops out after
 *       each purchase, the first included, with probability a/(a+b).</li>
 * </ul>
 * Predictions at such estimates are those of the limiting model; the parameters at the edge have no
 * standard error ({@link FitDiagnostics#unavailableStandardErrors()} says why).
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @since 0.1.0
 */
public final class MbgNbdModel extends BetaGeometricNbdModel {
  private final MbgNbdParameters parameters;

  private MbgNbdModel(MbgNbdParameters parameters) {
    super(parameters.r(), parameters.alpha(), parameters.a(), parameters.b(), true);
    this.parameters = parameters;
  }

  /**
   * Returns the model with the given parameters.
   *
   * @param parameters the parameters
   * @return the model
   * @throws NullPointerException if {@code parameters} is null
   */
  public static MbgNbdModel of(MbgNbdParameters parameters) {
    return new MbgNbdModel(requireNonNull(parameters, "parameters"));
  }

  /**
   * Fits the model with default options.
   *
   * @param data the customers' (x, t_x, T) rows
   * @return the fitted model and its diagnostics
   * @throws NullPointerException if {@code data} is null
   * @throws IllegalArgumentException if no customer made a repeat transaction
   */
  public static ModelFit<MbgNbdModel> fit(WeightedSummaries data) {
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
  public static ModelFit<MbgNbdModel> fit(WeightedSummaries data, FitOptions options) {
    MaximumLikelihood.Estimate estimate = BetaGeometricNbdModel.estimate(data, options, true, "MBG/NBD");
    double[] t = estimate.parameters();
    return new ModelFit<>(of(new MbgNbdParameters(t[0], t[1], t[2], t[3])), estimate.diagnostics());
  }

  @Override
  public String name() {
    return "mbgnbd";
  }

  @Override
  public MbgNbdParameters parameters() {
    return parameters;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MbgNbdModel other && parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(MbgNbdModel.class, parameters);
  }

  @Override
  public String toString() {
    return "MbgNbdModel" + parameters.asMap();
  }
}
