package io.retentionkit.model;

/**
 * How refunds enter revenue.
 *
 * <p>Whatever the policy, an order's refunds are converted into the reporting currency at the order's
 * instant, so that a full refund always nets to exactly zero and net revenue never exceeds gross.
 *
 * @since 0.1.0
 */
public enum RefundPolicy {
  /** Refunds are ignored: revenue is what was charged, at the order's date. */
  GROSS,
  /**
   * Revenue is the total minus every recorded refund, booked at the order's date. Past periods are
   * restated when a late refund arrives; cohort revenue is attributed to the period of the sale.
   */
  NET_AT_ORDER_DATE,
  /**
   * The total is booked at the order's date and each refund is subtracted at its own date, as accounts
   * do: closed periods never change, and a period's net revenue can include refunds of older orders.
   */
  NET_AT_REFUND_DATE;

  /**
   * Returns whether refunds reduce revenue at all.
   *
   * @return {@code false} only for {@link #GROSS}
   */
  public boolean isNet() {
    return this != GROSS;
  }
}
