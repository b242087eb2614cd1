package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.Money;

/**
 * The window's revenue split between returning customers (first qualifying order before the window) and
 * new customers (first qualifying order in the window). The two parts add up to the window revenue
 * ({@link WindowTotals#revenue()}), because every amount booked in the window belongs to a customer of
 * exactly one kind.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param returningRevenue window revenue, under the refund policy, of returning customers
 * @param returningCustomers returning customers with a qualifying order in the window
 * @param newRevenue window revenue, under the refund policy, of new customers
 * @param newCustomers customers whose first qualifying order lies in the window
 * @since 0.1.0
 */
public record RevenueSplit(Money returningRevenue, long returningCustomers, Money newRevenue, long newCustomers) {

  /**
   * Creates a {@code RevenueSplit}, validating every component.
   *
   * @param returningRevenue window revenue, under the refund policy, of returning customers
   * @param returningCustomers returning customers with a qualifying order in the window
   * @param newRevenue window revenue, under the refund policy, of new customers
   * @param newCustomers customers whose first qualifying order lies in the window
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range or the currencies differ
   */
  public RevenueSplit {
    requireNonNull(returningRevenue, "returningRevenue");
    requireNonNull(newRevenue, "newRevenue");
    returningRevenue.requireSameCurrency(newRevenue);
    requireArgument(returningCustomers >= 0 && newCustomers >= 0,
        "customer counts must not be negative: %d returning, %d new", returningCustomers, newCustomers);
  }

  /**
   * Returns the window revenue of both kinds of customer together.
   *
   * @return returning plus new revenue
   * @throws ArithmeticException if the sum overflows
   */
  public Money totalRevenue() {
    return returningRevenue.plus(newRevenue);
  }

  /**
   * Returns the share of the window revenue earned from returning customers.
   *
   * @return returning revenue over total revenue, undefined when the total is not positive
   */
  public MoneyShare returningShare() {
    return MoneyShare.of(returningRevenue, totalRevenue(), "the window revenue is not positive");
  }

  /**
   * Returns the share of the window revenue earned from new customers.
   *
   * @return new revenue over total revenue, undefined when the total is not positive
   */
  public MoneyShare newShare() {
    return MoneyShare.of(newRevenue, totalRevenue(), "the window revenue is not positive");
  }

  /**
   * Returns the returning-to-new spend ratio.
   *
   * @return the ratio of the two kinds' average window revenue per customer
   */
  public SpendRatio spendRatio() {
    return new SpendRatio(
        MoneyAverage.of(returningRevenue, returningCustomers, "no returning customer ordered in the window"),
        MoneyAverage.of(newRevenue, newCustomers, "no new customers were acquired in the window"));
  }
}
