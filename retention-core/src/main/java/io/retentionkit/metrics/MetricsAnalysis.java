package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requireState;
import static java.util.Objects.requireNonNull;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.internal.ColumnarThreshold;
import io.retentionkit.internal.CustomerRanges;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes every order-derived retention metric of a window in one pass over the orders: the entry point
 * of this package. The metrics and their definitions are listed in the {@link io.retentionkit.metrics
 * package documentation}.
 *
 * <p>Configure it with {@link #newBuilder}; every setting has a documented default:
 * <ul>
 *   <li>{@linkplain Builder#lookBackDays look-back} of activity: {@value #DEFAULT_LOOK_BACK_DAYS} days;
 *   <li>{@linkplain Builder#churnThresholdDays churn inactivity threshold}: the look-back;
 *   <li>{@linkplain Builder#secondPurchaseDays second-purchase follow-up}:
 *       {@value #DEFAULT_SECOND_PURCHASE_DAYS} days;
 *   <li>{@linkplain Builder#paretoFraction Pareto top fraction}: {@value #DEFAULT_PARETO_FRACTION};
 *   <li>{@linkplain Builder#margin simple-CLV margin}: {@value #DEFAULT_MARGIN} (a revenue CLV);
 *   <li>{@linkplain Builder#expectedLifespan simple-CLV lifespan}: {@code 1 / churn rate} windows.
 * </ul>
 *
 * <p>Immutable and thread-safe; one instance can analyse any number of windows, concurrently.
 *
 * @since 0.1.0
 */
public final class MetricsAnalysis {
  private static final Logger LOG = LoggerFactory.getLogger(MetricsAnalysis.class);

  /** The default activity look-back, in days. */
  public static final int DEFAULT_LOOK_BACK_DAYS = 365;
  /** The default second-purchase follow-up, in days. */
  public static final int DEFAULT_SECOND_PURCHASE_DAYS = 90;
  /** The default fraction of top customers for the Pareto share. */
  public static final double DEFAULT_PARETO_FRACTION = 0.2;
  /** The default margin of the simple CLV: 1, so that it is a revenue CLV. */
  public static final double DEFAULT_MARGIN = 1.0;

  private final AnalysisPolicy policy;
  private final int lookBackDays;
  private final int churnThresholdDays;
  private final int secondPurchaseDays;
  private final double paretoFraction;
  private final double margin;
  private final OptionalDouble expectedLifespan;

  private MetricsAnalysis(Builder builder) {
    this.policy = builder.policy;
    this.lookBackDays = builder.lookBackDays == 0 ? DEFAULT_LOOK_BACK_DAYS : builder.lookBackDays;
    this.churnThresholdDays = builder.churnThresholdDays == 0 ? lookBackDays : builder.churnThresholdDays;
    this.secondPurchaseDays =
        builder.secondPurchaseDays == 0 ? DEFAULT_SECOND_PURCHASE_DAYS : builder.secondPurchaseDays;
    this.paretoFraction = Double.isNaN(builder.paretoFraction) ? DEFAULT_PARETO_FRACTION : builder.paretoFraction;
    this.margin = Double.isNaN(builder.margin) ? DEFAULT_MARGIN : builder.margin;
    this.expectedLifespan = builder.expectedLifespan;
  }

  /**
   * Returns a builder for an analysis under {@code policy}, with every other setting at its default.
   *
   * @param policy the zone, reporting currency, refund policy and qualifying-order rule to apply
   * @return a new builder
   * @throws NullPointerException if {@code policy} is null
   */
  public static Builder newBuilder(AnalysisPolicy policy) {
    return new Builder(policy);
  }

  /**
   * Returns the metrics of {@code window}, as of its end, looking at each order once. A collection of at
   * least 20,000 orders is first turned into an {@link OrderLog} and analysed in parallel
   * ({@link #analyze(OrderLog, Period)}); the summary is the same either way.
   *
   * @param orders the orders, in any order; those that do not qualify or are dated on or after the
   *     window's end are counted and otherwise ignored
   * @param window the window, in the policy's zone
   * @return the summary
   * @throws NullPointerException if an argument or an order is null
   * @throws IllegalArgumentException if {@code window} is in another zone than the policy, or an amount
   *     cannot be converted into the reporting currency (the message names both currencies)
   * @throws ArithmeticException if a revenue sum overflows a {@code long} of minor units
   */
  public MetricsSummary analyze(Iterable<Order> orders, Period window) {
    requireNonNull(orders, "orders");
    if (orders instanceof Collection<?> collection && collection.size() >= ColumnarThreshold.MIN_ORDERS) {
      newAccumulator(window); // validates the window before the log is built
      LOG.debug("Computing the metrics of {} orders through an order log", collection.size());
      return analyze(OrderLog.from(orders, policy), window);
    }
    MetricsAccumulator accumulator = newAccumulator(window);
    for (Order order : orders) {
      accumulator.accept(order);
    }
    return accumulator.result();
  }

  /**
   * Returns the metrics of {@code window}, as of its end, from the orders in {@code log}, in one pass over
   * the log in parallel over the available cores. The summary equals the one
   * {@link #analyze(Iterable, Period)} computes from the same orders.
   *
   * @param log an order log built under this analysis' policy
   * @param window the window, in the policy's zone
   * @return the summary
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the log was built under another policy, or {@code window} is in
   *     another zone than the policy
   * @throws ArithmeticException if a revenue sum overflows a {@code long} of minor units
   */
  public MetricsSummary analyze(OrderLog log, Period window) {
    requireNonNull(log, "log");
    newAccumulator(window); // validates the window
    return LogMetrics.analyze(this, log, window, CustomerRanges.defaultRanges(log.orderCount()));
  }

  /**
   * Returns an empty accumulator of the metrics of {@code window}, to feed orders incrementally or to
   * combine partial results; {@link #analyze} is exactly this accumulator fed every order.
   *
   * @param window the window, in the policy's zone
   * @return the accumulator
   * @throws NullPointerException if {@code window} is null
   * @throws IllegalArgumentException if {@code window} is in another zone than the policy
   */
  public MetricsAccumulator newAccumulator(Period window) {
    requireNonNull(window, "window");
    requireArgument(window.zone().equals(policy.zone()), "window zone must be the policy's zone %s: %s",
        policy.zone(), window.zone());
    return new MetricsAccumulator(this, window);
  }

  /**
   * Returns a collector of the metrics of {@code window}; safe for parallel streams, and equal in result
   * to {@link #analyze}.
   *
   * @param window the window, in the policy's zone
   * @return the collector
   * @throws NullPointerException if {@code window} is null
   * @throws IllegalArgumentException if {@code window} is in another zone than the policy
   */
  public Collector<Order, MetricsAccumulator, MetricsSummary> collector(Period window) {
    newAccumulator(window); // validates the window now rather than at the first order
    return Accumulator.collector(() -> newAccumulator(window));
  }

  /**
   * Returns every customer's historical lifetime value as of {@code asOfExclusive}: the net revenue of
   * their qualifying orders dated before it, that is their totals minus the refunds also dated before it.
   * A refund dated on or after {@code asOfExclusive} is not deducted, so the value never looks ahead of the
   * date. {@link MetricsSummary#historicalClv()} summarises the same values for a window's end.
   *
   * @param orders the orders, in any order
   * @param asOfExclusive the first shop-local date not counted
   * @return one value per customer with a qualifying order before the date, sorted by customer id;
   *     unmodifiable
   * @throws NullPointerException if an argument or an order is null
   * @throws IllegalArgumentException if an amount cannot be converted into the reporting currency
   * @throws ArithmeticException if a customer's revenue overflows a {@code long} of minor units
   */
  public List<CustomerValue> historicalClv(Iterable<Order> orders, LocalDate asOfExclusive) {
    requireNonNull(orders, "orders");
    requireNonNull(asOfExclusive, "asOfExclusive");
    Map<CustomerId, long[]> ordersAndNet = new HashMap<>();
    for (Order order : orders) {
      requireNonNull(order, "order");
      if (policy.qualifies(order) && policy.localDate(order.placedAt()).isBefore(asOfExclusive)) {
        long net = RefundsAsOf.netMinor(policy, order, asOfExclusive.toEpochDay());
        long[] sums = ordersAndNet.computeIfAbsent(order.customerId(), id -> new long[2]);
        sums[0]++;
        sums[1] = Math.addExact(sums[1], net);
      }
    }
    List<CustomerValue> values = new ArrayList<>(ordersAndNet.size());
    ordersAndNet.forEach((id, sums) ->
        values.add(new CustomerValue(id, sums[0], Money.ofMinor(sums[1], policy.reportingCurrency()))));
    values.sort((a, b) -> a.customerId().compareTo(b.customerId()));
    return List.copyOf(values);
  }

  /**
   * Returns the policy applied to every order.
   *
   * @return the policy
   */
  public AnalysisPolicy policy() {
    return policy;
  }

  /**
   * Returns the activity look-back: a customer is active at a date {@code d} when they have a qualifying
   * order dated in {@code [d − lookBackDays, d)}.
   *
   * @return the look-back in days
   */
  public int lookBackDays() {
    return lookBackDays;
  }

  /**
   * Returns the churn inactivity threshold: a customer active at the window's start has churned when they
   * have no qualifying order dated in {@code [end − churnThresholdDays, end)}.
   *
   * @return the threshold in days
   */
  public int churnThresholdDays() {
    return churnThresholdDays;
  }

  /**
   * Returns the follow-up period of the second-purchase rate.
   *
   * @return the period in days
   */
  public int secondPurchaseDays() {
    return secondPurchaseDays;
  }

  /**
   * Returns the fraction of top customers whose revenue share the Pareto share reports.
   *
   * @return the fraction, in {@code (0, 1]}
   */
  public double paretoFraction() {
    return paretoFraction;
  }

  /**
   * Returns the margin the simple CLV applies to revenue.
   *
   * @return the margin, in {@code (0, 1]}
   */
  public double margin() {
    return margin;
  }

  /**
   * Returns the expected customer lifespan the simple CLV uses, in windows, if one was given.
   *
   * @return the lifespan, or empty to derive it as {@code 1 / churn rate}
   */
  public OptionalDouble expectedLifespan() {
    return expectedLifespan;
  }

  /**
   * Returns whether {@code other} is an analysis with equal settings and an equal policy; accumulators
   * of equal analyses can be combined.
   *
   * @param other the object to compare with
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof MetricsAnalysis that
        && policy.equals(that.policy)
        && lookBackDays == that.lookBackDays
        && churnThresholdDays == that.churnThresholdDays
        && secondPurchaseDays == that.secondPurchaseDays
        && Double.compare(paretoFraction, that.paretoFraction) == 0
        && Double.compare(margin, that.margin) == 0
        && expectedLifespan.equals(that.expectedLifespan);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(policy, lookBackDays, churnThresholdDays, secondPurchaseDays, paretoFraction, margin,
        expectedLifespan);
  }

  /**
   * Returns the settings, for logs and error messages.
   *
   * @return a description of the settings
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "MetricsAnalysis[lookBackDays=%d, churnThresholdDays=%d, secondPurchaseDays=%d, paretoFraction=%s, "
            + "margin=%s, expectedLifespan=%s, policy=%s]",
        lookBackDays, churnThresholdDays, secondPurchaseDays, paretoFraction, margin, expectedLifespan, policy);
  }

  /**
   * A mutable builder of a {@link MetricsAnalysis}; not thread-safe. Each setter checks its argument at
   * once and may be called only once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final AnalysisPolicy policy;
    private int lookBackDays;
    private int churnThresholdDays;
    private int secondPurchaseDays;
    private double paretoFraction = Double.NaN;
    private double margin = Double.NaN;
    private OptionalDouble expectedLifespan = OptionalDouble.empty();

    private Builder(AnalysisPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
    }

    /**
     * Sets the activity look-back (default {@value MetricsAnalysis#DEFAULT_LOOK_BACK_DAYS} days): a
     * customer is active at a date {@code d} when they have a qualifying order dated in
     * {@code [d − days, d)}.
     *
     * @param days the look-back in days; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is not positive
     * @throws IllegalStateException if the look-back was already set
     */
    public Builder lookBackDays(int days) {
      requireState(lookBackDays == 0, "lookBackDays must be set only once: %d", lookBackDays);
      requireArgument(days > 0, "lookBackDays must be positive: %d", days);
      lookBackDays = days;
      return this;
    }

    /**
     * Sets the churn inactivity threshold (default: the look-back): a customer active at the window's
     * start has churned when they have no qualifying order dated in {@code [end − days, end)}.
     *
     * @param days the threshold in days; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is not positive
     * @throws IllegalStateException if the threshold was already set
     */
    public Builder churnThresholdDays(int days) {
      requireState(churnThresholdDays == 0, "churnThresholdDays must be set only once: %d", churnThresholdDays);
      requireArgument(days > 0, "churnThresholdDays must be positive: %d", days);
      churnThresholdDays = days;
      return this;
    }

    /**
     * Sets the follow-up period of the second-purchase rate (default
     * {@value MetricsAnalysis#DEFAULT_SECOND_PURCHASE_DAYS} days).
     *
     * @param days the period in days; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is not positive
     * @throws IllegalStateException if the period was already set
     */
    public Builder secondPurchaseDays(int days) {
      requireState(secondPurchaseDays == 0, "secondPurchaseDays must be set only once: %d", secondPurchaseDays);
      requireArgument(days > 0, "secondPurchaseDays must be positive: %d", days);
      secondPurchaseDays = days;
      return this;
    }

    /**
     * Sets the fraction of top customers for the Pareto share (default
     * {@value MetricsAnalysis#DEFAULT_PARETO_FRACTION}).
     *
     * @param fraction the fraction, in {@code (0, 1]}
     * @return this builder
     * @throws IllegalArgumentException if {@code fraction} is not in {@code (0, 1]}
     * @throws IllegalStateException if the fraction was already set
     */
    public Builder paretoFraction(double fraction) {
      requireState(Double.isNaN(paretoFraction), "paretoFraction must be set only once: %s", paretoFraction);
      requireArgument(fraction > 0 && fraction <= 1, "paretoFraction must lie in (0, 1]: %s", fraction);
      paretoFraction = fraction;
      return this;
    }

    /**
     * Sets the margin the simple CLV applies to revenue (default {@value MetricsAnalysis#DEFAULT_MARGIN},
     * a revenue CLV).
     *
     * @param value the margin, in {@code (0, 1]}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is not in {@code (0, 1]}
     * @throws IllegalStateException if the margin was already set
     */
    public Builder margin(double value) {
      requireState(Double.isNaN(margin), "margin must be set only once: %s", margin);
      requireArgument(value > 0 && value <= 1, "margin must lie in (0, 1]: %s", value);
      margin = value;
      return this;
    }

    /**
     * Sets the expected customer lifespan the simple CLV uses, in windows (default: {@code 1 / churn
     * rate}, undefined when the churn rate is).
     *
     * @param windows the lifespan in windows of the analysed length; positive and finite
     * @return this builder
     * @throws IllegalArgumentException if {@code windows} is not positive and finite
     * @throws IllegalStateException if the lifespan was already set
     */
    public Builder expectedLifespan(double windows) {
      requireState(expectedLifespan.isEmpty(), "expectedLifespan must be set only once: %s", expectedLifespan);
      requireArgument(Double.isFinite(windows) && windows > 0, "expectedLifespan must be positive and finite: %s",
          windows);
      expectedLifespan = OptionalDouble.of(windows);
      return this;
    }

    /**
     * Returns the analysis.
     *
     * @return the immutable analysis
     */
    public MetricsAnalysis build() {
      return new MetricsAnalysis(this);
    }
  }
}
