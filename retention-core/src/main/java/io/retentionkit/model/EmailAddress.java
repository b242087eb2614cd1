package io.retentionkit.model;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * An e-mail address normalised for matching: surrounding white space removed and lower-cased
 * ({@link Locale#ROOT}). Sub-addresses ({@code +tag}) and dots are kept, because they may name different
 * mailboxes at some providers.
 *
 * <p>Addresses are personal data: they never appear in this library's exception messages or logs.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param value the normalised address
 * @since 0.1.0
 */
public record EmailAddress(String value) {

  /**
   * Creates an {@code EmailAddress}, validating every component.
   *
   * @param value the normalised address
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public EmailAddress {
    requireNonNull(value, "email");
    value = value.strip().toLowerCase(Locale.ROOT);
    int at = value.indexOf('@');
    requireArgument(at > 0 && at == value.lastIndexOf('@') && at < value.length() - 1
            && value.chars().noneMatch(Character::isWhitespace),
        "email must be of the form local@domain without spaces (value withheld, %d characters)",
        value.length());
  }

  /**
   * Returns the normalised form of {@code address}.
   *
   * @param address the address as entered
   * @return the normalised address
   * @throws NullPointerException if {@code address} is null
   * @throws IllegalArgumentException if the address is not of the form {@code local@domain}
   */
  public static EmailAddress of(String address) {
    return new EmailAddress(address);
  }

  /**
   * Returns a redacted form, safe for logs: the first character and the domain.
   *
   * @return e.g. {@code "j…@example.com"}
   */
  @Override
  public String toString() {
    int at = value.indexOf('@');
    return value.charAt(0) + "…" + value.substring(at);
  }
}
