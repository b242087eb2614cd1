package io.retentionkit.metrics;

import io.retentionkit.model.Order;
import java.util.Arrays;
import java.util.Comparator;

/**
 * What the metrics need to know about one customer's qualifying orders placed before the window's end:
 * the shop-local epoch day of each order, the customer's net revenue over all of them as of the end
 * (refunds dated from the end on not deducted), their revenue booked in the window, and their first order. Mutable; owned by one {@link MetricsAccumulator}.
 *
 * <p>Every field is order-independent once the days are sorted (sums of {@code long}s and a minimum under
 * a total order), which is why any split of the input combines to the result of one pass.
 */
final class CustomerHistory {
  /** Earliest first; orders placed at the same instant are ordered by id, so the choice is stable. */
  static final Comparator<Order> FIRST_ORDER =
      Comparator.comparing(Order::placedAt).thenComparing(order -> order.id().value());

  private int[] days = new int[2];
  private int size;
  private long lifetimeNetMinor;
  private long windowRevenueMinor;
  private Order firstOrder;

  void addOrder(int day, long netMinor, Order order) {
    if (size == days.length) {
      days = Arrays.copyOf(days, Math.multiplyExact(days.length, 2));
    }
    days[size++] = day;
    lifetimeNetMinor = Math.addExact(lifetimeNetMinor, netMinor);
    if (firstOrder == null || FIRST_ORDER.compare(order, firstOrder) < 0) {
      firstOrder = order;
    }
  }

  void addWindowRevenue(long minor) {
    windowRevenueMinor = Math.addExact(windowRevenueMinor, minor);
  }

  /** Adds everything {@code other} holds; {@code other} must not be used afterwards. */
  void merge(CustomerHistory other) {
    if (size + other.size > days.length) {
      days = Arrays.copyOf(days, Math.addExact(size, other.size));
    }
    System.arraycopy(other.days, 0, days, size, other.size);
    size += other.size;
    lifetimeNetMinor = Math.addExact(lifetimeNetMinor, other.lifetimeNetMinor);
    windowRevenueMinor = Math.addExact(windowRevenueMinor, other.windowRevenueMinor);
    if (other.firstOrder != null && (firstOrder == null || FIRST_ORDER.compare(other.firstOrder, firstOrder) < 0)) {
      firstOrder = other.firstOrder;
    }
  }

  /** Hands this customer to {@code calculator}; sorts the days in place first (which changes nothing else). */
  void addTo(SummaryCalculator calculator) {
    Arrays.sort(days, 0, size);
    calculator.addCustomer(days, size, windowRevenueMinor, lifetimeNetMinor, !firstOrder.refunds().isEmpty(),
        firstOrder.discountCode().isPresent(), firstOrder.channel().orElse(RepeatRateByFirstOrder.NO_CHANNEL));
  }
}
