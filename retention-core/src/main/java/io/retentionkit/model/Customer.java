package io.retentionkit.model;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;

/**
 * A customer and the attributes of how they were acquired.
 *
 * <p>Metrics work from orders alone; a {@code Customer} adds what orders do not carry (an account's
 * e-mail for {@link IdentityResolver identity resolution}, tags, an acquisition channel recorded at
 * sign-up).
 *
 * <p>Two customers are equal when all their components are: the same identifier alone does not make
 * them equal, and tags compare as sets, regardless of order. {@link #toString()} shows the e-mail address
 * redacted, as {@link EmailAddress#toString()} does.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param id the customer's identifier
 * @param email the e-mail address, normalised for matching, if known
 * @param channel the acquisition channel (e.g. {@code "web"}, {@code "instagram"}), if known
 * @param country the country (ISO 3166 alpha-2 recommended, not enforced), if known
 * @param tags free-form tags, held as an unmodifiable copy; may be empty, none null or blank
 * @since 0.1.0
 */
public record Customer(
    CustomerId id,
    Optional<EmailAddress> email,
    Optional<String> channel,
    Optional<String> country,
    Set<String> tags) {

  /**
   * Creates a {@code Customer}, validating every component.
   *
   * @param id the customer's identifier
   * @param email the e-mail address, normalised for matching, if known
   * @param channel the acquisition channel (e.g. {@code "web"}, {@code "instagram"}), if known
   * @param country the country (ISO 3166 alpha-2 recommended, not enforced), if known
   * @param tags free-form tags, held as an unmodifiable copy; may be empty, none null or blank
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public Customer {
    requireNonNull(id, "id");
    requireNonNull(email, "email");
    requireNonNull(channel, "channel");
    requireNonNull(country, "country");
    requireNonNull(tags, "tags");
    // Checked before Set.copyOf, whose own NullPointerException would not say which customer it was.
    for (String tag : tags) {
      requireNonNull(tag, () -> "tags must not contain null (customer " + id + ")");
      requireArgument(!tag.isBlank(), "tags must not be blank: \"%s\" (customer %s)", tag, id);
    }
    tags = Set.copyOf(tags);
    channel.ifPresent(c -> requireArgument(!c.isBlank(), "channel must not be blank when present (customer %s)", id));
    country.ifPresent(c -> requireArgument(!c.isBlank(), "country must not be blank when present (customer %s)", id));
  }

  /**
   * Returns a customer with no attributes but the identifier.
   *
   * @param id the identifier
   * @return the customer
   * @throws NullPointerException if {@code id} is null
   */
  public static Customer of(CustomerId id) {
    return new Customer(id, Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
  }

  /**
   * Returns a copy with the given e-mail address.
   *
   * @param address the address
   * @return the copy
   * @throws NullPointerException if {@code address} is null
   */
  public Customer withEmail(EmailAddress address) {
    return new Customer(id, Optional.of(address), channel, country, tags);
  }

  /**
   * Returns a copy with the given acquisition channel.
   *
   * @param value the channel; not blank
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public Customer withChannel(String value) {
    return new Customer(id, email, Optional.of(value), country, tags);
  }

  /**
   * Returns a copy with the given country.
   *
   * @param value the country; not blank
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public Customer withCountry(String value) {
    return new Customer(id, email, channel, Optional.of(value), tags);
  }

  /**
   * Returns a copy with the given tags.
   *
   * @param values the tags; none blank
   * @return the copy
   * @throws NullPointerException if {@code values} or a tag is null
   * @throws IllegalArgumentException if a tag is blank
   */
  public Customer withTags(Set<String> values) {
    return new Customer(id, email, channel, country, values);
  }
}
