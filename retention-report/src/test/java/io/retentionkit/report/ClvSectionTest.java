package io.retentionkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.clv.BgNbdModel;
import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.ChurnRiskBands;
import io.retentionkit.clv.ClvPredictor;
import io.retentionkit.clv.CustomerPrediction;
import io.retentionkit.clv.CustomerPredictions;
import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.CustomerSummarizer;
import io.retentionkit.clv.DiscountRate;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.MbgNbdModel;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.WeightedSummaries;
import io.retentionkit.io.render.ChurnRiskCounts;
import io.retentionkit.io.render.ClvFit;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class ClvSectionTest {
  private static final CustomerSummaries SUMMARIES = CustomerSummarizer.newBuilder()
      .policy(SampleShop.policy()).timeUnit(DurationUnit.WEEK).calibrationEnd(LocalDate.of(2024, 12, 31)).build()
      .summarize(Fixtures.ORDERS);
  private static final ModelFit<BgNbdModel> FIT = BgNbdModel.fit(WeightedSummaries.from(SUMMARIES));
  private static final ModelFit<GammaGammaModel> SPEND = GammaGammaModel.fit(SUMMARIES);

  private static ClvFit models(boolean spend) {
    return ClvFit.of(SUMMARIES, new ModelFit<>(FIT.model(), FIT.diagnostics()),
        spend ? Optional.of(SPEND) : Optional.empty());
  }

  private static CustomerPredictions predict(boolean spend) {
    ClvPredictor.Builder predictor = ClvPredictor.newBuilder().model(FIT.model()).timeUnit(DurationUnit.WEEK)
        .horizon(52).discountRate(DiscountRate.annualEffective(0.1));
    if (spend) {
      predictor.spendModel(SPEND.model());
    }
    return predictor.build().predict(SUMMARIES);
  }

  @Test
  void topCustomersAreTheHighestPredictedClvWithTiesToTheSmallerId() {
    CustomerPredictions predictions = predict(true);
    ClvSection section = ClvSection.newBuilder(models(true), predictions).topCustomers(25).build();

    List<CustomerPrediction> expected = IntStream.range(0, predictions.size()).boxed()
        .sorted(Comparator.<Integer>comparingDouble(i -> -predictions.predictedClv(i).getAsDouble())
            .thenComparing(i -> i))
        .limit(25).map(predictions::prediction).toList();
    assertEquals(expected, section.topCustomers());
  }

  @Test
  void withoutSpendTopCustomersAreRankedByExpectedTransactions() {
    CustomerPredictions predictions = predict(false);
    ClvSection section = ClvSection.newBuilder(models(false), predictions).spendOmitted("switched off").topCustomers(5).build();

    double best = IntStream.range(0, predictions.size()).mapToDouble(predictions::expectedTransactions).max()
        .orElseThrow();
    assertEquals(best, section.topCustomers().get(0).expectedTransactions());
    assertTrue(section.clvDistribution().isEmpty());
    assertTrue(section.totalPredictedClv().isEmpty());
    assertEquals(predictions.size(), section.transactionsDistribution().count());
  }

  @Test
  void summarisesChurnRiskAndTotals() {
    CustomerPredictions predictions = predict(true);
    ClvSection section = ClvSection.newBuilder(models(true), predictions).build();

    for (ChurnRisk risk : ChurnRisk.values()) {
      long count = IntStream.range(0, predictions.size()).filter(i -> predictions.churnRisk(i) == risk).count();
      assertEquals(count, section.churnRisk().get(risk), risk.name());
    }
    assertEquals(ChurnRiskCounts.of(predictions).asMap(), section.churnRisk(), "the renderers' counts");
    assertEquals(predictions.totalPredictedClv(), section.totalPredictedClv().getAsDouble());
    assertEquals(predictions.size(), section.customers());
    assertEquals(predictions.size(), section.clvDistribution().orElseThrow().count());
    assertEquals(ClvSection.DEFAULT_TOP_CUSTOMERS, section.topCustomers().size());
  }

  @Test
  void refusesPredictionsOfAnotherModel() {
    ModelFit<MbgNbdModel> other = MbgNbdModel.fit(WeightedSummaries.from(SUMMARIES));
    ClvFit otherModels = ClvFit.of(SUMMARIES, new ModelFit<>(other.model(), other.diagnostics()), Optional.empty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClvSection.newBuilder(otherModels, predict(false)));
    assertEquals("predictions must be of the fitted model mbgnbd: bgnbd", e.getMessage());
  }

  @Test
  void refusesPredictionsWithoutCustomerIds() {
    CustomerPredictions bare = ClvPredictor.newBuilder().model(FIT.model()).timeUnit(DurationUnit.WEEK).horizon(52)
        .build().predict(SUMMARIES.repeatTransactions(), SUMMARIES.lastPurchaseTimes(), SUMMARIES.ages(),
            SUMMARIES.meanRepeatSpends());
    assertThrows(IllegalArgumentException.class, () -> ClvSection.newBuilder(models(false), bare));
    assertThrows(IllegalArgumentException.class, () -> ClvSection.newBuilder(models(true), predict(false)),
        "predictions without spend from models with a spend model");
  }

  @Test
  void refusesChurnRiskBandsThePredictorDidNotUse() {
    ClvSection.Builder builder = ClvSection.newBuilder(models(false), predict(false)).topCustomers(200)
        .churnRiskBands(new ChurnRiskBands(0.01, 0.02));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(e.getMessage().startsWith("top customers' churn risk must follow the churn risk bands"),
        e.getMessage());
  }

  @Test
  void aPartIsEitherPresentOrOmitted() {
    assertThrows(IllegalStateException.class, () -> ClvSection.newBuilder(models(true), predict(true)).spendOmitted("x"));
    ClvSection section = ClvSection.newBuilder(models(false), predict(false)).spendOmitted("off")
        .holdoutOmitted("too short").build();
    assertEquals("off", section.spendOmission().orElseThrow());
    assertEquals("too short", section.holdoutOmission().orElseThrow());
    assertThrows(IllegalArgumentException.class,
        () -> ClvSection.newBuilder(models(false), predict(false)).topCustomers(-1));
    assertThrows(IllegalArgumentException.class,
        () -> ClvSection.newBuilder(models(false), predict(false)).histogramBins(1));
  }

  @Test
  void sectionsOfEqualInputsAreEqual() {
    ClvSection one = ClvSection.newBuilder(models(true), predict(true)).build();
    ClvSection two = ClvSection.newBuilder(models(true), predict(true)).build();
    assertEquals(one, two);
    assertEquals(one.hashCode(), two.hashCode());
    assertTrue(!one.equals(ClvSection.newBuilder(models(true), predict(true)).topCustomers(3).build()));
  }
}
