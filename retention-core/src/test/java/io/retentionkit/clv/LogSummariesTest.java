package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.internal.ColumnarThreshold;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.RefundPolicy;
import io.retentionkit.testing.RandomOrders;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Customer summaries of order logs: the cases the random properties do not reach. */
final class LogSummariesTest {

  @Test
  void aLargeListIsSummarisedThroughALogWithAnEqualResult() {
    RandomOrders generator = RandomOrders.withSeed(17);
    List<Order> orders = generator.orders(12_000);
    assertTrue(orders.size() >= ColumnarThreshold.MIN_ORDERS, () -> orders.size() + " orders");
    CustomerSummarizer summarizer = CustomerSummarizer.newBuilder()
        .policy(AnalysisPolicy.of(generator.zone(), generator.currency())
            .withRefundPolicy(RefundPolicy.NET_AT_REFUND_DATE))
        .timeUnit(DurationUnit.WEEK)
        .calibrationEnd(LocalDate.of(2022, 6, 30))
        .observationEnd(LocalDate.of(2022, 12, 31))
        .build();

    CustomerSummaryAccumulator accumulator = summarizer.newAccumulator();
    orders.forEach(accumulator);
    assertEquals(accumulator.result(), summarizer.summarize(orders));
  }

  @Test
  void aLogOfAnotherPolicyIsRejected() {
    AnalysisPolicy policy = AnalysisPolicy.of(RandomOrders.withSeed(1).zone(), RandomOrders.withSeed(1).currency());
    CustomerSummarizer summarizer = CustomerSummarizer.newBuilder().policy(policy).timeUnit(DurationUnit.DAY)
        .calibrationEnd(LocalDate.of(2022, 6, 30)).build();
    OrderLog log = OrderLog.from(List.of(), policy.withRefundPolicy(RefundPolicy.GROSS));
    assertEquals("order log must be built under the summarizer's policy: " + summarizer,
        assertThrows(IllegalArgumentException.class, () -> summarizer.summarize(log)).getMessage());
  }
}
