package io.retentionkit.io.demo;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.EmailAddress;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Simulates the demo shop's order log; {@link DemoShop} documents the process and its parameters. Every
 * draw comes from one seeded stream in a fixed sequence, so the log is reproducible.
 */
final class DemoGenerator {
  private static final double ARRIVALS_PER_DAY = 2.6;
  private static final double GROWTH_PER_YEAR = 0.3;
  /** The mean purchase rate is one order in this many days, before the channel's and code's multipliers. */
  private static final double DAYS_PER_ORDER = 60;
  /** The shape of the gamma distribution of purchase rates: below 1, a few customers order very often. */
  private static final double PURCHASE_RATE_SHAPE = 0.8;
  /** The lapse probability after each order is beta(LAPSE_A, LAPSE_B) distributed, mean 0.28. */
  private static final double LAPSE_A = 1.4;
  private static final double LAPSE_B = 3.6;
  /**
   * Replenishers' gaps are gamma distributed with this shape (an Erlang distribution with two phases):
   * more regular than the exponential gaps of other customers, not so regular that the count models,
   * which assume exponential gaps, misread them.
   */
  private static final double REPLENISHMENT_REGULARITY = 2;
  /** Extra units per line are Poisson with a customer's own mean, gamma distributed with this shape and mean. */
  private static final double EXTRA_UNITS_SHAPE = 1.5;
  private static final double EXTRA_UNITS_MEAN = 0.7;
  private static final double GUEST_SHARE = 0.25;
  private static final double ACCOUNT_AT_REPEAT_ORDER = 0.4;
  private static final double WELCOME_CODE_SHARE = 0.35;
  private static final double FREE_SAMPLE_SHARE = 0.03;
  private static final double NEWSLETTER_CODE_SHARE = 0.1;
  private static final double CANCELLED = 0.025;
  private static final double FAILED = 0.01;
  private static final double REFUNDED = 0.06;
  private static final double FULL_REFUND_SHARE = 0.4;
  private static final long FREE_SHIPPING_FROM_CENTS = 3500;
  private static final long SHIPPING_CENTS = 495;
  private static final String[] COUNTRIES = {"NL", "DE", "BE", "FR", "AT"};
  private static final double[] COUNTRY_SHARES = {0.55, 0.18, 0.15, 0.07, 0.05};

  private final Draws draws;
  private final Instant end;
  private final List<Draft> drafts = new ArrayList<>();
  private int customers;

  private DemoGenerator(long seed) {
    this.draws = new Draws(seed);
    this.end = DemoShop.END.atStartOfDay(DemoShop.ZONE).toInstant();
  }

  /** Returns the demo's orders, sorted by the instant they were placed and numbered in that order. */
  static List<Order> generate(long seed) {
    DemoGenerator generator = new DemoGenerator(seed);
    for (LocalDate day = DemoShop.FIRST_DAY; day.isBefore(DemoShop.END); day = day.plusDays(1)) {
      int arrivals = generator.draws.poisson(ARRIVALS_PER_DAY * growth(day) * season(day));
      for (int i = 0; i < arrivals; i++) {
        generator.simulateCustomer(day);
      }
    }
    return generator.numbered();
  }

  /** The shop grows: 30 % more new customers a day after a year. */
  private static double growth(LocalDate day) {
    return 1 + GROWTH_PER_YEAR * ChronoUnit.DAYS.between(DemoShop.FIRST_DAY, day) / 365.0;
  }

  /** Black Friday weekend brings three times the usual new customers, the gift season 1.8 times. */
  private static double season(LocalDate day) {
    if (isBlackFridayWeekend(day)) {
      return 3.0;
    }
    boolean giftSeason = (day.getMonth() == Month.NOVEMBER && day.getDayOfMonth() >= 20)
        || (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() <= 22);
    return giftSeason ? 1.8 : day.getMonth() == Month.JANUARY ? 0.8 : 1.0;
  }

  /** Friday after the fourth Thursday of November, to the Monday after ("Cyber Monday"). */
  private static boolean isBlackFridayWeekend(LocalDate day) {
    LocalDate friday = day.withMonth(11).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
        .plusDays(1);
    return !day.isBefore(friday) && !day.isAfter(friday.plusDays(3));
  }

  private static boolean isGiftSeason(LocalDate day) {
    return day.getMonth() == Month.NOVEMBER || day.getMonth() == Month.DECEMBER;
  }

  /** Draws one new customer acquired on {@code day} and places all their orders. */
  private void simulateCustomer(LocalDate day) {
    int number = ++customers;
    Channel channel = Channel.values()[draws.pick(Channel.shares())];
    String country = COUNTRIES[draws.pick(COUNTRY_SHARES)];
    Customer customer = new Customer(number, country, channel.allowsGuests() && draws.chance(GUEST_SHARE));

    boolean freeSample = draws.chance(FREE_SAMPLE_SHARE);
    Optional<Discount> welcome = freeSample ? Optional.empty()
        : isBlackFridayWeekend(day) ? Optional.of(Discount.BLACK_FRIDAY)
        : channel.allowsGuests() && draws.chance(WELCOME_CODE_SHARE) ? Optional.of(Discount.WELCOME)
        : Optional.empty();
    // Heterogeneity, as the "buy till you die" models assume it: each customer has their own purchase rate
    // (gamma) and lapse probability (beta), shifted by channel and by the deal that brought them, and their
    // own appetite (extra units per line), which makes their spend per order differ from others'.
    RepeatMultipliers shift = welcome.map(Discount::repeat).orElse(RepeatMultipliers.NONE).times(channel.repeat());
    double rate = shift.rate() * draws.gamma(PURCHASE_RATE_SHAPE, 1 / DAYS_PER_ORDER);
    double meanGapDays = 1 / rate;
    double lapse = shift.lapse() * draws.beta(LAPSE_A, LAPSE_B);
    double appetite = draws.gamma(EXTRA_UNITS_SHAPE, EXTRA_UNITS_MEAN);

    List<Line> firstBasket = freeSample ? List.of(new Line(Product.SAMPLE, 1)) : firstBasket(day, appetite);
    boolean replenisher = firstBasket.stream().anyMatch(line -> line.product().consumable());
    boolean drinksTea = firstBasket.stream().anyMatch(line -> line.product() == Product.TEA_100);
    Draft first = place(customer, day, channel.label(), firstBasket, welcome);
    if (first.fullyRefunded()) {
      lapse *= 1.6; // a first order sent back in full is a bad start
    }
    lapse = Math.min(0.95, lapse);

    LocalDate date = day;
    while (!draws.chance(lapse)) {
      double gap = replenisher ? draws.gamma(REPLENISHMENT_REGULARITY, meanGapDays) : draws.exponential(meanGapDays);
      date = date.plusDays(Math.max(1, Math.round(gap)));
      if (!date.isBefore(DemoShop.END)) {
        break;
      }
      if (customer.guest && draws.chance(ACCOUNT_AT_REPEAT_ORDER)) {
        customer.guest = false; // creates an account with the address they used as a guest
      }
      List<Line> basket = replenisher ? replenishment(drinksTea, appetite) : browse(date);
      Optional<Discount> code = draws.chance(NEWSLETTER_CODE_SHARE) ? Optional.of(Discount.NEWSLETTER)
          : Optional.empty();
      place(customer, date, repeatChannel(channel), basket, code);
    }
  }

  private String repeatChannel(Channel acquisition) {
    return switch (acquisition) {
      case APP -> Channel.APP.label();
      case POS, MARKETPLACE -> draws.chance(0.5) ? acquisition.label() : Channel.WEB.label();
      case WEB, SOCIAL -> Channel.WEB.label();
    };
  }

  /** One unit plus a Poisson number of extra units with the customer's own mean. */
  private int units(double appetite) {
    return 1 + draws.poisson(appetite);
  }

  private List<Line> firstBasket(LocalDate day, double appetite) {
    List<Line> lines = new ArrayList<>();
    if (isGiftSeason(day) && draws.chance(0.3)) {
      lines.add(new Line(Product.GIFT_BOX, 1));
      if (draws.chance(0.3)) {
        lines.add(new Line(Product.MUG, 1));
      }
    } else if (draws.chance(0.6)) {
      lines.add(new Line(draws.chance(0.7) ? Product.BEANS_250 : Product.TEA_100, units(appetite)));
      if (draws.chance(0.3)) {
        lines.add(new Line(Product.FILTERS_100, 1));
      }
    } else {
      Product[] durables = {Product.GRINDER, Product.KETTLE, Product.MUG};
      lines.add(new Line(durables[draws.pick(0.3, 0.3, 0.4)], 1));
      if (draws.chance(0.5)) {
        lines.add(new Line(Product.BEANS_250, 1));
      }
    }
    return lines;
  }

  private List<Line> replenishment(boolean drinksTea, double appetite) {
    List<Line> lines = new ArrayList<>();
    if (drinksTea) {
      lines.add(new Line(Product.TEA_100, units(appetite)));
    } else if (draws.chance(0.25)) {
      lines.add(new Line(Product.BEANS_1KG, units(appetite / 2)));
    } else {
      lines.add(new Line(Product.BEANS_250, units(appetite)));
    }
    if (draws.chance(0.25)) {
      lines.add(new Line(Product.FILTERS_100, 1));
    }
    if (draws.chance(0.05)) {
      lines.add(new Line(Product.MUG, 1));
    }
    return lines;
  }

  private List<Line> browse(LocalDate date) {
    Product[] choices = {Product.BEANS_250, Product.MUG, Product.TEA_100,
        isGiftSeason(date) ? Product.GIFT_BOX : Product.KETTLE};
    return List.of(new Line(choices[draws.pick(0.4, 0.2, 0.2, 0.2)], 1));
  }

  /** Places one order: its time of day, total, status and refund. */
  private Draft place(Customer customer, LocalDate date, String channel, List<Line> lines,
      Optional<Discount> discount) {
    LocalTime time = LocalTime.of(7, 0).plusSeconds(draws.between(0, 16 * 3600 - 1));
    Instant placedAt = date.atTime(time).atZone(DemoShop.ZONE).toInstant();
    long subtotal = lines.stream().mapToLong(Line::cents).sum();
    long off = discount.map(d -> Math.round(subtotal * d.percent() / 100.0)).orElse(0L);
    boolean shipping = subtotal > 0 && subtotal - off < FREE_SHIPPING_FROM_CENTS; // samples ship free
    long total = subtotal - off + (shipping ? SHIPPING_CENTS : 0);

    double outcome = draws.uniform();
    OrderStatus status = outcome < CANCELLED ? OrderStatus.CANCELLED
        : outcome < CANCELLED + FAILED ? OrderStatus.FAILED
        : Duration.between(placedAt, end).toDays() < 5 ? OrderStatus.PAID
        : OrderStatus.FULFILLED;
    Optional<Refunded> refund = refund(status, placedAt, total, lines);
    Draft draft = new Draft(placedAt, customer.number, customer.id(), customer.guest, customer.email(), channel,
        customer.country, discount.map(Discount::code), status, total, List.copyOf(lines), refund);
    drafts.add(draft);
    return draft;
  }

  /**
   * Cancelled orders that had been paid are refunded in full within hours; of the others, a few are
   * refunded in full or for one unit of one line, days or weeks later, if that is before the export.
   */
  private Optional<Refunded> refund(OrderStatus status, Instant placedAt, long total, List<Line> lines) {
    if (status == OrderStatus.FAILED || total == 0) {
      return Optional.empty();
    }
    if (status == OrderStatus.CANCELLED) {
      return draws.chance(0.5) ? Optional.of(new Refunded(total, placedAt.plus(Duration.ofHours(2))))
          : Optional.empty();
    }
    if (!draws.chance(REFUNDED)) {
      return Optional.empty();
    }
    long amount = draws.chance(FULL_REFUND_SHARE) ? total
        : Math.min(total, lines.get(draws.between(0, lines.size() - 1)).product().priceCents());
    Instant refundedAt = placedAt.plusSeconds(Math.round((2 + draws.exponential(6)) * 86_400));
    return refundedAt.isBefore(end) ? Optional.of(new Refunded(amount, refundedAt)) : Optional.empty();
  }

  /** Sorts the drafts by instant (then customer, then placement) and builds them with order ids. */
  private List<Order> numbered() {
    List<Draft> sorted = new ArrayList<>(drafts);
    sorted.sort(Comparator.comparing(Draft::placedAt).thenComparingInt(Draft::customer));
    List<Order> orders = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      orders.add(sorted.get(i).build(OrderId.of(Integer.toString(100_001 + i))));
    }
    return List.copyOf(orders);
  }

  /** A customer being simulated; {@code guest} turns false when they create an account. */
  private static final class Customer {
    final int number;
    final String country;
    boolean guest;

    Customer(int number, String country, boolean guest) {
      this.number = number;
      this.country = country;
      this.guest = guest;
    }

    EmailAddress email() {
      return EmailAddress.of(String.format(Locale.ROOT, "customer%05d@example.com", number));
    }

    CustomerId id() {
      return guest ? CustomerId.ofEmail(email())
          : CustomerId.of(String.format(Locale.ROOT, "C%05d", number));
    }
  }

  /** The discount codes: who uses them, how much they take off, and how their users behave. */
  private enum Discount {
    WELCOME("WELCOME10", 10, 0.7, 1.35),
    BLACK_FRIDAY("BLACKFRIDAY25", 25, 0.6, 1.5),
    NEWSLETTER("NEWSLETTER5", 5, 1.0, 1.0);

    private final String code;
    private final int percent;
    private final RepeatMultipliers repeat;

    Discount(String code, int percent, double rate, double lapse) {
      this.code = code;
      this.percent = percent;
      this.repeat = new RepeatMultipliers(rate, lapse);
    }

    String code() {
      return code;
    }

    int percent() {
      return percent;
    }

    /** How the code shifts the repeat behaviour of the customers it brought in. */
    RepeatMultipliers repeat() {
      return repeat;
    }
  }

  private record Line(Product product, int quantity) {
    long cents() {
      return product.priceCents() * quantity;
    }
  }

  private record Refunded(long cents, Instant at) {}

  private record Draft(Instant placedAt, int customer, CustomerId customerId, boolean guest, EmailAddress email,
      String channel, String country, Optional<String> discountCode, OrderStatus status, long totalCents,
      List<Line> lines, Optional<Refunded> refund) {

    boolean fullyRefunded() {
      return refund.filter(r -> r.cents() == totalCents).isPresent();
    }

    Order build(OrderId id) {
      Order.Builder order = Order.builder(id, customerId, placedAt, Money.ofMinor(totalCents, DemoShop.CURRENCY))
          .status(status)
          .email(email)
          .guestCheckout(guest)
          .channel(channel)
          .country(country);
      discountCode.ifPresent(order::discountCode);
      refund.ifPresent(r -> order.refund(Money.ofMinor(r.cents(), DemoShop.CURRENCY), r.at()));
      for (Line line : lines) {
        order.lineItem(line.product().sku(), line.quantity(), Money.ofMinor(line.cents(), DemoShop.CURRENCY));
      }
      return order.build();
    }
  }
}
