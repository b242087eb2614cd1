package io.retentionkit.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attributes orders to customers under an {@link IdentityRule}: the explicit step between importing orders
 * and analysing them, so that every calculator sees one customer where the shop has one person.
 *
 * <p>A resolver learns the e-mail addresses of accounts from {@link Customer} records and from account
 * (non-guest) orders when it is built; after that, {@link #resolve(Order)} is a pure function, so orders
 * that arrive later (a plugin fed order by order) resolve the same way. {@link #of} learns from collections
 * held in memory; a {@link #learner} learns from orders one at a time, so that an export can be streamed
 * twice, once to learn and once to resolve, without holding its orders: it keeps one entry per account
 * address, and nothing at all under rules other than {@link IdentityRule#CUSTOMER_ID_THEN_EMAIL}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IdentityResolver {
  private final IdentityRule rule;
  private final Map<EmailAddress, CustomerId> accountByEmail;

  private IdentityResolver(IdentityRule rule, Map<EmailAddress, CustomerId> accountByEmail) {
    this.rule = rule;
    this.accountByEmail = Map.copyOf(accountByEmail);
  }

  /**
   * Returns a resolver that learns account addresses from {@code customers} and {@code orders}.
   *
   * @param rule the rule
   * @param customers known customers (their e-mail addresses name accounts); may be empty
   * @param orders orders; those that are not guest checkouts and carry an address name accounts too
   * @return the resolver
   * @throws NullPointerException if an argument or element is null
   */
  public static IdentityResolver of(IdentityRule rule, Iterable<Customer> customers, Iterable<Order> orders) {
    requireNonNull(customers, "customers");
    requireNonNull(orders, "orders");
    Learner learner = learner(rule);
    customers.forEach(learner::customer);
    orders.forEach(learner::order);
    return learner.build();
  }

  /**
   * Returns an empty learner of account addresses under {@code rule}: feed it the customers and orders one
   * at a time, then {@linkplain Learner#build build} the resolver. The resolver equals the one {@link #of}
   * returns for the same customers and orders, in any order.
   *
   * @param rule the rule
   * @return a new learner
   * @throws NullPointerException if {@code rule} is null
   */
  public static Learner learner(IdentityRule rule) {
    return new Learner(requireNonNull(rule, "rule"));
  }

  /**
   * Returns the resolver that keeps every order's customer id.
   *
   * @return the {@link IdentityRule#BY_CUSTOMER_ID} resolver
   */
  public static IdentityResolver byCustomerId() {
    return new IdentityResolver(IdentityRule.BY_CUSTOMER_ID, Map.of());
  }

  private static void learn(Map<EmailAddress, CustomerId> accounts, EmailAddress email, CustomerId id) {
    accounts.merge(email, id, (a, b) -> a.compareTo(b) <= 0 ? a : b);
  }

  /**
   * Returns the rule this resolver applies.
   *
   * @return the rule
   */
  public IdentityRule rule() {
    return rule;
  }

  /**
   * Returns the customer {@code order} belongs to.
   *
   * @param order the order
   * @return the resolved customer id
   * @throws NullPointerException if {@code order} is null
   */
  public CustomerId customerOf(Order order) {
    requireNonNull(order, "order");
    return switch (rule) {
      case BY_CUSTOMER_ID -> order.customerId();
      case BY_EMAIL -> order.email().map(CustomerId::ofEmail).orElse(order.customerId());
      case CUSTOMER_ID_THEN_EMAIL -> !order.guestCheckout()
          ? order.customerId()
          : accountByEmail.getOrDefault(order.email().orElseThrow(), CustomerId.ofEmail(order.email().orElseThrow()));
    };
  }

  /**
   * Returns {@code order} attributed to its resolved customer.
   *
   * @param order the order
   * @return the order itself, or a copy with the resolved customer id
   * @throws NullPointerException if {@code order} is null
   */
  public Order resolve(Order order) {
    return order.withCustomerId(customerOf(order));
  }

  /**
   * Returns every order attributed to its resolved customer, in the given order.
   *
   * @param orders the orders
   * @return the resolved orders; unmodifiable
   * @throws NullPointerException if {@code orders} or an element is null
   */
  public List<Order> resolveAll(Iterable<Order> orders) {
    requireNonNull(orders, "orders");
    List<Order> resolved = new ArrayList<>();
    for (Order order : orders) {
      resolved.add(resolve(order));
    }
    return List.copyOf(resolved);
  }

  /**
   * Learns the e-mail addresses of accounts from customers and orders given one at a time, for a resolver
   * built once they have all been seen. When two accounts share an address, guests with it join the one
   * with the smallest id, whatever the order they were seen in. Mutable and not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Learner {
    private final IdentityRule rule;
    private final Map<EmailAddress, CustomerId> accounts = new HashMap<>();
    private boolean built;

    private Learner(IdentityRule rule) {
      this.rule = rule;
    }

    /**
     * Learns the address of a known customer, if it has one.
     *
     * @param customer the customer
     * @return this learner
     * @throws NullPointerException if {@code customer} is null
     * @throws IllegalStateException if the resolver was already built
     */
    public Learner customer(Customer customer) {
      requireNonNull(customer, "customer");
      requireUnbuilt();
      if (rule == IdentityRule.CUSTOMER_ID_THEN_EMAIL) {
        customer.email().ifPresent(email -> learn(accounts, email, customer.id()));
      }
      return this;
    }

    /**
     * Learns the address of an account order; guest checkouts and orders without an address teach nothing.
     *
     * @param order the order
     * @return this learner
     * @throws NullPointerException if {@code order} is null
     * @throws IllegalStateException if the resolver was already built
     */
    public Learner order(Order order) {
      requireNonNull(order, "order");
      requireUnbuilt();
      if (rule == IdentityRule.CUSTOMER_ID_THEN_EMAIL && !order.guestCheckout()) {
        order.email().ifPresent(email -> learn(accounts, email, order.customerId()));
      }
      return this;
    }

    /**
     * Returns the resolver of what was learnt; the learner cannot be used afterwards.
     *
     * @return the resolver
     * @throws IllegalStateException if the resolver was already built
     */
    public IdentityResolver build() {
      requireUnbuilt();
      built = true;
      return new IdentityResolver(rule, accounts);
    }

    private void requireUnbuilt() {
      if (built) {
        throw new IllegalStateException("an identity learner must be built only once");
      }
    }
  }
}
