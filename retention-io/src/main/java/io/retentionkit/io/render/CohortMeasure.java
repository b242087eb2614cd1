package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import io.retentionkit.cohort.CohortValues;
import java.util.OptionalDouble;

/**
 * Which value of a cohort cell a grid (or a heatmap) shows. The values and their cumulative forms are
 * defined by {@link CohortValues} and {@link io.retentionkit.cohort.CohortAnalysis}.
 *
 * @since 0.1.0
 */
public enum CohortMeasure {
  /** Active customers: cohort members with an order in the column (cumulative: who have returned by then). */
  CUSTOMERS("active customers"),
  /** Retention: active customers over the cohort size (cumulative: the share who have returned by then). */
  RETENTION("retention"),
  /** Orders placed by the cohort in the column. */
  ORDERS("orders"),
  /** Orders per cohort customer. */
  ORDERS_PER_CUSTOMER("orders per customer"),
  /** Revenue, under the table's refund policy, in the reporting currency. */
  REVENUE("revenue"),
  /** Revenue per cohort customer (cumulative: the historical lifetime-value curve). */
  REVENUE_PER_CUSTOMER("revenue per customer"),
  /** Revenue retention: the column's revenue over the cohort's revenue at offset 0. */
  REVENUE_RETENTION("revenue retention");

  private final String title;

  CohortMeasure(String title) {
    this.title = title;
  }

  /**
   * Returns the measure's name for headings.
   *
   * @return e.g. {@code "revenue per customer"}
   */
  public String title() {
    return title;
  }

  /**
   * Returns whether the measure is a share shown as a percentage.
   *
   * @return {@code true} for {@link #RETENTION} and {@link #REVENUE_RETENTION}
   */
  public boolean isShare() {
    return this == RETENTION || this == REVENUE_RETENTION;
  }

  /**
   * Returns whether the measure is an amount of money.
   *
   * @return {@code true} for {@link #REVENUE} and {@link #REVENUE_PER_CUSTOMER}
   */
  public boolean isMoney() {
    return this == REVENUE || this == REVENUE_PER_CUSTOMER;
  }

  /**
   * Returns the measure's value in {@code values} as a number: a count, a share in {@code [0, 1]} (revenue
   * retention may exceed 1), or money in major units of the reporting currency.
   *
   * @param values a cell's (or an average cell's) values
   * @return the value, or empty where it is undefined
   * @throws NullPointerException if {@code values} is null
   */
  public OptionalDouble of(CohortValues values) {
    requireNonNull(values, "values");
    return switch (this) {
      case CUSTOMERS -> OptionalDouble.of(values.activeCustomers());
      case RETENTION -> values.retention().value();
      case ORDERS -> OptionalDouble.of(values.orders());
      case ORDERS_PER_CUSTOMER -> values.ordersPerCustomer().value();
      case REVENUE -> OptionalDouble.of(values.revenue().toBigDecimal().doubleValue());
      case REVENUE_PER_CUSTOMER -> values.revenuePerCustomer().value()
          .map(value -> OptionalDouble.of(value.doubleValue())).orElse(OptionalDouble.empty());
      case REVENUE_RETENTION -> values.revenueRetention().value();
    };
  }
}
