package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requireState;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.PeriodCalendar;
import io.retentionkit.model.PeriodUnit;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-customer summaries in discrete transaction opportunities, the input of {@link BgBbModel}: for each
 * customer, x repeat transactions in n opportunities since the first purchase, the last at opportunity t_x.
 * They are built from {@link CustomerSummaries} whose {@linkplain CustomerSummarizer.Builder#mergeUnit merge
 * unit} is the opportunity, a calendar period in the shop's zone (a year for yearly donations or events, a
 * month, a week starting on the policy's first day of the week, a quarter or a day):
 *
 * <pre>{@code
 * CustomerSummaries yearly = CustomerSummarizer.newBuilder()
 *     .policy(policy)
 *     .timeUnit(DurationUnit.YEAR)             // only scales the continuous t_x and T, unused here
 *     .mergeUnit(PeriodUnit.YEAR)              // the opportunity: all orders of a year are one transaction
 *     .calibrationEnd(LocalDate.of(2001, 12, 31))  // the last day of an opportunity
 *     .build()
 *     .summarize(orders);
 * OpportunitySummaries opportunities = OpportunitySummaries.of(yearly);
 * ModelFit<BgBbModel> fit = BgBbModel.fit(opportunities.weighted());
 * }</pre>
 *
 * <p>Definitions, with opportunities numbered from the period of the customer's first purchase, which is
 * opportunity 0 and not an opportunity to repeat (further orders in it are part of the first transaction):
 * <ul>
 *   <li>n, the <em>opportunities</em>: the periods after the first purchase's, up to and including the
 *       one that ends on the calibration end: the period index of the calibration end minus that of the
 *       first purchase. A customer whose first purchase falls in the last calibration period has n = 0.</li>
 *   <li>x, the <em>repeat transactions</em>: the opportunities 1..n in which the customer bought,
 *       however often; it equals the summaries' x, since each of those periods is one transaction.</li>
 *   <li>t_x, the <em>last transaction opportunity</em>: the number of the last opportunity with a
 *       purchase, 0 when x = 0; x ≤ t_x ≤ n.</li>
 *   <li>With a holdout period, n* = the opportunities from the one after the calibration end to the one
 *       ending on the observation end, and x* = the holdout opportunities in which the customer bought (the
 *       summaries' holdout transactions).</li>
 * </ul>
 * An opportunity must be whole: the calibration end (and the observation end, if any) must be the last day
 * of a period of the merge unit, or {@link #of} refuses the summaries. A refund never removes an
 * opportunity: a transaction whose value was refunded still counts, as in {@link CustomerSummaries}.
 *
 * <p>This is a value-based, immutable and thread-safe class; array accessors return copies.
 *
 * @since 0.1.0
 */
public final class OpportunitySummaries {
  private final PeriodUnit opportunity;
  private final LocalDate calibrationEnd;
  private final Optional<LocalDate> observationEnd;
  private final List<CustomerId> ids;
  private final int[] x;
  private final int[] lastTransaction;
  private final int[] opportunities;
  private final int holdoutOpportunities;
  private final int[] holdoutTransactions;

  private OpportunitySummaries(CustomerSummaries summaries, int[] lastTransaction, int[] opportunities,
      int holdoutOpportunities) {
    this.opportunity = summaries.mergeUnit();
    this.calibrationEnd = summaries.calibrationEnd();
    this.observationEnd = summaries.observationEnd();
    this.ids = summaries.customerIds();
    this.x = summaries.repeatTransactions();
    this.lastTransaction = lastTransaction;
    this.opportunities = opportunities;
    this.holdoutOpportunities = holdoutOpportunities;
    this.holdoutTransactions = summaries.hasHoldout() ? summaries.holdoutTransactions() : new int[0];
  }

  /**
   * Returns the discrete summaries of {@code summaries}, with the periods of their merge unit as the
   * opportunities.
   *
   * @param summaries customer summaries whose merge unit is the opportunity
   * @return one discrete summary per customer, in the same order
   * @throws NullPointerException if {@code summaries} is null
   * @throws IllegalArgumentException if the calibration end or the observation end is not the last day of a
   *     period of the merge unit, or there are more than {@link Integer#MAX_VALUE} opportunities
   */
  public static OpportunitySummaries of(CustomerSummaries summaries) {
    requireNonNull(summaries, "summaries");
    PeriodCalendar calendar = summaries.mergeCalendar();
    String unit = summaries.mergeUnit().name().toLowerCase(Locale.ROOT);
    LocalDate end = summaries.calibrationEnd();
    requireArgument(isLastDay(calendar, end),
        "calibration end must be the last day of a %s, so that every opportunity is whole: %s (the %s ends on %s)",
        unit, end, unit, lastDay(calendar, end));
    int holdout = 0;
    if (summaries.hasHoldout()) {
      LocalDate observationEnd = summaries.observationEnd().orElseThrow();
      requireArgument(isLastDay(calendar, observationEnd),
          "observation end must be the last day of a %s, so that every opportunity is whole: %s (the %s ends on %s)",
          unit, observationEnd, unit, lastDay(calendar, observationEnd));
      holdout = Math.toIntExact(calendar.index(observationEnd) - calendar.index(end));
    }
    long endIndex = calendar.index(end);
    double unitDays = summaries.timeUnit().days();
    long[] firstDays = summaries.firstPurchaseDays();
    int n = summaries.size();
    int[] last = new int[n];
    int[] opportunities = new int[n];
    for (int i = 0; i < n; i++) {
      long first = calendar.index(LocalDate.ofEpochDay(firstDays[i]));
      opportunities[i] = Math.toIntExact(endIndex - first);
      if (summaries.x[i] > 0) {
        // t_x is a whole number of days divided by the unit's length: the product rounds back exactly.
        long lastDay = firstDays[i] + Math.round(summaries.lastPurchaseTime[i] * unitDays);
        last[i] = Math.toIntExact(calendar.index(LocalDate.ofEpochDay(lastDay)) - first);
      }
    }
    return new OpportunitySummaries(summaries, last, opportunities, holdout);
  }

  private static boolean isLastDay(PeriodCalendar calendar, LocalDate day) {
    return calendar.index(day) != calendar.index(day.plusDays(1));
  }

  private static LocalDate lastDay(PeriodCalendar calendar, LocalDate day) {
    return calendar.periodOf(day).endExclusive().minusDays(1);
  }

  /**
   * Returns the rows for fitting BG/BB: (x, t_x, n) per customer, identical rows folded.
   *
   * @return the weighted rows, whole numbers of opportunities
   */
  public WeightedSummaries weighted() {
    double[] tx = new double[x.length];
    double[] n = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      tx[i] = lastTransaction[i];
      n[i] = opportunities[i];
    }
    return WeightedSummaries.of(x, tx, n);
  }

  /**
   * Returns the number of customers.
   *
   * @return the customers
   */
  public int size() {
    return x.length;
  }

  /**
   * Returns the calendar period that is one opportunity.
   *
   * @return the merge unit of the summaries
   */
  public PeriodUnit opportunity() {
    return opportunity;
  }

  /**
   * Returns the last day of the calibration period, the last day of the last opportunity counted.
   *
   * @return the calibration end
   */
  public LocalDate calibrationEnd() {
    return calibrationEnd;
  }

  /**
   * Returns the last day of the holdout period, if there is one.
   *
   * @return the observation end; empty without a holdout
   */
  public Optional<LocalDate> observationEnd() {
    return observationEnd;
  }

  /**
   * Returns the customers, in index order (ascending id, as in the summaries).
   *
   * @return an unmodifiable list
   */
  public List<CustomerId> customerIds() {
    return ids;
  }

  /**
   * Returns x of customer {@code i}: the opportunities after the first purchase's in which they bought.
   *
   * @param i the index
   * @return the repeat transactions
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public int repeatTransactions(int i) {
    return x[i];
  }

  /**
   * Returns t_x of customer {@code i}: the number of the last opportunity with a purchase.
   *
   * @param i the index
   * @return the opportunity, from 1; 0 when x = 0
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public int lastTransactionOpportunity(int i) {
    return lastTransaction[i];
  }

  /**
   * Returns n of customer {@code i}: the opportunities from the first purchase to the calibration end.
   *
   * @param i the index
   * @return the opportunities; 0 for a customer first seen in the last calibration period
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public int opportunities(int i) {
    return opportunities[i];
  }

  /**
   * Returns x of every customer.
   *
   * @return a new array in index order
   */
  public int[] repeatTransactions() {
    return x.clone();
  }

  /**
   * Returns t_x of every customer.
   *
   * @return a new array in index order
   */
  public int[] lastTransactionOpportunities() {
    return lastTransaction.clone();
  }

  /**
   * Returns n of every customer.
   *
   * @return a new array in index order
   */
  public int[] opportunities() {
    return opportunities.clone();
  }

  /**
   * Returns whether there is a holdout period.
   *
   * @return {@code true} if the summaries had an observation end
   */
  public boolean hasHoldout() {
    return observationEnd.isPresent();
  }

  /**
   * Returns n*, the opportunities of the holdout period.
   *
   * @return the whole periods from the calibration end to the observation end
   * @throws IllegalStateException if there is no holdout period
   */
  public int holdoutOpportunities() {
    requireHoldout();
    return holdoutOpportunities;
  }

  /**
   * Returns x* of customer {@code i}: the holdout opportunities in which they bought.
   *
   * @param i the index
   * @return the holdout transactions
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   * @throws IllegalStateException if there is no holdout period
   */
  public int holdoutTransactions(int i) {
    requireHoldout();
    return holdoutTransactions[i];
  }

  /**
   * Returns x* of every customer.
   *
   * @return a new array in index order
   * @throws IllegalStateException if there is no holdout period
   */
  public int[] holdoutTransactions() {
    requireHoldout();
    return holdoutTransactions.clone();
  }

  private void requireHoldout() {
    requireState(hasHoldout(), "summaries must have a holdout period: set an observation end");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpportunitySummaries other
        && opportunity == other.opportunity
        && calibrationEnd.equals(other.calibrationEnd)
        && observationEnd.equals(other.observationEnd)
        && ids.equals(other.ids)
        && Arrays.equals(x, other.x)
        && Arrays.equals(lastTransaction, other.lastTransaction)
        && Arrays.equals(opportunities, other.opportunities)
        && holdoutOpportunities == other.holdoutOpportunities
        && Arrays.equals(holdoutTransactions, other.holdoutTransactions);
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(opportunity, calibrationEnd, observationEnd, ids, holdoutOpportunities);
    hash = 31 * hash + Arrays.hashCode(x);
    hash = 31 * hash + Arrays.hashCode(lastTransaction);
    return 31 * hash + Arrays.hashCode(opportunities);
  }

  @Override
  public String toString() {
    return "OpportunitySummaries[customers=" + x.length + ", opportunity=" + opportunity + ", calibrationEnd="
        + calibrationEnd + ", observationEnd=" + observationEnd.map(LocalDate::toString).orElse("none") + "]";
  }
}
