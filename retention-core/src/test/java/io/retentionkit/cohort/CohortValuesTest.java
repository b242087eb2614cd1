package io.retentionkit.cohort;

import static io.retentionkit.cohort.OrderSheet.EUR;
import static io.retentionkit.cohort.OrderSheet.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.metrics.MoneyShare;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Money;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The values of a cell, plain and cumulative, and the ratios derived from them. */
final class CohortValuesTest {

  @Test
  void cellsDeriveRatesPerCustomerValuesAndRevenueRetention() {
    // bob's first order was a free sample; his March order is his only paid one.
    OrderSheet log = new OrderSheet(ZoneOffset.UTC)
        .add("ann", "2024-01-10", 1000).add("ann", "2024-02-10", 500)
        .add("bob", "2024-01-11", 0).add("bob", "2024-03-11", 300);
    CohortRow row = analyze(log, "2024-04-01").rows().get(0);

    CohortValues month0 = row.cells().get(0).values();
    assertEquals(new CohortValues(2, 2, 2, eur(1000), eur(1000)), month0);
    assertEquals(OptionalDouble.of(1.0), month0.retention().value());
    assertEquals(OptionalDouble.of(1.0), month0.revenueRetention().value());

    CohortValues month1 = row.cells().get(1).values();
    assertEquals(new CohortValues(2, 1, 1, eur(500), eur(1000)), month1);
    assertEquals(OptionalDouble.of(0.5), month1.retention().value());
    assertEquals(OptionalDouble.of(0.5), month1.ordersPerCustomer().value());
    assertEquals(Optional.of(new BigDecimal("2.5000")), month1.revenuePerCustomer().value());
    assertEquals(OptionalDouble.of(0.5), month1.revenueRetention().value());

    assertEquals(OptionalDouble.of(0.3), row.cells().get(2).values().revenueRetention().value());

    CohortValues cumulative = row.cells().get(2).cumulative();
    assertEquals(new CohortValues(2, 2, 4, eur(1800), eur(1000)), cumulative);
    assertEquals(OptionalDouble.of(2.0), cumulative.ordersPerCustomer().value());
    assertEquals(Optional.of(new BigDecimal("9.0000")), cumulative.revenuePerCustomer().value());
    assertEquals(OptionalDouble.of(1.8), cumulative.revenueRetention().value());
    assertEquals(OptionalDouble.of(1.0), cumulative.retention().value());
  }

  @Test
  void revenueRetentionIsUndefinedWhenOffsetZeroRevenueIsZero() {
    OrderSheet log = new OrderSheet(ZoneOffset.UTC).add("cat", "2024-02-03", 0).add("cat", "2024-03-03", 500);
    CohortValues month1 = analyze(log, "2024-04-01").rows().get(0).cells().get(1).values();

    MoneyShare retention = month1.revenueRetention();
    assertEquals(OptionalDouble.empty(), retention.value());
    assertEquals(Optional.of(CohortValues.NO_BASE_REVENUE), retention.undefinedReason());
    assertEquals(Optional.of(new BigDecimal("5.0000")), month1.revenuePerCustomer().value());
  }

  @Test
  void valuesOfNoCustomersAreUndefinedForThatReason() {
    CohortValues none = new CohortValues(0, 0, 0, eur(0), eur(0));

    assertEquals(Optional.of(CohortValues.NO_CUSTOMERS), none.retention().undefinedReason());
    assertEquals(Optional.of(CohortValues.NO_CUSTOMERS), none.ordersPerCustomer().undefinedReason());
    assertEquals(Optional.of(CohortValues.NO_CUSTOMERS), none.revenuePerCustomer().undefinedReason());
    assertEquals(Optional.of(CohortValues.NO_CUSTOMERS), none.revenueRetention().undefinedReason());
  }

  @Test
  void invalidValuesAreRejected() {
    IllegalArgumentException active = assertThrows(IllegalArgumentException.class,
        () -> new CohortValues(2, 3, 0, eur(0), eur(0)));
    assertEquals("active customers must lie between 0 and the 2 customers: 3", active.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new CohortValues(-1, 0, 0, eur(0), eur(0)));
    assertThrows(IllegalArgumentException.class, () -> new CohortValues(1, 0, -1, eur(0), eur(0)));
    assertThrows(IllegalArgumentException.class,
        () -> new CohortValues(1, 0, 0, eur(0), Money.zero(Currency.getInstance("USD"))));
    assertThrows(NullPointerException.class, () -> new CohortValues(1, 0, 0, null, eur(0)));
  }

  private static CohortTable analyze(OrderSheet log, String asOf) {
    return CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR)).asOf(log.midnight(asOf)).build()
        .analyze(log.orders());
  }
}
