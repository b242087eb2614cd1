package io.retentionkit.cohort;

import static io.retentionkit.cohort.OrderSheet.EUR;
import static io.retentionkit.cohort.OrderSheet.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.metrics.Rate;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.OrderStatus;
import io.retentionkit.model.PeriodUnit;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Right-censoring at the as-of instant, its default, and the average row over complete cells. */
final class CohortCensoringTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Test
  void cellsWhosePeriodIsNotOverAreFlaggedAndLeftOutOfTheAverage() {
    OrderSheet log = new OrderSheet(ZoneOffset.UTC)
        .add("ann", "2024-01-05", 100).add("ann", "2024-03-01", 100)
        .add("bob", "2024-01-06", 100)
        .add("cat", "2024-02-03", 100).add("cat", "2024-03-02", 100)
        .add("dan", "2024-03-10", 100)
        .add("eve", "2024-03-20", 100);
    CohortTable table = CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR))
        .asOf(log.midnight("2024-03-15")).build().analyze(log.orders());

    assertEquals(List.of("2024-01", "2024-02", "2024-03"), Tables.labels(table)); // eve comes after the as-of instant
    assertEquals(List.of(List.of(2L, 0L, 1L), List.of(1L, 1L), List.of(1L)), Tables.active(table));
    assertEquals(List.of(List.of(true, true, false), List.of(true, false), List.of(false)), Tables.complete(table));
    assertEquals(new InputCounts(7, 6, 0, 1, 0), table.input());
    assertEquals(Optional.of(log.midnight("2024-03-15")), table.asOf());

    // An incomplete cell shows what was observed, here February's full return so far, not zero.
    assertEquals(Rate.of(1, 1, CohortValues.NO_CUSTOMERS), table.rows().get(1).cells().get(1).values().retention());

    List<AverageCell> average = table.average();
    assertEquals(List.of(2, 1, 0), average.stream().map(AverageCell::cohorts).toList());
    assertEquals(Rate.of(3, 3, CohortValues.NO_CUSTOMERS), average.get(0).values().retention());
    assertEquals(Rate.of(0, 2, CohortValues.NO_CUSTOMERS), average.get(1).values().retention());
    assertEquals(Optional.of(CohortValues.NO_CUSTOMERS), average.get(2).values().retention().undefinedReason());
    assertEquals(table.columns(), average.stream().map(AverageCell::column).toList());
  }

  @Test
  void theAverageIsWeightedByCohortSize() {
    // January: 1 of 4 customers back in February; February: 2 of 2 back in March. Weighted: 3/6, not (25%+100%)/2.
    OrderSheet log = new OrderSheet(ZoneOffset.UTC)
        .add("a", "2024-01-01", 100).add("b", "2024-01-02", 100).add("c", "2024-01-03", 100)
        .add("d", "2024-01-04", 100).add("d", "2024-02-04", 100)
        .add("e", "2024-02-01", 100).add("e", "2024-03-01", 100)
        .add("f", "2024-02-02", 100).add("f", "2024-03-02", 100);
    CohortTable table = CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR))
        .asOf(log.midnight("2024-04-01")).build().analyze(log.orders());

    AverageCell month1 = table.average().get(1);
    assertEquals(2, month1.cohorts());
    assertEquals(new CohortValues(6, 3, 3, eur(300), eur(600)), month1.values());
    assertEquals(Rate.of(3, 6, CohortValues.NO_CUSTOMERS), month1.values().retention());
    assertEquals(Rate.of(3, 6, CohortValues.NO_CUSTOMERS), month1.cumulative().retention());

    AverageCell onlyFebruary = table.averageOf(row -> row.label().equals("2024-02")).get(1);
    assertEquals(1, onlyFebruary.cohorts());
    assertEquals(Rate.of(2, 2, CohortValues.NO_CUSTOMERS), onlyFebruary.values().retention());
  }

  @Test
  void theDefaultAsOfIsTheStartOfTheLocalDayAfterTheLatestEvent() {
    OrderSheet log = new OrderSheet(AMSTERDAM)
        .add("ann", "2024-03-01", 100)
        .add("bob", "2024-03-16T00:30", 100); // 2024-03-15T23:30Z
    CohortAnalysis daily = CohortAnalysis.newBuilder(AnalysisPolicy.of(AMSTERDAM, EUR))
        .granularity(PeriodUnit.DAY).build();
    CohortTable table = daily.analyze(log.orders());

    assertEquals(Optional.of(log.midnight("2024-03-17")), table.asOf());
    // The data are taken to be complete through their last day, so March 16 is complete.
    assertEquals(List.of(true), Tables.complete(table).get(1));

    // Non-qualifying orders and refunds are events too: they show how far the data reach.
    OrderSheet later = new OrderSheet(AMSTERDAM)
        .add("ann", "2024-03-01", 100, order -> order.refund(eur(50), log.at("2024-03-20")))
        .add("bob", "2024-03-25", 100, order -> order.status(OrderStatus.CANCELLED));
    assertEquals(Optional.of(log.midnight("2024-03-26")), daily.analyze(later.orders()).asOf());
  }

  @Test
  void noOrdersGiveAnEmptyTable() {
    CohortTable derived = CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR)).build().analyze(List.of());
    CohortTable explicit = CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR))
        .asOf(Instant.parse("2024-01-01T00:00:00Z")).build().analyze(List.of());

    assertEquals(Optional.empty(), derived.asOf());
    assertEquals(List.of(), derived.rows());
    assertEquals(List.of(), derived.columns());
    assertEquals(List.of(), derived.average());
    assertEquals(0, derived.customers());
    assertEquals(new InputCounts(0, 0, 0, 0, 0), derived.input());
    assertEquals(Optional.of(Instant.parse("2024-01-01T00:00:00Z")), explicit.asOf());
    assertEquals(List.of(), explicit.rows());
  }
}
