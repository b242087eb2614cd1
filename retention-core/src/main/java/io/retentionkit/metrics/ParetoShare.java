package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.Money;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Pareto share: the share of the window revenue earned from the top {@code ⌈topFraction × customers⌉}
 * customers by window revenue, where {@code customers} counts the customers who ordered in the window.
 * "The top 20 % of customers bring 60 % of revenue" reads {@code topFraction = 0.2, value = 0.6}.
 *
 * <p>Undefined when the window revenue is not positive. Under
 * {@link io.retentionkit.model.RefundPolicy#NET_AT_REFUND_DATE} refunds of older orders can make some
 * customers' window revenue negative, and the share can then exceed 1.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param topFraction the fraction of customers at the top, in {@code (0, 1]}
 * @param customers customers who ordered in the window
 * @param topCustomers {@code ⌈topFraction × customers⌉}
 * @param topRevenue the window revenue of the top customers
 * @param totalRevenue the window revenue of all customers
 * @since 0.1.0
 */
public record ParetoShare(double topFraction, long customers, long topCustomers, Money topRevenue,
    Money totalRevenue) {

  /**
   * Creates a {@code ParetoShare}, validating every component.
   *
   * @param topFraction the fraction of customers at the top, in {@code (0, 1]}
   * @param customers customers who ordered in the window
   * @param topCustomers {@code ⌈topFraction × customers⌉}
   * @param topRevenue the window revenue of the top customers
   * @param totalRevenue the window revenue of all customers
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range or the currencies differ
   */
  public ParetoShare {
    requireArgument(topFraction > 0 && topFraction <= 1, "topFraction must lie in (0, 1]: %s", topFraction);
    requireArgument(customers >= 0 && topCustomers >= 0 && topCustomers <= customers,
        "top customers must lie in [0, customers]: %d of %d", topCustomers, customers);
    requireNonNull(topRevenue, "topRevenue");
    requireNonNull(totalRevenue, "totalRevenue");
    topRevenue.requireSameCurrency(totalRevenue);
  }

  /**
   * Returns why {@link #value()} is empty.
   *
   * @return the reason, present exactly when the window revenue is not positive
   */
  public Optional<String> undefinedReason() {
    return totalRevenue.minorUnits() <= 0 ? Optional.of("the window revenue is not positive") : Optional.empty();
  }

  /**
   * Returns the top customers' share of the window revenue.
   *
   * @return {@code topRevenue / totalRevenue}, or empty when undefined
   */
  public OptionalDouble value() {
    return totalRevenue.minorUnits() <= 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) topRevenue.minorUnits() / totalRevenue.minorUnits());
  }
}
