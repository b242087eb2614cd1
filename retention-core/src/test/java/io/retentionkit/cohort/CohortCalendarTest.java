package io.retentionkit.cohort;

import static io.retentionkit.cohort.OrderSheet.EUR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.metrics.Rate;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Period;
import io.retentionkit.model.PeriodUnit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calendar-aligned cohorts: a hand-computed monthly table, every granularity, week starts and zones. */
final class CohortCalendarTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Test
  void monthlyTableCountsCustomersOrdersRevenueAndReturns() {
    OrderSheet log = new OrderSheet(ZoneOffset.UTC)
        .add("ann", "2024-01-05", 1000).add("ann", "2024-01-20", 500).add("ann", "2024-03-03", 2000)
        .add("bob", "2024-01-31T23:30", 3000).add("bob", "2024-02-01T00:30", 700)
        .add("cat", "2024-02-10", 400);
    CohortTable table = CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR))
        .asOf(log.midnight("2024-04-01")).build().analyze(log.orders());

    assertEquals(List.of("2024-01", "2024-02"), Tables.labels(table));
    assertEquals(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), ZoneOffset.UTC),
        table.rows().get(0).period());
    assertEquals(List.of(2L, 1L), Tables.sizes(table));
    assertEquals(List.of(List.of(2L, 1L, 1L), List.of(1L, 0L)), Tables.active(table));
    assertEquals(List.of(List.of(3L, 1L, 1L), List.of(1L, 0L)), Tables.orders(table));
    assertEquals(List.of(List.of(4500L, 700L, 2000L), List.of(400L, 0L)), Tables.revenue(table));
    // ann came back within January, bob in February; cat never did.
    assertEquals(List.of(List.of(1L, 2L, 2L), List.of(0L, 0L)), Tables.returned(table));
    assertEquals(List.of(List.of(true, true, true), List.of(true, true)), Tables.complete(table));
    assertEquals(List.of("0", "1", "2"), table.columns().stream().map(CohortColumn::label).toList());
    assertEquals(3, table.customers());
    assertEquals(new InputCounts(6, 6, 0, 0, 0), table.input());

    List<AverageCell> average = table.average();
    assertEquals(List.of(2, 2, 1), average.stream().map(AverageCell::cohorts).toList());
    assertEquals(Rate.of(3, 3, CohortValues.NO_CUSTOMERS), average.get(0).values().retention());
    assertEquals(Rate.of(1, 3, CohortValues.NO_CUSTOMERS), average.get(1).values().retention());
    assertEquals(Rate.of(1, 2, CohortValues.NO_CUSTOMERS), average.get(2).values().retention());
  }

  @ParameterizedTest(name = "{0} weeks from {1}")
  @CsvSource(delimiter = '|', value = {
      "DAY     | MONDAY | 2023-12-31 | 0:1 1:1 62:1 63:1 64:1 93:1",
      "WEEK    | MONDAY | 2023-W52   | 0:1 1:1 9:2 10:1 14:1",
      "WEEK    | SUNDAY | 2024-W01   | 0:2 8:1 9:2 13:1",
      "MONTH   | MONDAY | 2023-12    | 0:1 1:1 3:3 4:1",
      "QUARTER | MONDAY | 2023-Q4    | 0:1 1:4 2:1",
      "YEAR    | MONDAY | 2023       | 0:1 1:5",
  })
  void everyGranularityPlacesOrdersAtCalendarOffsets(PeriodUnit unit, DayOfWeek weekStart, String label,
      String ordersByOffset) {
    // 2023-12-31 is a Sunday; 2024-03-02, -03 and -04 are Saturday, Sunday and Monday.
    OrderSheet log = new OrderSheet(ZoneOffset.UTC)
        .add("ann", "2023-12-31", 100).add("ann", "2024-01-01", 100).add("ann", "2024-03-02", 100)
        .add("ann", "2024-03-03", 100).add("ann", "2024-03-04", 100).add("ann", "2024-04-02", 100);
    AnalysisPolicy policy = AnalysisPolicy.of(ZoneOffset.UTC, EUR).withFirstDayOfWeek(weekStart);
    CohortTable table = CohortAnalysis.newBuilder(policy).granularity(unit)
        .asOf(log.midnight("2025-01-01")).build().analyze(log.orders());

    assertEquals(List.of(label), Tables.labels(table));
    assertEquals(parse(ordersByOffset), ordersByOffset(table.rows().get(0)));
    assertEquals(unit, table.granularity());
    assertEquals(weekStart, table.calendar().firstDayOfWeek());
  }

  @Test
  void theShopsLocalDateDecidesThePeriodAcrossDaylightSavingChanges() {
    // Amsterdam is UTC+2 in summer and UTC+1 in winter: these orders are in the next month locally but not in UTC.
    OrderSheet log = new OrderSheet(AMSTERDAM)
        .add("ann", "2024-03-10", 100).add("ann", "2024-04-01T00:30", 100)
        .add("bob", "2024-10-10", 100).add("bob", "2024-10-31T23:30", 100).add("bob", "2024-11-01T00:15", 100);
    CohortTable local = CohortAnalysis.newBuilder(AnalysisPolicy.of(AMSTERDAM, EUR))
        .asOf(log.midnight("2025-01-01")).build().analyze(log.orders());
    CohortTable utc = CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR))
        .asOf(log.midnight("2025-01-01")).build().analyze(log.orders());

    assertEquals(List.of("2024-03", "2024-10"), Tables.labels(local));
    assertEquals(Map.of(0, 1L, 1, 1L), ordersByOffset(local.rows().get(0)));
    assertEquals(Map.of(0, 2L, 1, 1L), ordersByOffset(local.rows().get(1)));
    assertEquals(Map.of(0, 2L), ordersByOffset(utc.rows().get(0)));
    assertEquals(Map.of(0, 3L), ordersByOffset(utc.rows().get(1)));
    assertEquals(AMSTERDAM, local.rows().get(0).period().zone());
  }

  /** Returns the orders of each cell that has any, by the cell's offset. */
  static Map<Integer, Long> ordersByOffset(CohortRow row) {
    Map<Integer, Long> orders = new TreeMap<>();
    for (CohortCell cell : row.cells()) {
      if (cell.values().orders() > 0) {
        orders.put(cell.column().firstOffset(), cell.values().orders());
      }
    }
    return orders;
  }

  private static Map<Integer, Long> parse(String ordersByOffset) {
    return Arrays.stream(ordersByOffset.split(" ")).map(pair -> pair.split(":"))
        .collect(Collectors.toMap(pair -> Integer.parseInt(pair[0]), pair -> Long.parseLong(pair[1]),
            (a, b) -> a, TreeMap::new));
  }
}
