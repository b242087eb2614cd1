package io.retentionkit.cli;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.io.ImportSummary;
import io.retentionkit.io.InputFormat;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.IdentityRule;
import java.util.Optional;

/**
 * Orders ready for analysis, and what they are: a columnar {@link OrderLog} (about 20 bytes an order, not
 * the few hundred of an {@code Order} object), its orders attributed to customers under {@code identity}
 * and bound to the policy (zone, reporting currency and converter, refunds, qualifying orders) they are to
 * be read under. Every command analyses the log; once it is built, nothing holds the orders as objects.
 *
 * <p>What the log does not hold, no command needs: order ids (only their order among one customer's orders
 * placed at the same instant, which {@link InputLoader} settles while building the log), e-mail addresses
 * and the guest flag (used by identity resolution before an order is appended; the report masks the
 * addresses that customer ids contain), and line items past the first SKU (cohort breakdowns are by the first
 * order's attributes). Where the orders came from is the import's {@code summary}.
 *
 * @param log the orders, identities resolved, amounts converted into the reporting currency
 * @param source the input's name for messages and output: its path, or {@code "demo"}
 * @param format the input's format; empty for the demo shop
 * @param identity how orders were attributed to customers
 * @param summary what the import read and rejected; empty for the demo shop
 */
record LoadedInput(OrderLog log, String source, Optional<InputFormat> format, IdentityRule identity,
    Optional<ImportSummary> summary) {

  /** Returns the policy the log was built under. */
  AnalysisPolicy policy() {
    return log.policy();
  }

  /** Returns how many orders were loaded, qualifying or not. */
  long orderCount() {
    return log.orderCount();
  }

  /** Returns how many customers the orders belong to, after identity resolution. */
  long customers() {
    return log.customerCount();
  }
}
