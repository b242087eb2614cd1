package io.retentionkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.QualifyingOrders;
import io.retentionkit.model.RefundPolicy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ReportDataTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  @Test
  void provenanceTakesThePolicyAndTheLibraryVersion() {
    AnalysisPolicy policy = SampleShop.policy().withRefundPolicy(RefundPolicy.GROSS)
        .withQualifyingOrders(QualifyingOrders.strict());
    Provenance provenance = Provenance.of(policy, AS_OF, List.of(
        new InputSource("a.csv", "shopify", 10, 4, 2), new InputSource("b.json", "woocommerce", 5, 5, 0)));
    assertEquals(ZoneId.of("Europe/Amsterdam"), provenance.zone());
    assertEquals(RefundPolicy.GROSS, provenance.refundPolicy());
    assertEquals(QualifyingOrders.strict(), provenance.qualifyingOrders());
    assertEquals(9, provenance.ordersImported());
    assertEquals(2, provenance.recordsRejected());
    assertTrue(provenance.libraryVersion().matches("\\d+\\.\\d+\\.\\d+.*"), provenance.libraryVersion());
  }

  @Test
  void refusesAmountsInAnotherCurrencyThanTheReportsOwn() {
    Provenance dollars = Provenance.of(AnalysisPolicy.of(SampleShop.ZONE, Currency.getInstance("USD")), AS_OF,
        List.of());
    ReportData euros = Fixtures.data();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportData.newBuilder(dollars).metrics(euros.metrics().orElseThrow()).build());
    assertEquals("metrics must be in the reporting currency USD: EUR", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ReportData.newBuilder(dollars).cohorts(euros.cohorts().orElseThrow()).build());
    assertThrows(IllegalArgumentException.class,
        () -> ReportData.newBuilder(dollars).clv(euros.clv().orElseThrow()).build());
  }

  @Test
  void aSectionIsPresentOmittedOrAbsent() {
    ReportData full = Fixtures.data();
    ReportData data = ReportData.newBuilder(full.provenance())
        .metrics(full.metrics().orElseThrow())
        .omit(ReportSection.METRICS, "replaced")
        .omit(ReportSection.CLV, "no repeat customers")
        .cohorts(full.cohorts().orElseThrow())
        .build();
    assertTrue(data.metrics().isEmpty());
    assertEquals(Map.of(ReportSection.METRICS, "replaced", ReportSection.CLV, "no repeat customers"),
        data.omissions());
    assertTrue(data.segments().isEmpty() && !data.omissions().containsKey(ReportSection.SEGMENTS));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReportData(
        full.provenance(), full.metrics(), Optional.empty(), Optional.empty(), Optional.empty(),
        Map.of(ReportSection.METRICS, "both")));
    assertEquals("section must not be both present and omitted: METRICS", e.getMessage());
  }

  @Test
  void validatesInputsAndSegments() {
    assertEquals("input counts must satisfy 0 <= rejected <= read and 0 <= orders <= read - rejected: "
            + "10 read, 9 orders, 2 rejected",
        assertThrows(IllegalArgumentException.class, () -> new InputSource("a", "generic", 10, 9, 2)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new InputSource(" ", "generic", 0, 0, 0));
    assertThrows(NullPointerException.class, () -> new InputSource(null, "generic", 0, 0, 0));
    assertEquals("segment names must be unique: Champions", assertThrows(IllegalArgumentException.class,
        () -> new SegmentSizes("RFM", List.of(Segment.of("Champions", 1), Segment.of("Champions", 2)))).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SegmentSizes("RFM", List.of()));
    assertThrows(IllegalArgumentException.class, () -> Segment.of("x", -1));
    assertEquals(7, new SegmentSizes("RFM", List.of(Segment.of("a", 3), Segment.of("b", 4))).customers());
  }
}
