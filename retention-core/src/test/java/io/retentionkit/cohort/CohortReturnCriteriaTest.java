package io.retentionkit.cohort;

import static io.retentionkit.cohort.OrderSheet.EUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.model.AnalysisPolicy;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Return criteria ON, ON_OR_AFTER and brackets, and the column cap, over one hand-computed cohort. */
final class CohortReturnCriteriaTest {
  // One January cohort: ann orders at offsets 0, 2 and 5, bob at 0 and 1, cat at 0 only.
  private static final OrderSheet LOG = new OrderSheet(ZoneOffset.UTC)
      .add("ann", "2024-01-10", 100).add("ann", "2024-03-10", 200).add("ann", "2024-06-10", 400)
      .add("bob", "2024-01-11", 1000).add("bob", "2024-02-11", 2000)
      .add("cat", "2024-01-12", 10000);

  @Test
  void onCountsCustomersActiveInEachPeriod() {
    CohortTable table = analyze(builder());

    assertEquals(List.of(List.of(3L, 1L, 1L, 0L, 0L, 1L)), Tables.active(table));
    assertEquals(List.of(List.of(11100L, 2000L, 200L, 0L, 0L, 400L)), Tables.revenue(table));
    assertEquals(List.of(List.of(0L, 1L, 2L, 2L, 2L, 2L)), Tables.returned(table));
    assertEquals(List.of(List.of(3L, 4L, 5L, 5L, 5L, 6L)),
        Tables.cells(table, cell -> cell.cumulative().orders()));
    assertEquals(ReturnCriterion.ON, table.returns());
    assertEquals(List.of("0", "1", "2", "3", "4", "5"), table.columns().stream().map(CohortColumn::label).toList());
  }

  @Test
  void onOrAfterCountsCustomersActiveInThePeriodOrAnyLaterOne() {
    CohortTable table = analyze(builder().returns(ReturnCriterion.ON_OR_AFTER));

    assertEquals(List.of(List.of(3L, 2L, 1L, 1L, 1L, 1L)), Tables.active(table));
    assertEquals(List.of(List.of(6L, 3L, 2L, 1L, 1L, 1L)), Tables.orders(table));
    assertEquals(List.of(List.of(13700L, 2600L, 600L, 400L, 400L, 400L)), Tables.revenue(table));
    // Columns 0 to j together span every offset: the cumulative values are the cohort's totals.
    assertEquals(List.of(List.of(2L, 2L, 2L, 2L, 2L, 2L)), Tables.returned(table));
    assertEquals(List.of(List.of(6L, 6L, 6L, 6L, 6L, 6L)), Tables.cells(table, cell -> cell.cumulative().orders()));
    assertEquals(List.of("0+", "1+", "2+", "3+", "4+", "5+"),
        table.columns().stream().map(CohortColumn::label).toList());
    assertEquals(OptionalInt.empty(), table.columns().get(1).lastOffset());
  }

  @Test
  void bracketsCountCustomersActiveInAnyOfTheirOffsets() {
    CohortTable table = analyze(builder()
        .brackets(OffsetBracket.single(0), OffsetBracket.of(1, 3), OffsetBracket.of(4, 6)));

    assertEquals(List.of(List.of(3L, 2L, 1L)), Tables.active(table));
    assertEquals(List.of(List.of(3L, 2L, 1L)), Tables.orders(table));
    assertEquals(List.of(List.of(0L, 2L, 2L)), Tables.returned(table));
    // Offset 6 (July) has not begun by the as-of instant, so the last bracket is incomplete.
    assertEquals(List.of(List.of(true, true, false)), Tables.complete(table));
    assertEquals(List.of("0", "1-3", "4-6"), table.columns().stream().map(CohortColumn::label).toList());
    assertEquals(ReturnCriterion.BRACKETS, table.returns());
  }

  @Test
  void offsetsBetweenBracketsBelongToNoColumn() {
    CohortTable table = analyze(builder()
        .brackets(OffsetBracket.single(0), OffsetBracket.of(2, 3), OffsetBracket.single(5)));

    assertEquals(List.of(List.of(3L, 1L, 1L)), Tables.active(table));
    // bob's only return, at offset 1, falls between brackets.
    assertEquals(List.of(List.of(0L, 1L, 1L)), Tables.returned(table));
    assertEquals(List.of(List.of(3L, 4L, 5L)), Tables.cells(table, cell -> cell.cumulative().orders()));
  }

  @Test
  void bracketsThatHaveNotBegunAreAbsent() {
    CohortTable table = CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR))
        .brackets(OffsetBracket.single(0), OffsetBracket.of(1, 3), OffsetBracket.of(4, 6))
        .asOf(LOG.midnight("2024-03-01")).build().analyze(LOG.orders());

    assertEquals(List.of(List.of(3L, 1L)), Tables.active(table));
    assertEquals(List.of(List.of(true, false)), Tables.complete(table));
    assertEquals(new InputCounts(6, 4, 0, 2, 0), table.input());
  }

  @Test
  void maxOffsetCapsTheColumns() {
    CohortTable on = analyze(builder().maxOffset(2));
    CohortTable onOrAfter = analyze(builder().returns(ReturnCriterion.ON_OR_AFTER).maxOffset(2));

    assertEquals(List.of(List.of(3L, 1L, 1L)), Tables.active(on));
    assertEquals(List.of(List.of(0L, 1L, 2L)), Tables.returned(on));
    assertEquals(List.of(List.of(3L, 2L, 1L)), Tables.active(onOrAfter));
    assertEquals(List.of(List.of(6L, 3L, 2L)), Tables.orders(onOrAfter));
  }

  @Test
  void columnsKnowTheirSpans() {
    CohortColumn bracket = new CohortColumn(1, 4, OptionalInt.of(6));
    CohortColumn openEnded = new CohortColumn(3, 3, OptionalInt.empty());

    assertEquals(List.of(false, true, true, true, false),
        IntStream.rangeClosed(3, 7).mapToObj(bracket::contains).toList());
    assertEquals(List.of(false, true, true), IntStream.of(2, 3, 1000).mapToObj(openEnded::contains).toList());
    assertEquals(List.of(false, true, true, false),
        IntStream.rangeClosed(0, 3).mapToObj(OffsetBracket.of(1, 2)::contains).toList());
    assertEquals("column's last offset must not precede its first: [2, 1]", assertThrows(
        IllegalArgumentException.class, () -> new CohortColumn(0, 2, OptionalInt.of(1))).getMessage());
  }

  private static CohortAnalysis.Builder builder() {
    return CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR)).asOf(LOG.midnight("2024-07-01"));
  }

  private static CohortTable analyze(CohortAnalysis.Builder builder) {
    return builder.build().analyze(LOG.orders());
  }
}
