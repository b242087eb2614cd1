package io.retentionkit.model;

import java.util.Locale;

/**
 * The life-cycle state of an order. Refunds are not a status: they are recorded as {@link Refund}s on the
 * order, so that partial refunds and their dates are kept.
 *
 * @since 0.1.0
 */
public enum OrderStatus {
  /** Placed but not yet paid (pending, on hold, authorised). */
  PLACED,
  /** Paid (processing, awaiting fulfilment). */
  PAID,
  /** Paid and fulfilled or completed. */
  FULFILLED,
  /** Cancelled or voided by the shop or the customer. */
  CANCELLED,
  /** Payment failed; the order never became a sale. */
  FAILED;

  /**
   * Returns whether the order was abandoned: {@link #CANCELLED} or {@link #FAILED}.
   *
   * @return {@code true} for cancelled and failed orders
   */
  public boolean isCancelledOrFailed() {
    return this == CANCELLED || this == FAILED;
  }

  /**
   * Returns the status with the given name, ignoring case and surrounding white space.
   *
   * @param name e.g. {@code "paid"}
   * @return the status
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no status has that name; the message lists the valid names
   */
  public static OrderStatus parse(String name) {
    String key = name.strip().toUpperCase(Locale.ROOT);
    for (OrderStatus status : values()) {
      if (status.name().equals(key)) {
        return status;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "status must be one of placed, paid, fulfilled, cancelled, failed: '%s'", name));
  }
}
