package io.retentionkit.cohort;

import static io.retentionkit.internal.Checks.requireArgument;

/**
 * The counts behind one cell of a cohort table, or behind one cell of its average row, and the ratios
 * derived from them. Every ratio of the library's cohort tables is computed here, so that a cell, its
 * cumulative twin and the average row can never disagree on a formula.
 *
 * <p>In a {@linkplain CohortCell#values() cell}, {@code customers} is the cohort's size and the other
 * counts are taken over the column's span of offsets. In a {@linkplain CohortCell#cumulative() cumulative}
 * cell they are taken over the spans of columns 0 to this one, and {@code activeCustomers} counts the
 * customers who <em>returned</em> there: who placed a qualifying order other than the one that made them
 * join the cohort. In an {@linkplain AverageCell average} cell every count is the sum over the cohorts
 * that fully observed the column.
 *
 * <p>Revenue is in minor units of the reporting currency, booked as the analysis policy's refund policy
 * says (gross, net at the order's date, or with each refund subtracted at its own date).
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param customers the customers the counts are relative to: the cohort size (or the sum of sizes)
 * @param activeCustomers the customers active in the span (returned, in a cumulative cell)
 * @param orders the qualifying orders placed in the span
 * @param revenueMinor the revenue booked in the span, in minor units of the reporting currency; negative
 *     when refunds booked at their own dates outweigh sales
 * @param baseRevenueMinor the revenue booked at offset 0, the base of {@link #revenueRetention()}
 * @since 0.1.0
 */
public record CohortValues(
    long customers, long activeCustomers, long orders, long revenueMinor, long baseRevenueMinor) {

  /**
   * Creates a {@code CohortValues}, validating every component.
   *
   * @param customers the customers the counts are relative to; not negative
   * @param activeCustomers the customers active in the span; between 0 and {@code customers}
   * @param orders the qualifying orders placed in the span; not negative
   * @param revenueMinor the revenue booked in the span, in minor units of the reporting currency
   * @param baseRevenueMinor the revenue booked at offset 0, in minor units of the reporting currency
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public CohortValues {
    requireArgument(customers >= 0, "customers must not be negative: %d", customers);
    requireArgument(activeCustomers >= 0 && activeCustomers <= customers,
        "active customers must lie between 0 and the %d customers: %d", customers, activeCustomers);
    requireArgument(orders >= 0, "orders must not be negative: %d", orders);
  }

  /**
   * Returns the retention rate: {@code activeCustomers / customers}, a fraction between 0 and 1 (1 at
   * offset 0 under {@link ReturnCriterion#ON}).
   *
   * @return the ratio; undefined for {@link UndefinedReason#NO_CUSTOMERS}
   */
  public Ratio retention() {
    return Ratio.of(activeCustomers, customers, UndefinedReason.NO_CUSTOMERS);
  }

  /**
   * Returns the orders per cohort customer: {@code orders / customers}.
   *
   * @return the ratio; undefined for {@link UndefinedReason#NO_CUSTOMERS}
   */
  public Ratio ordersPerCustomer() {
    return Ratio.of(orders, customers, UndefinedReason.NO_CUSTOMERS);
  }

  /**
   * Returns the revenue per cohort customer: {@code revenueMinor / customers}, in minor units of the
   * reporting currency.
   *
   * @return the ratio; undefined for {@link UndefinedReason#NO_CUSTOMERS}
   */
  public Ratio revenuePerCustomer() {
    return Ratio.of(revenueMinor, customers, UndefinedReason.NO_CUSTOMERS);
  }

  /**
   * Returns the revenue retention: {@code revenueMinor / baseRevenueMinor}, the revenue of the span as a
   * fraction of the revenue at offset 0 (it can exceed 1).
   *
   * @return the ratio; undefined for {@link UndefinedReason#NO_CUSTOMERS} if there are no customers, else
   *     for {@link UndefinedReason#ZERO_BASE_REVENUE} if the offset-0 revenue is zero
   */
  public Ratio revenueRetention() {
    return customers == 0
        ? Ratio.of(revenueMinor, 0, UndefinedReason.NO_CUSTOMERS)
        : Ratio.of(revenueMinor, baseRevenueMinor, UndefinedReason.ZERO_BASE_REVENUE);
  }

  /**
   * Returns the component-wise sum of these values and {@code other}, as the average row adds cohorts up.
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
        Math.addExact(revenueMinor, other.revenueMinor),
        Math.addExact(baseRevenueMinor, other.baseRevenueMinor));
  }
}
