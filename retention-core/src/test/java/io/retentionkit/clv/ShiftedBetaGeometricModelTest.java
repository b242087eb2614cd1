package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.gamma.LogBeta;
import org.junit.jupiter.api.Test;

final class ShiftedBetaGeometricModelTest {

  @Test
  void fitsBothPublishedSegments() throws IOException {
    ModelFit<ShiftedBetaGeometricModel> highEnd = ShiftedBetaGeometricModel.fit(firstEightYears(4));
    ModelFit<ShiftedBetaGeometricModel> regular = ShiftedBetaGeometricModel.fit(firstEightYears(3));
    assertAll(
        () -> assertTrue(highEnd.diagnostics().converged()),
        () -> assertEquals(0.668, highEnd.model().parameters().alpha(), 5e-4),
        () -> assertEquals(3.806, highEnd.model().parameters().beta(), 5e-4),
        () -> assertTrue(regular.diagnostics().converged()),
        () -> assertEquals(0.704, regular.model().parameters().alpha(), 5e-4),
        () -> assertEquals(1.182, regular.model().parameters().beta(), 5e-4),
        () -> assertEquals(1000.0, regular.diagnostics().observations()));
  }

  @Test
  void survivalAndRetentionFollowTheirFormulas() {
    double alpha = 0.668;
    double beta = 3.806;
    ShiftedBetaGeometricModel model = model(alpha, beta);
    double[] projected = model.projectedSurvival(12);
    for (int t = 1; t <= 12; t++) {
      double survival = Math.exp(LogBeta.value(alpha, beta + t) - LogBeta.value(alpha, beta));
      assertEquals(survival, model.survival(t), 1e-14);
      assertEquals(survival, projected[t], 1e-13);
      assertEquals((beta + t - 1) / (alpha + beta + t - 1), model.retentionRate(t), 1e-15);
      assertEquals(model.survival(t - 1) - model.survival(t), model.churnProbability(t), 1e-14);
    }
    assertEquals(1.0, model.survival(0));
  }

  @Test
  void projectionsOfTheHighEndSegmentStayCloseToTheHeldOutYears() throws IOException {
    ShiftedBetaGeometricModel model = ShiftedBetaGeometricModel.fit(firstEightYears(4)).model();
    long[] all = column(4);
    for (int year = 8; year <= 12; year++) {
      assertEquals(all[year] / 1000.0, model.survival(year), 0.02, "year " + year);
    }
  }

  @Test
  void discountedExpectedResidualLifetimeMatchesTheHypergeometricClosedForm() {
    // (β+n)/(α+β+n) 2F1(1, β+n+1; α+β+n+1; 1/(1+d)) for n renewals, evaluated with 30-digit mpmath.
    assertAll(
        () -> assertEquals(5.4148560483740385, derl(model(0.668, 3.806), 0, 0.1), 1e-12),
        () -> assertEquals(6.8970573977460924, derl(model(0.668, 3.806), 4, 0.1), 1e-12),
        () -> assertEquals(2.9646621461320301, derl(model(0.704, 1.182), 0, 0.1), 1e-12),
        () -> assertEquals(26.678781367752844, derl(model(0.704, 1.182), 7, 0.01), 1e-10),
        () -> assertEquals(3.3098184210253685, derl(model(3.8, 15.2), 0, 0.1), 1e-12),
        () -> assertEquals(405.96087878519828, derl(model(0.5, 0.5), 100, 0.001), 1e-8));
  }

  @Test
  void discountedLifetimeFallsWithTheDiscountRateAndRisesWithTenure() {
    ShiftedBetaGeometricModel model = model(0.704, 1.182);
    double previous = Double.POSITIVE_INFINITY;
    for (double d : new double[] {0.001, 0.01, 0.05, 0.1, 0.5, 2}) {
      double derl = derl(model, 3, d);
      assertTrue(derl < previous, "d " + d);
      previous = derl;
    }
    assertTrue(derl(model, 5, 0.1) > derl(model, 1, 0.1));
    assertEquals(1 + derl(model, 0, 0.1) / 1.1,
        model.discountedExpectedLifetime(DiscountRate.annualEffective(0.1), DurationUnit.YEAR), 1e-15);
  }

  @Test
  void rejectsCountsThatAreNotSurvivalCounts() {
    assertAll(
        () -> assertEquals("active customers must not be negative nor grow: 11 at period 2 after 10",
            assertThrows(IllegalArgumentException.class,
                () -> ShiftedBetaGeometricModel.fit(new long[] {20, 10, 11})).getMessage()),
        () -> assertEquals("survival counts must show some churn to fit the churn distribution: all 20 stayed",
            assertThrows(IllegalArgumentException.class,
                () -> ShiftedBetaGeometricModel.fit(new long[] {20, 20, 20})).getMessage()),
        () -> assertEquals("cohort size must be positive: 0",
            assertThrows(IllegalArgumentException.class,
                () -> ShiftedBetaGeometricModel.fit(new long[] {0, 0})).getMessage()),
        () -> assertEquals("survival counts must cover at least two periods: 1",
            assertThrows(IllegalArgumentException.class,
                () -> ShiftedBetaGeometricModel.fit(new long[] {5})).getMessage()));
  }

  @Test
  void discountRatesQuotedPerAnotherPeriodAreConverted() {
    ShiftedBetaGeometricModel model = model(0.704, 1.182);
    // A continuous monthly rate equivalent to 10 % a year gives the same yearly DERL.
    DiscountRate monthly = DiscountRate.continuous(Math.log(1.1) / 12, DurationUnit.MONTH);
    assertEquals(derl(model, 2, 0.1), model.discountedExpectedResidualLifetime(2, monthly, DurationUnit.YEAR),
        1e-12);
    assertEquals("discount rate must be at least 1e-6 per period: 0.0 per YEAR",
        assertThrows(IllegalArgumentException.class,
            () -> model.discountedExpectedResidualLifetime(2, DiscountRate.none(), DurationUnit.YEAR)).getMessage());
  }

  /** DERL with an effective annual rate, for yearly survival counts. */
  private static double derl(ShiftedBetaGeometricModel model, int renewals, double annualRate) {
    return model.discountedExpectedResidualLifetime(renewals, DiscountRate.annualEffective(annualRate),
        DurationUnit.YEAR);
  }

  private static ShiftedBetaGeometricModel model(double alpha, double beta) {
    return ShiftedBetaGeometricModel.of(new ShiftedBetaGeometricParameters(alpha, beta));
  }

  private static long[] firstEightYears(int column) throws IOException {
    return Arrays.copyOf(column(column), 8);
  }

  /** Column 3 is the regular segment, column 4 the high-end one, both out of 1,000. */
  private static long[] column(int column) throws IOException {
    List<String> lines = Files.readAllLines(SharedData.file("sbg_customer_retention.csv"));
    return lines.stream().skip(1).mapToLong(line -> Long.parseLong(line.split(",")[column].strip())).toArray();
  }
}
