package io.retentionkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class OrderIdRegistryTest {

  @Test
  void remembersTheFirstLineOfEveryIdThroughGrowth() {
    OrderIdRegistry registry = new OrderIdRegistry();
    int ids = 200_000; // many rehashes and arena growths
    for (int i = 0; i < ids; i++) {
      assertEquals(0, registry.firstLineOrAdd("#" + i, i + 1L));
    }
    for (int i = 0; i < ids; i += 997) {
      assertEquals(i + 1L, registry.firstLineOrAdd("#" + i, 5_000_000L));
    }
  }

  @Test
  void comparesIdsExactly() {
    OrderIdRegistry registry = new OrderIdRegistry();
    // "Aa" and "BB" share String.hashCode; the empty id, a prefix and non-ASCII ids are distinct too.
    String[] ids = {"Aa", "BB", "", "A", "AaA", "ördér", "orderr", "\uD83D\uDE00"};
    for (int i = 0; i < ids.length; i++) {
      assertEquals(0, registry.firstLineOrAdd(ids[i], i + 1L), ids[i]);
    }
    for (int i = 0; i < ids.length; i++) {
      assertEquals(i + 1L, registry.firstLineOrAdd(ids[i], 99), ids[i]);
    }
  }
}
