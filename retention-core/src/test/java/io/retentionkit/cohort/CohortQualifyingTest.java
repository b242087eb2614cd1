package io.retentionkit.cohort;

import static io.retentionkit.cohort.OrderSheet.EUR;
import static io.retentionkit.cohort.OrderSheet.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.OrderStatus;
import io.retentionkit.model.QualifyingOrders;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The policy's qualifying-order rule decides which orders start a cohort and which count at all. */
final class CohortQualifyingTest {
  // ann's first order was cancelled, bob's was a free sample, cat's was refunded in full the next day.
  private final OrderSheet log = new OrderSheet(ZoneOffset.UTC)
      .add("ann", "2024-01-05", 1000, order -> order.status(OrderStatus.CANCELLED)).add("ann", "2024-02-05", 2000)
      .add("bob", "2024-01-06", 0).add("bob", "2024-03-06", 100)
      .add("cat", "2024-01-07", 1000, order -> order.refund(eur(1000), Instant.parse("2024-01-08T12:00:00Z")))
      .add("cat", "2024-02-07", 500)
      .add("dan", "2024-01-08", 0, order -> order.status(OrderStatus.FAILED));

  @Test
  void theStandardRuleSkipsCancelledAndFailedOrdersOnly() {
    CohortTable table = analyze(QualifyingOrders.standard());

    assertEquals(List.of("2024-01", "2024-02"), Tables.labels(table));
    assertEquals(List.of(2L, 1L), Tables.sizes(table)); // bob and cat in January, ann in February; dan nowhere
    assertEquals(List.of(List.of(2L, 1L, 1L), List.of(1L, 0L)), Tables.active(table));
    assertEquals(new InputCounts(7, 5, 2, 0, 0), table.input());
  }

  @Test
  void theStrictRuleAlsoSkipsFullyRefundedAndZeroValueOrders() {
    CohortTable table = analyze(QualifyingOrders.strict());

    assertEquals(List.of("2024-02", "2024-03"), Tables.labels(table));
    assertEquals(List.of(2L, 1L), Tables.sizes(table)); // ann and cat in February, bob in March
    assertEquals(new InputCounts(7, 3, 4, 0, 0), table.input());
  }

  @Test
  void aZeroValueFirstOrderStartsACohortWithoutBaseRevenue() {
    CohortTable table = analyze(new QualifyingOrders(true, true, false));

    CohortRow january = table.rows().get(0);
    assertEquals(1, january.size()); // bob
    assertEquals(Optional.of(CohortValues.NO_BASE_REVENUE),
        january.cells().get(2).values().revenueRetention().undefinedReason());
  }

  private CohortTable analyze(QualifyingOrders rule) {
    AnalysisPolicy policy = AnalysisPolicy.of(ZoneOffset.UTC, EUR).withQualifyingOrders(rule);
    return CohortAnalysis.newBuilder(policy).asOf(log.midnight("2024-04-01")).build().analyze(log.orders());
  }
}
