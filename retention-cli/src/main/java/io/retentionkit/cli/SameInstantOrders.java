package io.retentionkit.cli;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.Order;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The instants at which one customer placed more than one order, found in a log. The library breaks such
 * ties by order id (the first is the customer's first order, whose amount and channel count), and
 * {@link OrderLog#from} does so; a log built order by order keeps them in the order they were added, which
 * is the export's. A loader that finds ties therefore builds its log again, adding the tied orders in order
 * id order. Real exports have few: each costs an entry here, and its order's object while the log is built
 * again.
 */
final class SameInstantOrders {
  private final Set<Key> keys;
  private final long orders;

  private SameInstantOrders(Set<Key> keys, long orders) {
    this.keys = keys;
    this.orders = orders;
  }

  /** Returns the ties in {@code log}, whose customers' orders are in time order. */
  static SameInstantOrders in(OrderLog log) {
    Set<Key> keys = new HashSet<>();
    long orders = 0;
    for (int customer = 0; customer < log.customerCount(); customer++) {
      int end = log.orderEnd(customer);
      for (int order = log.orderStart(customer) + 1; order < end; order++) {
        // In time order, an order not placed after the one before it was placed at the same instant; the
        // day is compared first, to create an instant only for orders of the same day.
        if (log.day(order) == log.day(order - 1) && !log.isPlacedBefore(order - 1, log.placedAt(order))) {
          orders += keys.add(new Key(log.customerId(customer).value(), log.placedAt(order))) ? 2 : 1;
        }
      }
    }
    return new SameInstantOrders(keys, orders);
  }

  /** Returns whether no customer placed two orders at one instant. */
  boolean isEmpty() {
    return keys.isEmpty();
  }

  /** Returns how many orders share their customer and instant with another. */
  long orders() {
    return orders;
  }

  /** Returns whether {@code resolved}, attributed to its customer, is one of the tied orders. */
  boolean contains(Order resolved) {
    return keys.contains(new Key(resolved.customerId().value(), resolved.placedAt()));
  }

  private record Key(String customerId, Instant placedAt) {}
}
