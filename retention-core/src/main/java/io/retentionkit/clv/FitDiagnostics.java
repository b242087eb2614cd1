package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a maximum-likelihood fit went. A fit never throws because the optimiser struggled or the likelihood
 * could not be computed somewhere: it returns its best estimate with these diagnostics, and the caller
 * decides. Check {@link #converged()} (or {@link #status()}) before trusting the estimates, and read
 * {@link #warnings()} for anything unusual, including what a {@link FitStatus#BOUNDARY} maximum means for
 * the model.
 *
 * <p>Every parameter has either a standard error in {@link #standardErrors()} or the reason it has none in
 * {@link #unavailableStandardErrors()}.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param status how the fit ended; {@link FitStatus#converged()} says whether a maximum was found
 * @param message why the optimiser stopped, in words
 * @param iterations the quasi-Newton iterations of the chosen start
 * @param evaluations the likelihood evaluations over all starts
 * @param starts how many starting points were tried
 * @param logLikelihood the weighted log-likelihood ℓ at the estimates, without any penalty; NaN only when
 *     the status is {@link FitStatus#NUMERICAL_FAILURE}
 * @param gradientNorm the largest component of the minimised objective's gradient with respect to the
 *     log-parameters at the estimates, over the parameters not held on a bound (see {@link FitOptions} for
 *     the objective); NaN when the status is {@link FitStatus#NUMERICAL_FAILURE}
 * @param observations the total weight of the data, i.e. the number of customers (or, for the
 *     shifted-beta-geometric model, cohort members) the fit saw
 * @param standardErrors the asymptotic standard error of each parameter that has one, by name, from the
 *     inverse of the numerical Hessian of the (penalised) log-likelihood in the parameters not at the edge
 *     of their range (conditional on those that are)
 * @param unavailableStandardErrors why each of the other parameters has no standard error, by name: it lies
 *     at the edge of its range, the Hessian is not negative definite, or the likelihood cannot be computed
 *     next to the estimates
 * @param parametersAtBound the names of the parameters at the edge of their range (see
 *     {@link FitStatus#BOUNDARY}), in the model's order; empty unless the status is
 *     {@link FitStatus#BOUNDARY} or the fit stopped on a bound without converging
 * @param warnings anything a careful analyst should know about this fit; empty when all is well
 * @since 0.1.0
 */
public record FitDiagnostics(
    FitStatus status,
    String message,
    int iterations,
    int evaluations,
    int starts,
    double logLikelihood,
    double gradientNorm,
    double observations,
    Map<String, Double> standardErrors,
    Map<String, String> unavailableStandardErrors,
    List<String> parametersAtBound,
    List<String> warnings) {

  /**
   * Creates {@code FitDiagnostics}, validating every component.
   *
   * @param status how the fit ended
   * @param message why the optimiser stopped, in words
   * @param iterations the quasi-Newton iterations of the chosen start
   * @param evaluations the likelihood evaluations over all starts
   * @param starts how many starting points were tried
   * @param logLikelihood the weighted log-likelihood ℓ at the estimates, without any penalty
   * @param gradientNorm the largest component of the minimised objective's gradient with respect to the
   *     free log-parameters at the estimates
   * @param observations the total weight of the data
   * @param standardErrors the asymptotic standard error of each parameter that has one, by name
   * @param unavailableStandardErrors why each of the other parameters has no standard error, by name
   * @param parametersAtBound the names of the parameters at the edge of their range
   * @param warnings anything a careful analyst should know about this fit; empty when all is well
   * @throws NullPointerException if a component is null or holds a null
   * @throws IllegalArgumentException if a parameter has both a standard error and a reason for lacking one
   */
  public FitDiagnostics {
    requireNonNull(status, "status");
    requireNonNull(message, "message");
    standardErrors = copy(requireNonNull(standardErrors, "standardErrors"));
    unavailableStandardErrors = copy(requireNonNull(unavailableStandardErrors, "unavailableStandardErrors"));
    for (String name : unavailableStandardErrors.keySet()) {
      requireArgument(!standardErrors.containsKey(name),
          "a parameter must not have both a standard error and a reason for lacking one: %s", name);
    }
    parametersAtBound = List.copyOf(requireNonNull(parametersAtBound, "parametersAtBound"));
    warnings = List.copyOf(requireNonNull(warnings, "warnings"));
  }

  /**
   * Returns whether the fit found a maximum of the likelihood, inside the parameters' box or on its edge.
   *
   * @return {@code status().converged()}
   */
  public boolean converged() {
    return status.converged();
  }

  /** An unmodifiable copy that keeps the insertion order (the parameters' order) and rejects nulls. */
  private static <V> Map<String, V> copy(Map<String, V> map) {
    Map<String, V> copy = new LinkedHashMap<>();
    map.forEach((name, value) -> copy.put(requireNonNull(name, "name"), requireNonNull(value, "value")));
    return Collections.unmodifiableMap(copy);
  }

  /** Returns a copy with one more warning. */
  FitDiagnostics withWarning(String warning) {
    List<String> more = new ArrayList<>(warnings);
    more.add(warning);
    return new FitDiagnostics(status, message, iterations, evaluations, starts, logLikelihood, gradientNorm,
        observations, standardErrors, unavailableStandardErrors, parametersAtBound, more);
  }
}
