package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class GroupIndexTest {
  private static final int[] X = {0, 2, 2, 2, 0, 2};
  private static final double[] TX = {0, 5, 5, 6, -0.0, 5};
  private static final double[] AGE = {9, 9, 9, 9, 9, 10};

  @Test
  void historiesDifferInXLastPurchaseTimeOrAge() {
    GroupIndex histories = GroupIndex.byHistory(X, TX, AGE);
    assertEquals(4, histories.groups);
    assertArrayEquals(new int[] {0, 1, 1, 2, 0, 3}, histories.groupOf); // -0.0 and 0.0 are one time
    assertArrayEquals(new int[] {0, 2, 2, 2}, histories.groupX);
    assertArrayEquals(new double[] {0, 5, 6, 5}, histories.groupLastPurchaseTime);
    assertArrayEquals(new double[] {9, 9, 9, 10}, histories.groupAge);
  }

  @Test
  void pairsIgnoreTheLastPurchaseTime() {
    GroupIndex pairs = GroupIndex.byPair(X, AGE);
    assertEquals(3, pairs.groups);
    assertArrayEquals(new int[] {0, 1, 1, 1, 0, 2}, pairs.groupOf);
    assertArrayEquals(new double[] {0, 0, 0}, pairs.groupLastPurchaseTime);
  }
}
