package io.retentionkit.clv;

import static java.util.Objects.requireNonNull;

/**
 * A model fitted by maximum likelihood, with the diagnostics of the fit.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param <M> the model type
 * @param model the model at the estimated parameters
 * @param diagnostics how the fit went; check {@link FitDiagnostics#converged()} before relying on
 *     {@code model}
 * @since 0.1.0
 */
public record ModelFit<M>(M model, FitDiagnostics diagnostics) {

  /**
   * Creates a {@code ModelFit}, validating every component.
   *
   * @param model the model at the estimated parameters
   * @param diagnostics how the fit went
   * @throws NullPointerException if a component is null
   */
  public ModelFit {
    requireNonNull(model, "model");
    requireNonNull(diagnostics, "diagnostics");
  }
}
