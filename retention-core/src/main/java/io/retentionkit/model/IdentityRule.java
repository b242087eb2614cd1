package io.retentionkit.model;

/**
 * How orders are attributed to customers by {@link IdentityResolver}.
 *
 * @since 0.1.0
 */
public enum IdentityRule {
  /** Each order belongs to its {@link Order#customerId()} as given. */
  BY_CUSTOMER_ID,
  /**
   * Orders with an e-mail address belong to {@link CustomerId#ofEmail} of it, so two accounts sharing an
   * address become one customer; orders without an address keep their customer id.
   */
  BY_EMAIL,
  /**
   * Account orders keep their customer id; a guest checkout joins the account with the same e-mail
   * address when there is one (the smallest id, if several accounts share it) and otherwise stays its
   * own customer, {@link CustomerId#ofEmail} of its address.
   */
  CUSTOMER_ID_THEN_EMAIL
}
