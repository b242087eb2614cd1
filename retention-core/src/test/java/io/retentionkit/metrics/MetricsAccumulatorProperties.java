package io.retentionkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Order;
import io.retentionkit.model.Period;
import io.retentionkit.model.Refund;
import io.retentionkit.model.RefundPolicy;
import io.retentionkit.testing.RandomOrders;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the metrics over seeded random order logs: every seed draws a log, a refund policy, a
 * window and settings, so that each property is checked across many configurations.
 */
final class MetricsAccumulatorProperties {

  /** One random scenario: the orders, the analysis and the window, all drawn from the seed. */
  private record Scenario(List<Order> orders, MetricsAnalysis analysis, Period window, SplittableRandom random) {
    static Scenario of(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      RandomOrders generator = RandomOrders.withSeed(seed);
      List<Order> orders = generator.orders(40 + random.nextInt(120));
      RefundPolicy refunds = RefundPolicy.values()[random.nextInt(RefundPolicy.values().length)];
      AnalysisPolicy policy = AnalysisPolicy.of(generator.zone(), generator.currency()).withRefundPolicy(refunds);
      MetricsAnalysis.Builder builder = MetricsAnalysis.newBuilder(policy)
          .lookBackDays(1 + random.nextInt(400))
          .secondPurchaseDays(1 + random.nextInt(120))
          .paretoFraction((1 + random.nextInt(100)) / 100.0);
      if (random.nextBoolean()) {
        builder.churnThresholdDays(1 + random.nextInt(400));
      }
      LocalDate start = generator.firstDay().plusDays(random.nextInt(650));
      Period window = Period.of(start, start.plusDays(1 + random.nextInt(200)), generator.zone());
      return new Scenario(orders, builder.build(), window, random);
    }

    MetricsSummary onePass() {
      return analysis.analyze(orders, window);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void resultDoesNotDependOnInputOrder(long seed) {
    Scenario scenario = Scenario.of(seed);
    List<Order> shuffled = new ArrayList<>(scenario.orders());
    Collections.shuffle(shuffled, new Random(seed));

    assertEquals(scenario.onePass(), scenario.analysis().analyze(shuffled, scenario.window()), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void anySplitCombinedEqualsOnePass(long seed) {
    Scenario scenario = Scenario.of(seed);
    int parts = 1 + scenario.random().nextInt(6);
    List<MetricsAccumulator> accumulators = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      accumulators.add(scenario.analysis().newAccumulator(scenario.window()));
    }
    for (Order order : scenario.orders()) {
      accumulators.get(scenario.random().nextInt(parts)).accept(order);
    }
    // combine in a random tree shape
    while (accumulators.size() > 1) {
      MetricsAccumulator left = accumulators.remove(scenario.random().nextInt(accumulators.size()));
      MetricsAccumulator right = accumulators.remove(scenario.random().nextInt(accumulators.size()));
      accumulators.add(left.combine(right));
    }

    assertEquals(scenario.onePass(), accumulators.get(0).result(), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void parallelCollectorEqualsOnePass(long seed) {
    Scenario scenario = Scenario.of(seed);

    MetricsSummary parallel = scenario.orders().parallelStream()
        .collect(scenario.analysis().collector(scenario.window()));

    assertEquals(scenario.onePass(), parallel, "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void totalsEqualTheSumsOverTheQualifyingOrders(long seed) {
    Scenario scenario = Scenario.of(seed);
    AnalysisPolicy policy = scenario.analysis().policy();
    Period window = scenario.window();
    long orders = 0;
    long before = 0;
    long after = 0;
    long rejected = 0;
    long gross = 0;
    long refunds = 0;
    for (Order order : scenario.orders()) {
      LocalDate date = policy.localDate(order.placedAt());
      if (!policy.qualifies(order)) {
        rejected++;
      } else if (!date.isBefore(window.endExclusive())) {
        after++;
      } else {
        if (date.isBefore(window.start())) {
          before++;
        } else {
          orders++;
          gross += policy.grossMinor(order);
          refunds += policy.refundsBookedSeparately() ? 0 : policy.refundedMinor(order);
        }
        for (int i = 0; policy.refundsBookedSeparately() && i < order.refunds().size(); i++) {
          refunds += window.contains(policy.localDate(order.refunds().get(i).refundedAt()))
              ? policy.refundMinor(order, i) : 0;
        }
      }
    }

    WindowTotals totals = scenario.onePass().totals();

    assertEquals(scenario.orders().size(), orders + before + after + rejected, "seed " + seed);
    assertEquals(orders, totals.orders(), "seed " + seed);
    assertEquals(before, totals.ordersBeforeWindow(), "seed " + seed);
    assertEquals(after, totals.ordersAfterWindow(), "seed " + seed);
    assertEquals(rejected, totals.nonQualifyingOrders(), "seed " + seed);
    assertEquals(gross, totals.grossRevenue().minorUnits(), "seed " + seed);
    assertEquals(refunds, totals.refunds().minorUnits(), "seed " + seed);
    assertEquals(policy.refundPolicy() == RefundPolicy.GROSS ? totals.grossRevenue() : totals.netRevenue(),
        totals.revenue(), "seed " + seed);
    assertEquals(totals.revenue(), scenario.onePass().revenueSplit().totalRevenue(), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void netNeverExceedsGross(long seed) {
    Scenario scenario = Scenario.of(seed);
    MetricsSummary summary = scenario.onePass();

    assertTrue(summary.totals().netRevenue().compareTo(summary.totals().grossRevenue()) <= 0, "seed " + seed);
    summary.averageOrderValue().net().value().ifPresent(net -> assertTrue(
        net.compareTo(summary.averageOrderValue().gross().value().orElseThrow()) <= 0, "seed " + seed));
    AnalysisPolicy policy = scenario.analysis().policy();
    Map<CustomerId, Long> grossByCustomer = new HashMap<>();
    for (Order order : scenario.orders()) {
      if (policy.qualifies(order) && policy.localDate(order.placedAt()).isBefore(scenario.window().endExclusive())) {
        grossByCustomer.merge(order.customerId(), policy.grossMinor(order), Long::sum);
      }
    }
    for (CustomerValue value : scenario.analysis().historicalClv(scenario.orders(), scenario.window().endExclusive())) {
      assertTrue(value.netRevenue().minorUnits() <= grossByCustomer.get(value.customerId()), "seed " + seed);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void ratesLieInTheUnitIntervalWhenDefined(long seed) {
    Scenario scenario = Scenario.of(seed);
    MetricsSummary summary = scenario.onePass();
    List<Rate> rates = new ArrayList<>(List.of(
        summary.customerRetentionRate().strict(),
        summary.churnRate().rate(),
        summary.repeatPurchaseRate(),
        summary.returningCustomerRate(),
        summary.secondPurchaseRate().rate(),
        summary.repeatRateByFirstOrder().refunded(),
        summary.repeatRateByFirstOrder().notRefunded(),
        summary.repeatRateByFirstOrder().withDiscountCode(),
        summary.repeatRateByFirstOrder().withoutDiscountCode()));
    rates.addAll(summary.repeatRateByFirstOrder().byChannel().values());
    summary.orderSequence().forEach(step -> rates.add(step.nextOrderRate()));

    for (Rate rate : rates) {
      assertEquals(rate.denominator() == 0, rate.undefinedReason().isPresent(), "seed " + seed);
      rate.value().ifPresent(value -> assertTrue(value >= 0 && value <= 1, "seed " + seed + ": " + rate));
    }
    if (scenario.analysis().policy().refundPolicy() != RefundPolicy.NET_AT_REFUND_DATE) {
      // without refunds booked apart from their orders, no customer's window revenue is negative
      Stream.of(summary.paretoShare().value(), summary.revenueSplit().returningShare().value(),
              summary.revenueSplit().newShare().value())
          .forEach(share -> share.ifPresent(value -> assertTrue(value >= 0 && value <= 1, "seed " + seed)));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void customerCountsMatchAPlainReadingOfTheDefinitions(long seed) {
    Scenario scenario = Scenario.of(seed);
    MetricsAnalysis analysis = scenario.analysis();
    LocalDate start = scenario.window().start();
    LocalDate end = scenario.window().endExclusive();
    Map<CustomerId, List<LocalDate>> dates = new TreeMap<>();
    for (Order order : scenario.orders()) {
      LocalDate date = analysis.policy().localDate(order.placedAt());
      if (analysis.policy().qualifies(order) && date.isBefore(end)) {
        dates.computeIfAbsent(order.customerId(), id -> new ArrayList<>()).add(date);
      }
    }
    long s = 0;
    long e = 0;
    long n = 0;
    long retained = 0;
    long churned = 0;
    long buyers = 0;
    long repeat = 0;
    long returning = 0;
    long eligible = 0;
    long converted = 0;
    long censored = 0;
    long gaps = 0;
    long gapDays = 0;
    for (List<LocalDate> list : dates.values()) {
      Collections.sort(list);
      boolean atStart = list.stream().anyMatch(d -> !d.isBefore(start.minusDays(analysis.lookBackDays()))
          && d.isBefore(start));
      boolean atEnd = list.stream().anyMatch(d -> !d.isBefore(end.minusDays(analysis.lookBackDays())));
      boolean recent = list.stream().anyMatch(d -> !d.isBefore(end.minusDays(analysis.churnThresholdDays())));
      long inWindow = list.stream().filter(d -> !d.isBefore(start)).count();
      s += atStart ? 1 : 0;
      e += atEnd ? 1 : 0;
      retained += atStart && atEnd ? 1 : 0;
      churned += atStart && !recent ? 1 : 0;
      buyers += inWindow > 0 ? 1 : 0;
      repeat += inWindow > 1 ? 1 : 0;
      returning += inWindow > 0 && list.size() > 1 ? 1 : 0;
      LocalDate first = list.get(0);
      if (!first.isBefore(start)) {
        n++;
        LocalDate followUp = first.plusDays(analysis.secondPurchaseDays());
        if (followUp.isBefore(end)) {
          eligible++;
          converted += list.size() > 1 && !list.get(1).isAfter(followUp) ? 1 : 0;
        } else {
          censored++;
        }
      }
      for (int i = 1; i < list.size(); i++) {
        if (!list.get(i).isBefore(start)) {
          gaps++;
          gapDays += ChronoUnit.DAYS.between(list.get(i - 1), list.get(i));
        }
      }
    }

    MetricsSummary summary = scenario.onePass();

    assertEquals(new RetentionRate(analysis.lookBackDays(), s, e, n, retained), summary.customerRetentionRate(),
        "seed " + seed);
    assertEquals(Rate.of(churned, s, "no customers were active at the start of the window"),
        summary.churnRate().rate(), "seed " + seed);
    assertEquals(Rate.of(repeat, buyers, "no customer ordered in the window"), summary.repeatPurchaseRate(),
        "seed " + seed);
    assertEquals(Rate.of(returning, buyers, "no customer ordered in the window"), summary.returningCustomerRate(),
        "seed " + seed);
    assertEquals(eligible, summary.secondPurchaseRate().rate().denominator(), "seed " + seed);
    assertEquals(converted, summary.secondPurchaseRate().rate().numerator(), "seed " + seed);
    assertEquals(censored, summary.secondPurchaseRate().censored(), "seed " + seed);
    assertEquals(gaps, summary.daysBetweenOrders().count(), "seed " + seed);
    assertEquals(gapDays, summary.daysBetweenOrders().totalDays(), "seed " + seed);
    assertEquals(dates.size(), summary.totals().customersBeforeEnd(), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void returningCustomersIncludeEveryRepeatPurchaser(long seed) {
    MetricsSummary summary = Scenario.of(seed).onePass();

    // Same denominator; two orders in the window are two orders up to its end.
    assertEquals(summary.repeatPurchaseRate().denominator(), summary.returningCustomerRate().denominator(),
        "seed " + seed);
    assertTrue(summary.repeatPurchaseRate().numerator() <= summary.returningCustomerRate().numerator(),
        "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void historicalClvDeductsOnlyTheRefundsDatedBeforeTheEnd(long seed) {
    Scenario scenario = Scenario.of(seed);
    AnalysisPolicy policy = scenario.analysis().policy();
    LocalDate end = scenario.window().endExclusive();
    // The reference, in the orders' own currency (the generator uses one): totals minus refunds before the end.
    Map<CustomerId, Long> expected = new TreeMap<>();
    for (Order order : scenario.orders()) {
      if (policy.qualifies(order) && policy.localDate(order.placedAt()).isBefore(end)) {
        assertEquals(policy.reportingCurrency(), order.total().currency(), "seed " + seed);
        long net = order.total().minorUnits();
        for (Refund refund : order.refunds()) {
          if (policy.localDate(refund.refundedAt()).isBefore(end)) {
            net -= refund.amount().minorUnits();
          }
        }
        expected.merge(order.customerId(), net, Long::sum);
      }
    }

    Map<CustomerId, Long> actual = new TreeMap<>();
    for (CustomerValue value : scenario.analysis().historicalClv(scenario.orders(), end)) {
      actual.put(value.customerId(), value.netRevenue().minorUnits());
    }

    assertEquals(expected, actual, "seed " + seed);
    assertEquals(expected.values().stream().mapToLong(Long::longValue).sum(),
        scenario.onePass().historicalClv().mean().total().minorUnits(), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void historicalClvSummarisesThePerCustomerValues(long seed) {
    Scenario scenario = Scenario.of(seed);
    List<CustomerValue> values =
        scenario.analysis().historicalClv(scenario.orders(), scenario.window().endExclusive());
    long[] sorted = values.stream().mapToLong(value -> value.netRevenue().minorUnits()).sorted().toArray();

    HistoricalClv clv = scenario.onePass().historicalClv();

    assertEquals(values.size(), clv.customers(), "seed " + seed);
    assertEquals(values.stream().mapToLong(value -> value.netRevenue().minorUnits()).sum(),
        clv.mean().total().minorUnits(), "seed " + seed);
    if (sorted.length > 0) {
      BigDecimal median = BigDecimal.valueOf(sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2], 2)
          .divide(BigDecimal.valueOf(2));
      assertEquals(0, median.compareTo(clv.median().orElseThrow()), "seed " + seed);
    }
  }
}
