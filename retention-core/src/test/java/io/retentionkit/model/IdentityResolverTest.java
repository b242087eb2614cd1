package io.retentionkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Currency;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class IdentityResolverTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final EmailAddress ANN = EmailAddress.of("ann@example.com");
  private static final EmailAddress BOB = EmailAddress.of("bob@example.com");

  private static Order account(String order, String customer, EmailAddress email) {
    return Order.builder(OrderId.of(order), CustomerId.of(customer), Instant.EPOCH, Money.ofMinor(100, EUR))
        .email(email).build();
  }

  private static Order guest(String order, EmailAddress email) {
    return Order.builder(OrderId.of(order), CustomerId.ofEmail(email), Instant.EPOCH, Money.ofMinor(100, EUR))
        .email(email).guestCheckout(true).build();
  }

  private final List<Order> orders = List.of(
      account("o1", "42", ANN),
      account("o2", "17", ANN), // a second account with the same address
      guest("o3", ANN),
      guest("o4", BOB),
      Order.of(OrderId.of("o5"), CustomerId.of("99"), Instant.EPOCH, Money.ofMinor(100, EUR)));

  private List<String> customers(IdentityResolver resolver) {
    return resolver.resolveAll(orders).stream().map(o -> o.customerId().value()).toList();
  }

  @Test
  void byCustomerIdKeepsTheSourceIds() {
    assertEquals(List.of("42", "17", "email:ann@example.com", "email:bob@example.com", "99"),
        customers(IdentityResolver.of(IdentityRule.BY_CUSTOMER_ID, List.of(), orders)));
    assertEquals(List.of("42", "17", "email:ann@example.com", "email:bob@example.com", "99"),
        customers(IdentityResolver.byCustomerId()));
  }

  @Test
  void byEmailMergesEveryOrderWithTheSameAddress() {
    assertEquals(List.of("email:ann@example.com", "email:ann@example.com", "email:ann@example.com",
            "email:bob@example.com", "99"),
        customers(IdentityResolver.of(IdentityRule.BY_EMAIL, List.of(), orders)));
  }

  @Test
  void idThenEmailMergesGuestsIntoTheAccountWithTheSmallestId() {
    assertEquals(List.of("42", "17", "17", "email:bob@example.com", "99"),
        customers(IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, List.of(), orders)));
  }

  @Test
  void idThenEmailLearnsAccountAddressesFromCustomerRecords() {
    List<Customer> customers = List.of(Customer.of(CustomerId.of("7")).withEmail(BOB));
    IdentityResolver resolver = IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, customers, orders);
    assertEquals(List.of("42", "17", "17", "7", "99"), customers(resolver));
    // Orders arriving later resolve the same way.
    assertEquals(CustomerId.of("7"), resolver.customerOf(guest("o6", BOB)));
  }

  @Test
  void aLearnerFedOneOrderAtATimeResolvesAsTheCollectionsDo() {
    for (IdentityRule rule : IdentityRule.values()) {
      List<Customer> customers = List.of(Customer.of(CustomerId.of("7")).withEmail(BOB));
      IdentityResolver.Learner learner = IdentityResolver.learner(rule);
      customers.forEach(learner::customer);
      // Reversed: which account a shared address joins must not depend on the order orders are seen in.
      List<Order> reversed = new ArrayList<>(orders);
      Collections.reverse(reversed);
      reversed.forEach(learner::order);
      IdentityResolver streamed = learner.build();

      assertEquals(customers(IdentityResolver.of(rule, customers, orders)), customers(streamed), rule.name());
      assertEquals(rule, streamed.rule());
    }
  }

  @Test
  void aLearnerBuildsOnce() {
    IdentityResolver.Learner learner = IdentityResolver.learner(IdentityRule.CUSTOMER_ID_THEN_EMAIL);
    learner.build();

    assertThrows(IllegalStateException.class, learner::build);
    assertThrows(IllegalStateException.class, () -> learner.order(guest("o9", ANN)));
    assertThrows(NullPointerException.class, () -> IdentityResolver.learner(null));
    assertThrows(NullPointerException.class, () -> IdentityResolver.learner(IdentityRule.BY_EMAIL).order(null));
  }
}
