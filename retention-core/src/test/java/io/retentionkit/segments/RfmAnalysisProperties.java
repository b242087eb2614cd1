package io.retentionkit.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.Order;
import io.retentionkit.testing.TwistedOrders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over seeded random shops and policies (currencies converted with rounding, every refund policy and
 * qualifying rule) and as-of instants on and next to events: the segmentation of an {@link OrderLog}
 * equals that of its orders, does not depend on the orders' order or on how accumulators split them,
 * counts every order once, and gives better values never a worse score.
 */
final class RfmAnalysisProperties {
  private static final int CUSTOMERS = 150;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void theColumnarPathEqualsTheOrderPath(long seed) {
    TwistedOrders input = TwistedOrders.withSeed(seed, CUSTOMERS);
    SplittableRandom random = input.random();
    OrderLog log = OrderLog.from(input.orders(), input.policy());
    for (int trial = 0; trial < 4; trial++) {
      Instant asOf = input.eventInstant();
      RfmAnalysis analysis = RfmAnalysis.newBuilder(input.policy()).asOf(asOf).build();

      RfmSegmentation expected = analysis.analyze(input.orders());

      assertEquals(expected, analysis.analyze(log), () -> "as of " + asOf + " under " + input.policy());
      assertEquals(expected, split(analysis, input.orders(), random), () -> "split, as of " + asOf);
      List<Order> shuffled = new ArrayList<>(input.orders());
      Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
      assertEquals(expected, analysis.analyze(shuffled), () -> "shuffled, as of " + asOf);
      assertInvariants(expected, input.orders().size());
    }
  }

  private static RfmSegmentation split(RfmAnalysis analysis, List<Order> orders, SplittableRandom random) {
    List<RfmAccumulator> parts = new ArrayList<>();
    for (int i = random.nextInt(1, 6); i > 0; i--) {
      parts.add(analysis.newAccumulator());
    }
    for (Order order : orders) {
      parts.get(random.nextInt(parts.size())).accept(order);
    }
    RfmAccumulator all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      all.combine(parts.get(i));
    }
    return all.result();
  }

  private static void assertInvariants(RfmSegmentation rfm, int orders) {
    assertEquals(orders, rfm.ordersCounted() + rfm.ordersNotQualifying() + rfm.ordersAfterAsOf());
    assertEquals(rfm.customers().size(), rfm.sizes().stream().mapToLong(SegmentSize::customers).sum());
    assertEquals(rfm.ordersCounted(), rfm.customers().stream().mapToLong(CustomerRfm::frequency).sum());
    List<CustomerRfm> customers = rfm.customers();
    for (int i = 1; i < customers.size(); i++) {
      assertTrue(customers.get(i - 1).customerId().compareTo(customers.get(i).customerId()) < 0, "id order");
    }
    for (CustomerRfm a : customers) {
      for (CustomerRfm b : customers.subList(0, Math.min(40, customers.size()))) {
        assertMonotone(a.recencyDays() < b.recencyDays(), a.recencyDays() == b.recencyDays(), a.score().r(),
            b.score().r());
        assertMonotone(a.frequency() > b.frequency(), a.frequency() == b.frequency(), a.score().f(), b.score().f());
        int money = a.monetary().compareTo(b.monetary());
        assertMonotone(money > 0, money == 0, a.score().m(), b.score().m());
      }
    }
  }

  /** A better value never scores lower; equal values score the same. */
  private static void assertMonotone(boolean aBetter, boolean equal, int scoreA, int scoreB) {
    if (equal) {
      assertEquals(scoreA, scoreB);
    } else if (aBetter) {
      assertTrue(scoreA >= scoreB, scoreA + " < " + scoreB);
    }
  }
}
