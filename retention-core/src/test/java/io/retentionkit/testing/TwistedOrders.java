package io.retentionkit.testing;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CurrencyConverter;
import io.retentionkit.model.LineItem;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.QualifyingOrders;
import io.retentionkit.model.RefundPolicy;
import io.retentionkit.model.Refund;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded order logs that stress what a columnar copy of orders must preserve exactly: on top of
 * {@link RandomOrders}, some orders are in US dollars (converted with rounding), some list their refunds
 * latest first, some have a twin of the same customer placed at the same instant (the first is chosen by
 * order id), and some instants carry fractions of a second. Each comes with a random policy that can
 * convert it.
 */
public final class TwistedOrders {
  private static final Currency USD = Currency.getInstance("USD");

  private final List<Order> orders;
  private final AnalysisPolicy policy;
  private final SplittableRandom random;

  private TwistedOrders(long seed, int customers) {
    RandomOrders generator = RandomOrders.withSeed(seed);
    this.random = new SplittableRandom(seed ^ 0x7157ED);
    List<Order> twisted = new ArrayList<>();
    int twin = 0;
    for (Order order : generator.orders(customers)) {
      Order changed = twist(order);
      twisted.add(changed);
      if (random.nextInt(20) == 0) {
        twisted.add(twin(changed, OrderId.of((random.nextBoolean() ? "a" : "t") + twin++)));
      }
    }
    Collections.shuffle(twisted, new java.util.Random(seed));
    this.orders = List.copyOf(twisted);
    CurrencyConverter converter = CurrencyConverter.ofFixedRates(generator.currency(),
        Map.of(USD, new BigDecimal("0.9137")));
    this.policy = AnalysisPolicy.of(generator.zone(), generator.currency())
        .withConverter(converter)
        .withRefundPolicy(pick(RefundPolicy.values()))
        .withQualifyingOrders(new QualifyingOrders(random.nextBoolean(), random.nextBoolean(), random.nextBoolean()))
        .withFirstDayOfWeek(pick(DayOfWeek.values()));
  }

  /**
   * Returns the orders of {@code customers} customers drawn from {@code seed}, and a random policy.
   *
   * @param seed the seed
   * @param customers how many customers
   * @return the log
   */
  public static TwistedOrders withSeed(long seed, int customers) {
    return new TwistedOrders(seed, customers);
  }

  /** Returns the orders, shuffled; unmodifiable. */
  public List<Order> orders() {
    return orders;
  }

  /** Returns a random policy under which every order converts. */
  public AnalysisPolicy policy() {
    return policy;
  }

  /** Returns the random source the log was drawn from, for further draws of the same scenario. */
  public SplittableRandom random() {
    return random;
  }

  /** Returns the instant of a random order or refund, or just after one, for cuts that hit events. */
  public Instant eventInstant() {
    Order order = orders.get(random.nextInt(orders.size()));
    Instant at = order.refunds().isEmpty() || random.nextBoolean()
        ? order.placedAt() : order.refunds().get(random.nextInt(order.refunds().size())).refundedAt();
    return random.nextBoolean() ? at : at.plusNanos(1);
  }

  private Order twist(Order order) {
    Order twisted = order;
    if (random.nextInt(5) == 0) {
      twisted = inCurrency(twisted, USD);
    }
    if (twisted.refunds().size() > 1 && random.nextBoolean()) {
      List<Refund> reversed = new ArrayList<>(twisted.refunds());
      Collections.reverse(reversed);
      twisted = withRefunds(twisted, twisted.placedAt(), reversed);
    }
    if (random.nextInt(10) == 0) {
      twisted = withRefunds(twisted, twisted.placedAt().plusNanos(1 + random.nextInt(999_999_999)),
          twisted.refunds());
    }
    return twisted;
  }

  private static Order inCurrency(Order order, Currency currency) {
    List<Refund> refunds = new ArrayList<>();
    for (Refund refund : order.refunds()) {
      refunds.add(Refund.of(Money.ofMinor(refund.amount().minorUnits(), currency), refund.refundedAt()));
    }
    List<LineItem> lines = new ArrayList<>();
    for (LineItem line : order.lineItems()) {
      lines.add(LineItem.of(line.sku(), line.quantity(), Money.ofMinor(line.amount().minorUnits(), currency)));
    }
    return new Order(order.id(), order.customerId(), order.placedAt(),
        Money.ofMinor(order.total().minorUnits(), currency), order.status(), refunds, order.discountCode(),
        order.channel(), order.country(), order.email(), order.guestCheckout(), lines);
  }

  private static Order withRefunds(Order order, Instant placedAt, List<Refund> refunds) {
    return new Order(order.id(), order.customerId(), placedAt, order.total(), order.status(), refunds,
        order.discountCode(), order.channel(), order.country(), order.email(), order.guestCheckout(),
        order.lineItems());
  }

  /** Returns an order of the same customer at the same instant, with other attributes and no refunds. */
  private static Order twin(Order order, OrderId id) {
    return new Order(id, order.customerId(), order.placedAt(), order.total().plus(order.total()), order.status(),
        List.of(), Optional.of("TWIN"), Optional.of("twin-channel"), Optional.of("TW"), order.email(),
        order.guestCheckout(), List.of());
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
