package io.retentionkit.report;

import io.retentionkit.model.AnalysisPolicy;
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
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded coffee shop for report tests: customers acquired over two years who buy by a "buy till you die"
 * process (a personal Poisson rate, a chance to drop out after each purchase), so the CLV models have
 * something real to fit, with channels, discount codes, refunds, cancellations, SKUs, guests identified by
 * e-mail, and optionally hostile strings in every text field.
 */
final class SampleShop {
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final Currency EUR = Currency.getInstance("EUR");
  static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  static final LocalDate END = LocalDate.of(2025, 1, 1);
  static final String[] HOSTILE = {
      "<script>console.error('xss')</script>", "\"onmouseover=\"console.error(1)", "</svg><img src=x onerror=alert(1)>",
      "Tom & Jerry's", "日本語 ✓ 😀", "'><iframe src=//example.com>", "javascript:alert(1)", "\u202Eevil",
      "x".repeat(5000)};
  private static final String[] CHANNELS = {"web", "app", "marketplace", "pos"};
  private static final String[] SKUS = {"BEANS-1KG", "BEANS-250G", "FILTERS", "MUG", "GRINDER"};

  private final SplittableRandom random;
  private final boolean hostile;
  private int nextOrder;

  private SampleShop(long seed, boolean hostile) {
    this.random = new SplittableRandom(seed);
    this.hostile = hostile;
  }

  static AnalysisPolicy policy() {
    return AnalysisPolicy.of(ZONE, EUR);
  }

  /** Returns the orders of {@code customers} customers; with {@code hostile}, text fields carry attacks. */
  static List<Order> orders(long seed, int customers, boolean hostile) {
    SampleShop shop = new SampleShop(seed, hostile);
    List<Order> orders = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      shop.addCustomer(c, orders);
    }
    return List.copyOf(orders);
  }

  private void addCustomer(int index, List<Order> out) {
    int days = (int) (END.toEpochDay() - FIRST_DAY.toEpochDay());
    // Acquisition grows over time: later days are more likely.
    int day = (int) (days * Math.pow(random.nextDouble(), 0.8));
    double ratePerDay = gamma(0.8, 1 / 60.0);
    double dropout = 0.15 + 0.5 * random.nextDouble() * random.nextDouble();
    double meanSpend = 20 + gamma(3, 12);
    String channel = pick(CHANNELS);
    CustomerId customer = customerId(index);
    Instant at = FIRST_DAY.plusDays(day).atTime(8 + random.nextInt(14), random.nextInt(60)).atZone(ZONE).toInstant();
    Instant end = END.atStartOfDay(ZONE).toInstant();
    boolean first = true;
    while (at.isBefore(end)) {
      out.add(order(customer, at, channel, meanSpend, first));
      first = false;
      if (random.nextDouble() < dropout) {
        return;
      }
      double waitDays = -Math.log(1 - random.nextDouble()) / ratePerDay;
      at = at.plus(Duration.ofMinutes(1 + (long) (waitDays * 24 * 60)));
    }
  }

  private CustomerId customerId(int index) {
    if (hostile && index < HOSTILE.length) {
      return CustomerId.of(HOSTILE[index]);
    }
    if (index % 7 == 3) {
      return CustomerId.ofEmail(EmailAddress.of("guest" + index + "@example.com"));
    }
    return CustomerId.of("C" + (10_000 + index));
  }

  private Order order(CustomerId customer, Instant at, String channel, double meanSpend, boolean first) {
    long cents = Math.max(100, Math.round(gamma(6, meanSpend / 6) * 100));
    Order.Builder builder = Order.builder(OrderId.of("#" + (100_000 + nextOrder++)), customer, at,
        Money.ofMinor(cents, EUR));
    int status = random.nextInt(100);
    builder.status(status < 3 ? OrderStatus.CANCELLED : status < 50 ? OrderStatus.PAID : OrderStatus.FULFILLED);
    builder.channel(hostile && random.nextInt(10) == 0 ? pick(HOSTILE) : channel);
    builder.country(hostile && random.nextInt(10) == 0 ? pick(HOSTILE) : pick(new String[] {"NL", "DE", "BE"}));
    if (first ? random.nextInt(10) < 3 : random.nextInt(10) == 0) {
      builder.discountCode(hostile && random.nextBoolean() ? pick(HOSTILE) : first ? "WELCOME10" : "LOYAL5");
    }
    String sku = hostile && random.nextInt(10) == 0 ? pick(HOSTILE) : pick(SKUS);
    builder.lineItem(sku, 1 + random.nextInt(2), Money.ofMinor(cents, EUR));
    int refund = random.nextInt(100);
    if (refund < 3) {
      builder.refund(Money.ofMinor(cents, EUR), at.plus(Duration.ofDays(5)));
    } else if (refund < 8) {
      builder.refund(Money.ofMinor(cents / 4, EUR), at.plus(Duration.ofDays(9)));
    }
    return builder.build();
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Draws from a gamma distribution (Marsaglia and Tsang), shape {@code k}, scale {@code theta}. */
  private double gamma(double k, double theta) {
    if (k < 1) {
      return gamma(k + 1, theta) * Math.pow(random.nextDouble(), 1 / k);
    }
    double d = k - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = normal();
      double v = Math.pow(1 + c * x, 3);
      if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v * theta;
      }
    }
  }

  private double normal() {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
