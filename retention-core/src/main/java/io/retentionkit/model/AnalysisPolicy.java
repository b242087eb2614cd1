package io.retentionkit.model;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What an order means to every calculator: the shop's time zone, the reporting currency and how other
 * currencies convert into it, how refunds count and which orders count at all. Passing one policy to every
 * calculator keeps metrics, cohorts and customer summaries in agreement.
 *
 * <p>The time zone and the reporting currency have no defaults: a shop's "day" and "money" are always
 * stated, never taken from the JVM. The rest defaults to {@link CurrencyConverter#none()},
 * {@link RefundPolicy#NET_AT_ORDER_DATE}, {@link QualifyingOrders#standard()} and weeks starting on Monday.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param zone the shop's time zone; dates, periods and day counts are local to it
 * @param reportingCurrency the currency every amount is reported in
 * @param converter how amounts in other currencies are converted into {@code reportingCurrency}
 * @param refundPolicy how refunds enter revenue
 * @param qualifyingOrders which orders count as purchases
 * @param firstDayOfWeek the day weekly periods start on
 * @since 0.1.0
 */
public record AnalysisPolicy(
    ZoneId zone,
    Currency reportingCurrency,
    CurrencyConverter converter,
    RefundPolicy refundPolicy,
    QualifyingOrders qualifyingOrders,
    DayOfWeek firstDayOfWeek) {

  /**
   * Creates an {@code AnalysisPolicy}, validating every component.
   *
   * @param zone the shop's time zone; dates, periods and day counts are local to it
   * @param reportingCurrency the currency every amount is reported in
   * @param converter how amounts in other currencies are converted into {@code reportingCurrency}
   * @param refundPolicy how refunds enter revenue
   * @param qualifyingOrders which orders count as purchases
   * @param firstDayOfWeek the day weekly periods start on
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public AnalysisPolicy {
    requireNonNull(zone, "zone");
    requireNonNull(reportingCurrency, "reportingCurrency");
    requireNonNull(converter, "converter");
    requireNonNull(refundPolicy, "refundPolicy");
    requireNonNull(qualifyingOrders, "qualifyingOrders");
    requireNonNull(firstDayOfWeek, "firstDayOfWeek");
  }

  /**
   * Returns the default policy for a shop in {@code zone} reporting in {@code reportingCurrency}.
   *
   * @param zone the shop's time zone
   * @param reportingCurrency the reporting currency
   * @return the policy
   * @throws NullPointerException if an argument is null
   */
  public static AnalysisPolicy of(ZoneId zone, Currency reportingCurrency) {
    return new AnalysisPolicy(zone, reportingCurrency, CurrencyConverter.none(), RefundPolicy.NET_AT_ORDER_DATE,
        QualifyingOrders.standard(), DayOfWeek.MONDAY);
  }

  /**
   * Returns a copy with another currency converter.
   *
   * @param value the converter into {@link #reportingCurrency()}
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public AnalysisPolicy withConverter(CurrencyConverter value) {
    return new AnalysisPolicy(zone, reportingCurrency, value, refundPolicy, qualifyingOrders, firstDayOfWeek);
  }

  /**
   * Returns a copy with another refund policy.
   *
   * @param value the refund policy
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public AnalysisPolicy withRefundPolicy(RefundPolicy value) {
    return new AnalysisPolicy(zone, reportingCurrency, converter, value, qualifyingOrders, firstDayOfWeek);
  }

  /**
   * Returns a copy with another qualifying-order rule.
   *
   * @param value the rule
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public AnalysisPolicy withQualifyingOrders(QualifyingOrders value) {
    return new AnalysisPolicy(zone, reportingCurrency, converter, refundPolicy, value, firstDayOfWeek);
  }

  /**
   * Returns a copy whose weeks start on {@code value}.
   *
   * @param value the first day of the week
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public AnalysisPolicy withFirstDayOfWeek(DayOfWeek value) {
    return new AnalysisPolicy(zone, reportingCurrency, converter, refundPolicy, qualifyingOrders, value);
  }

  /**
   * Returns whether {@code order} counts as a purchase.
   *
   * @param order the order
   * @return {@code true} if {@link #qualifyingOrders()} accepts it
   * @throws NullPointerException if {@code order} is null
   */
  public boolean qualifies(Order order) {
    return qualifyingOrders.test(order);
  }

  /**
   * Returns the shop-local date of {@code instant}.
   *
   * @param instant the instant
   * @return its date in {@link #zone()}
   * @throws NullPointerException if {@code instant} is null
   */
  public LocalDate localDate(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  /**
   * Returns the calendar of {@code unit} periods in this policy's zone and week start.
   *
   * @param unit the unit
   * @return the calendar
   * @throws NullPointerException if {@code unit} is null
   */
  public PeriodCalendar calendar(PeriodUnit unit) {
    return new PeriodCalendar(unit, zone, firstDayOfWeek);
  }

  /**
   * Returns {@code amount}, which belongs to {@code order}, in minor units of the reporting currency,
   * converted at the order's instant.
   *
   * @param amount an amount of the order (its total, a refund, a line)
   * @param order the order it belongs to
   * @return minor units of {@link #reportingCurrency()}
   * @throws IllegalArgumentException if the amount is in another currency and the converter cannot
   *     convert it (with {@link CurrencyConverter#none()}: always)
   */
  public long toReportingMinor(Money amount, Order order) {
    if (amount.currency().equals(reportingCurrency)) {
      return amount.minorUnits();
    }
    Money converted = converter.convert(amount, reportingCurrency, order.placedAt());
    converted.requireSameCurrency(Money.zero(reportingCurrency));
    return converted.minorUnits();
  }

  /**
   * Returns what {@code order} was charged, in minor units of the reporting currency.
   *
   * @param order the order
   * @return the converted total
   * @throws IllegalArgumentException if the total cannot be converted
   */
  public long grossMinor(Order order) {
    return toReportingMinor(order.total(), order);
  }

  /**
   * Returns the order's total minus all its refunds, in minor units of the reporting currency.
   *
   * @param order the order
   * @return the converted net total, between zero and {@link #grossMinor}
   * @throws IllegalArgumentException if an amount cannot be converted
   */
  public long netMinor(Order order) {
    return order.refunds().isEmpty() ? grossMinor(order) : toReportingMinor(order.netTotal(), order);
  }

  /**
   * Returns the sum of the order's refunds in minor units of the reporting currency: always exactly
   * {@code grossMinor(order) - netMinor(order)}.
   *
   * @param order the order
   * @return the converted refunds, between zero and {@link #grossMinor}
   * @throws IllegalArgumentException if an amount cannot be converted
   */
  public long refundedMinor(Order order) {
    return grossMinor(order) - netMinor(order);
  }

  /**
   * Returns refund {@code index} of {@code order} in minor units of the reporting currency. Each refund
   * is the drop it causes in the converted net total when the refunds are applied in the order they were
   * made (refunds made at the same instant in list order). So the refunds of an order always add up to
   * {@link #refundedMinor} exactly, whatever the converter rounds, and a refund's amount never depends on
   * a refund made after it: the refunds known at any instant add up to the drop in net total they caused.
   *
   * @param order the order
   * @param index the refund's position in {@link Order#refunds()}
   * @return the converted refund; not negative
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   * @throws IllegalArgumentException if an amount cannot be converted
   */
  public long refundMinor(Order order, int index) {
    List<Refund> refunds = order.refunds();
    Objects.checkIndex(index, refunds.size());
    Refund refund = refunds.get(index);
    Money before = order.total();
    for (int i = 0; i < refunds.size(); i++) {
      Refund other = refunds.get(i);
      int byTime = other.refundedAt().compareTo(refund.refundedAt());
      if (byTime < 0 || byTime == 0 && i < index) {
        before = before.minus(other.amount());
      }
    }
    Money after = before.minus(refund.amount());
    return toReportingMinor(before, order) - toReportingMinor(after, order);
  }

  /**
   * Returns the revenue this policy books at the order's own date: the gross total under
   * {@link RefundPolicy#GROSS} and {@link RefundPolicy#NET_AT_REFUND_DATE}, the net total under
   * {@link RefundPolicy#NET_AT_ORDER_DATE}. Under {@code NET_AT_REFUND_DATE} each refund is further
   * booked, negative, at its own date (see {@link #refundsBookedSeparately()}).
   *
   * @param order the order
   * @return minor units of the reporting currency
   * @throws IllegalArgumentException if an amount cannot be converted
   */
  public long revenueAtOrderDateMinor(Order order) {
    return refundPolicy == RefundPolicy.NET_AT_ORDER_DATE ? netMinor(order) : grossMinor(order);
  }

  /**
   * Returns whether refunds are booked at their own dates, apart from the order.
   *
   * @return {@code true} only under {@link RefundPolicy#NET_AT_REFUND_DATE}
   */
  public boolean refundsBookedSeparately() {
    return refundPolicy == RefundPolicy.NET_AT_REFUND_DATE;
  }
}
