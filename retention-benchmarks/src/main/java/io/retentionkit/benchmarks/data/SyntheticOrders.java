package io.retentionkit.benchmarks.data;

import static java.util.Objects.requireNonNull;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A seeded generator of a realistic web-shop order log, for benchmarks: the same seed and settings always
 * give the same orders, on any machine.
 *
 * <h2>The process</h2>
 * Customers are generated one after another; each customer's orders follow the buy-till-you-die process
 * of the BG/NBD model with gamma-gamma spend, plus the attributes retention analysis reads:
 * <ol>
 *   <li><b>Acquisition.</b> The first order's date is drawn over the span with a volume that grows linearly
 *       to twice the first month's by the end, and with November and December 50 % busier; the time of day
 *       follows an evening-heavy profile in the shop's zone.
 *   <li><b>Repeat purchases.</b> Each customer has a purchase rate {@code λ ~ Gamma(0.9, 1/40)} per day
 *       (one order every 44 days on average, very dispersed) and a drop-out probability
 *       {@code p ~ Beta(0.7, 2.8)} after every order. The gap to the next order is exponential with rate
 *       {@code λ}; the customer stops after a drop-out or at the end of the span. Over 36 months this
 *       gives about five orders per customer, with a long tail of loyal customers.
 *   <li><b>Spend.</b> Each customer's mean order value is {@code Gamma(3, 20)} euros (or the same number of
 *       the chosen currency's major units); each order is {@code Gamma(4, mean / 4)}, at least 1 major unit,
 *       in whole minor units.
 *   <li><b>Status and refunds.</b> 2 % of orders are cancelled and 1 % failed; the rest are placed (2 %),
 *       paid (20 %) or fulfilled. 7 % of the other orders get a refund 1 to 30 days later, 40 % of them in
 *       full, otherwise 10 % to 90 % of the total.
 *   <li><b>Attributes.</b> 30 % of first orders and 10 % of repeat orders use a discount code. Each
 *       customer has a home channel (web 55 %, app 30 %, pos 10 %, marketplace 5 %) that 90 % of their
 *       orders use, and a country. Orders carry no line items, e-mail addresses or other personal data.
 * </ol>
 * Customer ids are strings, {@code "C0000001"} upwards ({@link #customerId}), so a benchmark pays for
 * hashing and comparing real text ids; order ids are {@code "O"} and a number.
 *
 * <p>Instances are immutable; each call of {@link #orders}, {@link #forEachOrder} or {@link #forEachRow}
 * regenerates the log. {@link #forEachRow} streams it as primitive values, so that logs far larger than
 * the heap could hold as {@link Order} objects can be fed to an {@code OrderLog} builder.
 */
public final class SyntheticOrders {
  /** The default shop's zone. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");
  /** The default shop's currency. */
  public static final Currency DEFAULT_CURRENCY = Currency.getInstance("EUR");
  /** The first day of the default span. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2022, 1, 1);
  /** The length of the default span in months. */
  public static final int DEFAULT_MONTHS = 36;
  /** The first day after the default span. */
  public static final LocalDate DEFAULT_END = DEFAULT_START.plusMonths(DEFAULT_MONTHS);
  /** The default shop's analysis policy: its zone and currency, the library's default rules. */
  public static final AnalysisPolicy DEFAULT_POLICY = AnalysisPolicy.of(DEFAULT_ZONE, DEFAULT_CURRENCY);

  private static final double RATE_SHAPE = 0.9;
  private static final double RATE_SCALE = 1.0 / 40;
  private static final double DROPOUT_ALPHA = 0.7;
  private static final double DROPOUT_BETA = 2.8;
  private static final double SPEND_MEAN_SHAPE = 3;
  private static final double SPEND_MEAN_SCALE = 20;
  private static final double ORDER_SPEND_SHAPE = 4;
  private static final double GROWTH = 1.0; // the last day sees (1 + GROWTH) times the first day's volume
  private static final double HOLIDAY_BOOST = 1.5;
  private static final int SECONDS_PER_DAY = 86_400;
  /** Relative order volume per local hour of the day, 0 to 23. */
  private static final double[] HOURLY = {
    1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.2, 2, 2.5, 2.8, 3, 3.2, 3, 2.8, 2.7, 2.8, 3, 3.5, 4.2, 4.8, 4.5, 3.4, 2};
  private static final String[] CHANNELS = {"web", "app", "pos", "marketplace"};
  private static final double[] CHANNEL_WEIGHTS = {0.55, 0.30, 0.10, 0.05};
  private static final String[] COUNTRIES = {"NL", "DE", "BE", "FR", "GB", "US"};
  private static final double[] COUNTRY_WEIGHTS = {0.45, 0.25, 0.12, 0.08, 0.06, 0.04};
  private static final String[] REPEAT_CODES = {"SPRING", "SUMMER", "AUTUMN", "WINTER", "VIP"};

  private final long seed;
  private final long customers;
  private final long orderLimit;
  private final ZoneId zone;
  private final Currency currency;
  private final LocalDate start;
  private final int months;

  private SyntheticOrders(Builder builder) {
    this.seed = builder.seed;
    this.customers = builder.customers;
    this.orderLimit = builder.orders;
    this.zone = builder.zone;
    this.currency = builder.currency;
    this.start = builder.start;
    this.months = builder.months;
  }

  /**
   * Returns exactly {@code orders} orders of the default shop (Europe/Amsterdam, euros, 36 months from
   * 2022-01-01), chronological.
   *
   * @param orders how many orders; positive
   * @param seed the seed
   * @return the orders; unmodifiable
   * @throws IllegalArgumentException if {@code orders} is not positive
   */
  public static List<Order> generate(int orders, long seed) {
    return newBuilder().orders(orders).seed(seed).build().orders();
  }

  /**
   * Returns a builder with the default shop; set either a number of customers or of orders.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns the id of the customer with the given 0-based index: {@code "C"} and at least seven digits.
   *
   * @param index the customer's index; not negative
   * @return the id text
   */
  public static String customerId(long index) {
    String digits = Long.toString(index + 1);
    return digits.length() >= 7 ? "C" + digits : "C" + "0".repeat(7 - digits.length()) + digits;
  }

  /**
   * Returns the whole log in chronological order (ties by order id), as a shop export lists it.
   *
   * @return the orders; unmodifiable
   */
  public List<Order> orders() {
    List<Order> orders = new ArrayList<>();
    forEachOrder(orders::add);
    orders.sort(Comparator.comparing(Order::placedAt).thenComparing(order -> order.id().value()));
    return List.copyOf(orders);
  }

  /**
   * Generates the log without keeping it, passing each order to {@code sink} customer by customer (each
   * customer's orders in time order); the same orders as {@link #orders()}.
   *
   * @param sink receives every order
   */
  public void forEachOrder(Consumer<Order> sink) {
    requireNonNull(sink, "sink");
    forEachRow(row -> sink.accept(row.toOrder(currency)));
  }

  /**
   * Generates the log as primitive values, without creating an {@link Order}: the same orders, in the
   * same sequence, as {@link #forEachOrder}. The generator passes one {@link Row} that it refills for
   * every order, so a sink copies what it keeps; 50 million orders stream through in constant memory.
   *
   * @param sink receives every order's row
   */
  public void forEachRow(Consumer<Row> sink) {
    requireNonNull(sink, "sink");
    new Run(sink).generate();
  }

  /**
   * One generated order as primitive values, refilled for every order by {@link #forEachRow}. Amounts are
   * in minor units of the generator's currency, instants in epoch seconds.
   */
  public static final class Row {
    private long customer;
    private String customerId;
    private long order;
    private long placedAtSecond;
    private long totalMinor;
    private OrderStatus status;
    private String channel;
    private String country;
    private String discountCode;
    private long refundMinor;
    private long refundedAtSecond;

    private Row() {}

    /** Returns the customer's 0-based index; customers are generated in index order. */
    public long customer() {
      return customer;
    }

    /** Returns the customer's id text, {@link #customerId(long)} of {@link #customer()}. */
    public String customerId() {
      return customerId;
    }

    /** Returns the order's 1-based number: its id is {@code "O"} and this number. */
    public long order() {
      return order;
    }

    /** Returns when the order was placed, in epoch seconds. */
    public long placedAtSecond() {
      return placedAtSecond;
    }

    /** Returns the order's total in minor units. */
    public long totalMinor() {
      return totalMinor;
    }

    /** Returns the order's status. */
    public OrderStatus status() {
      return status;
    }

    /** Returns the order's sales channel. */
    public String channel() {
      return channel;
    }

    /** Returns the order's country. */
    public String country() {
      return country;
    }

    /** Returns whether the order used a discount code. */
    public boolean hasDiscountCode() {
      return discountCode != null;
    }

    /** Returns the discount code; only meaningful if {@link #hasDiscountCode()}. */
    public String discountCode() {
      return discountCode;
    }

    /** Returns whether the order has a refund (it has at most one). */
    public boolean hasRefund() {
      return refundMinor > 0;
    }

    /** Returns the refund in minor units; 0 without one. */
    public long refundMinor() {
      return refundMinor;
    }

    /** Returns when the refund was made, in epoch seconds; only meaningful if {@link #hasRefund()}. */
    public long refundedAtSecond() {
      return refundedAtSecond;
    }

    /** Returns the order this row describes. */
    Order toOrder(Currency currency) {
      Order.Builder builder = Order.builder(OrderId.of("O" + order), CustomerId.of(customerId),
              Instant.ofEpochSecond(placedAtSecond), Money.ofMinor(totalMinor, currency))
          .status(status)
          .channel(channel)
          .country(country);
      if (discountCode != null) {
        builder.discountCode(discountCode);
      }
      if (refundMinor > 0) {
        builder.refund(Money.ofMinor(refundMinor, currency), Instant.ofEpochSecond(refundedAtSecond));
      }
      return builder.build();
    }
  }

  /** One generation: the random state and counters of a single pass. */
  private final class Run {
    private final Consumer<Row> sink;
    private final Row row = new Row();
    private final UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    private final ContinuousSampler rate = AhrensDieterMarsagliaTsangGammaSampler.of(random, RATE_SHAPE, RATE_SCALE);
    private final ContinuousSampler dropout = ChengBetaSampler.of(random, DROPOUT_ALPHA, DROPOUT_BETA);
    private final ContinuousSampler spendMean =
        AhrensDieterMarsagliaTsangGammaSampler.of(random, SPEND_MEAN_SHAPE, SPEND_MEAN_SCALE);
    private final ContinuousSampler orderSpend =
        AhrensDieterMarsagliaTsangGammaSampler.of(random, ORDER_SPEND_SHAPE, 1);
    private final ContinuousSampler exponential = ZigguratSampler.Exponential.of(random);
    private final int spanDays = Math.toIntExact(start.plusMonths(months).toEpochDay() - start.toEpochDay());
    /** Per day of the span: the epoch second of local midnight (DST-aware) and the month. */
    private final long[] midnights = new long[spanDays];
    private final int[] monthOfDay = new int[spanDays];
    private final long minorPerMajor = (long) Math.pow(10, currency.getDefaultFractionDigits());
    private long emitted;

    Run(Consumer<Row> sink) {
      this.sink = sink;
      for (int day = 0; day < spanDays; day++) {
        LocalDate date = start.plusDays(day);
        midnights[day] = date.atStartOfDay(zone).toEpochSecond();
        monthOfDay[day] = date.getMonthValue();
      }
    }

    void generate() {
      for (long customer = 0; customer < customers && emitted < orderLimit; customer++) {
        generateCustomer(customer);
      }
    }

    private void generateCustomer(long index) {
      row.customer = index;
      row.customerId = customerId(index);
      String homeChannel = pick(CHANNELS, CHANNEL_WEIGHTS);
      String country = pick(COUNTRIES, COUNTRY_WEIGHTS);
      double lambda = rate.sample();
      double dropOut = dropout.sample();
      double meanSpend = spendMean.sample();
      double day = acquisitionDay() + localTimeOfDay();
      for (int k = 0; day < spanDays && emitted < orderLimit; k++) {
        fillRow(k, day, homeChannel, country, meanSpend);
        sink.accept(row);
        emitted++;
        if (random.nextDouble() < dropOut) {
          return;
        }
        day += exponential.sample() / lambda;
      }
    }

    /** Fills the row with the customer's order {@code k}; the draws keep the sequence the seed fixes. */
    private void fillRow(int k, double day, String homeChannel, String country, double meanSpend) {
      // Days count from local midnight in the shop's zone, so that evening orders stay in the evening.
      int wholeDay = (int) day;
      long secondOfDay = (long) ((day - wholeDay) * SECONDS_PER_DAY);
      row.order = emitted + 1;
      row.placedAtSecond = midnights[wholeDay] + secondOfDay;
      double major = Math.max(1, orderSpend.sample() * meanSpend / ORDER_SPEND_SHAPE);
      row.totalMinor = Math.round(major * minorPerMajor);
      row.status = status();
      row.channel = random.nextDouble() < 0.9 ? homeChannel : pick(CHANNELS, CHANNEL_WEIGHTS);
      row.country = country;
      row.discountCode = null;
      if (k == 0 ? random.nextDouble() < 0.30 : random.nextDouble() < 0.10) {
        row.discountCode = k == 0 ? "WELCOME10" : REPEAT_CODES[random.nextInt(REPEAT_CODES.length)];
      }
      row.refundMinor = 0;
      if (random.nextDouble() < 0.07) {
        long minor = row.totalMinor;
        row.refundMinor = random.nextDouble() < 0.4 ? minor : Math.max(1, (long) (minor * (0.1 + 0.8 * random.nextDouble())));
        row.refundedAtSecond = row.placedAtSecond + (1 + random.nextInt(30)) * (long) SECONDS_PER_DAY;
      }
    }

    private OrderStatus status() {
      double draw = random.nextDouble();
      if (draw < 0.02) {
        return OrderStatus.CANCELLED;
      } else if (draw < 0.03) {
        return OrderStatus.FAILED;
      } else if (draw < 0.05) {
        return OrderStatus.PLACED;
      } else if (draw < 0.25) {
        return OrderStatus.PAID;
      }
      return OrderStatus.FULFILLED;
    }

    /** Draws a day of the span by rejection: linear growth and busy November and December. */
    private int acquisitionDay() {
      double maxWeight = (1 + GROWTH) * HOLIDAY_BOOST;
      while (true) {
        int day = random.nextInt(spanDays);
        double weight = (1 + GROWTH * day / spanDays) * (monthOfDay[day] >= 11 ? HOLIDAY_BOOST : 1);
        if (random.nextDouble() * maxWeight < weight) {
          return day;
        }
      }
    }

    /** Draws a time of day, as a fraction of a day, from the hourly profile. */
    private double localTimeOfDay() {
      int hour = pickIndex(HOURLY);
      return (hour + random.nextDouble()) / 24;
    }

    private String pick(String[] values, double[] weights) {
      return values[pickIndex(weights)];
    }

    private int pickIndex(double[] weights) {
      double total = 0;
      for (double weight : weights) {
        total += weight;
      }
      double draw = random.nextDouble() * total;
      for (int i = 0; i < weights.length - 1; i++) {
        draw -= weights[i];
        if (draw < 0) {
          return i;
        }
      }
      return weights.length - 1;
    }
  }

  /**
   * A mutable builder of a {@link SyntheticOrders}; not thread-safe.
   */
  public static final class Builder {
    private long seed;
    private long customers = Long.MAX_VALUE;
    private long orders = Long.MAX_VALUE;
    private ZoneId zone = DEFAULT_ZONE;
    private Currency currency = DEFAULT_CURRENCY;
    private LocalDate start = DEFAULT_START;
    private int months = DEFAULT_MONTHS;

    private Builder() {}

    /**
     * Sets the seed (default 0).
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /**
     * Generates the orders of this many customers (every order each of them places in the span).
     *
     * @param value how many customers; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder customers(long value) {
      requirePositive(value, "customers");
      customers = value;
      return this;
    }

    /**
     * Stops after exactly this many orders (the last customer's later orders are cut off).
     *
     * @param value how many orders; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not positive
     */
    public Builder orders(long value) {
      requirePositive(value, "orders");
      orders = value;
      return this;
    }

    /**
     * Sets the shop's zone (default {@link #DEFAULT_ZONE}).
     *
     * @param value the zone
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      zone = requireNonNull(value, "zone");
      return this;
    }

    /**
     * Sets the currency of every order (default {@link #DEFAULT_CURRENCY}).
     *
     * @param value the currency; with a minor unit
     * @return this builder
     */
    public Builder currency(Currency value) {
      currency = requireNonNull(value, "currency");
      return this;
    }

    /**
     * Sets the span: {@code months} calendar months from {@code first} (default 36 from 2022-01-01).
     *
     * @param first the first day of the span
     * @param monthCount the span's length in months; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code monthCount} is not positive
     */
    public Builder span(LocalDate first, int monthCount) {
      requirePositive(monthCount, "months");
      start = requireNonNull(first, "first");
      months = monthCount;
      return this;
    }

    /**
     * Returns the generator.
     *
     * @return the generator
     * @throws IllegalStateException if neither customers nor orders were set (the log would be endless)
     */
    public SyntheticOrders build() {
      if (customers == Long.MAX_VALUE && orders == Long.MAX_VALUE) {
        throw new IllegalStateException("customers or orders must be set to bound the log");
      }
      return new SyntheticOrders(this);
    }

    private static void requirePositive(long value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be positive: %d", name, value));
      }
    }
  }
}
