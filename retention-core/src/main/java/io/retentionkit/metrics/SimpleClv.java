package io.retentionkit.metrics;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The simple formula customer lifetime value: {@code net average order value × purchase frequency ×
 * expected lifespan × margin}, in major units of the reporting currency. The lifespan is counted in
 * windows (the analysed window's length); unless given it is {@code 1 / churn rate}.
 *
 * <p>It is a rule of thumb, not a model: for probabilistic estimates see the CLV models.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param netAverageOrderValue the window's net average order value
 * @param purchaseFrequency the window's orders per customer who ordered
 * @param expectedLifespan the expected customer lifespan in windows; empty when it was not given and
 *     the churn rate is undefined or 0
 * @param lifespanGiven whether the lifespan was configured rather than derived from the churn rate
 * @param margin the margin applied to revenue, in {@code (0, 1]}; 1 gives a revenue CLV
 * @since 0.1.0
 */
public record SimpleClv(MoneyAverage netAverageOrderValue, Ratio purchaseFrequency,
    OptionalDouble expectedLifespan, boolean lifespanGiven, double margin) {

  /**
   * Creates a {@code SimpleClv}, validating every component.
   *
   * @param netAverageOrderValue the window's net average order value
   * @param purchaseFrequency the window's orders per customer who ordered
   * @param expectedLifespan the expected customer lifespan in windows; empty when it was not given and
   *     the churn rate is undefined or 0
   * @param lifespanGiven whether the lifespan was configured rather than derived from the churn rate
   * @param margin the margin applied to revenue, in {@code (0, 1]}; 1 gives a revenue CLV
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public SimpleClv {
    requireNonNull(netAverageOrderValue, "netAverageOrderValue");
    requireNonNull(purchaseFrequency, "purchaseFrequency");
    requireNonNull(expectedLifespan, "expectedLifespan");
    requireArgument(!lifespanGiven || expectedLifespan.isPresent(), "a given lifespan must be present");
    expectedLifespan.ifPresent(windows -> requireArgument(Double.isFinite(windows) && windows > 0,
        "expectedLifespan must be positive and finite: %s", windows));
    requireArgument(margin > 0 && margin <= 1, "margin must lie in (0, 1]: %s", margin);
  }

  /**
   * Returns why {@link #value()} is empty.
   *
   * @return the reason, or empty when the value is defined
   */
  public Optional<String> undefinedReason() {
    if (netAverageOrderValue.undefinedReason().isPresent()) {
      return netAverageOrderValue.undefinedReason();
    } else if (purchaseFrequency.undefinedReason().isPresent()) {
      return purchaseFrequency.undefinedReason();
    } else if (expectedLifespan.isEmpty()) {
      return Optional.of("the churn rate is undefined or 0 and no expected lifespan was given");
    }
    return Optional.empty();
  }

  /**
   * Returns the simple CLV.
   *
   * @return the value in major units of the reporting currency, or empty when undefined
   */
  public OptionalDouble value() {
    if (undefinedReason().isPresent()) {
      return OptionalDouble.empty();
    }
    double minorPerMajor = Math.pow(10, netAverageOrderValue.total().currency().getDefaultFractionDigits());
    double averageOrderValue =
        netAverageOrderValue.total().minorUnits() / minorPerMajor / netAverageOrderValue.count();
    return OptionalDouble.of(averageOrderValue * purchaseFrequency.value().getAsDouble()
        * expectedLifespan.getAsDouble() * margin);
  }
}
