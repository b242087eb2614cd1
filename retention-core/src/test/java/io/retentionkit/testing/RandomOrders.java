package io.retentionkit.testing;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.EmailAddress;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of realistic order logs for property tests: customers with a first order and a
 * geometric number of repeats, cancelled and failed orders, partial and full refunds, zero-value orders,
 * discount codes, channels, countries, line items and orders placed around midnight and DST changes.
 *
 * <p>Every generated log is a pure function of the seed; tests print the seed on failure (see
 * {@link Seeds}) so that a failure can be replayed.
 */
public final class RandomOrders {
  private static final String[] CHANNELS = {"web", "app", "pos", "marketplace"};
  private static final String[] CODES = {"WELCOME10", "SPRING", "VIP"};
  private static final String[] COUNTRIES = {"NL", "DE", "GB", "US"};
  private static final String[] SKUS = {"COFFEE-1KG", "FILTERS", "MUG", "GRINDER", "TEA"};

  private final SplittableRandom random;
  private final Currency currency;
  private final ZoneId zone;
  private final LocalDate firstDay;
  private final int days;
  private int nextOrder;

  private RandomOrders(long seed, Currency currency, ZoneId zone, LocalDate firstDay, int days) {
    this.random = new SplittableRandom(seed);
    this.currency = currency;
    this.zone = zone;
    this.firstDay = firstDay;
    this.days = days;
  }

  /**
   * Returns a generator of EUR orders in Europe/Amsterdam over the two years from 2021-01-01 (which include
   * four DST changes).
   *
   * @param seed the seed
   * @return the generator
   */
  public static RandomOrders withSeed(long seed) {
    return new RandomOrders(seed, Currency.getInstance("EUR"), ZoneId.of("Europe/Amsterdam"),
        LocalDate.of(2021, 1, 1), 730);
  }

  /** Returns the zone the orders' local times were drawn in. */
  public ZoneId zone() {
    return zone;
  }

  /** Returns the currency of every generated order. */
  public Currency currency() {
    return currency;
  }

  /** Returns the first day orders may fall on. */
  public LocalDate firstDay() {
    return firstDay;
  }

  /** Returns the day after the last day orders may fall on. */
  public LocalDate endDay() {
    return firstDay.plusDays(days);
  }

  /**
   * Returns the orders of {@code customers} customers, shuffled.
   *
   * @param customers how many customers
   * @return the orders; unmodifiable
   */
  public List<Order> orders(int customers) {
    List<Order> orders = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      addCustomer(CustomerId.of("c" + c), orders);
    }
    shuffle(orders);
    return List.copyOf(orders);
  }

  private void shuffle(List<Order> orders) {
    for (int i = orders.size() - 1; i > 0; i--) {
      Collections.swap(orders, i, random.nextInt(i + 1));
    }
  }

  private void addCustomer(CustomerId id, List<Order> out) {
    Instant at = randomInstant(0, days);
    String channel = CHANNELS[random.nextInt(CHANNELS.length)];
    boolean withEmail = random.nextInt(3) > 0;
    int orders = 1;
    while (orders < 12 && random.nextDouble() < 0.45) {
      orders++;
    }
    for (int k = 0; k < orders; k++) {
      if (!at.isBefore(endDay().atStartOfDay(zone).toInstant())) {
        return;
      }
      out.add(order(id, at, channel, withEmail));
      at = at.plus(Duration.ofMinutes(1 + random.nextLong(Duration.ofDays(120).toMinutes())));
    }
  }

  private Order order(CustomerId customer, Instant at, String channel, boolean withEmail) {
    long cents = random.nextInt(20) == 0 ? 0 : 100 + random.nextLong(30_000);
    Money total = Money.ofMinor(cents, currency);
    Order.Builder builder = Order.builder(OrderId.of("o" + nextOrder++), customer, at, total)
        .status(status())
        .channel(random.nextInt(5) == 0 ? CHANNELS[random.nextInt(CHANNELS.length)] : channel)
        .country(COUNTRIES[random.nextInt(COUNTRIES.length)]);
    if (random.nextInt(4) == 0) {
      builder.discountCode(CODES[random.nextInt(CODES.length)]);
    }
    if (withEmail) {
      builder.email(EmailAddress.of(customer.value() + "@example.com"));
    }
    int lines = 1 + random.nextInt(3);
    for (int i = 0; i < lines; i++) {
      builder.lineItem(SKUS[random.nextInt(SKUS.length)], 1 + random.nextInt(3), Money.ofMinor(cents / lines, currency));
    }
    addRefunds(builder, at, cents);
    return builder.build();
  }

  private OrderStatus status() {
    int draw = random.nextInt(100);
    if (draw < 5) {
      return OrderStatus.CANCELLED;
    } else if (draw < 7) {
      return OrderStatus.FAILED;
    } else if (draw < 12) {
      return OrderStatus.PLACED;
    } else if (draw < 50) {
      return OrderStatus.PAID;
    }
    return OrderStatus.FULFILLED;
  }

  private void addRefunds(Order.Builder builder, Instant placedAt, long cents) {
    int draw = random.nextInt(100);
    if (cents == 0 || draw >= 15) {
      return;
    }
    Instant refundedAt = placedAt.plus(Duration.ofHours(1 + random.nextInt(24 * 60)));
    if (draw < 5) {
      builder.refund(Money.ofMinor(cents, currency), refundedAt);
    } else {
      long first = 1 + random.nextLong(cents);
      builder.refund(Money.ofMinor(first, currency), refundedAt);
      if (first < cents && random.nextBoolean()) {
        builder.refund(Money.ofMinor(1 + random.nextLong(cents - first), currency), refundedAt.plus(Duration.ofDays(3)));
      }
    }
  }

  /** Draws an instant whose local time is often near midnight, so that day boundaries are exercised. */
  private Instant randomInstant(int fromDay, int toDayExclusive) {
    LocalDate date = firstDay.plusDays(fromDay + random.nextInt(toDayExclusive - fromDay));
    long secondOfDay = random.nextInt(4) == 0
        ? (random.nextBoolean() ? random.nextInt(120) : 86_399 - random.nextInt(120))
        : random.nextInt(86_400);
    return date.atStartOfDay(zone).plusSeconds(secondOfDay).toInstant();
  }
}
