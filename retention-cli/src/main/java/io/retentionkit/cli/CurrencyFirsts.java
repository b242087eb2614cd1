package io.retentionkit.cli;

import io.retentionkit.model.Order;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The currencies of the orders seen, each with its first order's instant: all the loader must know before
 * it can place an order in a log, since the reporting currency defaults to the only currency, and a rates
 * file that converts a currency at its first order converts every later one. A few entries, however many
 * orders.
 */
final class CurrencyFirsts implements Consumer<Order> {
  private final Map<Currency, Instant> first = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));

  /** Returns the currencies of {@code orders}. */
  static CurrencyFirsts of(Iterable<Order> orders) {
    CurrencyFirsts firsts = new CurrencyFirsts();
    orders.forEach(firsts);
    return firsts;
  }

  @Override
  public void accept(Order order) {
    first.merge(order.total().currency(), order.placedAt(), (a, b) -> a.isBefore(b) ? a : b);
  }

  /** Returns each currency's first order instant, by currency code; a copy. */
  Map<Currency, Instant> byCurrency() {
    Map<Currency, Instant> copy = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    copy.putAll(first);
    return copy;
  }
}
