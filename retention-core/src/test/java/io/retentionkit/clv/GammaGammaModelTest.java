package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.simple.RandomSource;
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

  @Test
  void weightedFoldedRowsFitLikeTheExpandedRows() {
    // The CDNOW repeat customers, identical (x, m̄) folded into weighted rows.
    CustomerSummaries s = Cdnow.summaries();
    Map<List<Double>, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < s.size(); i++) {
      if (s.repeatTransactions(i) > 0) {
        counts.merge(List.of((double) s.repeatTransactions(i), s.meanRepeatSpend(i).getAsDouble()), 1, Integer::sum);
      }
    }
    int rows = counts.size();
    int[] x = new int[rows];
    double[] mean = new double[rows];
    double[] weight = new double[rows];
    int row = 0;
    for (Map.Entry<List<Double>, Integer> e : counts.entrySet()) {
      x[row] = e.getKey().get(0).intValue();
      mean[row] = e.getKey().get(1);
      weight[row++] = e.getValue();
    }
    assertTrue(rows < 946, "rows " + rows);
    FitOptions options = FitOptions.defaults().withGradientTolerance(1e-11);
    ModelFit<GammaGammaModel> folded = GammaGammaModel.fit(x, mean, weight, options);
    ModelFit<GammaGammaModel> expanded = GammaGammaModel.fit(Cdnow.summaries(), options);
    assertEquals(946.0, folded.diagnostics().observations());
    FittingTest.assertRelativelyEqual(expanded.model().parameters().values(), folded.model().parameters().values(),
        1e-6, "CDNOW");
    assertEquals(expanded.diagnostics().logLikelihood(), folded.diagnostics().logLikelihood(), 1e-8);

    // Seeded rows drawn from the model (p, q, γ) = (6, 4, 15), each repeated up to 30 times, so that
    // folding matters: a customer's rate ν ~ Gamma(q, γ), and the mean of x values ~ Gamma(p x, x ν).
    long seed = 20261207L;
    System.out.println("GammaGammaModelTest.weightedFoldedRowsFitLikeTheExpandedRows seed " + seed);
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ContinuousSampler rates = AhrensDieterMarsagliaTsangGammaSampler.of(random, 4, 1 / 15.0);
    int distinct = 200;
    int[] sx = new int[distinct];
    double[] sm = new double[distinct];
    double[] sw = new double[distinct];
    List<Integer> ex = new ArrayList<>();
    List<Double> em = new ArrayList<>();
    for (int i = 0; i < distinct; i++) {
      sx[i] = 1 + random.nextInt(8);
      double rate = rates.sample();
      double draw = AhrensDieterMarsagliaTsangGammaSampler.of(random, 6.0 * sx[i], 1 / (sx[i] * rate)).sample();
      sm[i] = Math.max(0.01, Math.round(draw * 100) / 100.0);
      sw[i] = 1 + random.nextInt(30);
      for (int k = 0; k < sw[i]; k++) {
        ex.add(sx[i]);
        em.add(sm[i]);
      }
    }
    ModelFit<GammaGammaModel> weighted = GammaGammaModel.fit(sx, sm, sw, options);
    ModelFit<GammaGammaModel> copies = GammaGammaModel.fit(ex.stream().mapToInt(Integer::intValue).toArray(),
        em.stream().mapToDouble(Double::doubleValue).toArray(), options);
    assertTrue(weighted.diagnostics().converged(), weighted.diagnostics()::toString);
    assertEquals(Arrays.stream(sw).sum(), weighted.diagnostics().observations());
    FittingTest.assertRelativelyEqual(copies.model().parameters().values(), weighted.model().parameters().values(),
        1e-6, "seed " + seed);
  }

  @Test
  void weightedRowsAreValidated() {
    assertEquals("weight must be positive and finite: 0.0 (index 1)",
        assertThrows(IllegalArgumentException.class, () -> GammaGammaModel.fit(new int[] {1, 2},
            new double[] {10, 20}, new double[] {1, 0}, FitOptions.defaults())).getMessage());
    assertEquals("arrays must have the same length: 2 repeat transactions, 2 mean repeat spends, 1 weights",
        assertThrows(IllegalArgumentException.class, () -> GammaGammaModel.fit(new int[] {1, 2},
            new double[] {10, 20}, new double[] {1}, FitOptions.defaults())).getMessage());
    ModelFit<GammaGammaModel> fit = GammaGammaModel.fit(new int[] {1, 2, 3, 1}, new double[] {10, 20, 15, 0},
        new double[] {2, 1.5, 1, 2.5}, FitOptions.defaults());
    assertEquals(4.5, fit.diagnostics().observations());
    assertTrue(fit.diagnostics().warnings()
        .contains("2.5 customer(s) with repeat transactions of zero total value were left out"));
  }
}
