package io.retentionkit.model;

import static io.retentionkit.internal.Checks.requireNonBlank;

/**
 * The identifier of an order in the caller's system: any non-blank text, compared exactly.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param value the identifier; not blank
 * @since 0.1.0
 */
public record OrderId(String value) implements Comparable<OrderId> {

  /**
   * Creates an {@code OrderId}, validating every component.
   *
   * @param value the identifier; not blank
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public OrderId {
    requireNonBlank(value, "order id");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier; not blank
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public int compareTo(OrderId other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns the identifier text.
   *
   * @return {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
