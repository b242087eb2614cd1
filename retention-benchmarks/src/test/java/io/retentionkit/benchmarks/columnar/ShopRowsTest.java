package io.retentionkit.benchmarks.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.columnar.OrderAttribute;
import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.QualifyingOrders;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Benchmark (d)'s two paths, the builder fed columns and the import of orders, build equal logs. */
final class ShopRowsTest {

  @ParameterizedTest(name = "{0} customers")
  // 30,000 customers place about 150,000 orders: more than the builder's batch of customer ids looked up
  // in parallel, so ids recur across batches.
  @ValueSource(ints = {1, 40, 3_000, 30_000})
  void theBuilderFedTheOrdersAsColumnsBuildsTheLogOfTheOrders(int customers) {
    List<Order> orders = SyntheticShop.generate(customers);
    for (AnalysisPolicy policy : List.of(new SyntheticShop().policy,
        new SyntheticShop().policy.withQualifyingOrders(QualifyingOrders.strict()))) {
      OrderLog fromOrders = OrderLog.from(orders, policy);
      OrderLog fromRows = ShopRows.of(orders, policy).build(policy);

      assertEquals(orders.size(), fromRows.orderCount());
      assertTrue(customers < 40 || fromRows.refundCount() > 0, "some orders are refunded");
      assertEquals(describe(fromOrders), describe(fromRows));
    }
  }

  @Test
  void theOrdersCopiedInFileOrderEqualTheOrders() {
    List<Order> generated = SyntheticShop.generate(300);
    OrderLogBuildBenchmark.Orders copied = new OrderLogBuildBenchmark.Orders();
    copied.allocation = "fileOrder";
    copied.take(generated);
    assertEquals(generated, copied.orders);
    assertNotSame(generated.get(0).customerId().value(), copied.orders.get(0).customerId().value());
  }

  /** Every customer in index order with every value of each of their orders and refunds. */
  private static List<String> describe(OrderLog log) {
    List<String> rows = new ArrayList<>();
    for (int customer = 0; customer < log.customerCount(); customer++) {
      rows.add("customer " + log.customerId(customer).value() + " " + log.orderStart(customer));
    }
    for (int order = 0; order < log.orderCount(); order++) {
      StringBuilder row = new StringBuilder().append(log.placedAt(order)).append(' ').append(log.day(order))
          .append(' ').append(log.status(order)).append(' ').append(log.qualifies(order)).append(' ')
          .append(log.qualifiesUnrefunded(order)).append(' ').append(log.grossMinor(order)).append(' ')
          .append(log.netMinor(order));
      for (OrderAttribute attribute : OrderAttribute.values()) {
        row.append(' ').append(log.attributeCode(attribute, order)).append('=').append(log.attribute(attribute, order));
      }
      for (int refund = log.refundStart(order); refund < log.refundEnd(order); refund++) {
        row.append(" refund ").append(log.refundedAt(refund)).append(' ').append(log.refundDay(refund))
            .append(' ').append(log.refundMinor(refund));
      }
      rows.add(row.toString());
    }
    rows.add(log.firstDay() + " " + log.lastDay());
    return rows;
  }
}
