package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.PeriodUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

final class OpportunitySummariesTest {
  private static final AnalysisPolicy POLICY = AnalysisPolicy.of(ZoneOffset.UTC, Currency.getInstance("USD"));

  private static Order order(List<Order> orders, String customer, String date) {
    Order order = Order.of(OrderId.of("o" + orders.size()), CustomerId.of(customer),
        LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC), Money.parse("10.00", "USD"));
    orders.add(order);
    return order;
  }

  private static CustomerSummaries yearly(List<Order> orders, String calibrationEnd, String observationEnd) {
    CustomerSummarizer.Builder builder = CustomerSummarizer.newBuilder().policy(POLICY).timeUnit(DurationUnit.YEAR)
        .mergeUnit(PeriodUnit.YEAR).calibrationEnd(LocalDate.parse(calibrationEnd));
    if (observationEnd != null) {
      builder.observationEnd(LocalDate.parse(observationEnd));
    }
    return builder.build().summarize(orders);
  }

  @Test
  void countsOpportunitiesByHand() {
    List<Order> orders = new ArrayList<>();
    // a: first purchase in 2019 (opportunity 0; the July order is part of it), then 2020 twice (one
    // transaction), 2022 and, in the holdout, 2024 twice and 2025: x = 2, t_x = 3, n = 4, x* = 2.
    order(orders, "a", "2019-03-05");
    order(orders, "a", "2019-07-01");
    order(orders, "a", "2020-02-01");
    order(orders, "a", "2020-11-11");
    order(orders, "a", "2022-06-30");
    order(orders, "a", "2024-03-01");
    order(orders, "a", "2024-09-01");
    order(orders, "a", "2025-01-01");
    // b: one purchase on the last day of 2021: x = 0, t_x = 0, n = 2.
    order(orders, "b", "2021-12-31");
    // c: first seen in the last calibration year: n = 0.
    order(orders, "c", "2023-01-15");
    order(orders, "c", "2023-05-01");
    // d: every year since the first, the last on the calibration end: x = t_x = n = 3.
    order(orders, "d", "2020-06-01");
    order(orders, "d", "2021-01-01");
    order(orders, "d", "2022-01-01");
    order(orders, "d", "2023-12-31");
    // e: first seen in the holdout, so not a calibration customer.
    order(orders, "e", "2024-05-05");
    OpportunitySummaries s = OpportunitySummaries.of(yearly(orders, "2023-12-31", "2025-12-31"));
    assertAll(
        () -> assertEquals(List.of(CustomerId.of("a"), CustomerId.of("b"), CustomerId.of("c"), CustomerId.of("d")),
            s.customerIds()),
        () -> assertEquals(PeriodUnit.YEAR, s.opportunity()),
        () -> assertArrayEquals(new int[] {2, 0, 0, 3}, s.repeatTransactions()),
        () -> assertArrayEquals(new int[] {3, 0, 0, 3}, s.lastTransactionOpportunities()),
        () -> assertArrayEquals(new int[] {4, 2, 0, 3}, s.opportunities()),
        () -> assertEquals(2, s.holdoutOpportunities()),
        () -> assertArrayEquals(new int[] {2, 0, 0, 0}, s.holdoutTransactions()),
        () -> assertEquals(WeightedSummaries.of(new int[] {2, 0, 0, 3}, new double[] {3, 0, 0, 3},
            new double[] {4, 2, 0, 3}), s.weighted()));
  }

  @Test
  void monthlyOpportunitiesFollowTheShopsCalendar() {
    List<Order> orders = new ArrayList<>();
    // 23:30 UTC on 31 January is 1 February in Amsterdam: the second purchase is in February, month 1.
    orders.add(Order.of(OrderId.of("1"), CustomerId.of("a"), LocalDate.parse("2024-01-10").atTime(9, 0)
        .toInstant(ZoneOffset.UTC), Money.parse("5.00", "EUR")));
    orders.add(Order.of(OrderId.of("2"), CustomerId.of("a"), LocalDate.parse("2024-01-31").atTime(23, 30)
        .toInstant(ZoneOffset.UTC), Money.parse("5.00", "EUR")));
    orders.add(Order.of(OrderId.of("3"), CustomerId.of("a"), LocalDate.parse("2024-04-30").atTime(9, 0)
        .toInstant(ZoneOffset.UTC), Money.parse("5.00", "EUR")));
    CustomerSummaries monthly = CustomerSummarizer.newBuilder()
        .policy(AnalysisPolicy.of(ZoneId.of("Europe/Amsterdam"), Currency.getInstance("EUR")))
        .timeUnit(DurationUnit.MONTH).mergeUnit(PeriodUnit.MONTH).calibrationEnd(LocalDate.parse("2024-06-30"))
        .build().summarize(orders);
    OpportunitySummaries s = OpportunitySummaries.of(monthly);
    assertAll(
        () -> assertEquals(2, s.repeatTransactions(0)),
        () -> assertEquals(3, s.lastTransactionOpportunity(0)),
        () -> assertEquals(5, s.opportunities(0)),
        () -> assertEquals(false, s.hasHoldout()));
  }

  @Test
  void refusesPartialOpportunities() {
    List<Order> orders = new ArrayList<>();
    order(orders, "a", "2020-01-01");
    order(orders, "a", "2021-01-01");
    order(orders, "a", "2022-02-01");
    assertEquals("calibration end must be the last day of a year, so that every opportunity is whole: 2021-06-30 "
        + "(the year ends on 2021-12-31)", assertThrows(IllegalArgumentException.class,
            () -> OpportunitySummaries.of(yearly(orders, "2021-06-30", null))).getMessage());
    assertEquals("observation end must be the last day of a year, so that every opportunity is whole: 2022-03-31 "
        + "(the year ends on 2022-12-31)", assertThrows(IllegalArgumentException.class,
            () -> OpportunitySummaries.of(yearly(orders, "2021-12-31", "2022-03-31"))).getMessage());
    OpportunitySummaries none = OpportunitySummaries.of(yearly(orders, "2021-12-31", null));
    assertEquals("summaries must have a holdout period: set an observation end",
        assertThrows(IllegalStateException.class, none::holdoutOpportunities).getMessage());
  }

  @Test
  void donationOrdersGiveThePublishedCellsAndFit() {
    // One 1995 first gift per donor and, per cell of donations.csv, gifts in the years that give its
    // (x, t_x): t_x - x + 1 .. t_x after 1995. Holdout gifts (2002-2006) are spread over each cell's donors
    // to give the cell's total x* of BTYD's rf.matrix.
    List<Order> orders = new ArrayList<>();
    int donor = 0;
    long holdoutTotal = 0;
    for (String[] cell : Donations.recencyFrequencyMatrix()) {
      int x = (int) Double.parseDouble(cell[0]);
      int tx = (int) Double.parseDouble(cell[1]);
      int customers = (int) Double.parseDouble(cell[3]);
      int holdout = (int) Double.parseDouble(cell[4]);
      holdoutTotal += holdout;
      for (int k = 0; k < customers; k++, donor++) {
        String id = String.format("d%05d", donor);
        order(orders, id, "1995-06-01");
        for (int year = tx - x + 1; year <= tx; year++) {
          order(orders, id, (1995 + year) + "-06-01");
        }
        int gifts = holdout / customers + (k < holdout % customers ? 1 : 0);
        assertTrue(gifts <= 5, "cell " + String.join(",", cell));
        for (int year = 0; year < gifts; year++) {
          order(orders, id, (2002 + year) + "-03-01");
        }
      }
    }
    OpportunitySummaries s = OpportunitySummaries.of(yearly(orders, "2001-12-31", "2006-12-31"));
    assertEquals(11_104, s.size());
    assertEquals(Donations.calibration(), s.weighted());
    assertEquals(5, s.holdoutOpportunities());
    assertEquals(13_260, holdoutTotal);
    assertEquals(holdoutTotal, java.util.Arrays.stream(s.holdoutTransactions()).sum());
    ModelFit<BgBbModel> fit = BgBbModel.fit(s.weighted());
    BgBbParameters p = fit.model().parameters();
    assertAll(
        () -> assertTrue(fit.diagnostics().converged(), fit.diagnostics()::toString),
        () -> assertEquals(1.204, p.alpha(), 1e-3),
        () -> assertEquals(0.750, p.beta(), 1e-3),
        () -> assertEquals(0.657, p.gamma(), 1e-3),
        () -> assertEquals(2.783, p.delta(), 1.5e-3),
        () -> assertEquals(-33225.58, fit.diagnostics().logLikelihood(), 1e-2));
  }
}
