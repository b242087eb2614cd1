package io.retentionkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class EmailAddressTest {

  @Test
  void normalisesCaseAndSurroundingSpace() {
    assertEquals(EmailAddress.of("ann@example.com"), EmailAddress.of("  Ann@Example.COM \t"));
    assertEquals("ann+shop@example.com", EmailAddress.of("Ann+Shop@example.com").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ann", "@example.com", "ann@", "a@b@c", "ann smith@example.com"})
  void rejectsMalformedAddressesWithoutRepeatingThem(String address) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmailAddress.of(address));
    assertFalse(!address.isBlank() && e.getMessage().contains(address.strip()), e.getMessage());
  }

  @Test
  void redactsInToString() {
    assertEquals("a…@example.com", EmailAddress.of("ann@example.com").toString());
  }

  @Test
  void derivesACustomerIdForCustomersKnownOnlyByEmail() {
    assertEquals(CustomerId.of("email:ann@example.com"), CustomerId.ofEmail(EmailAddress.of("ANN@example.com")));
  }
}
