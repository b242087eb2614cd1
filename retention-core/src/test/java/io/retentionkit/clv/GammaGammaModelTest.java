package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

final class GammaGammaModelTest {
  private static final GammaGammaModel PUBLISHED = GammaGammaModel.of(new GammaGammaParameters(6.25, 3.74, 15.44));

  @Test
  void fitsTheCdnowRepeatCustomersAsPublished() {
    ModelFit<GammaGammaModel> fit = GammaGammaModel.fit(Cdnow.summaries());
    GammaGammaParameters p = fit.model().parameters();
    assertAll(
        () -> assertTrue(fit.diagnostics().converged(), fit.diagnostics().toString()),
        () -> assertEquals(946.0, fit.diagnostics().observations()),
        () -> assertEquals(6.25, p.p(), 0.005),
        () -> assertEquals(3.74, p.q(), 0.005),
        () -> assertEquals(15.44, p.gamma(), 0.005),
        () -> assertEquals(-4055.9177, fit.diagnostics().logLikelihood(), 1e-4),
        () -> assertEquals(List.of("p", "q", "gamma"), List.copyOf(fit.diagnostics().standardErrors().keySet())),
        () -> assertTrue(fit.diagnostics().warnings().isEmpty()));
  }

  @Test
  void conditionalExpectedSpendOfTheFirstTenCdnowCustomers() {
    GammaGammaModel model = GammaGammaModel.fit(Cdnow.summaries()).model();
    double[] expected = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
    CustomerSummaries s = Cdnow.summaries();
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], model.expectedSpend(s.repeatTransactions(i), s.meanRepeatSpend(i).orElse(0)),
          0.1, "customer " + (i + 1));
    }
  }

  @Test
  void customersWithoutRepeatsExpectThePopulationMean() {
    assertEquals(PUBLISHED.populationMeanSpend().getAsDouble(), PUBLISHED.expectedSpend(0, Double.NaN), 1e-12);
  }

  @Test
  void populationMomentsFollowTheirFormulas() {
    double p = 6.25;
    double q = 3.74;
    double g = 15.44;
    assertAll(
        () -> assertEquals(p * g / (q - 1), PUBLISHED.populationMeanSpend().getAsDouble(), 1e-12),
        () -> assertEquals(p * p * g * g / ((q - 1) * (q - 1) * (q - 2)),
            PUBLISHED.populationSpendVariance().getAsDouble(), 1e-9),
        () -> assertEquals(OptionalDouble.empty(),
            GammaGammaModel.of(new GammaGammaParameters(1, 1, 1)).populationMeanSpend()),
        () -> assertEquals(OptionalDouble.empty(),
            GammaGammaModel.of(new GammaGammaParameters(1, 2, 1)).populationSpendVariance()));
  }

  @Test
  void zeroValueRepeatCustomersAreLeftOutAndReported() {
    ModelFit<GammaGammaModel> fit = GammaGammaModel.fit(new int[] {1, 2, 3, 1, 0},
        new double[] {10, 20, 15, 0, Double.NaN}, FitOptions.defaults());
    assertAll(
        () -> assertEquals(3.0, fit.diagnostics().observations()),
        () -> assertTrue(fit.diagnostics().warnings()
            .contains("1 customer(s) with repeat transactions of zero total value were left out")));
  }

  @Test
  void refusesDataWithoutRepeatSpend() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GammaGammaModel.fit(new int[] {0, 0}, new double[] {Double.NaN, Double.NaN}, FitOptions.defaults()));
    assertEquals("data must contain a customer with repeat transactions of positive value to fit Gamma-Gamma: 0 of 2",
        e.getMessage());
  }

  @Test
  void rejectsInvalidSpend() {
    assertEquals("mean repeat spend must be finite and not negative where x > 0: -1.0 (index 0)",
        assertThrows(IllegalArgumentException.class, () -> GammaGammaModel.fit(new int[] {1},
            new double[] {-1}, FitOptions.defaults())).getMessage());
    assertEquals("p x + q must exceed 1 for a finite expected spend: p = 1.0, q = 0.5, x = 0",
        assertThrows(IllegalArgumentException.class,
            () -> GammaGammaModel.of(new GammaGammaParameters(1, 0.5, 1)).expectedSpend(0, 0)).getMessage());
  }
}
