package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The fitting machinery, seen through the models: weights, penalties, starts, options. */
final class FittingTest {

  @Test
  void weightsActAsRepeatedCustomers() {
    WeightedSummaries once = Cdnow.weighted();
    int rows = once.rows();
    // Every customer twice, as separate rows, folds to the same rows with double weights.
    int n = 2 * Cdnow.summaries().size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    CustomerSummaries s = Cdnow.summaries();
    for (int i = 0; i < n; i++) {
      x[i] = s.repeatTransactions(i % s.size());
      tx[i] = s.lastPurchaseTime(i % s.size());
      age[i] = s.age(i % s.size());
    }
    WeightedSummaries twice = WeightedSummaries.of(x, tx, age);
    double[] doubled = once.weights();
    Arrays.setAll(doubled, i -> 2 * doubled[i]);
    assertAll(
        () -> assertEquals(rows, twice.rows()),
        () -> assertArrayEquals(doubled, twice.weights()),
        () -> assertEquals(WeightedSummaries.of(once.repeatTransactions(), once.lastPurchaseTimes(), once.ages(),
            doubled), twice));
    BgNbdParameters fromOnce = BgNbdModel.fit(once).model().parameters();
    BgNbdParameters fromTwice = BgNbdModel.fit(twice).model().parameters();
    assertArrayEquals(fromOnce.values(), fromTwice.values(), 1e-6);
    assertEquals(2 * BgNbdModel.fit(once).diagnostics().logLikelihood(),
        BgNbdModel.fit(twice).diagnostics().logLikelihood(), 1e-6);
  }

  @Test
  void compressedDonationsFitLikeTheExpandedDonors() {
    WeightedSummaries cells = Donations.calibration();
    int n = (int) cells.totalWeight();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] periods = new double[n];
    for (int row = 0, i = 0; row < cells.rows(); row++) {
      for (int k = 0; k < cells.weight(row); k++, i++) {
        x[i] = cells.repeatTransactions(row);
        tx[i] = cells.lastPurchaseTime(row);
        periods[i] = cells.age(row);
      }
    }
    WeightedSummaries donors = WeightedSummaries.of(x, tx, periods);
    assertEquals(cells, donors);
    assertArrayEquals(BgBbModel.fit(cells).model().parameters().values(),
        BgBbModel.fit(donors).model().parameters().values(), 0);
  }

  @Test
  void theTimeUnitOnlyRescalesAlpha() {
    BgNbdParameters weeks = BgNbdModel.fit(Cdnow.weighted()).model().parameters();
    for (DurationUnit unit : new DurationUnit[] {DurationUnit.DAY, DurationUnit.MONTH}) {
      CustomerSummaries s = CustomerSummarizer.newBuilder().policy(Cdnow.POLICY).timeUnit(unit)
          .calibrationEnd(Cdnow.CALIBRATION_END).build().summarize(Cdnow.orders());
      ModelFit<BgNbdModel> fit = BgNbdModel.fit(WeightedSummaries.from(s));
      BgNbdParameters p = fit.model().parameters();
      double scale = 7 / unit.days();
      assertAll(unit.name(),
          () -> assertTrue(fit.diagnostics().converged(), fit.diagnostics().toString()),
          () -> assertEquals(weeks.r(), p.r(), 1e-5),
          () -> assertEquals(weeks.alpha() * scale, p.alpha(), 1e-5 * weeks.alpha() * scale),
          () -> assertEquals(weeks.a(), p.a(), 1e-5),
          () -> assertEquals(weeks.b(), p.b(), 1e-4));
    }
  }

  @Test
  void anL2PenaltyShrinksTheParameters() {
    double previous = Double.POSITIVE_INFINITY;
    for (double penalty : new double[] {0, 0.001, 0.01, 0.1}) {
      ModelFit<BgNbdModel> fit = BgNbdModel.fit(Cdnow.weighted(), FitOptions.defaults().withL2Penalty(penalty));
      double norm = Arrays.stream(fit.model().parameters().values()).map(v -> v * v).sum();
      assertTrue(fit.diagnostics().converged(), fit.diagnostics().toString());
      assertTrue(norm < previous, "penalty " + penalty + ": " + norm);
      assertEquals(penalty > 0, fit.diagnostics().warnings().stream().anyMatch(w -> w.contains("penalised")));
      previous = norm;
    }
  }

  @Test
  void anL2PenaltyShrinksTheParametersOfEveryModel() {
    // FitOptions' penalty λ Σ θ² applies to every model's natural parameters (MaximumLikelihood adds it
    // whatever the likelihood), so each fit's sum of squared parameters falls as λ grows.
    Map<String, Function<FitOptions, ModelFit<?>>> fits = new LinkedHashMap<>();
    WeightedSummaries cdnow = Cdnow.weighted();
    long[] highEnd = {1000, 869, 743, 653, 593, 551, 517, 491};
    fits.put("Pareto/NBD", options -> ParetoNbdModel.fit(cdnow, options));
    fits.put("MBG/NBD", options -> MbgNbdModel.fit(cdnow, options));
    fits.put("BG/BB", options -> BgBbModel.fit(Donations.calibration(), options));
    fits.put("sBG", options -> ShiftedBetaGeometricModel.fit(highEnd, options));
    fits.put("Gamma-Gamma", options -> GammaGammaModel.fit(Cdnow.summaries(), options));
    fits.forEach((model, fit) -> {
      double previous = Double.POSITIVE_INFINITY;
      for (double penalty : new double[] {0, 0.001, 0.01, 0.1}) {
        ModelFit<?> result = fit.apply(FitOptions.defaults().withL2Penalty(penalty));
        FitDiagnostics diagnostics = result.diagnostics();
        double norm = Arrays.stream(parameters(result).values()).map(v -> v * v).sum();
        String what = model + ", penalty " + penalty;
        assertTrue(diagnostics.converged(), () -> what + ": " + diagnostics);
        assertTrue(norm < previous, what + ": " + norm + " after " + previous);
        assertEquals(penalty > 0, diagnostics.warnings().stream().anyMatch(w -> w.contains("penalised")), what);
        previous = norm;
      }
    });
  }

  private static ModelParameters parameters(ModelFit<?> fit) {
    Object model = fit.model();
    if (model instanceof TransactionModel transactions) {
      return transactions.parameters();
    }
    if (model instanceof ShiftedBetaGeometricModel sbg) {
      return sbg.parameters();
    }
    return ((GammaGammaModel) model).parameters();
  }

  @Test
  void unfoldedRowsFitLikeFoldedRows() {
    // Every CDNOW customer as its own row of weight 1 (WeightedSummaries.unfolded does not fold equal
    // rows), against the 1,016 folded rows: the same estimates to 1e-6 relative. The gradient tolerance
    // is tightened for both so that the comparison measures folding, not where the optimiser stops on the
    // flat Pareto/NBD ridge.
    CustomerSummaries s = Cdnow.summaries();
    double[] ones = new double[s.size()];
    Arrays.fill(ones, 1);
    WeightedSummaries unfolded = WeightedSummaries.unfolded(s.repeatTransactions(), s.lastPurchaseTimes(),
        s.ages(), ones);
    WeightedSummaries folded = Cdnow.weighted();
    assertEquals(s.size(), unfolded.rows());
    assertTrue(folded.rows() < unfolded.rows());
    FitOptions options = FitOptions.defaults().withGradientTolerance(1e-11);
    assertRelativelyEqual(BgNbdModel.fit(folded, options).model().parameters().values(),
        BgNbdModel.fit(unfolded, options).model().parameters().values(), 1e-6, "BG/NBD");
    assertRelativelyEqual(ParetoNbdModel.fit(folded, options).model().parameters().values(),
        ParetoNbdModel.fit(unfolded, options).model().parameters().values(), 1e-6, "Pareto/NBD");
  }

  static void assertRelativelyEqual(double[] expected, double[] actual, double relative, String what) {
    assertEquals(expected.length, actual.length, what);
    for (int k = 0; k < expected.length; k++) {
      assertEquals(expected[k], actual[k], relative * Math.abs(expected[k]), what + " parameter " + k);
    }
  }

  @Test
  void warmStartsAndExtraStartsReachTheSameOptimum() {
    ModelFit<BgNbdModel> cold = BgNbdModel.fit(Cdnow.weighted());
    ModelFit<BgNbdModel> warm = BgNbdModel.fit(Cdnow.weighted(),
        FitOptions.defaults().withInitialValues(cold.model().parameters()));
    ModelFit<BgNbdModel> many = BgNbdModel.fit(Cdnow.weighted(), FitOptions.defaults().withStarts(4));
    assertAll(
        () -> assertTrue(warm.diagnostics().iterations() <= 2, warm.diagnostics().toString()),
        () -> assertArrayEquals(cold.model().parameters().values(), warm.model().parameters().values(), 1e-6),
        () -> assertEquals(4, many.diagnostics().starts()),
        () -> assertArrayEquals(cold.model().parameters().values(), many.model().parameters().values(), 1e-5));
  }

  @Test
  void aStruggleIsReportedNotThrown() {
    ModelFit<BgNbdModel> fit = BgNbdModel.fit(Cdnow.weighted(), FitOptions.defaults().withMaxIterations(2));
    assertAll(
        () -> assertEquals(false, fit.diagnostics().converged()),
        () -> assertEquals(FitStatus.ITERATION_LIMIT, fit.diagnostics().status()),
        () -> assertEquals("stopped: reached the iteration limit", fit.diagnostics().message()),
        () -> assertEquals(1 + FitOptions.FALLBACK_STARTS, fit.diagnostics().starts()),
        () -> assertTrue(fit.diagnostics().warnings().get(0).contains("fallback start")));
  }

  @Test
  void optionsAreValidated() {
    assertAll(
        () -> assertEquals("l2Penalty must be finite and not negative: -1.0",
            assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withL2Penalty(-1)).getMessage()),
        () -> assertEquals("maxIterations must be positive: 0",
            assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withMaxIterations(0))
                .getMessage()),
        () -> assertEquals("gradientTolerance must be positive and finite: NaN",
            assertThrows(IllegalArgumentException.class,
                () -> FitOptions.defaults().withGradientTolerance(Double.NaN)).getMessage()),
        () -> assertEquals("starts must be at least 1: 0",
            assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withStarts(0)).getMessage()),
        () -> assertEquals(Optional.empty(), FitOptions.defaults().initialValues()));
  }

  @Test
  void familiesFitByName() {
    assertEquals(TransactionModelFamily.MBG_NBD, TransactionModelFamily.parse(" MBGNBD "));
    assertEquals(TransactionModelFamily.PARETO_NBD, TransactionModelFamily.parse("pnbd"));
    assertEquals("model must be one of bgnbd, pnbd, mbgnbd, bgbb: 'nbd'",
        assertThrows(IllegalArgumentException.class, () -> TransactionModelFamily.parse("nbd")).getMessage());
    // Pareto/NBD is fitted by name in CdnowEndToEndTest.
    for (TransactionModelFamily family : new TransactionModelFamily[] {TransactionModelFamily.BG_NBD,
        TransactionModelFamily.MBG_NBD}) {
      ModelFit<TransactionModel> fit = family.fit(Cdnow.weighted(), FitOptions.defaults());
      assertEquals(family.shortName(), fit.model().name());
      assertTrue(fit.diagnostics().converged());
    }
    assertEquals("bgbb", TransactionModelFamily.BG_BB.fit(Donations.calibration(), FitOptions.defaults()).model()
        .name());
  }
}
