package io.retentionkit.segments;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requireState;
import static java.util.Objects.requireNonNull;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import java.time.Instant;

/**
 * Segments customers by recency, frequency and monetary value (RFM) as of an explicit instant: configure
 * once with {@link #newBuilder}, then {@link #analyze(Iterable) analyze} orders or a columnar
 * {@link OrderLog}, which give equal results. The {@linkplain io.retentionkit.segments package
 * documentation} defines the values, the scores and the segments.
 *
 * <pre>{@code
 * RfmSegmentation rfm = RfmAnalysis.newBuilder(policy)
 *     .asOf(LocalDate.of(2025, 1, 1).atStartOfDay(policy.zone()).toInstant())
 *     .build()
 *     .analyze(orders);
 * long champions = rfm.size(RfmSegment.CHAMPIONS).customers();
 * }</pre>
 *
 * <p>An analysis is immutable, thread-safe and reusable.
 *
 * @since 0.1.0
 */
public final class RfmAnalysis {
  private final AnalysisPolicy policy;
  private final Instant asOf;

  private RfmAnalysis(AnalysisPolicy policy, Instant asOf) {
    this.policy = policy;
    this.asOf = asOf;
  }

  /**
   * Returns a builder of an analysis under {@code policy}; the as-of instant must be set.
   *
   * @param policy the zone (recency is counted in its days), reporting currency and converter, refund
   *     policy (monetary value) and qualifying-order rule (frequency)
   * @return a new builder
   * @throws NullPointerException if {@code policy} is null
   */
  public static Builder newBuilder(AnalysisPolicy policy) {
    return new Builder(policy);
  }

  /**
   * Returns the policy.
   *
   * @return the policy every order is read under
   */
  public AnalysisPolicy policy() {
    return policy;
  }

  /**
   * Returns the as-of instant.
   *
   * @return only orders placed before it count
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Segments the customers of {@code orders}.
   *
   * @param orders the orders, with identities already resolved, in any order
   * @return the segmentation
   * @throws NullPointerException if {@code orders} or an order is null
   * @throws IllegalArgumentException if an amount in another currency cannot be converted
   * @throws ArithmeticException if a customer's or the total revenue overflows a {@code long} of minor units
   */
  public RfmSegmentation analyze(Iterable<? extends Order> orders) {
    requireNonNull(orders, "orders");
    RfmAccumulator accumulator = newAccumulator();
    for (Order order : orders) {
      accumulator.accept(order);
    }
    return accumulator.result();
  }

  /**
   * Returns an empty accumulator of this analysis, to feed orders one at a time or in parallel
   * ({@link io.retentionkit.metrics.Accumulator#collector}); its result equals {@link #analyze(Iterable)}
   * over the same orders.
   *
   * @return a new accumulator
   */
  public RfmAccumulator newAccumulator() {
    return new RfmAccumulator(this);
  }

  /**
   * Segments the customers of a columnar order log; the result equals that of {@link #analyze(Iterable)}
   * over the orders the log was built from.
   *
   * @param log the log, built under an equal policy
   * @return the segmentation
   * @throws NullPointerException if {@code log} is null
   * @throws IllegalArgumentException if the log was built under another policy
   * @throws ArithmeticException if a customer's or the total revenue overflows a {@code long} of minor units
   */
  public RfmSegmentation analyze(OrderLog log) {
    requireNonNull(log, "log");
    requireArgument(log.policy().equals(policy), "order log must be built under the analysis' policy: %s", this);
    LogTally tally = new LogTally(log, asOf);
    return RfmAssembly.assemble(policy, asOf, tally.customers(), tally.counts());
  }

  @Override
  public String toString() {
    return "RfmAnalysis[policy=" + policy + ", asOf=" + asOf + "]";
  }

  /** Configures an {@link RfmAnalysis}. Not thread-safe. */
  public static final class Builder {
    private final AnalysisPolicy policy;
    private Instant asOf;

    private Builder(AnalysisPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
    }

    /**
     * Sets the as-of instant: orders placed at or after it are left out (and counted as such), refunds
     * made at or after it are not yet known, and recency is counted to its shop-local date. Required:
     * there is no default, since "today" would make results depend on when they are computed.
     *
     * @param value the instant
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder asOf(Instant value) {
      asOf = requireNonNull(value, "asOf");
      return this;
    }

    /**
     * Returns the analysis.
     *
     * @return the analysis
     * @throws IllegalStateException if the as-of instant was not set
     */
    public RfmAnalysis build() {
      requireState(asOf != null, "asOf must be set: RFM values are only defined as of an instant");
      return new RfmAnalysis(policy, asOf);
    }
  }
}
