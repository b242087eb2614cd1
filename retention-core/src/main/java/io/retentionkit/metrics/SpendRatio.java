package io.retentionkit.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The returning-to-new spend ratio: the average window revenue of a returning customer who ordered in the
 * window over the average window revenue of a new customer. A ratio of 3 means returning customers spent
 * three times as much each. Under {@link io.retentionkit.model.RefundPolicy#NET_AT_REFUND_DATE} refunds of
 * older orders can make the returning customers' revenue, and so the ratio, negative.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param returning returning customers' window revenue over the returning customers who ordered in it
 * @param newCustomers new customers' window revenue over the new customers
 * @since 0.1.0
 */
public record SpendRatio(MoneyAverage returning, MoneyAverage newCustomers) {

  /**
   * Creates a {@code SpendRatio}, validating every component.
   *
   * @param returning returning customers' window revenue over the returning customers who ordered in it
   * @param newCustomers new customers' window revenue over the new customers
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the two averages are in different currencies
   */
  public SpendRatio {
    requireNonNull(returning, "returning");
    requireNonNull(newCustomers, "newCustomers");
    returning.total().requireSameCurrency(newCustomers.total());
  }

  /**
   * Returns why {@link #value()} is empty.
   *
   * @return the reason, or empty when the ratio is defined
   */
  public Optional<String> undefinedReason() {
    if (returning.count() == 0) {
      return Optional.of("no returning customer ordered in the window");
    } else if (newCustomers.count() == 0) {
      return Optional.of("no new customers were acquired in the window");
    } else if (newCustomers.total().minorUnits() <= 0) {
      return Optional.of("new customers' window revenue is not positive");
    }
    return Optional.empty();
  }

  /**
   * Returns {@code (returning revenue / returning customers) / (new revenue / new customers)}.
   *
   * @return the ratio, or empty when undefined (see {@link #undefinedReason()})
   */
  public OptionalDouble value() {
    if (undefinedReason().isPresent()) {
      return OptionalDouble.empty();
    }
    double returningAverage = (double) returning.total().minorUnits() / returning.count();
    double newAverage = (double) newCustomers.total().minorUnits() / newCustomers.count();
    return OptionalDouble.of(returningAverage / newAverage);
  }
}
