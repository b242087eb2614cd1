package io.retentionkit.cohort;

import static io.retentionkit.cohort.OrderSheet.EUR;
import static io.retentionkit.cohort.OrderSheet.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.metrics.Rate;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderStatus;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cohorts split by an attribute of the customers' first qualifying order. */
final class CohortBreakdownTest {

  @Test
  void theFirstOrdersChannelSplitsTheCohort() {
    OrderSheet log = new OrderSheet(ZoneOffset.UTC)
        .add("ann", "2024-01-05", 100, order -> order.channel("web"))
        .add("ann", "2024-02-01", 100, order -> order.channel("app"))
        .add("bob", "2024-01-06", 100, order -> order.channel("app"))
        .add("cat", "2024-01-07", 100)
        .add("dan", "2024-01-08", 100, order -> order.channel("web"))
        .add("eve", "2024-02-02", 100, order -> order.channel("web"));
    CohortTable table = analyze(CohortBreakdown.CHANNEL, log.orders());

    assertEquals(List.of("2024-01", "2024-01", "2024-01", "2024-02"), Tables.labels(table));
    assertEquals(List.of(Optional.empty(), Optional.of("app"), Optional.of("web"), Optional.of("web")),
        table.rows().stream().map(CohortRow::key).toList());
    assertEquals(List.of(1L, 1L, 2L, 1L), Tables.sizes(table));
    // ann's February order came through the app, yet she stays in the web cohort she joined through.
    assertEquals(List.of(List.of(1L, 0L), List.of(1L, 0L), List.of(2L, 1L), List.of(1L)), Tables.active(table));
    assertEquals(Optional.of("channel"), table.breakdown());

    List<AverageCell> web = table.averageOf(row -> row.key().equals(Optional.of("web")));
    assertEquals(List.of(2, 1), web.stream().map(AverageCell::cohorts).toList());
    assertEquals(Rate.of(1, 2, CohortValues.NO_CUSTOMERS), web.get(1).values().retention());
  }

  @Test
  void theFirstQualifyingOrderDecidesAndTiesGoToTheSmallerOrderId() {
    OrderSheet log = new OrderSheet(ZoneOffset.UTC)
        .add("ann", "2024-01-04", 100, order -> order.country("NL").status(OrderStatus.CANCELLED))
        .add("ann", "2024-01-05T10:00", 100, order -> order.country("DE"))  // o2
        .add("ann", "2024-01-05T10:00", 100, order -> order.country("BE")); // o3, at the same instant
    List<Order> reversed = new ArrayList<>(log.orders());
    Collections.reverse(reversed);

    assertEquals(Optional.of("DE"), analyze(CohortBreakdown.COUNTRY, log.orders()).rows().get(0).key());
    assertEquals(Optional.of("DE"), analyze(CohortBreakdown.COUNTRY, reversed).rows().get(0).key());
  }

  @Test
  void builtInBreakdownsReadDiscountCodeAndFirstSku() {
    OrderSheet log = new OrderSheet(ZoneOffset.UTC)
        .add("ann", "2024-01-05", 100, order -> order.discountCode("WELCOME10").lineItem("MUG", 1, eur(60))
            .lineItem("TEA", 2, eur(40)))
        .add("bob", "2024-01-06", 100);

    assertEquals(List.of(Optional.empty(), Optional.of("WELCOME10")),
        analyze(CohortBreakdown.DISCOUNT_CODE, log.orders()).rows().stream().map(CohortRow::key).toList());
    assertEquals(List.of(Optional.empty(), Optional.of("MUG")),
        analyze(CohortBreakdown.FIRST_SKU, log.orders()).rows().stream().map(CohortRow::key).toList());
    assertEquals("CohortBreakdown[first-sku]", CohortBreakdown.FIRST_SKU.toString());
  }

  @Test
  void callersCanBreakDownByAnyFunctionOfTheFirstOrder() {
    CohortBreakdown size = CohortBreakdown.of("first-basket",
        order -> Optional.of(order.total().minorUnits() >= 5000 ? "large" : "small"));
    OrderSheet log = new OrderSheet(ZoneOffset.UTC)
        .add("ann", "2024-01-05", 9000).add("ann", "2024-01-06", 100)
        .add("bob", "2024-01-06", 100);
    CohortTable table = analyze(size, log.orders());

    assertEquals(List.of(Optional.of("large"), Optional.of("small")),
        table.rows().stream().map(CohortRow::key).toList());
    assertEquals(Optional.of("first-basket"), table.breakdown());

    CohortBreakdown broken = CohortBreakdown.of("broken", order -> null);
    NullPointerException thrown = assertThrows(NullPointerException.class, () -> analyze(broken, log.orders()));
    assertEquals("breakdown key", thrown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CohortBreakdown.of(" ", order -> Optional.empty()));
  }

  private static CohortTable analyze(CohortBreakdown breakdown, List<Order> orders) {
    return CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR)).breakdown(breakdown)
        .asOf(new OrderSheet(ZoneOffset.UTC).midnight("2024-03-01")).build().analyze(orders);
  }
}
