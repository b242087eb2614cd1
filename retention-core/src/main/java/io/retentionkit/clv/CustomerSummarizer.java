package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requireState;
import static java.util.Objects.requireNonNull;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.internal.ColumnarThreshold;
import io.retentionkit.internal.CustomerRanges;
import io.retentionkit.metrics.Accumulator;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.PeriodUnit;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns orders into the per-customer summaries the CLV models are fitted on: for each customer, x (repeat
 * transactions), t_x (time of the last purchase after the first), T (age) and m̄ (mean repeat spend) over
 * a calibration period, and optionally the transactions of a following holdout period.
 *
 * <p>Definitions, all under the shared {@link AnalysisPolicy}:
 * <ul>
 *   <li>Only {@linkplain AnalysisPolicy#qualifies qualifying} orders count; their shop-local
 *       {@linkplain AnalysisPolicy#localDate dates} are what is measured.</li>
 *   <li>A <em>transaction</em> is all of a customer's orders in one calendar period of the
 *       {@linkplain Builder#mergeUnit merge unit} (a day by default: two orders on one day are one
 *       transaction, their amounts added, as the published CDNOW results require). A transaction is dated
 *       at its earliest order. Merging is separate from the {@linkplain Builder#timeUnit time unit}, which
 *       only scales durations: CDNOW merges per day and measures in weeks. Periods never straddle the
 *       calibration end: orders on either side of it are different transactions.</li>
 *   <li>The calibration period runs from each customer's first purchase to {@code calibrationEnd}
 *       inclusive. x counts the customer's calibration transactions after the first; t_x is the days
 *       from the first transaction to the last calibration transaction, and T the days from the first
 *       transaction to {@code calibrationEnd}, both divided by the time unit's length.</li>
 *   <li>m̄ is the mean value of the x repeat transactions (the first transaction is excluded by date, not
 *       by input order), in the reporting currency. A transaction's value is the
 *       {@linkplain AnalysisPolicy#revenueAtOrderDateMinor revenue booked at the order date}; under
 *       {@link io.retentionkit.model.RefundPolicy#NET_AT_REFUND_DATE} a refund dated in the calibration
 *       period reduces its order's transaction, and one dated in the holdout period reduces the holdout
 *       spend instead. Refunds dated after the observation end are not known and not counted.</li>
 *   <li>With an {@code observationEnd}, the holdout period runs from the day after {@code calibrationEnd}
 *       to {@code observationEnd} inclusive, for the customers of the calibration period; customers whose
 *       first purchase falls in the holdout are excluded (and counted). Orders after the observation end
 *       (or, without a holdout, after the calibration end) are dropped and counted.</li>
 * </ul>
 *
 * <p>Calculators are immutable, thread-safe and reusable; build one with {@link #newBuilder()}.
 *
 * @since 0.1.0
 */
public final class CustomerSummarizer {
  private static final Logger LOG = LoggerFactory.getLogger(CustomerSummarizer.class);

  private final AnalysisPolicy policy;
  private final DurationUnit timeUnit;
  private final PeriodUnit mergeUnit;
  private final LocalDate calibrationEnd;
  private final Optional<LocalDate> observationEnd;

  private CustomerSummarizer(Builder builder) {
    this.policy = builder.policy;
    this.timeUnit = builder.timeUnit;
    this.mergeUnit = builder.mergeUnit == null ? PeriodUnit.DAY : builder.mergeUnit;
    this.calibrationEnd = builder.calibrationEnd;
    this.observationEnd = Optional.ofNullable(builder.observationEnd);
  }

  /**
   * Returns a builder; the policy, the time unit and the calibration end must be set.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns the summaries of {@code orders}. A collection of at least 20,000 orders is first turned into an
   * {@link OrderLog} and summarised in parallel ({@link #summarize(OrderLog)}); the summaries are the same
   * either way.
   *
   * @param orders the orders, in any order
   * @return the summaries
   * @throws NullPointerException if {@code orders} or an element is null
   * @throws IllegalArgumentException if an order's amount cannot be converted into the reporting currency
   * @throws IllegalStateException if there is a holdout period and no qualifying order falls in it
   */
  public CustomerSummaries summarize(Iterable<Order> orders) {
    requireNonNull(orders, "orders");
    if (orders instanceof Collection<?> collection && collection.size() >= ColumnarThreshold.MIN_ORDERS) {
      LOG.debug("Summarising {} orders through an order log", collection.size());
      return summarize(OrderLog.from(orders, policy));
    }
    CustomerSummaryAccumulator accumulator = newAccumulator();
    orders.forEach(accumulator);
    return accumulator.result();
  }

  /**
   * Returns the summaries of the orders in {@code log}, in two passes over the log in parallel over the
   * available cores. They equal the summaries {@link #summarize(Iterable)} computes from the same orders.
   *
   * @param log an order log built under this summarizer's policy
   * @return the summaries
   * @throws NullPointerException if {@code log} is null
   * @throws IllegalArgumentException if the log was built under another policy
   * @throws IllegalStateException if there is a holdout period and no qualifying order falls in it
   */
  public CustomerSummaries summarize(OrderLog log) {
    requireNonNull(log, "log");
    return LogSummaries.summarize(this, log, CustomerRanges.defaultRanges(log.orderCount()));
  }

  /**
   * Returns an empty accumulator with this configuration, for incremental, parallel or distributed runs.
   *
   * @return a new accumulator
   */
  public CustomerSummaryAccumulator newAccumulator() {
    return new CustomerSummaryAccumulator(this);
  }

  /**
   * Returns a collector of orders into summaries; safe for parallel streams.
   *
   * @return the collector
   */
  public Collector<Order, CustomerSummaryAccumulator, CustomerSummaries> collector() {
    return Accumulator.collector(this::newAccumulator);
  }

  /**
   * Returns the policy.
   *
   * @return the analysis policy
   */
  public AnalysisPolicy policy() {
    return policy;
  }

  /**
   * Returns the unit durations are measured in.
   *
   * @return the time unit
   */
  public DurationUnit timeUnit() {
    return timeUnit;
  }

  /**
   * Returns the calendar period within which a customer's orders form one transaction.
   *
   * @return the merge unit
   */
  public PeriodUnit mergeUnit() {
    return mergeUnit;
  }

  /**
   * Returns the last day of the calibration period.
   *
   * @return the calibration end, inclusive
   */
  public LocalDate calibrationEnd() {
    return calibrationEnd;
  }

  /**
   * Returns the last day of the holdout period, if there is one.
   *
   * @return the observation end, inclusive
   */
  public Optional<LocalDate> observationEnd() {
    return observationEnd;
  }

  /** Returns the last day any order is read: the observation end, else the calibration end. */
  LocalDate lastDay() {
    return observationEnd.orElse(calibrationEnd);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerSummarizer other
        && policy.equals(other.policy)
        && timeUnit == other.timeUnit
        && mergeUnit == other.mergeUnit
        && calibrationEnd.equals(other.calibrationEnd)
        && observationEnd.equals(other.observationEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, timeUnit, mergeUnit, calibrationEnd, observationEnd);
  }

  @Override
  public String toString() {
    return "CustomerSummarizer[timeUnit=" + timeUnit + ", mergeUnit=" + mergeUnit + ", calibrationEnd="
        + calibrationEnd + ", observationEnd=" + observationEnd.map(LocalDate::toString).orElse("none") + "]";
  }

  /**
   * A mutable builder of a {@link CustomerSummarizer}; not thread-safe. Each setting may be set once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private AnalysisPolicy policy;
    private DurationUnit timeUnit;
    private PeriodUnit mergeUnit;
    private LocalDate calibrationEnd;
    private LocalDate observationEnd;

    private Builder() {}

    /**
     * Sets the policy: qualifying orders, refunds, currency and time zone. Required.
     *
     * @param value the policy
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if already set
     */
    public Builder policy(AnalysisPolicy value) {
      requireState(policy == null, "policy must be set only once");
      policy = requireNonNull(value, "policy");
      return this;
    }

    /**
     * Sets the unit t_x, T and holdout lengths are measured in. Required.
     *
     * @param value the unit
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if already set
     */
    public Builder timeUnit(DurationUnit value) {
      requireState(timeUnit == null, "timeUnit must be set only once");
      timeUnit = requireNonNull(value, "timeUnit");
      return this;
    }

    /**
     * Sets the calendar period within which a customer's orders are one transaction (amounts added).
     * Defaults to {@link PeriodUnit#DAY}; weeks start on the policy's first day of the week.
     *
     * @param value the merge unit
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if already set
     */
    public Builder mergeUnit(PeriodUnit value) {
      requireState(mergeUnit == null, "mergeUnit must be set only once");
      mergeUnit = requireNonNull(value, "mergeUnit");
      return this;
    }

    /**
     * Sets the last day of the calibration period, inclusive. Required.
     *
     * @param value the shop-local date
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if already set
     */
    public Builder calibrationEnd(LocalDate value) {
      requireState(calibrationEnd == null, "calibrationEnd must be set only once");
      calibrationEnd = requireNonNull(value, "calibrationEnd");
      return this;
    }

    /**
     * Sets the last day of the holdout period, inclusive; without it there is no holdout.
     *
     * @param value the shop-local date; after the calibration end
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if already set
     */
    public Builder observationEnd(LocalDate value) {
      requireState(observationEnd == null, "observationEnd must be set only once");
      observationEnd = requireNonNull(value, "observationEnd");
      return this;
    }

    /**
     * Returns the calculator.
     *
     * @return the summarizer
     * @throws IllegalStateException if a required setting is missing
     * @throws IllegalArgumentException if the observation end is not after the calibration end
     */
    public CustomerSummarizer build() {
      requireState(policy != null, "policy must be set");
      requireState(timeUnit != null, "timeUnit must be set");
      requireState(calibrationEnd != null, "calibrationEnd must be set");
      requireArgument(observationEnd == null || observationEnd.isAfter(calibrationEnd),
          "observationEnd must be after calibrationEnd %s: %s", calibrationEnd, observationEnd);
      return new CustomerSummarizer(this);
    }
  }
}
