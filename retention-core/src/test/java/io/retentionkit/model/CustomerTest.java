package io.retentionkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class CustomerTest {
  private static final CustomerId ID = CustomerId.of("c1");

  @Test
  void ofCarriesTheIdentifierAndNothingElse() {
    Customer customer = Customer.of(ID);
    assertEquals(ID, customer.id());
    assertEquals(Optional.empty(), customer.email());
    assertEquals(Optional.empty(), customer.channel());
    assertEquals(Optional.empty(), customer.country());
    assertEquals(Set.of(), customer.tags());
  }

  @Test
  void normalisesTheEmailAddressForMatching() {
    Customer typed = Customer.of(ID).withEmail(EmailAddress.of("  Ann.Smith+Shop@Example.COM "));
    assertEquals(Optional.of(EmailAddress.of("ann.smith+shop@example.com")), typed.email());
    assertEquals("ann.smith+shop@example.com", typed.email().orElseThrow().value());
    // Two spellings of one address are one customer for identity resolution, and one value here.
    assertEquals(Customer.of(ID).withEmail(EmailAddress.of("ann.smith+shop@example.com")), typed);
  }

  @Test
  void keepsChannelCountryAndTagsAsGiven() {
    Customer customer = Customer.of(ID).withChannel("instagram").withCountry("NL").withTags(Set.of("vip", "b2b"));
    assertEquals(Optional.of("instagram"), customer.channel());
    assertEquals(Optional.of("NL"), customer.country());
    assertEquals(Set.of("vip", "b2b"), customer.tags());
    // The country is not checked against ISO 3166: shops use their own codes and names.
    assertEquals(Optional.of("Netherlands"), customer.withCountry("Netherlands").country());
  }

  @Test
  void withCopiesChangeOneComponentAndLeaveTheOriginal() {
    Customer original = new Customer(ID, Optional.of(EmailAddress.of("ann@example.com")), Optional.of("web"),
        Optional.of("DE"), Set.of("vip"));

    Customer retagged = original.withTags(Set.of("wholesale"));
    assertEquals(new Customer(ID, original.email(), original.channel(), original.country(), Set.of("wholesale")),
        retagged);
    assertEquals(Set.of("vip"), original.tags());

    assertEquals(Set.of(), original.withTags(Set.of()).tags());
    assertEquals(Optional.of("email"), original.withChannel("email").channel());
    assertEquals(Optional.of("web"), original.channel());
    assertEquals(Optional.of("AT"), original.withCountry("AT").country());
    assertEquals(Optional.of(EmailAddress.of("bob@example.com")),
        original.withEmail(EmailAddress.of("bob@example.com")).email());
    assertEquals(Optional.of(EmailAddress.of("ann@example.com")), original.email());
  }

  @Test
  void holdsAnUnmodifiableCopyOfTheTags() {
    Set<String> tags = new HashSet<>(Set.of("vip"));
    Customer customer = Customer.of(ID).withTags(tags);
    tags.add("late");
    assertEquals(Set.of("vip"), customer.tags());
    assertThrows(UnsupportedOperationException.class, () -> customer.tags().add("late"));
  }

  @Test
  void equalityTakesEveryComponentAndTagsAsASet() {
    Customer customer = Customer.of(ID).withChannel("web").withTags(new LinkedHashSet<>(List.of("a", "b")));
    Customer same = Customer.of(CustomerId.of("c1")).withChannel("web")
        .withTags(new LinkedHashSet<>(List.of("b", "a")));
    assertEquals(customer, same);
    assertEquals(customer.hashCode(), same.hashCode());

    assertNotEquals(customer, customer.withChannel("email"));
    assertNotEquals(customer, customer.withCountry("NL"));
    assertNotEquals(customer, customer.withTags(Set.of("a")));
    assertNotEquals(customer, customer.withEmail(EmailAddress.of("ann@example.com")));
    // The identifier alone does not make two customers equal: their attributes differ.
    assertNotEquals(Customer.of(ID), customer);
    assertNotEquals(customer, new Customer(CustomerId.of("c2"), customer.email(), customer.channel(),
        customer.country(), customer.tags()));
  }

  @Test
  void toStringRedactsTheEmailAddress() {
    String text = Customer.of(ID).withEmail(EmailAddress.of("ann@example.com")).toString();
    assertTrue(text.contains("a…@example.com"), text);
    assertFalse(text.contains("ann@"), text);
  }

  @Test
  void rejectsBlankAttributesNamingTheCustomer() {
    assertEquals("channel must not be blank when present (customer c1)",
        assertThrows(IllegalArgumentException.class, () -> Customer.of(ID).withChannel(" ")).getMessage());
    assertEquals("country must not be blank when present (customer c1)",
        assertThrows(IllegalArgumentException.class, () -> Customer.of(ID).withCountry("")).getMessage());
    assertEquals("tags must not be blank: \"\t\" (customer c1)",
        assertThrows(IllegalArgumentException.class, () -> Customer.of(ID).withTags(Set.of("vip", "\t")))
            .getMessage());
  }

  @Test
  void rejectsNullsNamingTheComponent() {
    Optional<EmailAddress> noEmail = Optional.empty();
    Optional<String> none = Optional.empty();
    assertEquals("id", assertThrows(NullPointerException.class,
        () -> new Customer(null, noEmail, none, none, Set.of())).getMessage());
    assertEquals("email", assertThrows(NullPointerException.class,
        () -> new Customer(ID, null, none, none, Set.of())).getMessage());
    assertEquals("channel", assertThrows(NullPointerException.class,
        () -> new Customer(ID, noEmail, null, none, Set.of())).getMessage());
    assertEquals("country", assertThrows(NullPointerException.class,
        () -> new Customer(ID, noEmail, none, null, Set.of())).getMessage());
    assertEquals("tags", assertThrows(NullPointerException.class,
        () -> new Customer(ID, noEmail, none, none, null)).getMessage());
    assertEquals("tags must not contain null (customer c1)", assertThrows(NullPointerException.class,
        () -> Customer.of(ID).withTags(new HashSet<>(Arrays.asList("vip", null)))).getMessage());
    assertThrows(NullPointerException.class, () -> Customer.of(null));
    assertThrows(NullPointerException.class, () -> Customer.of(ID).withEmail(null));
    assertThrows(NullPointerException.class, () -> Customer.of(ID).withChannel(null));
    assertThrows(NullPointerException.class, () -> Customer.of(ID).withCountry(null));
    assertThrows(NullPointerException.class, () -> Customer.of(ID).withTags(null));
  }
}
