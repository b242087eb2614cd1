package io.retentionkit.clv;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a maximum-likelihood fit went. A fit never throws because the optimiser struggled: it returns its
 * best estimate with these diagnostics, and the caller decides. Check {@link #converged()} before trusting
 * the estimates, and read {@link #warnings()} for anything unusual.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param converged whether the optimiser met its convergence criterion (see {@link FitOptions})
 * @param status why the optimiser stopped, in words
 * @param iterations the quasi-Newton iterations of the chosen start
 * @param evaluations the likelihood evaluations over all starts
 * @param starts how many starting points were tried
 * @param logLikelihood the weighted log-likelihood ℓ at the estimates, without any penalty
 * @param gradientNorm the largest component of the minimised objective's gradient with respect to the
 *     log-parameters at the estimates (see {@link FitOptions} for the objective)
 * @param observations the total weight of the data, i.e. the number of customers (or, for the
 *     shifted-beta-geometric model, cohort members) the fit saw
 * @param standardErrors the asymptotic standard error of each parameter, by name, from the inverse of the
 *     numerical Hessian of the (penalised) log-likelihood; empty when the Hessian is not negative definite,
 *     with the reason in {@link #warnings()}
 * @param warnings anything a careful analyst should know about this fit; empty when all is well
 * @since 0.1.0
 */
public record FitDiagnostics(
    boolean converged,
    String status,
    int iterations,
    int evaluations,
    int starts,
    double logLikelihood,
    double gradientNorm,
    double observations,
    Map<String, Double> standardErrors,
    List<String> warnings) {

  /**
   * Creates {@code FitDiagnostics}, validating every component.
   *
   * @param converged whether the optimiser met its convergence criterion (see {@link FitOptions})
   * @param status why the optimiser stopped, in words
   * @param iterations the quasi-Newton iterations of the chosen start
   * @param evaluations the likelihood evaluations over all starts
   * @param starts how many starting points were tried
   * @param logLikelihood the weighted log-likelihood ℓ at the estimates, without any penalty
   * @param gradientNorm the largest component of the minimised objective's gradient with respect to the
   *     log-parameters at the estimates
   * @param observations the total weight of the data
   * @param standardErrors the asymptotic standard error of each parameter, by name; empty when unavailable
   * @param warnings anything a careful analyst should know about this fit; empty when all is well
   * @throws NullPointerException if a component is null or holds a null
   */
  public FitDiagnostics {
    requireNonNull(status, "status");
    requireNonNull(standardErrors, "standardErrors");
    Map<String, Double> copy = new LinkedHashMap<>();
    standardErrors.forEach((name, value) -> copy.put(requireNonNull(name, "name"), requireNonNull(value, "value")));
    standardErrors = Collections.unmodifiableMap(copy);
    warnings = List.copyOf(requireNonNull(warnings, "warnings"));
  }

  /** Returns a copy with one more warning. */
  FitDiagnostics withWarning(String warning) {
    List<String> more = new ArrayList<>(warnings);
    more.add(warning);
    return new FitDiagnostics(converged, status, iterations, evaluations, starts, logLikelihood, gradientNorm,
        observations, standardErrors, more);
  }
}
