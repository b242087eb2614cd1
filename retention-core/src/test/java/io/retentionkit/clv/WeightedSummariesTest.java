package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

final class WeightedSummariesTest {

  @Test
  void foldsIdenticalRowsInAscendingOrder() {
    WeightedSummaries s = WeightedSummaries.of(new int[] {2, 0, 2, 1, 0}, new double[] {3, 0, 3, 1, -0.0},
        new double[] {5, 4, 5, 6, 4}, new double[] {1, 1, 2.5, 1, 1});
    assertAll(
        () -> assertEquals(3, s.rows()),
        () -> assertArrayEquals(new int[] {0, 1, 2}, s.repeatTransactions()),
        () -> assertArrayEquals(new double[] {0, 1, 3}, s.lastPurchaseTimes()),
        () -> assertArrayEquals(new double[] {4, 6, 5}, s.ages()),
        () -> assertArrayEquals(new double[] {2, 1, 3.5}, s.weights()),
        () -> assertEquals(6.5, s.totalWeight()),
        () -> assertEquals(1 + 2 * 3.5, s.totalRepeatTransactions()));
  }

  @Test
  void hugeCountsFoldLikeSmallOnes() {
    // x beyond 2^20 does not fit the packed sort key: the rows are ordered by a comparator instead.
    int huge = 1 << 21;
    WeightedSummaries s = WeightedSummaries.of(new int[] {huge, 3, huge, 0}, new double[] {9, 2, 9, 0},
        new double[] {10, 4, 10, 1});
    assertAll(
        () -> assertArrayEquals(new int[] {0, 3, huge}, s.repeatTransactions()),
        () -> assertArrayEquals(new double[] {1, 1, 2}, s.weights()),
        () -> assertArrayEquals(new double[] {1, 4, 10}, s.ages()));
  }

  @Test
  void cdnowFoldsToFewerRows() {
    WeightedSummaries s = Cdnow.weighted();
    assertEquals(2357.0, s.totalWeight());
    assertEquals(2457.0, s.totalRepeatTransactions());
    assertEquals(true, s.rows() < 2357);
  }

  @Test
  void rejectsInvalidRows() {
    assertAll(
        () -> assertEquals("repeat transactions must not be negative: -1 (index 0)",
            assertThrows(IllegalArgumentException.class,
                () -> WeightedSummaries.of(new int[] {-1}, new double[] {0}, new double[] {1})).getMessage()),
        () -> assertEquals("last purchase time must be between 0 and the age 1.0: 2.0 (index 1)",
            assertThrows(IllegalArgumentException.class, () -> WeightedSummaries.of(new int[] {0, 1},
                new double[] {0, 2}, new double[] {1, 1})).getMessage()),
        () -> assertEquals("age must be finite and not negative: Infinity (index 0)",
            assertThrows(IllegalArgumentException.class, () -> WeightedSummaries.of(new int[] {0},
                new double[] {0}, new double[] {Double.POSITIVE_INFINITY})).getMessage()),
        () -> assertEquals("weight must be positive and finite: 0.0 (index 0)",
            assertThrows(IllegalArgumentException.class, () -> WeightedSummaries.of(new int[] {0},
                new double[] {0}, new double[] {1}, new double[] {0})).getMessage()),
        () -> assertEquals("arrays must have the same length: 1 repeat transactions, 2 last purchase times, 1 ages, "
            + "1 weights", assertThrows(IllegalArgumentException.class, () -> WeightedSummaries.of(new int[] {0},
                new double[] {0, 0}, new double[] {1})).getMessage()));
  }
}
