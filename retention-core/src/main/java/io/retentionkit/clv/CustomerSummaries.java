package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireState;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.PeriodCalendar;
import io.retentionkit.model.PeriodUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Per-customer summaries of a calibration period (and optionally a holdout period), the input of every
 * CLV model: x, t_x, T and m̄ per customer, as {@link CustomerSummarizer} defines them. Customers are in
 * ascending {@link CustomerId} order; index {@code i} means the same customer in every accessor.
 *
 * <p>Field names avoid the ambiguous word "recency": {@linkplain #lastPurchaseTime t_x} is the time from
 * the first to the last purchase, and the time since the last purchase is {@code age − t_x}.
 *
 * <p>Nothing is dropped silently: orders that do not qualify, orders after the observation end and
 * customers first seen in the holdout period are counted ({@link #ignoredOrders()},
 * {@link #ordersAfterObservationEnd()}, {@link #customersFirstSeenInHoldout()}).
 *
 * <p>This is a value-based, immutable and thread-safe class; array accessors return copies.
 *
 * @since 0.1.0
 */
public final class CustomerSummaries {
  private final DurationUnit timeUnit;
  private final PeriodUnit mergeUnit;
  private final LocalDate calibrationEnd;
  private final Optional<LocalDate> observationEnd;
  private final Currency currency;
  private final CustomerId[] ids;
  private final long[] firstPurchaseDay;
  final int[] x;
  final double[] lastPurchaseTime;
  final double[] age;
  private final long[] repeatSpendMinor;
  private final int[] holdoutTransactions;
  private final long[] holdoutSpendMinor;
  private final LocalDate trackingStart;
  private final long[] repeatTransactionsByDay;
  private final long ignoredOrders;
  private final long ordersAfterObservationEnd;
  private final long customersFirstSeenInHoldout;
  /** The calendar of the merge unit, whose periods are BG/BB's opportunities ({@link OpportunitySummaries}). */
  private final PeriodCalendar mergeCalendar;

  /** The per-customer columns, filled by {@link SummaryBuilder}. */
  static final class Columns {
    final long[] firstPurchaseDay;
    final int[] x;
    final double[] lastPurchaseTime;
    final double[] age;
    final long[] repeatSpendMinor;
    final int[] holdoutTransactions;
    final long[] holdoutSpendMinor;
    final long[] repeatTransactionsByDay;

    Columns(int customers, boolean holdout, long trackedDays) {
      firstPurchaseDay = new long[customers];
      x = new int[customers];
      lastPurchaseTime = new double[customers];
      age = new double[customers];
      repeatSpendMinor = new long[customers];
      holdoutTransactions = new int[holdout ? customers : 0];
      holdoutSpendMinor = new long[holdout ? customers : 0];
      repeatTransactionsByDay = new long[Math.toIntExact(Math.max(0, trackedDays))];
    }
  }

  CustomerSummaries(CustomerSummarizer summarizer, CustomerId[] ids, LocalDate trackingStart, Columns columns,
      long ignoredOrders, long ordersAfterObservationEnd, long customersFirstSeenInHoldout) {
    this.timeUnit = summarizer.timeUnit();
    this.mergeUnit = summarizer.mergeUnit();
    this.calibrationEnd = summarizer.calibrationEnd();
    this.observationEnd = summarizer.observationEnd();
    this.currency = summarizer.policy().reportingCurrency();
    this.ids = ids;
    this.firstPurchaseDay = columns.firstPurchaseDay;
    this.x = columns.x;
    this.lastPurchaseTime = columns.lastPurchaseTime;
    this.age = columns.age;
    this.repeatSpendMinor = columns.repeatSpendMinor;
    this.holdoutTransactions = columns.holdoutTransactions;
    this.holdoutSpendMinor = columns.holdoutSpendMinor;
    this.trackingStart = trackingStart;
    this.repeatTransactionsByDay = columns.repeatTransactionsByDay;
    this.ignoredOrders = ignoredOrders;
    this.ordersAfterObservationEnd = ordersAfterObservationEnd;
    this.customersFirstSeenInHoldout = customersFirstSeenInHoldout;
    this.mergeCalendar = summarizer.policy().calendar(summarizer.mergeUnit());
  }

  /**
   * Returns the number of customers.
   *
   * @return the customers summarised
   */
  public int size() {
    return ids.length;
  }

  /**
   * Returns the unit of t_x, T and the holdout length.
   *
   * @return the time unit
   */
  public DurationUnit timeUnit() {
    return timeUnit;
  }

  /**
   * Returns the calendar period within which orders were merged into one transaction.
   *
   * @return the merge unit
   */
  public PeriodUnit mergeUnit() {
    return mergeUnit;
  }

  /**
   * Returns the last day of the calibration period; every T is measured to it.
   *
   * @return the calibration end, inclusive
   */
  public LocalDate calibrationEnd() {
    return calibrationEnd;
  }

  /**
   * Returns the last day of the holdout period, if there is one.
   *
   * @return the observation end, inclusive; empty without a holdout
   */
  public Optional<LocalDate> observationEnd() {
    return observationEnd;
  }

  /**
   * Returns whether there is a holdout period.
   *
   * @return {@code true} if an observation end was set
   */
  public boolean hasHoldout() {
    return observationEnd.isPresent();
  }

  /**
   * Returns the length of the holdout period: the days from the calibration end to the observation end,
   * in the time unit.
   *
   * @return the holdout length
   * @throws IllegalStateException if there is no holdout period
   */
  public double holdoutLength() {
    requireHoldout();
    return timeUnit.fromDays(observationEnd.get().toEpochDay() - calibrationEnd.toEpochDay());
  }

  /**
   * Returns the currency of every spend.
   *
   * @return the reporting currency of the policy
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the customers, in index order.
   *
   * @return an unmodifiable list
   */
  public List<CustomerId> customerIds() {
    return List.of(ids);
  }

  /**
   * Returns customer {@code i}.
   *
   * @param i the index
   * @return the customer's id
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public CustomerId customerId(int i) {
    return ids[i];
  }

  /**
   * Returns the whole summary of customer {@code i}.
   *
   * @param i the index
   * @return the summary
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public CustomerSummary customer(int i) {
    return new CustomerSummary(ids[i], firstPurchaseDate(i), x[i], lastPurchaseTime[i], age[i],
        meanRepeatSpend(i), hasHoldout() ? OptionalInt.of(holdoutTransactions[i]) : OptionalInt.empty());
  }

  /**
   * Returns the shop-local date of customer {@code i}'s first purchase.
   *
   * @param i the index
   * @return the date
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public LocalDate firstPurchaseDate(int i) {
    return LocalDate.ofEpochDay(firstPurchaseDay[i]);
  }

  /**
   * Returns x of customer {@code i}: the calibration transactions after the first.
   *
   * @param i the index
   * @return the repeat transactions
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public int repeatTransactions(int i) {
    return x[i];
  }

  /**
   * Returns t_x of customer {@code i}: the time from the first to the last calibration transaction.
   *
   * @param i the index
   * @return the last purchase time; 0 when x = 0
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double lastPurchaseTime(int i) {
    return lastPurchaseTime[i];
  }

  /**
   * Returns T of customer {@code i}: the time from the first purchase to the calibration end.
   *
   * @param i the index
   * @return the age
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double age(int i) {
    return age[i];
  }

  /**
   * Returns m̄ of customer {@code i}: the mean value of the repeat transactions, in major units of
   * {@link #currency()}.
   *
   * @param i the index
   * @return the mean repeat spend; empty when x = 0, since there is nothing to average
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public OptionalDouble meanRepeatSpend(int i) {
    return x[i] == 0 ? OptionalDouble.empty() : OptionalDouble.of(toMajor(repeatSpendMinor[i]) / x[i]);
  }

  /**
   * Returns the total value of customer {@code i}'s repeat transactions, exactly.
   *
   * @param i the index
   * @return the repeat spend in major units of {@link #currency()}; zero when x = 0
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public BigDecimal repeatSpend(int i) {
    return BigDecimal.valueOf(repeatSpendMinor[i], currency.getDefaultFractionDigits());
  }

  /**
   * Returns the transactions of customer {@code i} in the holdout period.
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
   * Returns the revenue of customer {@code i} booked in the holdout period, exactly; under
   * {@link io.retentionkit.model.RefundPolicy#NET_AT_REFUND_DATE} it is net of the refunds dated in the
   * holdout period and may be negative.
   *
   * @param i the index
   * @return the holdout spend in major units of {@link #currency()}
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   * @throws IllegalStateException if there is no holdout period
   */
  public BigDecimal holdoutSpend(int i) {
    requireHoldout();
    return BigDecimal.valueOf(holdoutSpendMinor[i], currency.getDefaultFractionDigits());
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
  public double[] lastPurchaseTimes() {
    return lastPurchaseTime.clone();
  }

  /**
   * Returns T of every customer.
   *
   * @return a new array in index order
   */
  public double[] ages() {
    return age.clone();
  }

  /**
   * Returns m̄ of every customer, for array-based models such as
   * {@link GammaGammaModel#fit(int[], double[], FitOptions)}.
   *
   * @return a new array in index order; {@code NaN} where x = 0 (see {@link #meanRepeatSpend(int)})
   */
  public double[] meanRepeatSpends() {
    double[] means = new double[ids.length];
    for (int i = 0; i < means.length; i++) {
      means[i] = x[i] == 0 ? Double.NaN : toMajor(repeatSpendMinor[i]) / x[i];
    }
    return means;
  }

  /**
   * Returns the holdout transactions of every customer.
   *
   * @return a new array in index order
   * @throws IllegalStateException if there is no holdout period
   */
  public int[] holdoutTransactions() {
    requireHoldout();
    return holdoutTransactions.clone();
  }

  /**
   * Returns the first day of the transaction-tracking series: the earliest first purchase.
   *
   * @return the first day of {@link #repeatTransactionsByDay()}; the calibration end if there are no
   *     customers
   */
  public LocalDate trackingStart() {
    return trackingStart;
  }

  /**
   * Returns the repeat transactions of these customers per day, calibration and holdout alike, from
   * {@link #trackingStart()} to the observation end (or the calibration end without a holdout): the
   * actual side of a tracking plot.
   *
   * @return a new array; element {@code d} counts the transactions dated {@code trackingStart() + d}
   */
  public long[] repeatTransactionsByDay() {
    return repeatTransactionsByDay.clone();
  }

  /**
   * Returns the number of orders that did not qualify under the policy and were ignored.
   *
   * @return the ignored orders
   */
  public long ignoredOrders() {
    return ignoredOrders;
  }

  /**
   * Returns the number of qualifying orders dated after the observation end (or, without a holdout,
   * after the calibration end), which were dropped.
   *
   * @return the dropped orders
   */
  public long ordersAfterObservationEnd() {
    return ordersAfterObservationEnd;
  }

  /**
   * Returns the number of customers whose first qualifying order falls in the holdout period; they have no
   * calibration history and are excluded.
   *
   * @return the excluded customers
   */
  public long customersFirstSeenInHoldout() {
    return customersFirstSeenInHoldout;
  }

  PeriodCalendar mergeCalendar() {
    return mergeCalendar;
  }

  int[] holdoutTransactionsArray() {
    return holdoutTransactions;
  }

  long[] firstPurchaseDays() {
    return firstPurchaseDay;
  }

  long[] trackedRepeatTransactions() {
    return repeatTransactionsByDay;
  }

  /** Minor to major units; both operands are exact doubles, so the quotient is correctly rounded. */
  private double toMajor(long minor) {
    return minor / Math.pow(10, currency.getDefaultFractionDigits());
  }

  private void requireHoldout() {
    requireState(hasHoldout(), "summaries must have a holdout period: set an observation end");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerSummaries other
        && timeUnit == other.timeUnit
        && mergeUnit == other.mergeUnit
        && calibrationEnd.equals(other.calibrationEnd)
        && observationEnd.equals(other.observationEnd)
        && currency.equals(other.currency)
        && Arrays.equals(ids, other.ids)
        && Arrays.equals(firstPurchaseDay, other.firstPurchaseDay)
        && Arrays.equals(x, other.x)
        && Arrays.equals(lastPurchaseTime, other.lastPurchaseTime)
        && Arrays.equals(age, other.age)
        && Arrays.equals(repeatSpendMinor, other.repeatSpendMinor)
        && Arrays.equals(holdoutTransactions, other.holdoutTransactions)
        && Arrays.equals(holdoutSpendMinor, other.holdoutSpendMinor)
        && trackingStart.equals(other.trackingStart)
        && Arrays.equals(repeatTransactionsByDay, other.repeatTransactionsByDay)
        && ignoredOrders == other.ignoredOrders
        && ordersAfterObservationEnd == other.ordersAfterObservationEnd
        && customersFirstSeenInHoldout == other.customersFirstSeenInHoldout
        && mergeCalendar.equals(other.mergeCalendar);
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(timeUnit, mergeUnit, calibrationEnd, observationEnd, currency, trackingStart,
        ignoredOrders, ordersAfterObservationEnd, customersFirstSeenInHoldout);
    hash = 31 * hash + Arrays.hashCode(ids);
    hash = 31 * hash + Arrays.hashCode(x);
    hash = 31 * hash + Arrays.hashCode(lastPurchaseTime);
    hash = 31 * hash + Arrays.hashCode(age);
    return 31 * hash + Arrays.hashCode(repeatSpendMinor);
  }

  @Override
  public String toString() {
    return "CustomerSummaries[customers=" + ids.length + ", timeUnit=" + timeUnit + ", calibrationEnd="
        + calibrationEnd + ", observationEnd=" + observationEnd.map(LocalDate::toString).orElse("none")
        + ", ignoredOrders=" + ignoredOrders + ", ordersAfterObservationEnd=" + ordersAfterObservationEnd
        + ", customersFirstSeenInHoldout=" + customersFirstSeenInHoldout + "]";
  }
}
