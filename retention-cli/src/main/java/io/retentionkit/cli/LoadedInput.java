package io.retentionkit.cli;

import io.retentionkit.io.ImportSummary;
import io.retentionkit.io.InputFormat;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.IdentityRule;
import io.retentionkit.model.Order;
import java.util.List;
import java.util.Optional;

/**
 * Orders ready for analysis, and what they are: attributed to customers under {@code identity}, with the
 * policy (zone, reporting currency and converter, refunds, qualifying orders) they are to be read under.
 *
 * @param orders the orders, identities resolved, in input order
 * @param policy the analysis policy
 * @param source the input's name for messages and output: its path, or {@code "demo"}
 * @param format the input's format; empty for the demo shop
 * @param identity how orders were attributed to customers
 * @param customers how many customers the orders belong to, after identity resolution
 * @param summary what the import read and rejected; empty for the demo shop
 */
record LoadedInput(List<Order> orders, AnalysisPolicy policy, String source, Optional<InputFormat> format,
    IdentityRule identity, long customers, Optional<ImportSummary> summary) {

  LoadedInput {
    orders = List.copyOf(orders);
  }
}
