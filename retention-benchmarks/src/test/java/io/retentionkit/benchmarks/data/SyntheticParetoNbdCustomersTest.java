package io.retentionkit.benchmarks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.retentionkit.clv.ParetoNbdModel;
import io.retentionkit.clv.WeightedSummaries;
import org.junit.jupiter.api.Test;

final class SyntheticParetoNbdCustomersTest {

  @Test
  void sameSeedSameCustomers() {
    WeightedSummaries a = SyntheticParetoNbdCustomers.generate(SyntheticParetoNbdCustomers.CDNOW_LIKE, 1000, 39, 7);
    WeightedSummaries b = SyntheticParetoNbdCustomers.generate(SyntheticParetoNbdCustomers.CDNOW_LIKE, 1000, 39, 7);
    WeightedSummaries c = SyntheticParetoNbdCustomers.generate(SyntheticParetoNbdCustomers.CDNOW_LIKE, 1000, 39, 8);
    assertEquals(a, b);
    assertNotEquals(a, c);
    assertEquals(1000, a.totalWeight());
  }

  @Test
  void repeatTransactionsAverageTheModelsExpectation() {
    // E[X(T)] averaged over T uniform on [19.5, 39]; 50 000 customers give a standard error near 0.01.
    WeightedSummaries data =
        SyntheticParetoNbdCustomers.generate(SyntheticParetoNbdCustomers.CDNOW_LIKE, 50_000, 39, 11);
    ParetoNbdModel model = ParetoNbdModel.of(SyntheticParetoNbdCustomers.CDNOW_LIKE);
    double expected = 0;
    int steps = 1000;
    for (int i = 0; i < steps; i++) {
      expected += model.expectedTransactions(19.5 + 19.5 * (i + 0.5) / steps) / steps;
    }
    assertEquals(expected, data.totalRepeatTransactions() / data.totalWeight(), 0.05);
  }
}
