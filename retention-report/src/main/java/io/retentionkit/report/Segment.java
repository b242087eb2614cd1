package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One customer segment and its size, as shown in the report's segments section.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param name the segment's name, e.g. {@code "Champions"}; shown escaped
 * @param customers the customers in the segment
 * @param description what puts a customer in the segment, e.g. {@code "R 5, FM 4-5"}; shown on hover
 * @param revenueShare the segment's share of the segmented customers' revenue, in [0, 1]; empty when the
 *     segmentation has no revenue or its total is not positive (the report then shows {@code n/a})
 * @since 0.1.0
 */
public record Segment(String name, long customers, Optional<String> description, OptionalDouble revenueShare) {

  /**
   * Creates a {@code Segment}, validating every component.
   *
   * @param name the segment's name; not blank
   * @param customers the customers in the segment; not negative
   * @param description what puts a customer in the segment, or empty
   * @param revenueShare the segment's share of the revenue, in [0, 1], or empty
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code name} is blank, {@code customers} negative or
   *     {@code revenueShare} outside [0, 1]
   */
  public Segment {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(revenueShare, "revenueShare");
    if (name.isBlank()) {
      throw new IllegalArgumentException("segment name must not be blank");
    }
    if (customers < 0) {
      throw new IllegalArgumentException("segment customers must not be negative: " + customers);
    }
    if (revenueShare.isPresent() && !(revenueShare.getAsDouble() >= 0 && revenueShare.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("segment revenue share must lie in [0, 1]: " + revenueShare.getAsDouble());
    }
  }

  /**
   * Returns a segment without a description or revenue share.
   *
   * @param name the segment's name; not blank
   * @param customers the customers in it; not negative
   * @return the segment
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank or {@code customers} negative
   */
  public static Segment of(String name, long customers) {
    return new Segment(name, customers, Optional.empty(), OptionalDouble.empty());
  }
}
