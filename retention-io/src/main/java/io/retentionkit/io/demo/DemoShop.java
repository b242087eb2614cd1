package io.retentionkit.io.demo;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * The built-in demo shop: two years of orders of a small coffee and tea web shop in Amsterdam, generated
 * from a fixed seed, so that every metric, every cohort setting and the CLV models have something to show
 * without a real export. {@code retention metrics --demo} analyses it; {@code retention demo} writes it as a
 * generic CSV.
 *
 * <h2>The generation process</h2>
 * All randomness comes from one {@link java.util.SplittableRandom} seeded with {@value #SEED} and from
 * {@link StrictMath}, so the log is identical on every JVM. Dates are local to {@link #ZONE}, amounts are in
 * {@link #CURRENCY}; the history covers [{@link #FIRST_DAY}, {@link #END}).
 * <ol>
 *   <li><b>Arrivals.</b> Each day brings a Poisson number of new customers: 2.6 a day, growing linearly by
 *       30 % a year, 1.8 times as many in the gift season (20 November to 22 December), three times as many
 *       on the Black Friday weekend (Friday to Cyber Monday) and 0.8 times as many in January.
 *   <li><b>Acquisition.</b> Each customer comes through a channel, which is their first order's
 *       {@code channel}: {@code web} 46 %, {@code social} 16 %, {@code marketplace} 16 %, {@code app} 12 %,
 *       {@code pos} (the shop's own counter) 10 %. Channels differ in repeat behaviour: app customers order
 *       1.5 times as often and lapse less, marketplace customers order 0.6 times as often and lapse 1.5
 *       times as readily. Repeat orders come through {@code web}, except for app customers (who stay in
 *       the app) and half of the repeat orders of marketplace and counter customers. A country is drawn
 *       per customer: NL 55 %, DE 18 %, BE 15 %, FR 7 %, AT 5 %.
 *   <li><b>Discount codes.</b> A new customer on the Black Friday weekend uses {@code BLACKFRIDAY25}
 *       (25 % off); otherwise 35 % of new web and social customers use {@code WELCOME10} (10 % off). Deal
 *       seekers repeat less: {@code WELCOME10} buyers order 0.7 times as often and lapse 1.35 times as
 *       readily, {@code BLACKFRIDAY25} buyers 0.6 and 1.5 times. One repeat order in ten uses
 *       {@code NEWSLETTER5} (5 % off).
 *   <li><b>Repeat behaviour</b> ("buy till you die", drawn the way the CLV models assume it). Each customer
 *       has their own purchase rate, gamma distributed with shape 0.8 and a mean of one order in 60 days
 *       (so a few customers order very often and many seldom), times their channel's and code's rate
 *       multipliers; and their own chance to lapse after each order, beta(1.4, 3.6) distributed (mean 28 %)
 *       times their multipliers, capped at 95 %. After each order, the first included, they lapse with that
 *       chance; otherwise they order again after a gap, rounded to whole days (at least one), unless that
 *       falls after the history. A first order refunded in full multiplies the chance to lapse by 1.6.
 *       Rates and lapse probabilities are independent of each other but for the multipliers, which make
 *       deal seekers and marketplace buyers both slower and quicker to lapse.
 *   <li><b>Products and replenishment.</b> SKUs: {@code BEANS-250} (EUR 8.50), {@code BEANS-1KG} (29.00),
 *       {@code TEA-100} (7.00), {@code FILTERS-100} (4.50) are consumables; {@code MUG} (12.00),
 *       {@code GRINDER} (89.00), {@code KETTLE} (49.00), {@code GIFT-BOX} (35.00) are not. A first order is
 *       a gift box in 30 % of gift-season orders, else consumables (beans or tea, 60 %) or an appliance or
 *       mug (40 %). Customers whose first order holds a consumable <em>replenish</em>: their repeat orders
 *       are more of the same and their gaps are more regular (gamma with shape 2, an Erlang distribution
 *       with two phases, same mean) than the exponential gaps of others. Each customer has an appetite:
 *       their beans and tea lines hold one unit plus a Poisson number with their own mean, gamma
 *       distributed with shape 1.5 and mean 0.7 (half of it for 1 kg bags), so customers' order values
 *       differ as the spend model assumes. 3 % of new customers start with a free {@code SAMPLE} (a
 *       zero-value order).
 *   <li><b>Totals.</b> The sum of the lines (price × quantity), minus the code's discount (rounded to the
 *       cent), plus EUR 4.95 shipping below EUR 35.00 (samples ship free). Line amounts are before
 *       discount.
 *   <li><b>Status and refunds.</b> 2.5 % of orders are cancelled (half of them refunded in full two hours
 *       later) and 1 % fail; the rest are fulfilled, or paid if placed in the last five days. 6 % of the
 *       others are refunded, 40 % of those in full and the rest for one unit of one line, after 2 days plus
 *       an exponential 6 days; a refund that would fall after the history has not happened yet.
 *   <li><b>Guests and accounts.</b> A quarter of new web and social customers check out as guests: their
 *       orders have {@code guestCheckout} set and the customer id
 *       {@link io.retentionkit.model.CustomerId#ofEmail} of their address. At each repeat order a guest
 *       creates an account with 40 % chance, after which their orders carry the account id
 *       {@code C<number>} and the same e-mail address, so that identity resolution by id and then e-mail
 *       joins them into one customer. Addresses are {@code customer<number>@example.com}.
 *   <li><b>Numbering.</b> Orders are sorted by the instant they were placed and numbered from 100001.
 * </ol>
 *
 * <p>The purchase and lapse processes are close enough to the assumptions of the "buy till you die"
 * models that BG/NBD, Pareto/NBD, MBG/NBD and Gamma-Gamma all find an interior maximum with standard
 * errors on the demo, and predict its second half of 2024 within 10 %; the replenishers' regular gaps,
 * the multipliers shared by rate and lapse, and the refunds and cancellations are the departures from
 * them that a real shop shows too. Do not read the demo's fitted parameters as those of any real shop.
 *
 * <p>This class is a holder of constants and of one immutable, thread-safe list; it cannot be instantiated.
 *
 * @since 0.1.0
 */
public final class DemoShop {
  /** The shop's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  /** The currency of every order. */
  public static final Currency CURRENCY = Currency.getInstance("EUR");
  /** The first day of the history. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  /** The first day after the history: the export was taken at its start. */
  public static final LocalDate END = LocalDate.of(2025, 1, 1);
  /** The seed of the generator. */
  public static final long SEED = 20_230_101L;

  private DemoShop() {}

  /**
   * Returns the demo shop's orders.
   *
   * @return the orders, sorted by the instant they were placed; unmodifiable, and the same on every call
   */
  public static List<Order> orders() {
    return Orders.ALL;
  }

  /**
   * Returns the demo shop's default analysis policy: its zone and currency, with the library's defaults for
   * everything else.
   *
   * @return the policy
   */
  public static AnalysisPolicy policy() {
    return AnalysisPolicy.of(ZONE, CURRENCY);
  }

  /** Generates the orders on first use only. */
  private static final class Orders {
    static final List<Order> ALL = DemoGenerator.generate(SEED);
  }
}
