package io.retentionkit.cohort;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.metrics.MoneyAverage;
import io.retentionkit.metrics.MoneyShare;
import io.retentionkit.metrics.Rate;
import io.retentionkit.metrics.Ratio;
import io.retentionkit.model.Money;

/**
 * The counts and amounts behind one cell of a cohort table, or behind one cell of its average row, and
 * the ratios derived from them. Every ratio of the library's cohort tables is computed here, so that a
 * cell, its cumulative twin and the average row can never disagree on a formula.
 *
 * <p>In a {@linkplain CohortCell#values() cell}, {@code customers} is the cohort's size and the other
 * values are taken over the column's span of offsets. In a {@linkplain CohortCell#cumulative() cumulative}
 * cell they are taken over the spans of columns 0 to this one, and {@code activeCustomers} counts the
 * customers who <em>returned</em> there: who placed a qualifying order other than the one that made them
 * join the cohort. In an {@linkplain AverageCell average} cell every value is the sum over the cohorts
 * that fully observed the column.
 *
 * <p>Revenue is exact money in the reporting currency, booked as the analysis policy's refund policy says
 * (gross, net at the order's date, or with each refund subtracted at its own date). An undefined ratio
 * is never 0 or {@code NaN}: its value is empty and its {@code undefinedReason()} says why.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param customers the customers the values are relative to: the cohort size (or the sum of sizes)
 * @param activeCustomers the customers active in the span (returned, in a cumulative cell)
 * @param orders the qualifying orders placed in the span
 * @param revenue the revenue booked in the span; negative when refunds booked at their own dates outweigh
 *     sales
 * @param baseRevenue the revenue booked at offset 0, the base of {@link #revenueRetention()}
 * @since 0.1.0
 */
public record CohortValues(long customers, long activeCustomers, long orders, Money revenue, Money baseRevenue) {

  /** Why a value relative to the customers is undefined: only an average over no cohort has none. */
  static final String NO_CUSTOMERS = "no customers: no cohort has fully observed this column";
  /** Why revenue retention is undefined when there are customers. */
  static final String NO_BASE_REVENUE = "the cohort's revenue at offset 0 is not positive";

  /**
   * Creates a {@code CohortValues}, validating every component.
   *
   * @param customers the customers the values are relative to; not negative
   * @param activeCustomers the customers active in the span; between 0 and {@code customers}
   * @param orders the qualifying orders placed in the span; not negative
   * @param revenue the revenue booked in the span
   * @param baseRevenue the revenue booked at offset 0, in the currency of {@code revenue}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public CohortValues {
    requireNonNull(revenue, "revenue");
    requireNonNull(baseRevenue, "baseRevenue");
    requireArgument(customers >= 0, "customers must not be negative: %d", customers);
    requireArgument(activeCustomers >= 0 && activeCustomers <= customers,
        "active customers must lie between 0 and the %d customers: %d", customers, activeCustomers);
    requireArgument(orders >= 0, "orders must not be negative: %d", orders);
    revenue.requireSameCurrency(baseRevenue);
  }

  /**
   * Returns the retention rate: {@code activeCustomers / customers}, a share between 0 and 1 (1 at offset 0
   * under {@link ReturnCriterion#ON}).
   *
   * @return the rate; undefined, with a reason, if there are no customers
   */
  public Rate retention() {
    return Rate.of(activeCustomers, customers, NO_CUSTOMERS);
  }

  /**
   * Returns the orders per cohort customer: {@code orders / customers}.
   *
   * @return the ratio; undefined, with a reason, if there are no customers
   */
  public Ratio ordersPerCustomer() {
    return Ratio.of(orders, customers, NO_CUSTOMERS);
  }

  /**
   * Returns the revenue per cohort customer: {@code revenue / customers}.
   *
   * @return the average; undefined, with a reason, if there are no customers
   */
  public MoneyAverage revenuePerCustomer() {
    return MoneyAverage.of(revenue, customers, NO_CUSTOMERS);
  }

  /**
   * Returns the revenue retention: {@code revenue / baseRevenue}, the revenue of the span as a share of the
   * revenue at offset 0 (it can exceed 1, and be negative when refunds are booked at their own dates).
   *
   * @return the share; undefined, with a reason, if there are no customers or the offset-0 revenue is not
   *     positive (for example because every first order was free)
   */
  public MoneyShare revenueRetention() {
    return MoneyShare.of(revenue, baseRevenue, customers == 0 ? NO_CUSTOMERS : NO_BASE_REVENUE);
  }

  /**
   * Returns the sum of these values and {@code other}, as the average row adds cohorts up.
   *
   * @param other the values to add
   * @return the sum
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  CohortValues plus(CohortValues other) {
    return new CohortValues(
        Math.addExact(customers, other.customers),
        Math.addExact(activeCustomers, other.activeCustomers),
        Math.addExact(orders, other.orders),
        revenue.plus(other.revenue),
        baseRevenue.plus(other.baseRevenue));
  }
}
