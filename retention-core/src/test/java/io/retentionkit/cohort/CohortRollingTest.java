package io.retentionkit.cohort;

import static io.retentionkit.cohort.OrderSheet.EUR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.metrics.Rate;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.PeriodUnit;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Offsets in rolling windows of N days from each customer's own first order. */
final class CohortRollingTest {

  @Test
  void windowsRunFromEachCustomersOwnFirstOrder() {
    OrderSheet log = new OrderSheet(ZoneOffset.UTC)
        .add("ann", "2024-01-31", 100).add("ann", "2024-02-06", 100).add("ann", "2024-02-07", 100)
        .add("bob", "2024-01-01", 100).add("bob", "2024-01-08", 100);
    CohortTable table = CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR))
        .rollingDays(7).asOf(log.midnight("2024-02-10")).build().analyze(log.orders());

    // ann's February orders are 6 and 7 days after her first; bob's return is 7 days after his.
    // Window 5 is the last to have begun for a January 1 member (days 35 to 41) by February 9.
    assertEquals(List.of("2024-01"), Tables.labels(table));
    assertEquals(List.of(List.of(2L, 2L, 0L, 0L, 0L, 0L)), Tables.active(table));
    assertEquals(List.of(List.of(3L, 2L, 0L, 0L, 0L, 0L)), Tables.orders(table));
    assertEquals(List.of(List.of(1L, 2L, 2L, 2L, 2L, 2L)), Tables.returned(table));
    // Window 0 of a member who joined on January 31 ends with February 6; window 1 only with February 13.
    assertEquals(List.of(List.of(true, false, false, false, false, false)), Tables.complete(table));
    assertEquals(OptionalInt.of(7), table.rollingDays());

    AverageCell second = table.average().get(1);
    assertEquals(0, second.cohorts());
    assertEquals(Optional.of(CohortValues.NO_CUSTOMERS), second.values().retention().undefinedReason());
    assertEquals(Rate.of(2, 2, CohortValues.NO_CUSTOMERS), table.average().get(0).values().retention());
  }

  @Test
  void calendarPeriodsAndRollingWindowsDifferForTheSameOrders() {
    OrderSheet log = new OrderSheet(ZoneOffset.UTC)
        .add("ann", "2024-01-31", 100).add("ann", "2024-02-06", 100);
    CohortTable calendar = CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR))
        .asOf(log.midnight("2024-03-01")).build().analyze(log.orders());
    CohortTable rolling = CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, EUR)).rollingDays(30)
        .asOf(log.midnight("2024-03-01")).build().analyze(log.orders());

    assertEquals(Map.of(0, 1L, 1, 1L), CohortCalendarTest.ordersByOffset(calendar.rows().get(0)));
    assertEquals(Map.of(0, 2L), CohortCalendarTest.ordersByOffset(rolling.rows().get(0)));
  }

  @Test
  void daysAreShopLocalCalendarDaysEvenWhenADaylightSavingDayIsShort() {
    ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
    // 2024-03-31 has 23 hours in Amsterdam: the two orders are 22.5 hours apart but on consecutive local dates.
    OrderSheet log = new OrderSheet(amsterdam).add("ann", "2024-03-30T23:30", 100).add("ann", "2024-03-31T23:00", 100);
    AnalysisPolicy policy = AnalysisPolicy.of(amsterdam, EUR);
    CohortTable oneDay = CohortAnalysis.newBuilder(policy).granularity(PeriodUnit.DAY).rollingDays(1)
        .asOf(log.midnight("2024-04-05")).build().analyze(log.orders());
    CohortTable twoDays = CohortAnalysis.newBuilder(policy).granularity(PeriodUnit.DAY).rollingDays(2)
        .asOf(log.midnight("2024-04-05")).build().analyze(log.orders());

    assertEquals(List.of("2024-03-30"), Tables.labels(oneDay));
    assertEquals(Map.of(0, 1L, 1, 1L), CohortCalendarTest.ordersByOffset(oneDay.rows().get(0)));
    assertEquals(Map.of(0, 2L), CohortCalendarTest.ordersByOffset(twoDays.rows().get(0)));
    // Day cohorts: window k of the only possible member ends at local midnight k + 1 days later.
    assertEquals(List.of(List.of(true, true, true, true, true, true)), Tables.complete(oneDay));
  }
}
