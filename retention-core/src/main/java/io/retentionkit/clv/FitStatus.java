package io.retentionkit.clv;

/**
 * How a maximum-likelihood fit ended. {@link #CONVERGED} and {@link #BOUNDARY} found a maximum; the others
 * did not, and their estimates are only the best point the optimiser reached.
 *
 * <p>Every parameter is searched within a box (see {@link FitOptions}): far enough out to hold any
 * meaningful estimate, near enough that the likelihood can be computed accurately. A maximum on the box's
 * edge is a {@link #BOUNDARY} maximum: the data are best described by a limiting case of the model, most
 * often one without heterogeneity in the quantity the parameter pair describes.
 * {@link FitDiagnostics#warnings()} spells out the limit, and the parameters at the edge have no standard
 * error.
 *
 * @since 0.1.0
 */
public enum FitStatus {
  /** The gradient met the tolerance at an interior point: an ordinary maximum. */
  CONVERGED,
  /**
   * The gradient of the free parameters met the tolerance with at least one parameter at the edge of its
   * range: on its bound, pushed outwards, or above 1000 times its starting value, where the likelihood is
   * practically flat towards the model's limit and the search may stop anywhere. The maximum lies on the
   * edge of the parameter space.
   */
  BOUNDARY,
  /** The iteration limit was reached before the gradient met the tolerance. */
  ITERATION_LIMIT,
  /** The line search found no decrease while the gradient was still large. */
  STALLED,
  /**
   * The likelihood could not be evaluated at any starting point: the data drive it outside what double
   * precision can represent there. No estimate was found; the parameters reported are the first start.
   */
  NUMERICAL_FAILURE;

  /**
   * Returns whether the fit found a maximum of the likelihood, inside the box or on its edge.
   *
   * @return {@code true} for {@link #CONVERGED} and {@link #BOUNDARY}
   */
  public boolean converged() {
    return this == CONVERGED || this == BOUNDARY;
  }
}
