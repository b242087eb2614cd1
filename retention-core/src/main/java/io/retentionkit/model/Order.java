package io.retentionkit.model;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One purchase: who, when, how much, what happened to it since (status, refunds), and the attributes that
 * retention analysis breaks results down by (discount code, channel, country, products).
 *
 * <p>{@code placedAt} is an instant; calculators turn it into a shop-local date with the explicit zone
 * of their {@link AnalysisPolicy}. Refunds never exceed the total and never precede the order.
 *
 * <p>A <em>guest checkout</em> is an order placed without an account; it must carry an e-mail address,
 * which {@link IdentityResolver} can use to merge it with the account that has the same address.
 *
 * <p>This is a value-based, immutable and thread-safe class. Build one with {@link #builder}.
 *
 * @param id the order's identifier
 * @param customerId the customer as the source system identifies them (for guests, usually
 *     {@link CustomerId#ofEmail})
 * @param placedAt when the order was placed
 * @param total the amount charged, in the order's currency; not negative
 * @param status the order's state
 * @param refunds the refunds, in the order's currency, each positive; together at most {@code total}
 * @param discountCode the discount code used, if any
 * @param channel the sales channel (e.g. {@code "web"}, {@code "pos"}), if known
 * @param country the shipping or billing country, if known
 * @param email the buyer's address, normalised, if known
 * @param guestCheckout whether the order was placed without an account
 * @param lineItems the order's lines, in the order's currency; may be empty
 * @since 0.1.0
 */
public record Order(
    OrderId id,
    CustomerId customerId,
    Instant placedAt,
    Money total,
    OrderStatus status,
    List<Refund> refunds,
    Optional<String> discountCode,
    Optional<String> channel,
    Optional<String> country,
    Optional<EmailAddress> email,
    boolean guestCheckout,
    List<LineItem> lineItems) {

  /**
   * Creates an {@code Order}, validating every component.
   *
   * @param id the order's identifier
   * @param customerId the customer as the source system identifies them (for guests, usually
   *     {@link CustomerId#ofEmail})
   * @param placedAt when the order was placed
   * @param total the amount charged, in the order's currency; not negative
   * @param status the order's state
   * @param refunds the refunds, in the order's currency, each positive; together at most {@code total}
   * @param discountCode the discount code used, if any
   * @param channel the sales channel (e.g. {@code "web"}, {@code "pos"}), if known
   * @param country the shipping or billing country, if known
   * @param email the buyer's address, normalised, if known
   * @param guestCheckout whether the order was placed without an account
   * @param lineItems the order's lines, in the order's currency; may be empty
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public Order {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(placedAt, "placedAt");
    requireNonNull(total, "total");
    requireNonNull(status, "status");
    refunds = List.copyOf(requireNonNull(refunds, "refunds"));
    requireNonNull(discountCode, "discountCode");
    requireNonNull(channel, "channel");
    requireNonNull(country, "country");
    requireNonNull(email, "email");
    lineItems = List.copyOf(requireNonNull(lineItems, "lineItems"));

    requireArgument(!total.isNegative(), "total must not be negative: %s (order %s)", total, id);
    long refunded = 0;
    for (Refund refund : refunds) {
      requireArgument(refund.amount().currency().equals(total.currency()),
          "refund currency must be the order's currency %s: %s (order %s)",
          total.currency().getCurrencyCode(), refund.amount().currency().getCurrencyCode(), id);
      requireArgument(!refund.refundedAt().isBefore(placedAt),
          "refund must not precede the order: refunded at %s, placed at %s (order %s)",
          refund.refundedAt(), placedAt, id);
      refunded = Math.addExact(refunded, refund.amount().minorUnits());
    }
    requireArgument(refunded <= total.minorUnits(),
        "refunds must not exceed the total %s: %s refunded (order %s)",
        total, Money.ofMinor(refunded, total.currency()), id);
    for (LineItem line : lineItems) {
      requireArgument(line.amount().currency().equals(total.currency()),
          "line currency must be the order's currency %s: %s (order %s)",
          total.currency().getCurrencyCode(), line.amount().currency().getCurrencyCode(), id);
    }
    requireNotBlank(discountCode, "discount code", id);
    requireNotBlank(channel, "channel", id);
    requireNotBlank(country, "country", id);
    requireArgument(!guestCheckout || email.isPresent(),
        "guest checkout must have an e-mail address (order %s)", id);
  }

  private static void requireNotBlank(Optional<String> text, String name, OrderId id) {
    text.ifPresent(t -> requireArgument(!t.isBlank(), "%s must not be blank when present (order %s)", name, id));
  }

  /**
   * Returns a paid order with no refunds and no attributes.
   *
   * @param id the order's identifier
   * @param customerId the customer
   * @param placedAt when it was placed
   * @param total the amount charged
   * @return the order
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code total} is negative
   */
  public static Order of(OrderId id, CustomerId customerId, Instant placedAt, Money total) {
    return builder(id, customerId, placedAt, total).build();
  }

  /**
   * Returns a builder for an order; the status defaults to {@link OrderStatus#PAID}.
   *
   * @param id the order's identifier
   * @param customerId the customer
   * @param placedAt when it was placed
   * @param total the amount charged
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(OrderId id, CustomerId customerId, Instant placedAt, Money total) {
    return new Builder(id, customerId, placedAt, total);
  }

  /**
   * Returns a builder holding this order's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(id, customerId, placedAt, total)
        .status(status)
        .guestCheckout(guestCheckout);
    builder.refunds.addAll(refunds);
    builder.lineItems.addAll(lineItems);
    builder.discountCode = discountCode;
    builder.channel = channel;
    builder.country = country;
    builder.email = email;
    return builder;
  }

  /**
   * Returns a copy attributed to another customer; identity resolution uses it.
   *
   * @param resolved the customer the order belongs to
   * @return this order if {@code resolved} is already its customer, else a copy
   * @throws NullPointerException if {@code resolved} is null
   */
  public Order withCustomerId(CustomerId resolved) {
    requireNonNull(resolved, "resolved");
    return resolved.equals(customerId) ? this : toBuilder().customerId(resolved).build();
  }

  /**
   * Returns the sum of all refunds.
   *
   * @return the refunded amount, zero if none, in the order's currency
   */
  public Money refundedTotal() {
    long sum = 0;
    for (Refund refund : refunds) {
      sum += refund.amount().minorUnits(); // cannot overflow: checked at construction
    }
    return Money.ofMinor(sum, total.currency());
  }

  /**
   * Returns the total minus all refunds.
   *
   * @return the net amount, never negative
   */
  public Money netTotal() {
    return total.minus(refundedTotal());
  }

  /**
   * Returns whether refunds returned the whole (positive) total.
   *
   * @return {@code true} if the total is positive and entirely refunded
   */
  public boolean isFullyRefunded() {
    return !total.isZero() && refundedTotal().equals(total);
  }

  /**
   * A mutable builder of one {@link Order}; not thread-safe. Every setter checks its argument at once,
   * {@link #build} checks the combination.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final OrderId id;
    private CustomerId customerId;
    private final Instant placedAt;
    private final Money total;
    private OrderStatus status = OrderStatus.PAID;
    private final List<Refund> refunds = new ArrayList<>();
    private Optional<String> discountCode = Optional.empty();
    private Optional<String> channel = Optional.empty();
    private Optional<String> country = Optional.empty();
    private Optional<EmailAddress> email = Optional.empty();
    private boolean guestCheckout;
    private final List<LineItem> lineItems = new ArrayList<>();

    private Builder(OrderId id, CustomerId customerId, Instant placedAt, Money total) {
      this.id = requireNonNull(id, "id");
      this.customerId = requireNonNull(customerId, "customerId");
      this.placedAt = requireNonNull(placedAt, "placedAt");
      this.total = requireNonNull(total, "total");
    }

    private Builder customerId(CustomerId value) {
      this.customerId = value;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param value the status
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder status(OrderStatus value) {
      this.status = requireNonNull(value, "status");
      return this;
    }

    /**
     * Adds a refund.
     *
     * @param amount the amount refunded; positive
     * @param refundedAt when
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code amount} is not positive
     */
    public Builder refund(Money amount, Instant refundedAt) {
      refunds.add(Refund.of(amount, refundedAt));
      return this;
    }

    /**
     * Sets the discount code.
     *
     * @param value the code; not blank
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder discountCode(String value) {
      this.discountCode = Optional.of(value);
      return this;
    }

    /**
     * Sets the sales channel.
     *
     * @param value the channel; not blank
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder channel(String value) {
      this.channel = Optional.of(value);
      return this;
    }

    /**
     * Sets the country.
     *
     * @param value the country; not blank
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder country(String value) {
      this.country = Optional.of(value);
      return this;
    }

    /**
     * Sets the buyer's e-mail address.
     *
     * @param value the address
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder email(EmailAddress value) {
      this.email = Optional.of(value);
      return this;
    }

    /**
     * Sets whether the order was placed without an account.
     *
     * @param value {@code true} for a guest checkout (which then needs an e-mail address)
     * @return this builder
     */
    public Builder guestCheckout(boolean value) {
      this.guestCheckout = value;
      return this;
    }

    /**
     * Adds a line.
     *
     * @param sku the product
     * @param quantity how many
     * @param amount the line's total
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value is out of range
     */
    public Builder lineItem(String sku, int quantity, Money amount) {
      lineItems.add(LineItem.of(sku, quantity, amount));
      return this;
    }

    /**
     * Returns the order.
     *
     * @return the validated order
     * @throws IllegalArgumentException if the values do not form a valid order (see {@link Order})
     */
    public Order build() {
      return new Order(id, customerId, placedAt, total, status, refunds, discountCode, channel, country,
          email, guestCheckout, lineItems);
    }
  }
}
