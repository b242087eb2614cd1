package io.retentionkit.cohort;

import static io.retentionkit.cohort.OrderLog.EUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.AnalysisPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The values of a cell, plain and cumulative, and the ratios derived from them. */
final class CohortValuesTest {
  private static final UndefinedReason NONE = UndefinedReason.NO_CUSTOMERS;

  @Test
  void cellsDeriveRatesPerCustomerValuesAndRevenueRetention() {
    // bob's first order was a free sample; his March order is his only paid one.
    OrderLog log = new OrderLog(ZoneOffset.UTC)
        .add("ann", "2024-01-10", 1000).add("ann", "2024-02-10", 500)
        .add("bob", "2024-01-11", 0).add("bob", "2024-03-11", 300);
    CohortRow row = analyze(log, "2024-04-01").rows().get(0);

    CohortValues month0 = row.cells().get(0).values();
    assertEquals(new CohortValues(2, 2, 2, 1000, 1000), month0);
    assertEquals(Ratio.of(2, 2, NONE), month0.retention());
    assertEquals(Ratio.of(1000, 1000, UndefinedReason.ZERO_BASE_REVENUE), month0.revenueRetention());

    CohortValues month1 = row.cells().get(1).values();
    assertEquals(new CohortValues(2, 1, 1, 500, 1000), month1);
    assertEquals(OptionalDouble.of(0.5), month1.retention().value());
    assertEquals(Ratio.of(1, 2, NONE), month1.ordersPerCustomer());
    assertEquals(Optional.of(new BigDecimal("250.00")),
        month1.revenuePerCustomer().decimalValue(2, RoundingMode.HALF_EVEN));
    assertEquals(OptionalDouble.of(0.5), month1.revenueRetention().value());

    CohortValues month2 = row.cells().get(2).values();
    assertEquals(OptionalDouble.of(0.3), month2.revenueRetention().value());

    CohortValues cumulative = row.cells().get(2).cumulative();
    assertEquals(new CohortValues(2, 2, 4, 1800, 1000), cumulative);
    assertEquals(Ratio.of(4, 2, NONE), cumulative.ordersPerCustomer());
    assertEquals(Ratio.of(1800, 2, NONE), cumulative.revenuePerCustomer());
    assertEquals(OptionalDouble.of(1.8), cumulative.revenueRetention().value());
    assertEquals(OptionalDouble.of(1.0), cumulative.retention().value());
  }

  @Test
  void revenueRetentionIsUndefinedWhenOffsetZeroRevenueIsZero() {
    OrderLog log = new OrderLog(ZoneOffset.UTC).add("cat", "2024-02-03", 0).add("cat", "2024-03-03", 500);
    CohortValues month1 = analyze(log, "2024-04-01").rows().get(0).cells().get(1).values();

    Ratio retention = month1.revenueRetention();
    assertFalse(retention.isDefined());
    assertEquals(OptionalDouble.empty(), retention.value());
    assertEquals(Optional.empty(), retention.decimalValue(2, RoundingMode.HALF_EVEN));
    assertEquals(Optional.of(UndefinedReason.ZERO_BASE_REVENUE), retention.undefinedReason());
    assertEquals("500/0 (undefined: " + UndefinedReason.ZERO_BASE_REVENUE.description() + ")", retention.toString());
    assertEquals(Ratio.of(500, 1, NONE), month1.revenuePerCustomer());
  }

  @Test
  void valuesOfNoCustomersAreUndefinedForThatReason() {
    CohortValues none = new CohortValues(0, 0, 0, 0, 0);

    assertEquals(Optional.of(NONE), none.retention().undefinedReason());
    assertEquals(Optional.of(NONE), none.ordersPerCustomer().undefinedReason());
    assertEquals(Optional.of(NONE), none.revenuePerCustomer().undefinedReason());
    assertEquals(Optional.of(NONE), none.revenueRetention().undefinedReason());
  }

  @Test
  void ratiosKeepExactNumeratorAndDenominator() {
    Ratio third = Ratio.of(1, 3, NONE);
    Ratio loss = Ratio.of(-3000, 15000, NONE);

    assertTrue(third.isDefined());
    assertEquals(Optional.of(new BigDecimal("0.3333")), third.decimalValue(4, RoundingMode.HALF_EVEN));
    assertEquals("1/3", third.toString());
    assertEquals(OptionalDouble.of(-0.2), loss.value());
    assertEquals(Optional.of(new BigDecimal("-0.20")), loss.decimalValue(2, RoundingMode.UNNECESSARY));
  }

  @Test
  void invalidValuesAreRejected() {
    IllegalArgumentException reason = assertThrows(IllegalArgumentException.class,
        () -> new Ratio(1, 2, Optional.of(NONE)));
    assertEquals("undefined reason must be given exactly when the denominator is zero: 1 / 2, Optional[NO_CUSTOMERS]",
        reason.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Ratio(1, 0, Optional.empty()));

    IllegalArgumentException active = assertThrows(IllegalArgumentException.class,
        () -> new CohortValues(2, 3, 0, 0, 0));
    assertEquals("active customers must lie between 0 and the 2 customers: 3", active.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new CohortValues(-1, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new CohortValues(1, 0, -1, 0, 0));
  }

  private static CohortTable analyze(OrderLog log, String asOf) {
    return CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR)).asOf(log.midnight(asOf)).build()
        .analyze(log.orders());
  }
}
