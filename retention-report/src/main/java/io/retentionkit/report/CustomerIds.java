package io.retentionkit.report;

import io.retentionkit.model.CustomerId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the report shows a customer id. Reports get forwarded, so by default an e-mail address inside an id
 * (guest checkouts and Shopify exports identify customers by e-mail) is masked to its first character and
 * domain: {@code email:jane.doe@example.com} shows as {@code email:j…@example.com}. The owner of the data
 * can choose to reveal them.
 */
final class CustomerIds {
  private static final String ATOM = "[^\\s@:<>\"'(),;\\[\\]]";
  private static final Pattern EMAIL = Pattern.compile("(" + ATOM + ")" + ATOM + "*@(" + ATOM + "+\\." + ATOM + "+)");

  private CustomerIds() {}

  /** Returns the id as the report shows it. */
  static String display(CustomerId id, boolean revealEmails) {
    String value = id.value();
    if (revealEmails || value.indexOf('@') < 0) {
      return value;
    }
    Matcher matcher = EMAIL.matcher(value);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + "…@" + matcher.group(2)));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
