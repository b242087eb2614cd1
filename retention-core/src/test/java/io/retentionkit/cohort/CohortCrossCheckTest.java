package io.retentionkit.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Order;
import io.retentionkit.model.PeriodUnit;
import io.retentionkit.model.QualifyingOrders;
import io.retentionkit.model.Refund;
import io.retentionkit.model.RefundPolicy;
import io.retentionkit.testing.RandomOrders;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the engine against a deliberately simple reference implementation on about 200,000
 * generated orders: the reference filters and sorts whole order lists, finds periods with
 * {@link java.time.temporal.TemporalAdjusters} and counts offsets with {@link ChronoUnit}, and keeps
 * customer sets per cell, sharing nothing with the engine but the policy's own money and qualifying
 * methods.
 */
final class CohortCrossCheckTest {
  private static List<Order> orders;
  private static ZoneId zone;

  @BeforeAll
  static void generateOrders() {
    RandomOrders generator = RandomOrders.withSeed(20_261_122L);
    orders = generator.orders(120_000);
    zone = generator.zone();
    assertTrue(orders.size() > 200_000, "orders: " + orders.size());
  }

  @Test
  void monthlyCohortsNetAtRefundDateCutMidMonth() {
    AnalysisPolicy policy = AnalysisPolicy.of(zone, RandomOrders.withSeed(0).currency())
        .withRefundPolicy(RefundPolicy.NET_AT_REFUND_DATE);
    Instant asOf = Instant.parse("2022-06-15T10:00:00Z");
    CohortTable table = CohortAnalysis.newBuilder(policy).asOf(asOf).build().analyze(orders);

    assertSameTable(new Reference(policy, asOf, Scheme.MONTHS), table);
  }

  @Test
  void weeklyCohortsFromSundayNetAtOrderDateStrictWithTheDefaultAsOf() {
    AnalysisPolicy policy = AnalysisPolicy.of(zone, RandomOrders.withSeed(0).currency())
        .withFirstDayOfWeek(DayOfWeek.SUNDAY).withQualifyingOrders(QualifyingOrders.strict());
    CohortTable table = CohortAnalysis.newBuilder(policy).granularity(PeriodUnit.WEEK).build().analyze(orders);

    Instant latest = orders.stream()
        .flatMap(order -> Stream.concat(Stream.of(order.placedAt()),
            order.refunds().stream().map(Refund::refundedAt)))
        .max(Comparator.naturalOrder()).orElseThrow();
    Instant asOf = policy.localDate(latest).plusDays(1).atStartOfDay(zone).toInstant();
    assertEquals(Optional.of(asOf), table.asOf());
    assertSameTable(new Reference(policy, asOf, Scheme.SUNDAY_WEEKS), table);
  }

  @Test
  void monthlyCohortsInRollingWeeksGross() {
    AnalysisPolicy policy = AnalysisPolicy.of(zone, RandomOrders.withSeed(0).currency())
        .withRefundPolicy(RefundPolicy.GROSS);
    Instant asOf = LocalDate.of(2022, 9, 1).atStartOfDay(zone).toInstant();
    CohortTable table = CohortAnalysis.newBuilder(policy).rollingDays(7).asOf(asOf).build().analyze(orders);

    assertSameTable(new Reference(policy, asOf, Scheme.MONTHS_IN_ROLLING_WEEKS), table);
  }

  private static void assertSameTable(Reference reference, CohortTable table) {
    assertEquals(List.copyOf(reference.sizes.keySet()),
        table.rows().stream().map(row -> row.period().start()).toList());
    Map<Long, long[]> average = new TreeMap<>(); // offset -> {Σ active, Σ size} over complete cells
    for (CohortRow row : table.rows()) {
      LocalDate cohort = row.period().start();
      assertEquals(reference.sizes.get(cohort), row.size(), cohort.toString());
      long lastOffset = reference.scheme.offsetsBetween(cohort, cohort, reference.lastObservedDate);
      assertEquals(lastOffset + 1, row.cells().size(), cohort.toString());
      for (CohortCell cell : row.cells()) {
        long offset = cell.column().firstOffset();
        Cell expected = reference.cells.getOrDefault(new CellKey(cohort, offset), new Cell());
        String where = cohort + " +" + offset;
        assertEquals(expected.customers.size(), cell.values().activeCustomers(), where);
        assertEquals(expected.orders, cell.values().orders(), where);
        assertEquals(expected.revenue, cell.values().revenue().minorUnits(), where);
        boolean complete = !reference.scheme.endOfOffset(cohort, offset).atStartOfDay(zone).toInstant()
            .isAfter(reference.asOf);
        assertEquals(complete, cell.complete(), where);
        if (complete) {
          long[] sums = average.computeIfAbsent(offset, o -> new long[2]);
          sums[0] += expected.customers.size();
          sums[1] += reference.sizes.get(cohort);
        }
      }
    }
    for (AverageCell cell : table.average()) {
      long[] sums = average.getOrDefault((long) cell.column().index(), new long[2]);
      assertEquals(sums[0], cell.values().activeCustomers());
      assertEquals(sums[1], cell.values().customers());
    }
  }

  /** How the reference places dates: the cohort period's start, offsets, and where an offset ends. */
  private enum Scheme {
    MONTHS {
      @Override LocalDate cohortStart(LocalDate date) {
        return date.withDayOfMonth(1);
      }

      @Override long offsetsBetween(LocalDate cohort, LocalDate first, LocalDate date) {
        return ChronoUnit.MONTHS.between(cohort, date.withDayOfMonth(1));
      }

      @Override LocalDate endOfOffset(LocalDate cohort, long offset) {
        return cohort.plusMonths(offset + 1);
      }
    },
    SUNDAY_WEEKS {
      @Override LocalDate cohortStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
      }

      @Override long offsetsBetween(LocalDate cohort, LocalDate first, LocalDate date) {
        return ChronoUnit.WEEKS.between(cohort, cohortStart(date));
      }

      @Override LocalDate endOfOffset(LocalDate cohort, long offset) {
        return cohort.plusWeeks(offset + 1);
      }
    },
    MONTHS_IN_ROLLING_WEEKS {
      @Override LocalDate cohortStart(LocalDate date) {
        return date.withDayOfMonth(1);
      }

      @Override long offsetsBetween(LocalDate cohort, LocalDate first, LocalDate date) {
        return ChronoUnit.DAYS.between(first, date) / 7;
      }

      /** The window ends 7 × (offset + 1) days after the cohort month's last day, its latest possible start. */
      @Override LocalDate endOfOffset(LocalDate cohort, long offset) {
        return cohort.plusMonths(1).minusDays(1).plusDays(7 * (offset + 1));
      }
    };

    abstract LocalDate cohortStart(LocalDate date);

    /** Returns the offset of {@code date} for a member of cohort {@code cohort} who first ordered on {@code first}. */
    abstract long offsetsBetween(LocalDate cohort, LocalDate first, LocalDate date);

    /** Returns the exclusive end date of offset {@code offset} for the cohort's latest possible member. */
    abstract LocalDate endOfOffset(LocalDate cohort, long offset);
  }

  private record CellKey(LocalDate cohort, long offset) {}

  private static final class Cell {
    final Set<CustomerId> customers = new HashSet<>();
    long orders;
    long revenue;
  }

  /** The expected table, computed the slow and obvious way. */
  private static final class Reference {
    final Scheme scheme;
    final Instant asOf;
    final LocalDate lastObservedDate;
    final Map<LocalDate, Long> sizes = new TreeMap<>();
    final Map<CellKey, Cell> cells = new HashMap<>();

    Reference(AnalysisPolicy policy, Instant asOf, Scheme scheme) {
      this.scheme = scheme;
      this.asOf = asOf;
      this.lastObservedDate = policy.localDate(asOf.minusNanos(1));
      List<Order> qualifying = orders.stream()
          .filter(order -> order.placedAt().isBefore(asOf))
          .map(order -> asItStoodAt(order, asOf))
          .filter(policy::qualifies)
          .sorted(Comparator.comparing(Order::placedAt).thenComparing(Order::id))
          .toList();
      Map<CustomerId, Order> first = new HashMap<>();
      qualifying.forEach(order -> first.putIfAbsent(order.customerId(), order));
      for (Order order : first.values()) {
        sizes.merge(scheme.cohortStart(policy.localDate(order.placedAt())), 1L, Long::sum);
      }

      for (Order order : qualifying) {
        LocalDate firstDate = policy.localDate(first.get(order.customerId()).placedAt());
        LocalDate cohort = scheme.cohortStart(firstDate);
        Cell cell = cell(cohort, scheme.offsetsBetween(cohort, firstDate, policy.localDate(order.placedAt())));
        cell.customers.add(order.customerId());
        cell.orders++;
        switch (policy.refundPolicy()) {
          case GROSS -> cell.revenue += policy.grossMinor(order);
          case NET_AT_ORDER_DATE -> cell.revenue += policy.netMinor(order);
          case NET_AT_REFUND_DATE -> {
            cell.revenue += policy.grossMinor(order);
            for (int i = 0; i < order.refunds().size(); i++) {
              LocalDate refunded = policy.localDate(order.refunds().get(i).refundedAt());
              cell(cohort, scheme.offsetsBetween(cohort, firstDate, refunded)).revenue -= policy.refundMinor(order, i);
            }
          }
        }
      }
    }

    private Cell cell(LocalDate cohort, long offset) {
      return cells.computeIfAbsent(new CellKey(cohort, offset), key -> new Cell());
    }

    private static Order asItStoodAt(Order order, Instant asOf) {
      List<Refund> refunds = order.refunds().stream().filter(refund -> refund.refundedAt().isBefore(asOf)).toList();
      return new Order(order.id(), order.customerId(), order.placedAt(), order.total(), order.status(), refunds,
          order.discountCode(), order.channel(), order.country(), order.email(), order.guestCheckout(),
          order.lineItems());
    }
  }
}
