package io.retentionkit.io;

import java.util.regex.Pattern;

/**
 * Keeps e-mail addresses out of messages. Reasons quote the offending value, and a value can be an address
 * where it should not be (a shifted column, a file without a header whose first record is read as one), so
 * every reason passes through here on its way into an exception or a reject.
 */
final class Redaction {
  private static final Pattern EMAIL = Pattern.compile("[^\\s'\",;<>()\\[\\]]+@[^\\s'\",;<>()\\[\\]]+");

  private Redaction() {}

  /** Returns {@code text} with anything that looks like an e-mail address replaced. */
  static String withholdEmails(String text) {
    return text.indexOf('@') < 0 ? text : EMAIL.matcher(text).replaceAll("<e-mail withheld>");
  }
}
