package io.retentionkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.TransactionModelFamily;
import io.retentionkit.cohort.CohortAnalysis;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.Period;
import io.retentionkit.segments.RfmAnalysis;
import io.retentionkit.segments.RfmSegment;
import io.retentionkit.segments.RfmSegmentation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class ReportAnalysisTest {

  @Test
  void asOfIsTheDayAfterTheLatestOrderOrRefund() {
    Instant latest = Fixtures.ORDERS.stream()
        .flatMap(order -> java.util.stream.Stream.concat(java.util.stream.Stream.of(order.placedAt()),
            order.refunds().stream().map(refund -> refund.refundedAt())))
        .max(Instant::compareTo).orElseThrow();
    LocalDate expected = latest.atZone(SampleShop.ZONE).toLocalDate().plusDays(1);
    assertEquals(expected, Fixtures.data().provenance().asOf());
    assertEquals(expected.atStartOfDay(SampleShop.ZONE).toInstant(), Fixtures.data().cohorts().orElseThrow().asOf()
        .orElseThrow());
  }

  @Test
  void asOfIsTheCohortEnginesEvenWhereClocksGoBackAcrossMidnight() {
    // In Goose Bay, 1995-10-29 00:01 (-03:00) became 1995-10-28 23:01 (-04:00): the latest order below falls
    // on the 28th, although an earlier one falls on the 29th, which the report must not leave out.
    AnalysisPolicy policy = AnalysisPolicy.of(ZoneId.of("America/Goose_Bay"), Currency.getInstance("EUR"));
    List<Order> orders = List.of(
        order("a", "c1", OffsetDateTime.parse("1995-10-29T00:00:30-03:00").toInstant()),
        order("b", "c2", OffsetDateTime.parse("1995-10-28T23:30-04:00").toInstant()));
    ReportData data = ReportAnalysis.newBuilder(policy).build().analyze(orders, List.of());
    CohortTable cohorts = CohortAnalysis.newBuilder(policy).build().analyze(orders);

    assertEquals(LocalDate.of(1995, 10, 30), data.provenance().asOf());
    assertEquals(cohorts.asOf(), data.cohorts().orElseThrow().asOf());
    assertEquals(data.provenance().asOf(), policy.localDate(cohorts.asOf().orElseThrow()));
  }

  @Test
  void theDefaultHorizonIsAYearInWholeTimeUnits() {
    assertEquals(52, ReportAnalysis.defaultHorizon(DurationUnit.WEEK));
    assertEquals(12, ReportAnalysis.defaultHorizon(DurationUnit.MONTH));
    assertEquals(365, ReportAnalysis.defaultHorizon(DurationUnit.DAY));
    ReportData monthly = ReportAnalysis.newBuilder(SampleShop.policy()).timeUnit(DurationUnit.MONTH).holdout(false)
        .build().analyze(Fixtures.ORDERS, List.of());
    assertEquals(12, monthly.clv().orElseThrow().horizon());
  }

  @Test
  void metricsCoverTheTwelveMonthsBeforeTheAsOfDate() {
    LocalDate asOf = Fixtures.data().provenance().asOf();
    assertEquals(Period.of(asOf.minusMonths(12), asOf, SampleShop.ZONE),
        Fixtures.data().metrics().orElseThrow().window());
  }

  @Test
  void predictionsStartTheDayBeforeTheAsOfDateAndTheHoldoutIsTheLastThirdInWholeWeeks() {
    ReportData data = Fixtures.data();
    LocalDate last = data.provenance().asOf().minusDays(1);
    ClvSection clv = data.clv().orElseThrow();
    assertEquals(last, clv.calibrationEnd().orElseThrow());
    assertEquals("bgnbd", clv.fit().model().name());
    assertTrue(clv.spendFit().isPresent());

    LocalDate first = Fixtures.ORDERS.stream().filter(SampleShop.policy()::qualifies)
        .map(order -> SampleShop.policy().localDate(order.placedAt())).min(LocalDate::compareTo).orElseThrow();
    long span = ChronoUnit.DAYS.between(first, last) + 1;
    long weeks = Math.min(span / 3 / 7, 52);
    HoldoutCheck holdout = clv.holdout().orElseThrow();
    assertEquals(last.minusDays(weeks * 7), holdout.calibrationEnd());
    assertEquals(last, holdout.observationEnd());
    assertEquals(weeks, holdout.report().holdoutLength(), 1e-9);
  }

  @Test
  void anExplicitCalibrationEndReplacesTheDerivedSplit() {
    LocalDate end = LocalDate.of(2024, 6, 30);
    ReportData data = ReportAnalysis.newBuilder(SampleShop.policy()).calibrationEnd(end).build()
        .analyze(Fixtures.ORDERS, List.of());
    assertEquals(end, data.clv().orElseThrow().holdout().orElseThrow().calibrationEnd());

    ReportData outside = ReportAnalysis.newBuilder(SampleShop.policy()).calibrationEnd(LocalDate.of(2030, 1, 1))
        .build().analyze(Fixtures.ORDERS, List.of());
    assertTrue(outside.clv().orElseThrow().holdoutOmission().orElseThrow()
        .startsWith("the calibration end 2030-01-01 must lie between the first order"));
  }

  @Test
  void shortDataOmitTheHoldoutCheckAndSayWhy() {
    List<Order> orders = new ArrayList<>();
    for (int c = 0; c < 60; c++) {
      for (int k = 0; k < 1 + c % 3; k++) {
        orders.add(order("o" + c + "-" + k, "c" + c, Instant.parse("2024-03-01T10:00:00Z").plus(c % 20 + k * 9L,
            ChronoUnit.DAYS)));
      }
    }
    ReportData data = ReportAnalysis.newBuilder(SampleShop.policy()).build().analyze(orders, List.of());
    String reason = data.clv().orElseThrow().holdoutOmission().orElseThrow();
    assertTrue(reason.matches("the data span \\d+ days; a third of them is less than the 28 days a holdout needs"),
        reason);
  }

  @Test
  void withoutRepeatCustomersTheClvSectionIsOmittedWithTheReason() {
    List<Order> orders = new ArrayList<>();
    for (int c = 0; c < 50; c++) {
      orders.add(order("o" + c, "c" + c, Instant.parse("2024-01-01T10:00:00Z").plus(c * 3L, ChronoUnit.DAYS)));
    }
    ReportData data = ReportAnalysis.newBuilder(SampleShop.policy()).build().analyze(orders, List.of());
    assertTrue(data.clv().isEmpty());
    assertTrue(data.omissions().get(ReportSection.CLV).startsWith("the BG/NBD model cannot be fitted: "),
        data.omissions().get(ReportSection.CLV));
    assertTrue(data.metrics().isPresent() && data.cohorts().isPresent());
  }

  @Test
  void withoutOrdersAnAsOfDateIsNeeded() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportAnalysis.newBuilder(SampleShop.policy()).build().analyze(List.of(), List.of()));
    assertEquals("asOf must be set when there are no orders", e.getMessage());

    ReportData data = ReportAnalysis.newBuilder(SampleShop.policy()).asOf(LocalDate.of(2025, 1, 1)).build()
        .analyze(List.of(), List.of());
    assertEquals("no qualifying order was placed before the as-of date", data.omissions().get(ReportSection.CLV));
    assertTrue(data.cohorts().orElseThrow().rows().isEmpty());
    assertTrue(HtmlReport.newBuilder().build().render(data).contains("no qualifying orders before the as-of date"));
  }

  @Test
  void spendModellingCanBeSwitchedOff() {
    ReportData data = ReportAnalysis.newBuilder(SampleShop.policy()).spendModel(false).holdout(false).build()
        .analyze(Fixtures.ORDERS, List.of());
    ClvSection clv = data.clv().orElseThrow();
    assertEquals("spend modelling was switched off", clv.spendOmission().orElseThrow());
    assertEquals("the holdout check was switched off", clv.holdoutOmission().orElseThrow());
    assertTrue(clv.clvDistribution().isEmpty());
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheInput() {
    List<Order> shuffled = new ArrayList<>(Fixtures.ORDERS);
    Collections.shuffle(shuffled, new Random(5));
    ReportData data = ReportAnalysis.newBuilder(SampleShop.policy()).build()
        .analyze(shuffled, List.of(Fixtures.INPUT));
    assertEquals(Fixtures.data(), data);
    assertEquals(HtmlReport.newBuilder().build().render(Fixtures.data()), HtmlReport.newBuilder().build().render(data));
  }

  @Test
  void anotherContinuousTimeModelCanBeChosen() {
    ReportData data = ReportAnalysis.newBuilder(SampleShop.policy()).model(TransactionModelFamily.PARETO_NBD)
        .holdout(false).build().analyze(Fixtures.ORDERS, List.of());
    assertEquals("pnbd", data.clv().orElseThrow().fit().model().name());
    assertTrue(HtmlReport.newBuilder().build().render(data).contains("Pareto/NBD, fitted by maximum likelihood"));
  }

  @Test
  void rejectsDiscreteModelsAndContradictorySettings() {
    assertThrows(IllegalArgumentException.class,
        () -> ReportAnalysis.newBuilder(SampleShop.policy()).model(TransactionModelFamily.BG_BB));
    assertThrows(IllegalStateException.class, () -> ReportAnalysis.newBuilder(SampleShop.policy())
        .calibrationEnd(LocalDate.of(2024, 1, 1)).holdout(false).build());
    assertThrows(IllegalArgumentException.class, () -> ReportAnalysis.newBuilder(SampleShop.policy()).horizon(0));
    assertThrows(NullPointerException.class, () -> ReportAnalysis.newBuilder(SampleShop.policy()).discountRate(null));
    assertThrows(IllegalArgumentException.class, () -> ReportAnalysis.newBuilder(SampleShop.policy()).metricsMonths(0));
  }

  @Test
  void segmentsAreTheRfmSegmentsAsOfTheReportsDate() {
    ReportData data = Fixtures.data();
    RfmSegmentation rfm = RfmAnalysis.newBuilder(SampleShop.policy())
        .asOf(data.provenance().asOf().atStartOfDay(SampleShop.ZONE).toInstant()).build().analyze(Fixtures.ORDERS);

    SegmentSizes sizes = data.segments().orElseThrow();

    assertEquals(SegmentSizes.of(rfm), sizes);
    assertEquals("RFM", sizes.scheme());
    assertEquals(11, sizes.segments().size());
    assertEquals(rfm.customers().size(), sizes.customers());
    assertEquals(new Segment("Champions", rfm.size(RfmSegment.CHAMPIONS).customers(), Optional.of("R 5, FM 4-5"),
        rfm.size(RfmSegment.CHAMPIONS).revenueShare().value()), sizes.segments().get(0));
    assertTrue(sizes.segments().stream().mapToLong(Segment::customers).filter(c -> c > 0).count() > 5,
        "the sample shop fills most segments");
  }

  @Test
  void segmentsCanBeSwitchedOffAndAreOmittedWithoutCustomers() {
    ReportData off = ReportAnalysis.newBuilder(SampleShop.policy()).segments(false).holdout(false).build()
        .analyze(Fixtures.ORDERS, List.of());
    assertTrue(off.segments().isEmpty() && !off.omissions().containsKey(ReportSection.SEGMENTS));

    ReportData none = ReportAnalysis.newBuilder(SampleShop.policy()).asOf(LocalDate.of(2000, 1, 1)).build()
        .analyze(Fixtures.ORDERS, List.of());
    assertEquals("no qualifying order was placed before the as-of date", none.omissions().get(ReportSection.SEGMENTS));
  }

  private static Order order(String id, String customer, Instant at) {
    return Order.of(OrderId.of(id), CustomerId.of(customer), at, Money.parse("25.00", "EUR"));
  }
}
