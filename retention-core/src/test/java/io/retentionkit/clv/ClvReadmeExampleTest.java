package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the CLV example of the README, line for line, on the CDNOW sample. */
final class ClvReadmeExampleTest {

  @Test
  void readmeExampleRunsAndReproducesThePublishedFit() {
    List<Order> orders = Cdnow.orders();
    // readme:begin
    CustomerSummaries summaries = CustomerSummarizer.newBuilder()
        .policy(AnalysisPolicy.of(ZoneOffset.UTC, Currency.getInstance("USD")))
        .timeUnit(DurationUnit.WEEK)                    // t_x, T, horizons and alpha in weeks
        .calibrationEnd(LocalDate.of(1997, 9, 30))
        .observationEnd(LocalDate.of(1998, 6, 30))      // optional: a holdout period to validate on
        .build()
        .summarize(orders);

    ModelFit<BgNbdModel> fit = BgNbdModel.fit(WeightedSummaries.from(summaries));
    GammaGammaModel spend = GammaGammaModel.fit(summaries).model();
    CustomerPredictions predictions = ClvPredictor.newBuilder()
        .model(fit.model())
        .spendModel(spend)
        .timeUnit(DurationUnit.WEEK)
        .horizon(52)                                    // the next year
        .discountRate(DiscountRate.annualEffective(0.15))  // 15 % a year, compounded yearly
        .build()
        .predict(summaries);
    HoldoutReport report = HoldoutReport.of(fit.model(), summaries);
    // readme:end
    assertTrue(fit.diagnostics().converged());
    assertEquals(0.243, fit.model().parameters().r(), 5e-4);
    assertEquals(2357, predictions.size());
    assertEquals(1882, report.actualTotal());
    assertEquals(1653, report.expectedTotal(), 1);
  }
}
