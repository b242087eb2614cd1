package io.retentionkit.model;

import static io.retentionkit.internal.Checks.requireNonBlank;

/**
 * The identifier of a customer in the caller's system: any non-blank text, compared exactly.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param value the identifier; not blank
 * @since 0.1.0
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

  private static final String EMAIL_PREFIX = "email:";

  /**
   * Creates a {@code CustomerId}, validating every component.
   *
   * @param value the identifier; not blank
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public CustomerId {
    requireNonBlank(value, "customer id");
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier; not blank
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  /**
   * Returns the identifier of a customer known only by e-mail: {@code "email:" + the normalised address}.
   * Guest checkouts and exports without a customer id column (Shopify) use it.
   *
   * @param email the customer's address
   * @return the identifier
   * @throws NullPointerException if {@code email} is null
   */
  public static CustomerId ofEmail(EmailAddress email) {
    return new CustomerId(EMAIL_PREFIX + email.value());
  }

  @Override
  public int compareTo(CustomerId other) {
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
