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

  @Test
  void keepsLinesBeyondAnIntAndIdsLongerThanAPage() {
    OrderIdRegistry registry = new OrderIdRegistry();
    String huge = "x".repeat(200_000); // past the paged records' limit: kept apart
    assertEquals(0, registry.firstLineOrAdd(huge, 7));
    assertEquals(0, registry.firstLineOrAdd("far", 5_000_000_000L));
    assertEquals(0, registry.firstLineOrAdd(huge + "y", 8));

    assertEquals(7, registry.firstLineOrAdd(huge, 9));
    assertEquals(5_000_000_000L, registry.firstLineOrAdd("far", 1));
    assertEquals(8, registry.firstLineOrAdd(huge + "y", 10));
  }

  @Test
  void fillsManyPagesWithRecordsThatDoNotSplitAcrossThem() {
    OrderIdRegistry registry = new OrderIdRegistry();
    String padding = "p".repeat(4_000); // about 260 records a page, so page ends fall mid-record
    for (int i = 0; i < 3_000; i++) {
      assertEquals(0, registry.firstLineOrAdd(padding + i, i + 1L));
    }
    for (int i = 0; i < 3_000; i++) {
      assertEquals(i + 1L, registry.firstLineOrAdd(padding + i, 1));
    }
  }
}
