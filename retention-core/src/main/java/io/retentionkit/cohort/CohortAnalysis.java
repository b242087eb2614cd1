package io.retentionkit.cohort;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes acquisition-cohort tables from orders: rows are the customers who first bought in one period,
 * columns are the periods since, and each cell says how many of them came back, how often they ordered and
 * what they spent.
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li><b>Qualifying orders.</b> Only orders the policy's {@link io.retentionkit.model.QualifyingOrders}
 *       rule accepts count (by default all but cancelled and failed ones; optionally no fully refunded or
 *       zero-value ones). Orders and refunds at or after the as-of instant are ignored, as if the analysis
 *       ran at that instant: an order refunded in full only later still qualifies under a rule that
 *       excludes fully refunded orders. {@link CohortTable#input()} counts every order left out.
 *   <li><b>Cohort.</b> A customer ({@link Order#customerId()}; resolve identities first with
 *       {@link io.retentionkit.model.IdentityResolver}) joins the cohort of the {@linkplain #granularity()
 *       granularity} period, in the policy's time zone, that holds their first qualifying order: the
 *       earliest, ties broken by the smaller order id. With a {@linkplain #breakdown() breakdown}, the
 *       cohort is further split by the breakdown's key of that first order.
 *   <li><b>Offsets.</b> A date's offset is the number of whole periods between the cohort's period and the
 *       date's period (calendar-aligned: day, week starting on the policy's first day of the week, month,
 *       quarter, year); or, with {@linkplain #rollingDays() rolling windows of N days}, the number of
 *       whole N-day windows between the customer's own first-order date and the date, counting shop-local
 *       calendar days (a 23-hour day of a daylight-saving change is one day).
 *   <li><b>Columns.</b> The {@linkplain #returns() return criterion} decides which offsets a column
 *       spans: offset {@code k} alone ({@link ReturnCriterion#ON}), offsets {@code k} and later
 *       ({@link ReturnCriterion#ON_OR_AFTER}), or one caller-supplied {@linkplain OffsetBracket bracket}
 *       ({@link ReturnCriterion#BRACKETS}). {@link #maxOffset()} caps the number of columns.
 *   <li><b>Cell values.</b> Over the offsets of the column's span: <em>active customers</em> are the cohort
 *       members with a qualifying order there; <em>orders</em> counts those orders; <em>revenue</em> sums
 *       their revenue, exactly, in the reporting currency, as the policy's refund policy books it:
 *       the gross total ({@code GROSS}) or the net total ({@code NET_AT_ORDER_DATE}) at the order's date,
 *       or the gross total at the order's date and each refund, negative, at the offset holding the
 *       refund's date ({@code NET_AT_REFUND_DATE}). The ratios are in {@link CohortValues}: retention rate
 *       = active / size, orders and revenue per cohort customer = orders / size and revenue / size,
 *       revenue retention = revenue / the cohort's revenue at offset 0.
 *   <li><b>Cumulative values.</b> Over the spans of columns 0 to {@code j}: orders and revenue are running
 *       totals, and the customer count is of members who <em>returned</em> there, with a qualifying order
 *       other than their first (the first is in every member's column 0, which would make the count the
 *       whole cohort). Cumulative retention at column {@code j} is thus the share of the cohort that has
 *       come back by then; cumulative revenue per customer is the lifetime-value curve.
 *   <li><b>Right-censoring.</b> A cell is complete when its span's last period (or the last window of the
 *       cohort period's last possible member) was over at the as-of instant; otherwise it holds what was
 *       observed so far and is flagged incomplete. Cells whose span had not begun are absent. The average
 *       row adds up, per column, the cohorts whose cell is complete: average retention is
 *       {@code Σ active / Σ size} over them.
 *   <li><b>As-of instant.</b> Events strictly before it are observed. If none is {@linkplain
 *       Builder#asOf set}, it is derived from the data and never from a clock: the start of the shop-local
 *       day after the latest date of an event (an order placed, qualifying or not, or a refund made) in
 *       the input, which assumes the data are complete through that day. Pass it explicitly when the data
 *       end mid-day.
 * </ul>
 *
 * <p>An analysis is immutable, thread-safe and reusable. It computes in one pass: {@link #analyze} for a
 * batch, {@link #newAccumulator()} for orders that arrive one at a time or in partitions, and
 * {@link #collector()} for (parallel) streams. All three give equal tables for the same orders, in any
 * order and however they are split.
 *
 * <pre>{@code
 * CohortTable table = CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneId.of("Europe/London"), GBP))
 *     .granularity(PeriodUnit.MONTH)
 *     .asOf(Instant.parse("2011-12-10T00:00:00Z"))
 *     .build()
 *     .analyze(orders);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CohortAnalysis {
  private static final Logger LOG = LoggerFactory.getLogger(CohortAnalysis.class);

  private final AnalysisPolicy policy;
  private final PeriodUnit granularity;
  private final OptionalInt rollingDays;
  private final ReturnCriterion returns;
  private final List<OffsetBracket> brackets;
  private final OptionalInt maxOffset;
  private final Optional<CohortBreakdown> breakdown;
  private final Optional<Instant> asOf;

  private CohortAnalysis(Builder builder) {
    this.policy = builder.policy;
    this.granularity = Objects.requireNonNullElse(builder.granularity, PeriodUnit.MONTH);
    this.rollingDays = builder.rollingDays;
    this.returns = Objects.requireNonNullElse(builder.returns, ReturnCriterion.ON);
    this.brackets = builder.brackets;
    this.maxOffset = builder.maxOffset;
    this.breakdown = builder.breakdown;
    this.asOf = builder.asOf;
  }

  /**
   * Returns a builder for an analysis under {@code policy}: monthly cohorts, calendar periods,
   * {@link ReturnCriterion#ON}, no column cap, no breakdown and an as-of instant derived from the data,
   * until set otherwise.
   *
   * @param policy the zone, currency, refund and qualifying rules the analysis applies
   * @return a new builder
   * @throws NullPointerException if {@code policy} is null
   */
  public static Builder newBuilder(AnalysisPolicy policy) {
    return new Builder(policy);
  }

  /**
   * Computes the cohort table of {@code orders}. A collection of at least 20,000 orders is first turned into
   * an {@link OrderLog} and analysed in parallel ({@link #analyze(OrderLog)}), unless the breakdown is a
   * caller-supplied function; the table is the same either way.
   *
   * @param orders the orders, in any order
   * @return the table
   * @throws NullPointerException if {@code orders} or an order is null
   * @throws IllegalArgumentException if an amount cannot be converted into the reporting currency
   */
  public CohortTable analyze(Iterable<? extends Order> orders) {
    requireNonNull(orders, "orders");
    boolean logKeepsTheBreakdown = breakdown.isEmpty() || breakdown.get().attribute().isPresent();
    if (orders instanceof Collection<?> collection && collection.size() >= ColumnarThreshold.MIN_ORDERS
        && logKeepsTheBreakdown) {
      LOG.debug("Computing the cohort table of {} orders through an order log", collection.size());
      return analyze(OrderLog.from(orders, policy));
    }
    CohortAccumulator accumulator = newAccumulator();
    for (Order order : orders) {
      accumulator.accept(order);
    }
    return accumulator.result();
  }

  /**
   * Computes the cohort table of the orders in {@code log}, in one pass over the log in parallel over the
   * available cores. The table equals the one {@link #analyze(Iterable)} computes from the same orders.
   *
   * @param log an order log built under this analysis' policy
   * @return the table
   * @throws NullPointerException if {@code log} is null
   * @throws IllegalArgumentException if the log was built under another policy, or the breakdown is a
   *     caller-supplied function (a log keeps only the attributes of the standard breakdowns)
   */
  public CohortTable analyze(OrderLog log) {
    requireNonNull(log, "log");
    return LogCohorts.analyze(this, log, CustomerRanges.defaultRanges(log.orderCount()));
  }

  /**
   * Returns an empty accumulator for this analysis, to feed orders one at a time or per partition and
   * {@linkplain CohortAccumulator#combine combine} the partial results.
   *
   * @return a new accumulator
   */
  public CohortAccumulator newAccumulator() {
    return new CohortAccumulator(this);
  }

  /**
   * Returns a collector that computes this analysis' table; safe for parallel streams.
   *
   * @return the collector
   */
  public Collector<Order, CohortAccumulator, CohortTable> collector() {
    return Accumulator.collector(this::newAccumulator);
  }

  /**
   * Returns the policy the analysis applies.
   *
   * @return the policy
   */
  public AnalysisPolicy policy() {
    return policy;
  }

  /**
   * Returns the unit of the cohort periods (and of the offsets, unless rolling windows are used).
   *
   * @return the granularity
   */
  public PeriodUnit granularity() {
    return granularity;
  }

  /**
   * Returns the length of the rolling windows that offsets count, in days, if offsets are measured from
   * each customer's own first order rather than in calendar periods.
   *
   * @return the window length in days, or empty for calendar periods
   */
  public OptionalInt rollingDays() {
    return rollingDays;
  }

  /**
   * Returns the return criterion, which decides the columns' spans.
   *
   * @return the criterion
   */
  public ReturnCriterion returns() {
    return returns;
  }

  /**
   * Returns the brackets that form the columns under {@link ReturnCriterion#BRACKETS}.
   *
   * @return the brackets in ascending order, or an empty list under the other criteria
   */
  public List<OffsetBracket> brackets() {
    return brackets;
  }

  /**
   * Returns the largest offset that gets a column, if the columns are capped.
   *
   * @return the cap, or empty if every observed offset gets a column
   */
  public OptionalInt maxOffset() {
    return maxOffset;
  }

  /**
   * Returns the breakdown that splits cohorts, if any.
   *
   * @return the breakdown, or empty
   */
  public Optional<CohortBreakdown> breakdown() {
    return breakdown;
  }

  /**
   * Returns the as-of instant, if it was set; otherwise each table derives it from its data.
   *
   * @return the explicit as-of instant, or empty
   */
  public Optional<Instant> asOf() {
    return asOf;
  }

  /**
   * Returns the as-of instant derived from data whose latest event fell on {@code lastEventDate}: the
   * start of the next shop-local day. Taking the latest date rather than the date of the latest instant
   * keeps every event before it even where clocks go back across midnight.
   */
  Instant asOfAfter(LocalDate lastEventDate) {
    return lastEventDate.plusDays(1).atStartOfDay(policy.zone()).toInstant();
  }

  /** Returns the column layout that the criterion, brackets and cap describe. */
  ColumnLayout layout() {
    return new ColumnLayout(returns, brackets, maxOffset);
  }

  /**
   * Returns whether {@code other} has the same settings, and so computes the same tables.
   *
   * @param other the object to compare with
   * @return {@code true} if it is an analysis with equal settings
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CohortAnalysis that
        && policy.equals(that.policy)
        && granularity == that.granularity
        && rollingDays.equals(that.rollingDays)
        && returns == that.returns
        && brackets.equals(that.brackets)
        && maxOffset.equals(that.maxOffset)
        && breakdown.equals(that.breakdown)
        && asOf.equals(that.asOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, granularity, rollingDays, returns, brackets, maxOffset, breakdown, asOf);
  }

  /**
   * Returns the settings, for debugging.
   *
   * @return a description of the settings
   */
  @Override
  public String toString() {
    return "CohortAnalysis[granularity=" + granularity + ", rollingDays=" + rollingDays + ", returns=" + returns
        + (brackets.isEmpty() ? "" : ", brackets=" + brackets) + ", maxOffset=" + maxOffset
        + ", breakdown=" + breakdown + ", asOf=" + asOf + ", policy=" + policy + "]";
  }

  /**
   * A mutable builder of one {@link CohortAnalysis}; not thread-safe. Each setter checks its argument at
   * once and may be called at most once; {@link #build} checks the combination.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final AnalysisPolicy policy;
    private PeriodUnit granularity;
    private OptionalInt rollingDays = OptionalInt.empty();
    private ReturnCriterion returns;
    private List<OffsetBracket> brackets = List.of();
    private OptionalInt maxOffset = OptionalInt.empty();
    private Optional<CohortBreakdown> breakdown = Optional.empty();
    private Optional<Instant> asOf = Optional.empty();

    private Builder(AnalysisPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
    }

    /**
     * Sets the unit of the cohort periods (and of the offsets, unless {@link #rollingDays} is set); the
     * default is {@link PeriodUnit#MONTH}.
     *
     * @param unit the unit
     * @return this builder
     * @throws NullPointerException if {@code unit} is null
     * @throws IllegalStateException if the granularity was already set
     */
    public Builder granularity(PeriodUnit unit) {
      requireNonNull(unit, "unit");
      requireState(granularity == null, "granularity must be set at most once: %s", granularity);
      granularity = unit;
      return this;
    }

    /**
     * Measures offsets in windows of {@code days} shop-local days from each customer's own first order
     * instead of in calendar periods; cohorts are still grouped by the {@link #granularity} period.
     *
     * @param days the window length in days; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is not positive
     * @throws IllegalStateException if the rolling window was already set
     */
    public Builder rollingDays(int days) {
      requireArgument(days > 0, "rolling days must be positive: %d", days);
      requireState(rollingDays.isEmpty(), "rolling days must be set at most once: %s", rollingDays);
      rollingDays = OptionalInt.of(days);
      return this;
    }

    /**
     * Sets the return criterion {@link ReturnCriterion#ON} (the default) or
     * {@link ReturnCriterion#ON_OR_AFTER}; for brackets use {@link #brackets}.
     *
     * @param criterion the criterion
     * @return this builder
     * @throws NullPointerException if {@code criterion} is null
     * @throws IllegalArgumentException if {@code criterion} is {@link ReturnCriterion#BRACKETS}
     * @throws IllegalStateException if the criterion or brackets were already set
     */
    public Builder returns(ReturnCriterion criterion) {
      requireNonNull(criterion, "criterion");
      requireArgument(criterion != ReturnCriterion.BRACKETS,
          "return criterion must be ON or ON_OR_AFTER; set brackets with brackets(...): %s", criterion);
      requireState(returns == null, "return criterion must be set at most once: %s", returns);
      returns = criterion;
      return this;
    }

    /**
     * Makes the columns the given brackets of offsets ({@link ReturnCriterion#BRACKETS}), for example
     * {@code 0, 1-3, 4-6, 7-12}. Offsets between or after the brackets belong to no column.
     *
     * @param values the brackets; at least one, in ascending order and not overlapping
     * @return this builder
     * @throws NullPointerException if {@code values} or a bracket is null
     * @throws IllegalArgumentException if there are no brackets, or they overlap or are out of order
     * @throws IllegalStateException if the criterion or brackets were already set
     */
    public Builder brackets(List<OffsetBracket> values) {
      List<OffsetBracket> copy = List.copyOf(requireNonNull(values, "brackets"));
      requireArgument(!copy.isEmpty(), "brackets must not be empty");
      for (int i = 1; i < copy.size(); i++) {
        requireArgument(copy.get(i).first() > copy.get(i - 1).last(),
            "brackets must be ascending and must not overlap: %s then %s", copy.get(i - 1), copy.get(i));
      }
      requireState(returns == null, "return criterion must be set at most once: %s", returns);
      returns = ReturnCriterion.BRACKETS;
      brackets = copy;
      return this;
    }

    /**
     * Makes the columns the given brackets of offsets; see {@link #brackets(List)}.
     *
     * @param values the brackets; at least one, in ascending order and not overlapping
     * @return this builder
     * @throws NullPointerException if {@code values} or a bracket is null
     * @throws IllegalArgumentException if there are no brackets, or they overlap or are out of order
     * @throws IllegalStateException if the criterion or brackets were already set
     */
    public Builder brackets(OffsetBracket... values) {
      return brackets(List.of(requireNonNull(values, "brackets")));
    }

    /**
     * Caps the columns at offset {@code offset} under {@link ReturnCriterion#ON} and
     * {@link ReturnCriterion#ON_OR_AFTER} (brackets have their own end); by default every observed offset
     * gets a column.
     *
     * @param offset the largest offset to show; not negative
     * @return this builder
     * @throws IllegalArgumentException if {@code offset} is negative
     * @throws IllegalStateException if the cap was already set
     */
    public Builder maxOffset(int offset) {
      requireArgument(offset >= 0, "max offset must not be negative: %d", offset);
      requireState(maxOffset.isEmpty(), "max offset must be set at most once: %s", maxOffset);
      maxOffset = OptionalInt.of(offset);
      return this;
    }

    /**
     * Splits every cohort by a key of its customers' first qualifying order.
     *
     * @param value the breakdown, e.g. {@link CohortBreakdown#CHANNEL}
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if the breakdown was already set
     */
    public Builder breakdown(CohortBreakdown value) {
      requireNonNull(value, "breakdown");
      requireState(breakdown.isEmpty(), "breakdown must be set at most once: %s", breakdown);
      breakdown = Optional.of(value);
      return this;
    }

    /**
     * Sets the as-of instant: events strictly before it are observed, later orders and refunds are
     * ignored, and a cell is complete only if its span was over by then. By default it is derived from
     * the data (see {@link CohortAnalysis}).
     *
     * @param instant the as-of instant
     * @return this builder
     * @throws NullPointerException if {@code instant} is null
     * @throws IllegalStateException if the as-of instant was already set
     */
    public Builder asOf(Instant instant) {
      requireNonNull(instant, "asOf");
      requireState(asOf.isEmpty(), "as-of instant must be set at most once: %s", asOf);
      asOf = Optional.of(instant);
      return this;
    }

    /**
     * Returns the analysis.
     *
     * @return the analysis
     * @throws IllegalStateException if the settings conflict: a {@linkplain #maxOffset max offset} with
     *     brackets
     */
    public CohortAnalysis build() {
      requireState(maxOffset.isEmpty() || returns != ReturnCriterion.BRACKETS,
          "max offset must not be combined with brackets, whose last bracket ends the columns: %s", maxOffset);
      return new CohortAnalysis(this);
    }
  }
}
