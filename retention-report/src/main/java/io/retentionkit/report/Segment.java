package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One customer segment and its size, as shown in the report's segments section.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param name the segment's name, e.g. {@code "Champions"}; shown escaped
 * @param customers the customers in the segment
 * @param description what puts a customer in the segment, e.g. {@code "R 4-5, F 4-5"}; shown on hover
 * @since 0.1.0
 */
public record Segment(String name, long customers, Optional<String> description) {

  /**
   * Creates a {@code Segment}, validating every component.
   *
   * @param name the segment's name; not blank
   * @param customers the customers in the segment; not negative
   * @param description what puts a customer in the segment, or empty
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code name} is blank or {@code customers} negative
   */
  public Segment {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    if (name.isBlank()) {
      throw new IllegalArgumentException("segment name must not be blank");
    }
    if (customers < 0) {
      throw new IllegalArgumentException("segment customers must not be negative: " + customers);
    }
  }

  /**
   * Returns a segment without a description.
   *
   * @param name the segment's name; not blank
   * @param customers the customers in it; not negative
   * @return the segment
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank or {@code customers} negative
   */
  public static Segment of(String name, long customers) {
    return new Segment(name, customers, Optional.empty());
  }
}
