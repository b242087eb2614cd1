package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import io.retentionkit.model.PeriodUnit;
import io.retentionkit.model.RefundPolicy;
import io.retentionkit.testing.SharedData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

final class CustomerSummarizerTest {
  private static final AnalysisPolicy UTC_USD = Cdnow.POLICY;
  private int orderNumber;

  @Test
  void cdnowSampleHasThePublishedTotals() {
    CustomerSummaries s = Cdnow.summaries();
    int[] x = s.repeatTransactions();
    int repeat = Arrays.stream(x).sum();
    long zero = Arrays.stream(x).filter(v -> v == 0).count();
    int holdout = Arrays.stream(s.holdoutTransactions()).sum();
    assertAll(
        () -> assertEquals(2357, s.size()),
        () -> assertEquals(2457, repeat),
        () -> assertEquals(1411L, zero),
        () -> assertEquals(1882, holdout),
        () -> assertEquals(39.0, s.holdoutLength(), 1e-12),
        () -> assertEquals(0, s.ordersAfterObservationEnd()),
        () -> assertEquals(0, s.customersFirstSeenInHoldout()));
  }

  @Test
  void cdnowCustomerOneMatchesTheReference() {
    CustomerSummary one = Cdnow.summaries().customer(0);
    assertAll(
        () -> assertEquals(CustomerId.of("0001"), one.customerId()),
        () -> assertEquals(2, one.repeatTransactions()),
        () -> assertEquals(213.0 / 7, one.lastPurchaseTime(), 1e-12),
        () -> assertEquals(272.0 / 7, one.age(), 1e-12),
        () -> assertEquals(22.345, one.meanRepeatSpend().getAsDouble(), 1e-9));
  }

  @Test
  void cdnowSummariesEqualBtydsCbsRowForRow() throws IOException {
    CustomerSummaries s = Cdnow.summaries();
    List<String> lines = Files.readAllLines(SharedData.file("cdnowSummary_cbs.csv"));
    assertEquals(s.size() + 1, lines.size());
    for (int i = 0; i < s.size(); i++) {
      String[] f = lines.get(i + 1).split(",");
      String row = "customer " + f[0];
      assertEquals(Double.parseDouble(f[1]), s.repeatTransactions(i), row);
      assertEquals(Double.parseDouble(f[2]), s.lastPurchaseTime(i), 1e-12, row);
      assertEquals(Double.parseDouble(f[3]), s.age(i), 1e-12, row);
      assertEquals(Double.parseDouble(f[4]), s.holdoutTransactions(i), row);
      assertEquals(Double.parseDouble(f[5]), s.meanRepeatSpend(i).orElse(0), 1e-9, row);
    }
  }

  @Test
  void cdnowRepeatSpendsHaveThePublishedSummary() {
    double[] spends = Arrays.stream(Cdnow.summaries().meanRepeatSpends()).filter(v -> !Double.isNaN(v)).sorted()
        .toArray();
    double mean = Arrays.stream(spends).average().orElseThrow();
    double variance = Arrays.stream(spends).map(v -> (v - mean) * (v - mean)).sum() / (spends.length - 1);
    assertAll(
        () -> assertEquals(946, spends.length),
        () -> assertEquals(35.078, mean, 5e-4),
        () -> assertEquals(30, Math.sqrt(variance), 0.5),
        () -> assertEquals(3, spends[0], 0.5),
        () -> assertEquals(27, (spends[472] + spends[473]) / 2, 0.5),
        () -> assertEquals(300, spends[945], 0.5));
  }

  @Test
  void durationUnitsHaveFixedLengths() {
    assertAll(
        () -> assertEquals(1.0, DurationUnit.DAY.days()),
        () -> assertEquals(7.0, DurationUnit.WEEK.days()),
        () -> assertEquals(30.4375, DurationUnit.MONTH.days()),
        () -> assertEquals(91.3125, DurationUnit.QUARTER.days()),
        () -> assertEquals(365.25, DurationUnit.YEAR.days()),
        () -> assertEquals(2.0, DurationUnit.WEEK.fromDays(14)));
  }

  @Test
  void cdnowTrackingSeriesMatchesBtyd() throws IOException {
    CustomerSummaries s = Cdnow.summaries();
    long[] daily = s.repeatTransactionsByDay();
    List<String> lines = Files.readAllLines(SharedData.file("cdnowSummary_cu_tracking.csv"));
    assertEquals(LocalDate.of(1997, 1, 1), s.trackingStart());
    assertEquals(546, daily.length);
    long cumulative = 0;
    for (int week = 1; week <= 78; week++) {
      for (int d = 7 * (week - 1); d < 7 * week; d++) {
        cumulative += daily[d];
      }
      assertEquals(Long.parseLong(lines.get(week).split(",")[1]), cumulative, "week " + week);
    }
  }

  @Test
  void lifetimesDailyFixture() {
    List<Order> orders = List.of(
        order("1", "2015-02-01", "10"), order("1", "2015-02-06", "10"),
        order("2", "2015-01-01", "10"),
        order("3", "2015-01-01", "10"), order("3", "2015-01-02", "10"), order("3", "2015-01-05", "10"));
    CustomerSummaries s = daily(LocalDate.of(2015, 2, 7)).summarize(orders);
    assertAll(
        () -> assertSummary(s, 0, 1, 5, 6),
        () -> assertSummary(s, 1, 0, 0, 37),
        () -> assertSummary(s, 2, 2, 4, 37));
  }

  @Test
  void meanRepeatSpendDropsTheFirstPurchaseByDateNotByInputOrder() {
    List<Order> orders = List.of(
        order("a", "2020-01-03", "25"), order("a", "2020-01-01", "10"), order("a", "2020-01-02", "20"));
    CustomerSummaries s = daily(LocalDate.of(2020, 1, 31)).summarize(orders);
    assertEquals(OptionalDouble.of(22.5), s.meanRepeatSpend(0));
  }

  @Test
  void meanRepeatSpendIsAbsentWithoutRepeats() {
    CustomerSummaries s = daily(LocalDate.of(2020, 1, 31)).summarize(List.of(order("a", "2020-01-03", "25")));
    assertAll(
        () -> assertEquals(OptionalDouble.empty(), s.meanRepeatSpend(0)),
        () -> assertTrue(Double.isNaN(s.meanRepeatSpends()[0])),
        () -> assertEquals(new BigDecimal("0.00"), s.repeatSpend(0)));
  }

  @Test
  void sameDayOrdersAreOneTransactionWithSummedAmounts() {
    List<Order> orders = List.of(
        order("a", "2020-01-01", "5"), order("a", "2020-01-08", "10"), order("a", "2020-01-08", "20"));
    CustomerSummaries s = daily(LocalDate.of(2020, 1, 31)).summarize(orders);
    assertAll(
        () -> assertEquals(1, s.repeatTransactions(0)),
        () -> assertEquals(OptionalDouble.of(30), s.meanRepeatSpend(0)));
  }

  @Test
  void twoOrdersOnOneDayInWeeklyUnitsAreNoRepeat() {
    List<Order> orders = List.of(order("a", "2020-01-01", "5"), order("a", "2020-01-01", "7"));
    CustomerSummaries s = CustomerSummarizer.newBuilder().policy(UTC_USD).timeUnit(DurationUnit.WEEK)
        .calibrationEnd(LocalDate.of(2020, 1, 29)).build().summarize(orders);
    assertAll(
        () -> assertEquals(0, s.repeatTransactions(0)),
        () -> assertEquals(4.0, s.age(0), 1e-12));
  }

  @Test
  void weeklyMergeFoldsOrdersOfOneCalendarWeekAndDatesTheTransactionAtItsFirstOrder() {
    // 2020-01-06 is a Monday, the policy's first day of the week.
    List<Order> orders = List.of(
        order("a", "2020-01-06", "5"), order("a", "2020-01-08", "6"),
        order("a", "2020-01-14", "10"), order("a", "2020-01-19", "20"),
        order("a", "2020-01-20", "40"));
    CustomerSummaries s = CustomerSummarizer.newBuilder().policy(UTC_USD).timeUnit(DurationUnit.DAY)
        .mergeUnit(PeriodUnit.WEEK).calibrationEnd(LocalDate.of(2020, 1, 31)).build().summarize(orders);
    assertAll(
        () -> assertEquals(2, s.repeatTransactions(0)),
        () -> assertEquals(14, s.lastPurchaseTime(0), 1e-12),
        () -> assertEquals(OptionalDouble.of(35), s.meanRepeatSpend(0)));
  }

  @Test
  void mergePeriodsDoNotStraddleTheCalibrationEnd() {
    // Wednesday calibration end: the Thursday order of the same week is a holdout transaction.
    List<Order> orders = List.of(
        order("a", "2020-01-06", "5"), order("a", "2020-01-08", "6"), order("a", "2020-01-09", "7"));
    CustomerSummaries s = CustomerSummarizer.newBuilder().policy(UTC_USD).timeUnit(DurationUnit.DAY)
        .mergeUnit(PeriodUnit.WEEK).calibrationEnd(LocalDate.of(2020, 1, 8))
        .observationEnd(LocalDate.of(2020, 1, 31)).build().summarize(orders);
    assertAll(
        () -> assertEquals(0, s.repeatTransactions(0)),
        () -> assertEquals(1, s.holdoutTransactions(0)));
  }

  @Test
  void holdoutExcludesNewCustomersAndDropsOrdersAfterTheObservationEnd() {
    List<Order> orders = List.of(
        order("a", "2020-01-01", "5"), order("a", "2020-02-10", "5"), order("a", "2020-02-20", "5"),
        order("a", "2020-03-05", "5"),
        order("b", "2020-02-03", "5"), order("b", "2020-02-04", "5"));
    CustomerSummaries s = daily(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 29)).summarize(orders);
    assertAll(
        () -> assertEquals(List.of(CustomerId.of("a")), s.customerIds()),
        () -> assertEquals(2, s.holdoutTransactions(0)),
        () -> assertEquals(new BigDecimal("10.00"), s.holdoutSpend(0)),
        () -> assertEquals(1, s.customersFirstSeenInHoldout()),
        () -> assertEquals(1, s.ordersAfterObservationEnd()),
        () -> assertEquals(29.0, s.holdoutLength(), 1e-12));
  }

  @Test
  void emptyHoldoutIsAnError() {
    CustomerSummarizer summarizer = daily(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 29));
    List<Order> orders = List.of(order("a", "2020-01-01", "5"), order("a", "2020-01-10", "5"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> summarizer.summarize(orders));
    assertEquals("holdout period must contain qualifying orders: none dated from 2020-02-01 to 2020-02-29",
        e.getMessage());
  }

  @Test
  void withoutHoldoutHoldoutAccessorsRefuse() {
    CustomerSummaries s = daily(LocalDate.of(2020, 1, 31)).summarize(List.of(order("a", "2020-01-01", "5")));
    IllegalStateException e = assertThrows(IllegalStateException.class, s::holdoutLength);
    assertEquals("summaries must have a holdout period: set an observation end", e.getMessage());
    assertThrows(IllegalStateException.class, () -> s.holdoutTransactions(0));
  }

  @Test
  void cancelledOrdersAreIgnoredAndCounted() {
    Order cancelled = order("a", "2020-01-05", "5").toBuilder().status(OrderStatus.CANCELLED).build();
    CustomerSummaries s = daily(LocalDate.of(2020, 1, 31))
        .summarize(List.of(order("a", "2020-01-01", "5"), cancelled));
    assertAll(
        () -> assertEquals(0, s.repeatTransactions(0)),
        () -> assertEquals(1, s.ignoredOrders()));
  }

  @Test
  void refundsFollowThePolicy() {
    Order refunded = order("a", "2020-01-10", "30").toBuilder()
        .refund(Money.parse("10", "USD"), LocalDate.parse("2020-01-12").atStartOfDay(ZoneOffset.UTC).toInstant())
        .refund(Money.parse("5", "USD"), LocalDate.parse("2020-02-12").atStartOfDay(ZoneOffset.UTC).toInstant())
        .build();
    List<Order> orders = List.of(order("a", "2020-01-01", "5"), refunded, order("a", "2020-02-05", "50"));
    LocalDate calibrationEnd = LocalDate.of(2020, 1, 31);
    LocalDate observationEnd = LocalDate.of(2020, 2, 29);
    CustomerSummaries gross = summarizer(UTC_USD.withRefundPolicy(RefundPolicy.GROSS), calibrationEnd,
        observationEnd).summarize(orders);
    CustomerSummaries atOrder = summarizer(UTC_USD.withRefundPolicy(RefundPolicy.NET_AT_ORDER_DATE),
        calibrationEnd, observationEnd).summarize(orders);
    CustomerSummaries atRefund = summarizer(UTC_USD.withRefundPolicy(RefundPolicy.NET_AT_REFUND_DATE),
        calibrationEnd, observationEnd).summarize(orders);
    assertAll(
        () -> assertEquals(OptionalDouble.of(30), gross.meanRepeatSpend(0)),
        () -> assertEquals(new BigDecimal("50.00"), gross.holdoutSpend(0)),
        () -> assertEquals(OptionalDouble.of(15), atOrder.meanRepeatSpend(0)),
        () -> assertEquals(new BigDecimal("50.00"), atOrder.holdoutSpend(0)),
        () -> assertEquals(OptionalDouble.of(20), atRefund.meanRepeatSpend(0)),
        () -> assertEquals(new BigDecimal("45.00"), atRefund.holdoutSpend(0)));
  }

  @Test
  void builderRequiresItsSettingsOnce() {
    CustomerSummarizer.Builder builder = CustomerSummarizer.newBuilder().policy(UTC_USD);
    assertEquals("policy must be set only once",
        assertThrows(IllegalStateException.class, () -> builder.policy(UTC_USD)).getMessage());
    assertEquals("timeUnit must be set",
        assertThrows(IllegalStateException.class, builder::build).getMessage());
    builder.timeUnit(DurationUnit.DAY).calibrationEnd(LocalDate.of(2020, 1, 31))
        .observationEnd(LocalDate.of(2020, 1, 31));
    assertEquals("observationEnd must be after calibrationEnd 2020-01-31: 2020-01-31",
        assertThrows(IllegalArgumentException.class, builder::build).getMessage());
  }

  @Test
  void accumulatorsOfDifferentSummarizersDoNotCombine() {
    CustomerSummaryAccumulator a = daily(LocalDate.of(2020, 1, 31)).newAccumulator();
    CustomerSummaryAccumulator b = daily(LocalDate.of(2020, 2, 1)).newAccumulator();
    assertThrows(IllegalArgumentException.class, () -> a.combine(b));
  }

  private static void assertSummary(CustomerSummaries s, int i, int x, double tx, double age) {
    assertEquals(x, s.repeatTransactions(i), "x");
    assertEquals(tx, s.lastPurchaseTime(i), 1e-12, "t_x");
    assertEquals(age, s.age(i), 1e-12, "T");
  }

  private static CustomerSummarizer daily(LocalDate calibrationEnd) {
    return CustomerSummarizer.newBuilder().policy(UTC_USD).timeUnit(DurationUnit.DAY)
        .calibrationEnd(calibrationEnd).build();
  }

  private static CustomerSummarizer daily(LocalDate calibrationEnd, LocalDate observationEnd) {
    return summarizer(UTC_USD, calibrationEnd, observationEnd);
  }

  private static CustomerSummarizer summarizer(AnalysisPolicy policy, LocalDate calibrationEnd,
      LocalDate observationEnd) {
    return CustomerSummarizer.newBuilder().policy(policy).timeUnit(DurationUnit.DAY)
        .calibrationEnd(calibrationEnd).observationEnd(observationEnd).build();
  }

  private Order order(String customer, String date, String amount) {
    return Order.of(OrderId.of("o" + orderNumber++), CustomerId.of(customer),
        LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).plusHours(12).toInstant(), Money.parse(amount, "USD"));
  }
}
