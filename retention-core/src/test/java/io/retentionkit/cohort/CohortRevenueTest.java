package io.retentionkit.cohort;

import static io.retentionkit.cohort.OrderSheet.EUR;
import static io.retentionkit.cohort.OrderSheet.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CurrencyConverter;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.QualifyingOrders;
import io.retentionkit.model.RefundPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Revenue under each refund policy, refunds after the as-of instant, and currency conversion. */
final class CohortRevenueTest {
  // A €100 order partly refunded in February and a €50 order refunded in full in March.
  private final OrderSheet log = new OrderSheet(ZoneOffset.UTC)
      .add("ann", "2024-01-10", 10000, order -> order.refund(eur(3000), at("2024-02-05")))
      .add("ann", "2024-01-20", 5000, order -> order.refund(eur(5000), at("2024-03-03")));

  @ParameterizedTest
  @CsvSource({
      "GROSS,              15000,     0,     0",
      "NET_AT_ORDER_DATE,   7000,     0,     0",
      "NET_AT_REFUND_DATE, 15000, -3000, -5000",
  })
  void eachRefundPolicyBooksRevenueInItsOwnCells(RefundPolicy refunds, long month0, long month1, long month2) {
    CohortTable table = analyze(policy().withRefundPolicy(refunds), "2024-04-01");

    assertEquals(List.of(List.of(month0, month1, month2)), Tables.revenue(table));
    // Refunds are revenue, not activity: ann is active and ordering in January only.
    assertEquals(List.of(List.of(1L, 0L, 0L)), Tables.active(table));
    assertEquals(List.of(List.of(2L, 0L, 0L)), Tables.orders(table));
    assertEquals(refunds, table.refundPolicy());
    assertEquals(refunds == RefundPolicy.GROSS ? 15000 : 7000,
        table.rows().get(0).cells().get(2).cumulative().revenue().minorUnits());
  }

  @Test
  void refundsBookedAtTheirDatesGiveNegativeRevenueRetention() {
    CohortTable table = analyze(policy().withRefundPolicy(RefundPolicy.NET_AT_REFUND_DATE), "2024-04-01");

    assertEquals(OptionalDouble.of(-0.2), table.rows().get(0).cells().get(1).values().revenueRetention().value());
  }

  @Test
  void refundsAtOrAfterTheAsOfInstantHaveNotHappenedYet() {
    CohortTable netAtOrder = analyze(policy(), "2024-03-01");
    assertEquals(List.of(List.of(12000L, 0L)), Tables.revenue(netAtOrder));
    assertEquals(new InputCounts(2, 2, 0, 0, 1), netAtOrder.input());

    // The €50 order is refunded in full only on March 3: before then it still qualifies under the strict rule.
    AnalysisPolicy strict = policy().withQualifyingOrders(QualifyingOrders.strict());
    assertEquals(List.of(List.of(2L, 0L)), Tables.orders(analyze(strict, "2024-03-01")));
    assertEquals(List.of(List.of(1L, 0L, 0L)), Tables.orders(analyze(strict, "2024-04-01")));
    assertEquals(new InputCounts(2, 1, 1, 0, 0), analyze(strict, "2024-04-01").input());
  }

  @Test
  void amountsAreConvertedIntoTheReportingCurrency() {
    Currency usd = Currency.getInstance("USD");
    List<Order> orders = List.of(
        Order.of(OrderId.of("o1"), CustomerId.of("ann"), at("2024-01-10"), eur(1000)),
        Order.of(OrderId.of("o2"), CustomerId.of("ann"), at("2024-02-10"), Money.ofMinor(1000, usd)));
    AnalysisPolicy policy = policy()
        .withConverter(CurrencyConverter.ofFixedRates(EUR, Map.of(usd, new BigDecimal("0.92"))));
    CohortTable table = CohortAnalysis.newBuilder(policy).asOf(log.midnight("2024-03-01")).build().analyze(orders);

    assertEquals(List.of(List.of(1000L, 920L)), Tables.revenue(table));
    assertEquals(EUR, table.currency());
  }

  @Test
  void anOrderThatCannotBeConvertedIsRejectedAndLeavesNoTrace() {
    CohortAnalysis analysis = CohortAnalysis.newBuilder(policy()).asOf(log.midnight("2024-03-01")).build();
    CohortAccumulator accumulator = analysis.newAccumulator();
    log.orders().forEach(accumulator);
    Order dollars = Order.of(OrderId.of("o9"), CustomerId.of("bob"), at("2024-01-01"),
        Money.ofMinor(1000, Currency.getInstance("USD")));

    IllegalArgumentException rejected = assertThrows(IllegalArgumentException.class,
        () -> accumulator.accept(dollars));
    assertEquals("currency must be the reporting currency EUR when no converter is given: USD", rejected.getMessage());
    assertEquals(analysis.analyze(log.orders()), accumulator.result());
  }

  private static AnalysisPolicy policy() {
    return AnalysisPolicy.of(ZoneOffset.UTC, EUR);
  }

  private CohortTable analyze(AnalysisPolicy policy, String asOf) {
    return CohortAnalysis.newBuilder(policy).asOf(log.midnight(asOf)).build().analyze(log.orders());
  }

  private static Instant at(String date) {
    return new OrderSheet(ZoneOffset.UTC).at(date);
  }
}
