package io.retentionkit.io;

import io.retentionkit.model.EmailAddress;
import java.util.Optional;

/** Parses e-mail addresses of input records; a bad address is reported without repeating it. */
final class Emails {
  private Emails() {}

  /**
   * Returns the address {@code text}, or empty if it is blank.
   *
   * @param field the field's name, for messages
   * @throws InvalidRecordException if the text is not of the form {@code local@domain}
   */
  static Optional<EmailAddress> parse(String text, String field) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(EmailAddress.of(text));
    } catch (IllegalArgumentException e) {
      throw InvalidRecordException.of("%s must be an address with one @ between a local part and a domain, "
          + "without spaces (value withheld, %d characters)", field, text.length());
    }
  }
}
