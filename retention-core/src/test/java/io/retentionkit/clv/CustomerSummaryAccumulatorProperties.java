package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.PeriodUnit;
import io.retentionkit.model.RefundPolicy;
import io.retentionkit.testing.RandomOrders;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class CustomerSummaryAccumulatorProperties {

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void splittingAnywhereAndCombiningEqualsOnePass(long seed) {
    RandomOrders generator = RandomOrders.withSeed(seed);
    List<Order> orders = generator.orders(60);
    CustomerSummarizer summarizer = summarizer(generator, seed);
    CustomerSummaries whole = summarizer.summarize(orders);
    SplittableRandom random = new SplittableRandom(seed);
    int cut1 = random.nextInt(orders.size() + 1);
    int cut2 = cut1 + random.nextInt(orders.size() - cut1 + 1);
    CustomerSummaryAccumulator a = accumulate(summarizer, orders.subList(0, cut1));
    CustomerSummaryAccumulator b = accumulate(summarizer, orders.subList(cut1, cut2));
    CustomerSummaryAccumulator c = accumulate(summarizer, orders.subList(cut2, orders.size()));
    assertEquals(whole, a.combine(b.combine(c)).result(), "seed " + seed);
    assertEquals(whole, summarizer.newAccumulator().combine(accumulate(summarizer, orders)).result(),
        "empty accumulator is the identity, seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void resultDoesNotDependOnInputOrderOrParallelism(long seed) {
    RandomOrders generator = RandomOrders.withSeed(seed);
    List<Order> orders = generator.orders(60);
    CustomerSummarizer summarizer = summarizer(generator, seed);
    List<Order> shuffled = new ArrayList<>(orders);
    Collections.shuffle(shuffled, new Random(seed));
    CustomerSummaries sequential = summarizer.summarize(orders);
    assertEquals(sequential, summarizer.summarize(shuffled), "seed " + seed);
    assertEquals(sequential, shuffled.parallelStream().collect(summarizer.collector()), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void summariesAreConsistent(long seed) {
    RandomOrders generator = RandomOrders.withSeed(seed);
    CustomerSummaries s = summarizer(generator, seed).summarize(generator.orders(80));
    long repeats = 0;
    for (int i = 0; i < s.size(); i++) {
      CustomerSummary c = s.customer(i);
      repeats += c.repeatTransactions() + c.holdoutTransactions().orElse(0);
      assertEquals(c.repeatTransactions() > 0, c.meanRepeatSpend().isPresent(), "seed " + seed);
    }
    long tracked = 0;
    for (long day : s.repeatTransactionsByDay()) {
      tracked += day;
    }
    assertEquals(repeats, tracked, "tracking series counts every repeat transaction, seed " + seed);
  }

  /** A summarizer whose refund policy, merge unit and holdout vary with the seed. */
  private static CustomerSummarizer summarizer(RandomOrders generator, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5A5A);
    RefundPolicy[] refunds = RefundPolicy.values();
    AnalysisPolicy policy = AnalysisPolicy.of(generator.zone(), generator.currency())
        .withRefundPolicy(refunds[random.nextInt(refunds.length)]);
    LocalDate calibrationEnd = generator.firstDay().plusDays(300 + random.nextInt(200));
    return CustomerSummarizer.newBuilder()
        .policy(policy)
        .timeUnit(DurationUnit.values()[random.nextInt(DurationUnit.values().length)])
        .mergeUnit(random.nextBoolean() ? PeriodUnit.DAY : PeriodUnit.WEEK)
        .calibrationEnd(calibrationEnd)
        .observationEnd(generator.endDay().plusDays(30))
        .build();
  }

  private static CustomerSummaryAccumulator accumulate(CustomerSummarizer summarizer, List<Order> orders) {
    CustomerSummaryAccumulator accumulator = summarizer.newAccumulator();
    orders.forEach(accumulator);
    return accumulator;
  }
}
