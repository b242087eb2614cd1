package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Fits never throw for numerical reasons: limits of the models end on the edge of the parameters' range
 * with a {@link FitStatus#BOUNDARY} status, evaluations that fail are infeasible points, and a likelihood
 * that cannot be evaluated anywhere is a {@link FitStatus#NUMERICAL_FAILURE}.
 */
final class FitRobustnessTest {

  /**
   * Customers who buy at gamma-distributed Poisson rates (shape 2, mean 0.1 a week) and all live an
   * Erlang-distributed time with four phases and a mean of 30 weeks: no heterogeneity in dropout, and
   * lifetimes less variable than any mixture of exponentials. Ages are uniform in 20 to 60 weeks, times
   * rounded to days. This is what drove the demo shop's Pareto/NBD fit to s, beta towards infinity.
   */
  private static WeightedSummaries sameLifetimeForEveryone(int customers, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] x = new int[customers];
    double[] tx = new double[customers];
    double[] age = new double[customers];
    for (int i = 0; i < customers; i++) {
      age[i] = Math.round((20 + 40 * random.nextDouble()) * 7) / 7.0;
      double rate = (exponential(random, 1) + exponential(random, 1)) / 20;
      double lifetime = 0;
      for (int phase = 0; phase < 4; phase++) {
        lifetime += exponential(random, 30.0 / 4);
      }
      double end = Math.min(age[i], lifetime);
      for (double t = exponential(random, 1 / rate); t <= end; t += exponential(random, 1 / rate)) {
        x[i]++;
        tx[i] = Math.round(t * 7) / 7.0;
      }
    }
    return WeightedSummaries.of(x, tx, age);
  }

  private static double exponential(SplittableRandom random, double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }

  @Test
  void paretoNbdOnDataWithoutHeterogeneityInDropoutEndsOnTheBoundary() {
    ModelFit<ParetoNbdModel> fit = ParetoNbdModel.fit(sameLifetimeForEveryone(800, 5));
    FitDiagnostics diagnostics = fit.diagnostics();
    ParetoNbdParameters estimate = fit.model().parameters();
    assertAll(
        () -> assertEquals(FitStatus.BOUNDARY, diagnostics.status(), diagnostics::toString),
        () -> assertTrue(diagnostics.converged()),
        () -> assertEquals(List.of("s", "beta"), diagnostics.parametersAtBound()),
        () -> assertEquals(1e6, estimate.s(), 1e3, "s on the upper bound of its range, 10^6 times its start"),
        // The limit is an exponential lifetime with rate s/beta: one over the 30-week mean lifetime, roughly.
        () -> assertEquals(1 / 30.0, estimate.s() / estimate.beta(), 0.01),
        () -> assertEquals(List.of("r", "alpha"), List.copyOf(diagnostics.standardErrors().keySet())),
        () -> assertEquals(Map.of("s", "on the upper bound of its search range, where the likelihood has no finite "
            + "curvature", "beta", "at the upper end of its range, where the likelihood is practically flat"),
            diagnostics.unavailableStandardErrors()),
        () -> assertTrue(diagnostics.warnings().stream().anyMatch(w -> w.startsWith("s and beta reached the upper end "
            + "of their range: the data show (almost) no heterogeneity in dropout rates; every customer's lifetime is "
            + "exponential with the same rate s/beta = ")), diagnostics::toString),
        () -> assertTrue(Double.isFinite(diagnostics.logLikelihood())));
  }

  @Test
  void bgNbdOnDataWithoutHeterogeneityInDropoutEndsOnTheBoundary() {
    ModelFit<BgNbdModel> fit = BgNbdModel.fit(sameLifetimeForEveryone(800, 4));
    FitDiagnostics diagnostics = fit.diagnostics();
    assertAll(
        () -> assertEquals(FitStatus.BOUNDARY, diagnostics.status(), diagnostics::toString),
        () -> assertEquals(List.of("a", "b"), diagnostics.parametersAtBound()),
        () -> assertEquals(List.of("r", "alpha"), List.copyOf(diagnostics.standardErrors().keySet())),
        () -> assertTrue(diagnostics.warnings().stream().anyMatch(w -> w.startsWith("a and b reached the upper end of "
            + "their range: the data show (almost) no heterogeneity in dropout; every customer drops out after each "
            + "repeat purchase with the same probability a/(a+b) = ")), diagnostics::toString));
  }

  @Test
  void aConstantRetentionRateIsTheGeometricLimitOfTheShiftedBetaGeometricModel() {
    // Half of the customers stay each period, whoever they are: the sBG's retention never rises.
    ModelFit<ShiftedBetaGeometricModel> fit = ShiftedBetaGeometricModel.fit(new long[] {65_536, 32_768, 16_384,
        8_192, 4_096, 2_048, 1_024});
    FitDiagnostics diagnostics = fit.diagnostics();
    assertAll(
        () -> assertEquals(FitStatus.BOUNDARY, diagnostics.status(), diagnostics::toString),
        () -> assertTrue(diagnostics.warnings().stream().anyMatch(w -> w.endsWith("the shifted-beta-geometric model "
            + "reduces to the geometric model, a constant retention rate of 0.5000")), diagnostics::toString));
  }

  @Test
  void anEvaluationThatThrowsInsideTheLineSearchIsAnInfeasiblePoint() {
    // BG/NBD on CDNOW, with a likelihood that cannot be computed for a < 0.4: the search starts at a = 1
    // and ends at a = 0.79, but its early steps overshoot to a = 0.34, where it must now backtrack.
    LogLikelihood plain = new BetaGeometricNbdLikelihood(Cdnow.weighted(), false);
    int[] thrown = new int[1];
    LogLikelihood fragile = new Delegate(plain) {
      @Override
      public double value(double[] theta, double[] gradient) {
        if (theta[2] < 0.4) {
          thrown[0]++;
          throw new ArithmeticException("2F1 must converge within 200000 terms");
        }
        return super.value(theta, gradient);
      }
    };
    MaximumLikelihood.Estimate estimate = MaximumLikelihood.fit(fragile, FitOptions.defaults());
    MaximumLikelihood.Estimate expected = MaximumLikelihood.fit(plain, FitOptions.defaults());
    assertAll(
        () -> assertTrue(thrown[0] > 0, "the search never went below a = 0.4"),
        () -> assertEquals(FitStatus.CONVERGED, estimate.diagnostics().status(), estimate.diagnostics()::toString),
        () -> assertArrayEquals(expected.parameters(), estimate.parameters(), 1e-6));
  }

  @Test
  void aLikelihoodThatCannotBeEvaluatedAnywhereIsANumericalFailure() {
    LogLikelihood hopeless = new Delegate(new BetaGeometricNbdLikelihood(Cdnow.weighted(), false)) {
      @Override
      public double value(double[] theta, double[] gradient) {
        throw new ArithmeticException("no value anywhere");
      }
    };
    MaximumLikelihood.Estimate estimate = MaximumLikelihood.fit(hopeless, FitOptions.defaults());
    FitDiagnostics diagnostics = estimate.diagnostics();
    assertAll(
        () -> assertEquals(FitStatus.NUMERICAL_FAILURE, diagnostics.status()),
        () -> assertEquals(false, diagnostics.converged()),
        () -> assertEquals(1 + FitOptions.FALLBACK_STARTS, diagnostics.starts()),
        () -> assertTrue(Double.isNaN(diagnostics.logLikelihood())),
        () -> assertEquals(Map.of(), diagnostics.standardErrors()),
        () -> assertEquals(List.of("r", "alpha", "a", "b"), List.copyOf(diagnostics.unavailableStandardErrors().keySet())),
        () -> assertArrayEquals(new BetaGeometricNbdLikelihood(Cdnow.weighted(), false).initialValues(),
            estimate.parameters(), 1e-12, "the first start"),
        () -> assertTrue(diagnostics.warnings().get(1).startsWith("the log-likelihood could not be evaluated at any of "
            + "the 5 starting point(s), for example at r = 1.000, alpha = "), diagnostics::toString));
  }

  /** A likelihood that forwards to another, for tests that break one of its methods. */
  private static class Delegate implements LogLikelihood {
    private final LogLikelihood delegate;

    Delegate(LogLikelihood delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<String> parameterNames() {
      return delegate.parameterNames();
    }

    @Override
    public double[] initialValues() {
      return delegate.initialValues();
    }

    @Override
    public double totalWeight() {
      return delegate.totalWeight();
    }

    @Override
    public double value(double[] theta, double[] gradient) {
      return delegate.value(theta, gradient);
    }

    @Override
    public List<String> limits(double[] theta, boolean[] reached) {
      return delegate.limits(theta, reached);
    }
  }
}
