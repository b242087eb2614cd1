package io.retentionkit.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the engine against a deliberately simple reference implementation on about 300,000
 * generated orders. The reference filters and sorts whole order lists, finds periods with
 * {@link TemporalAdjusters} and counts offsets with {@link ChronoUnit}, keeps each customer's order
 * offsets and revenue as they come, and adds each to every column whose span holds its offset (and, for
 * the cumulative values, to the first such column, summed up to each column), sharing nothing with the
 * engine but the policy's own money and qualifying methods.
 *
 * <p>Each test fixes a policy, a granularity and an as-of instant, and compares the engine's table with
 * the reference's under every layout: return criterion ON, ON_OR_AFTER, custom brackets (with a gap
 * between two of them), and ON split by the acquisition channel. Every cell's plain and cumulative values,
 * its completeness and the average rows are compared. The reference is computed once per test and the
 * order log once per policy, which keeps the class within about 20 seconds.
 */
final class CohortCrossCheckTest {
  private static final long SEED = 20_261_122L;
  /** About 1.7 orders per customer: a little over 300,000 orders. */
  private static final int CUSTOMERS = 180_000;
  /** Offsets 13 to 15 lie in no bracket: their orders count in no column. */
  private static final List<OffsetBracket> BRACKETS = List.of(OffsetBracket.single(0), OffsetBracket.of(1, 3),
      OffsetBracket.of(4, 6), OffsetBracket.of(7, 12), OffsetBracket.of(16, 40));

  private static List<Order> orders;
  private static ZoneId zone;
  private static Currency currency;

  @BeforeAll
  static void generateOrders() {
    RandomOrders generator = RandomOrders.withSeed(SEED);
    orders = generator.orders(CUSTOMERS);
    zone = generator.zone();
    currency = generator.currency();
    assertTrue(orders.size() > 300_000, "orders: " + orders.size() + " (seed " + SEED + ")");
  }

  @Test
  void monthlyCohortsNetAtRefundDateCutMidMonth() {
    AnalysisPolicy policy = AnalysisPolicy.of(zone, currency).withRefundPolicy(RefundPolicy.NET_AT_REFUND_DATE);
    Instant asOf = Instant.parse("2022-06-15T10:00:00Z");

    assertEveryLayout(policy, builder -> builder.asOf(asOf), new Reference(policy, asOf, Scheme.MONTHS));
  }

  @Test
  void weeklyCohortsFromSundayNetAtOrderDateStrictWithTheDefaultAsOf() {
    AnalysisPolicy policy = AnalysisPolicy.of(zone, currency)
        .withFirstDayOfWeek(DayOfWeek.SUNDAY).withQualifyingOrders(QualifyingOrders.strict());
    Instant latest = orders.stream()
        .flatMap(order -> Stream.concat(Stream.of(order.placedAt()),
            order.refunds().stream().map(Refund::refundedAt)))
        .max(Comparator.naturalOrder()).orElseThrow();
    Instant asOf = policy.localDate(latest).plusDays(1).atStartOfDay(zone).toInstant();

    assertEveryLayout(policy, builder -> builder.granularity(PeriodUnit.WEEK),
        new Reference(policy, asOf, Scheme.SUNDAY_WEEKS));
  }

  @Test
  void monthlyCohortsInRollingWeeksGross() {
    AnalysisPolicy policy = AnalysisPolicy.of(zone, currency).withRefundPolicy(RefundPolicy.GROSS);
    Instant asOf = LocalDate.of(2022, 9, 1).atStartOfDay(zone).toInstant();

    assertEveryLayout(policy, builder -> builder.rollingDays(7).asOf(asOf),
        new Reference(policy, asOf, Scheme.MONTHS_IN_ROLLING_WEEKS));
  }

  /** Builds the engine's table under each layout from one order log and compares it with the reference. */
  private static void assertEveryLayout(AnalysisPolicy policy, UnaryOperator<CohortAnalysis.Builder> settings,
      Reference reference) {
    OrderLog log = OrderLog.from(orders, policy);
    for (Layout layout : Layout.values()) {
      CohortTable table = layout.configure(settings.apply(CohortAnalysis.newBuilder(policy))).build().analyze(log);
      assertEquals(Optional.of(reference.asOf), table.asOf(), layout.name());
      assertSameTable(reference.table(layout), table, layout.name());
    }
  }

  /** The layouts every test checks: which columns a table has and whether its cohorts are split by channel. */
  private enum Layout {
    ON {
      @Override CohortAnalysis.Builder configure(CohortAnalysis.Builder builder) {
        return builder;
      }
    },
    ON_OR_AFTER {
      @Override CohortAnalysis.Builder configure(CohortAnalysis.Builder builder) {
        return builder.returns(ReturnCriterion.ON_OR_AFTER);
      }

      @Override List<Span> spans(long lastOffset) {
        List<Span> spans = new ArrayList<>();
        for (long k = 0; k <= lastOffset; k++) {
          spans.add(new Span(k, Long.MAX_VALUE, k));
        }
        return spans;
      }
    },
    BRACKETED {
      @Override CohortAnalysis.Builder configure(CohortAnalysis.Builder builder) {
        return builder.brackets(BRACKETS);
      }

      @Override List<Span> spans(long lastOffset) {
        return BRACKETS.stream()
            .filter(bracket -> bracket.first() <= lastOffset)
            .map(bracket -> new Span(bracket.first(), bracket.last(), bracket.last()))
            .toList();
      }
    },
    ON_BY_CHANNEL {
      @Override CohortAnalysis.Builder configure(CohortAnalysis.Builder builder) {
        return builder.breakdown(CohortBreakdown.CHANNEL);
      }

      @Override boolean byChannel() {
        return true;
      }
    };

    abstract CohortAnalysis.Builder configure(CohortAnalysis.Builder builder);

    /** Returns the spans of a cohort's columns when its offsets 0 to {@code lastOffset} have begun. */
    List<Span> spans(long lastOffset) {
      List<Span> spans = new ArrayList<>();
      for (long k = 0; k <= lastOffset; k++) {
        spans.add(new Span(k, k, k));
      }
      return spans;
    }

    boolean byChannel() {
      return false;
    }
  }

  /**
   * The offsets {@code [first, last]} a column covers ({@code last} is {@code Long.MAX_VALUE} when
   * open-ended), and the offset whose end makes the column complete.
   */
  private record Span(long first, long last, long observedThrough) {
    boolean contains(int offset) {
      return first <= offset && offset <= last;
    }

    CohortColumn column(int index) {
      return new CohortColumn(index, (int) first,
          last == Long.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) last));
    }
  }

  private static void assertSameTable(List<ExpectedRow> expected, CohortTable table, String layout) {
    assertEquals(expected.stream().map(row -> row.cohort + " " + row.key).toList(),
        table.rows().stream().map(row -> row.period().start() + " " + row.key()).toList(), layout);
    for (int r = 0; r < expected.size(); r++) {
      ExpectedRow row = expected.get(r);
      CohortRow actual = table.rows().get(r);
      String where = layout + " " + row.cohort + " " + row.key;
      assertEquals(row.size, actual.size(), where);
      assertEquals(row.cells.size(), actual.cells().size(), where);
      for (int c = 0; c < row.cells.size(); c++) {
        ExpectedCell cell = row.cells.get(c);
        CohortCell actualCell = actual.cells().get(c);
        String at = where + " column " + c;
        assertEquals(cell.column, actualCell.column(), at);
        assertEquals(cell.complete, actualCell.complete(), at);
        assertValues(row.size, cell.values, row.baseRevenue, actualCell.values(), at);
        assertValues(row.size, cell.cumulative, row.baseRevenue, actualCell.cumulative(), at + " cumulative");
      }
    }
    assertAverage(expected, row -> true, table.average(), layout);
    if (expected.stream().anyMatch(row -> row.key.isPresent())) {
      Optional<String> web = Optional.of("web");
      assertAverage(expected, row -> row.key.equals(web), table.averageOf(row -> row.key().equals(web)),
          layout + " web");
    }
  }

  private static void assertValues(long size, long[] expected, long baseRevenue, CohortValues actual, String at) {
    assertEquals(size, actual.customers(), at);
    assertEquals(expected[0], actual.activeCustomers(), at + " active");
    assertEquals(expected[1], actual.orders(), at + " orders");
    assertEquals(Money.ofMinor(expected[2], currency), actual.revenue(), at + " revenue");
    assertEquals(Money.ofMinor(baseRevenue, currency), actual.baseRevenue(), at + " base revenue");
  }

  /** Compares an average row with the sums over the selected rows' complete cells. */
  private static void assertAverage(List<ExpectedRow> rows, Predicate<ExpectedRow> selection,
      List<AverageCell> average, String where) {
    int columns = rows.stream().mapToInt(row -> row.cells.size()).max().orElse(0);
    assertEquals(columns, average.size(), where);
    for (int c = 0; c < columns; c++) {
      int cohorts = 0;
      long customers = 0;
      long base = 0;
      long[] values = new long[3];
      long[] cumulative = new long[3];
      for (ExpectedRow row : rows) {
        if (row.cells.size() > c && row.cells.get(c).complete && selection.test(row)) {
          cohorts++;
          customers += row.size;
          base += row.baseRevenue;
          for (int i = 0; i < 3; i++) {
            values[i] += row.cells.get(c).values[i];
            cumulative[i] += row.cells.get(c).cumulative[i];
          }
        }
      }
      String at = where + " average column " + c;
      assertEquals(cohorts, average.get(c).cohorts(), at);
      assertValues(customers, values, base, average.get(c).values(), at);
      assertValues(customers, cumulative, base, average.get(c).cumulative(), at + " cumulative");
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

  /** One customer as the reference sees them. */
  private static final class Member {
    final LocalDate cohort;
    final LocalDate firstDate;
    final Optional<String> channel;
    /** The offsets of their qualifying orders in the order they were placed: the first made them join. */
    int[] orderOffsets = new int[0];
    /** Revenue booked at an offset (a refund at its own date under NET_AT_REFUND_DATE), as it was booked. */
    int[] revenueOffsets = new int[0];
    long[] revenue = new long[0];

    Member(LocalDate cohort, LocalDate firstDate, Optional<String> channel) {
      this.cohort = cohort;
      this.firstDate = firstDate;
      this.channel = channel;
    }

    void order(long offset) {
      orderOffsets = Arrays.copyOf(orderOffsets, orderOffsets.length + 1);
      orderOffsets[orderOffsets.length - 1] = Math.toIntExact(offset);
    }

    void revenue(long offset, long amount) {
      revenueOffsets = Arrays.copyOf(revenueOffsets, revenueOffsets.length + 1);
      revenueOffsets[revenueOffsets.length - 1] = Math.toIntExact(offset);
      revenue = Arrays.copyOf(revenue, revenue.length + 1);
      revenue[revenue.length - 1] = amount;
    }

  }

  /** An expected cell: {active, orders, revenue} over the column's span and cumulatively (active = returned). */
  private record ExpectedCell(CohortColumn column, boolean complete, long[] values, long[] cumulative) {}

  private record ExpectedRow(LocalDate cohort, Optional<String> key, long size, long baseRevenue,
      List<ExpectedCell> cells) {}

  /** Row order: by cohort, then the row without a key, then by key. */
  private record RowKey(LocalDate cohort, Optional<String> key) implements Comparable<RowKey> {
    @Override
    public int compareTo(RowKey other) {
      int byCohort = cohort.compareTo(other.cohort);
      if (byCohort != 0) {
        return byCohort;
      }
      return key.isEmpty() ? (other.key.isEmpty() ? 0 : -1)
          : other.key.isEmpty() ? 1 : key.get().compareTo(other.key.get());
    }
  }

  /** The expected tables, computed the slow and obvious way. */
  private static final class Reference {
    final Scheme scheme;
    final Instant asOf;
    final LocalDate lastObservedDate;
    final List<Member> members = new ArrayList<>();

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
      Map<CustomerId, Member> byCustomer = new HashMap<>();
      for (Order order : qualifying) {
        LocalDate date = policy.localDate(order.placedAt());
        Member member = byCustomer.computeIfAbsent(order.customerId(), id -> {
          Member joined = new Member(scheme.cohortStart(date), date, order.channel());
          members.add(joined);
          return joined;
        });
        long offset = scheme.offsetsBetween(member.cohort, member.firstDate, date);
        member.order(offset);
        switch (policy.refundPolicy()) {
          case GROSS -> member.revenue(offset, policy.grossMinor(order));
          case NET_AT_ORDER_DATE -> member.revenue(offset, policy.netMinor(order));
          case NET_AT_REFUND_DATE -> {
            member.revenue(offset, policy.grossMinor(order));
            for (int i = 0; i < order.refunds().size(); i++) {
              LocalDate refunded = policy.localDate(order.refunds().get(i).refundedAt());
              member.revenue(scheme.offsetsBetween(member.cohort, member.firstDate, refunded),
                  -policy.refundMinor(order, i));
            }
          }
        }
      }
    }

    /** Returns the rows of the table under {@code layout}, in the engine's row order. */
    List<ExpectedRow> table(Layout layout) {
      Map<RowKey, List<Member>> rows = new TreeMap<>();
      for (Member member : members) {
        RowKey key = new RowKey(member.cohort, layout.byChannel() ? member.channel : Optional.empty());
        rows.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
      }
      List<ExpectedRow> table = new ArrayList<>();
      rows.forEach((key, rowMembers) -> table.add(row(key, rowMembers, layout)));
      return table;
    }

    private ExpectedRow row(RowKey key, List<Member> rowMembers, Layout layout) {
      int lastOffset = Math.toIntExact(scheme.offsetsBetween(key.cohort, key.cohort, lastObservedDate));
      List<Span> spans = layout.spans(lastOffset);
      int columns = spans.size();
      // Which columns hold each offset, and the first of them (columns if none): the spans of columns 0
      // to c together hold an offset exactly when its first column is at most c.
      int[][] holding = new int[lastOffset + 1][];
      int[] firstColumn = new int[lastOffset + 1];
      for (int offset = 0; offset <= lastOffset; offset++) {
        int at = offset;
        holding[offset] = IntStream.range(0, columns).filter(c -> spans.get(c).contains(at)).toArray();
        firstColumn[offset] = holding[offset].length == 0 ? columns : holding[offset][0];
      }

      long[][] values = new long[columns][3]; // {active, orders, revenue} over each column's span
      long[][] firstSeen = new long[columns + 1][3]; // {returned, orders, revenue} by the first column holding them
      long baseRevenue = 0;
      for (Member member : rowMembers) {
        boolean[] active = new boolean[columns];
        int firstReturn = columns;
        for (int i = 0; i < member.orderOffsets.length; i++) {
          int offset = member.orderOffsets[i];
          for (int c : holding[offset]) {
            active[c] = true;
            values[c][1]++;
          }
          firstSeen[firstColumn[offset]][1]++;
          if (i > 0) { // any order but the one that made them join is a return
            firstReturn = Math.min(firstReturn, firstColumn[offset]);
          }
        }
        for (int c = 0; c < columns; c++) {
          values[c][0] += active[c] ? 1 : 0;
        }
        firstSeen[firstReturn][0]++;
        for (int i = 0; i < member.revenue.length; i++) {
          int offset = member.revenueOffsets[i];
          for (int c : holding[offset]) {
            values[c][2] += member.revenue[i];
          }
          firstSeen[firstColumn[offset]][2] += member.revenue[i];
          baseRevenue += offset == 0 ? member.revenue[i] : 0;
        }
      }

      List<ExpectedCell> cells = new ArrayList<>();
      long[] cumulative = new long[3];
      for (int c = 0; c < columns; c++) {
        for (int i = 0; i < 3; i++) {
          cumulative[i] += firstSeen[c][i];
        }
        Span span = spans.get(c);
        boolean complete = !scheme.endOfOffset(key.cohort, span.observedThrough()).atStartOfDay(zone).toInstant()
            .isAfter(asOf);
        cells.add(new ExpectedCell(span.column(c), complete, values[c], cumulative.clone()));
      }
      return new ExpectedRow(key.cohort, key.key, rowMembers.size(), baseRevenue, cells);
    }

    private static Order asItStoodAt(Order order, Instant asOf) {
      List<Refund> refunds = order.refunds().stream().filter(refund -> refund.refundedAt().isBefore(asOf)).toList();
      if (refunds.size() == order.refunds().size()) {
        return order; // as almost every order: nothing to take back
      }
      return new Order(order.id(), order.customerId(), order.placedAt(), order.total(), order.status(), refunds,
          order.discountCode(), order.channel(), order.country(), order.email(), order.guestCheckout(),
          order.lineItems());
    }
  }
}
