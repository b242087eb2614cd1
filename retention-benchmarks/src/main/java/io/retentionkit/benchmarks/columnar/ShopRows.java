package io.retentionkit.benchmarks.columnar;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderStatus;
import io.retentionkit.model.Refund;
import java.util.List;

/**
 * The orders of a shop as the columns an importer holds after parsing a file: one array per field, the
 * customer ids and attribute values as fresh {@code String}s (a new instance per field and row whose hash
 * code was never computed, as a CSV parser produces them), instants as epoch second and nanosecond, amounts
 * in minor units of the reporting currency, an absent attribute as {@code null}, and at most one refund per
 * order. The strings are allocated row by row in list order, as a parser allocates them in file order.
 */
public final class ShopRows {
  private final String[] customerIds;
  private final long[] placedSecond;
  private final int[] placedNano;
  private final long[] totalMinor;
  private final OrderStatus[] status;
  private final String[] channel;
  private final String[] country;
  private final String[] discountCode;
  private final long[] refundMinor;
  private final long[] refundedSecond;
  private final int[] refundedNano;

  private ShopRows(int size) {
    customerIds = new String[size];
    placedSecond = new long[size];
    placedNano = new int[size];
    totalMinor = new long[size];
    status = new OrderStatus[size];
    channel = new String[size];
    country = new String[size];
    discountCode = new String[size];
    refundMinor = new long[size];
    refundedSecond = new long[size];
    refundedNano = new int[size];
  }

  /** A copy of {@code rows} with new string columns, sharing the others. */
  private ShopRows(ShopRows rows) {
    int size = rows.size();
    customerIds = new String[size];
    placedSecond = rows.placedSecond;
    placedNano = rows.placedNano;
    totalMinor = rows.totalMinor;
    status = rows.status;
    channel = new String[size];
    country = new String[size];
    discountCode = new String[size];
    refundMinor = rows.refundMinor;
    refundedSecond = rows.refundedSecond;
    refundedNano = rows.refundedNano;
  }

  /**
   * Returns the same rows with every string a new instance, allocated row by row: a log built from them
   * hashes and compares ids as it would a parser's output, which it cannot do twice with the same strings,
   * since a {@code String} keeps the hash code it once computed.
   *
   * @return the rows with fresh strings
   */
  public ShopRows withFreshStrings() {
    ShopRows copy = new ShopRows(this);
    for (int i = 0; i < customerIds.length; i++) {
      copy.customerIds[i] = fresh(customerIds[i]);
      copy.channel[i] = channel[i] == null ? null : fresh(channel[i]);
      copy.country[i] = country[i] == null ? null : fresh(country[i]);
      copy.discountCode[i] = discountCode[i] == null ? null : fresh(discountCode[i]);
    }
    return copy;
  }

  /**
   * Returns the rows of {@code orders}, which have at most one refund each and amounts in the reporting
   * currency of {@code policy}.
   *
   * @param orders the orders, in the order of the rows
   * @param policy the policy whose reporting currency the amounts are in
   * @return the rows
   * @throws IllegalArgumentException if an order has more than one refund
   */
  public static ShopRows of(List<Order> orders, AnalysisPolicy policy) {
    ShopRows rows = new ShopRows(orders.size());
    for (int i = 0; i < orders.size(); i++) {
      Order order = orders.get(i);
      rows.customerIds[i] = order.customerId().value();
      rows.placedSecond[i] = order.placedAt().getEpochSecond();
      rows.placedNano[i] = order.placedAt().getNano();
      rows.totalMinor[i] = policy.grossMinor(order);
      rows.status[i] = order.status();
      rows.channel[i] = order.channel().orElse(null);
      rows.country[i] = order.country().orElse(null);
      rows.discountCode[i] = order.discountCode().orElse(null);
      if (order.refunds().size() > 1) {
        throw new IllegalArgumentException("orders must have at most one refund: " + order.id().value());
      }
      if (!order.refunds().isEmpty()) {
        Refund refund = order.refunds().get(0);
        rows.refundMinor[i] = policy.refundMinor(order, 0);
        rows.refundedSecond[i] = refund.refundedAt().getEpochSecond();
        rows.refundedNano[i] = refund.refundedAt().getNano();
      }
    }
    return rows.withFreshStrings();
  }

  private static String fresh(String value) {
    return new String(value.toCharArray());
  }

  /**
   * Returns the number of rows.
   *
   * @return the row count
   */
  public int size() {
    return customerIds.length;
  }

  /**
   * Builds the log of the rows with {@link OrderLog#newBuilder}, as an importer does.
   *
   * @param policy the policy of the log
   * @return the log
   */
  public OrderLog build(AnalysisPolicy policy) {
    OrderLog.Builder builder = OrderLog.newBuilder(policy).expectedOrders(size());
    for (int i = 0; i < customerIds.length; i++) {
      builder.order(customerIds[i], placedSecond[i], placedNano[i], totalMinor[i]).status(status[i]);
      if (channel[i] != null) {
        builder.channel(channel[i]);
      }
      if (country[i] != null) {
        builder.country(country[i]);
      }
      if (discountCode[i] != null) {
        builder.discountCode(discountCode[i]);
      }
      if (refundMinor[i] > 0) {
        builder.refund(refundMinor[i], refundedSecond[i], refundedNano[i]);
      }
    }
    return builder.build();
  }
}
