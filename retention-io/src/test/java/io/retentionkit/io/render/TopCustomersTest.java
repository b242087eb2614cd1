package io.retentionkit.io.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.clv.BgNbdModel;
import io.retentionkit.clv.BgNbdParameters;
import io.retentionkit.clv.ClvPredictor;
import io.retentionkit.clv.CustomerPredictions;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.GammaGammaParameters;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class TopCustomersTest {
  private static final BgNbdModel BG_NBD = BgNbdModel.of(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
  private static final GammaGammaModel GAMMA_GAMMA = GammaGammaModel.of(new GammaGammaParameters(6.25, 3.74, 15.44));

  /** 300 customers drawn from a few summaries each, so that many predictions tie exactly. */
  private static CustomerPredictions predictions(boolean spend) {
    SplittableRandom random = new SplittableRandom(11);
    int n = 300;
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] meanSpend = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextInt(4);
      age[i] = 52;
      tx[i] = x[i] == 0 ? 0 : 10 * random.nextInt(1, 5);
      meanSpend[i] = x[i] == 0 ? 0 : 10 * random.nextInt(1, 3);
    }
    ClvPredictor.Builder predictor = ClvPredictor.newBuilder().model(BG_NBD).timeUnit(DurationUnit.WEEK).horizon(52);
    if (spend) {
      predictor.spendModel(GAMMA_GAMMA);
    }
    return predictor.build().predict(x, tx, age, meanSpend);
  }

  /** The definition, by a full sort: best first, ties to the lower index. */
  private static int[] bySorting(double[] rankBy, int count) {
    return IntStream.range(0, rankBy.length).boxed()
        .sorted(Comparator.<Integer>comparingDouble(i -> -rankBy[i]).thenComparingInt(i -> i))
        .limit(count)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  @Test
  void areTheHighestPredictedClvTiesToTheLowerIndex() {
    CustomerPredictions predictions = predictions(true);

    for (int count : new int[] {0, 1, 7, 299, 300, 500}) {
      assertArrayEquals(bySorting(predictions.predictedClv(), count), TopCustomers.indices(predictions, count),
          "top " + count);
    }
  }

  @Test
  void areTheMostExpectedTransactionsWithoutASpendModel() {
    CustomerPredictions predictions = predictions(false);

    for (int count : new int[] {0, 1, 7, 300, 500}) {
      assertArrayEquals(bySorting(predictions.expectedTransactions(), count),
          TopCustomers.indices(predictions, count), "top " + count);
    }
  }

  @Test
  void refusesANegativeCount() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TopCustomers.indices(predictions(true), -1));

    assertEquals("top customers must not be negative: -1", e.getMessage());
  }
}
