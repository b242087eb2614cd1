package io.retentionkit.io.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.ClvPredictor;
import io.retentionkit.clv.CustomerPredictions;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class ChurnRiskCountsTest {

  @Test
  void countsTheBandsThePredictorClassifiedWithAndTheTextShowsThem() {
    ClvFit fit = Results.demoClvFit();
    CustomerPredictions predictions = ClvPredictor.newBuilder().model(fit.transactions().model())
        .timeUnit(fit.summaries().timeUnit()).horizon(52).build().predict(fit.summaries());

    ChurnRiskCounts counts = ChurnRiskCounts.of(predictions);

    for (ChurnRisk risk : ChurnRisk.values()) {
      long expected = IntStream.range(0, predictions.size()).filter(i -> predictions.churnRisk(i) == risk).count();
      assertEquals(expected, counts.count(risk), risk.name());
      assertEquals(expected, PredictionSummary.of(predictions, 0).customers[risk.ordinal()], risk.name());
    }
    assertEquals(predictions.size(), counts.total());
    assertEquals(counts.total(), PredictionSummary.of(predictions, 0).customers[PredictionSummary.TOTAL]);
    Map<ChurnRisk, Long> map = counts.asMap();
    assertEquals(ChurnRisk.values().length, map.size());
    assertEquals(counts, ChurnRiskCounts.of(predictions));
  }
}
