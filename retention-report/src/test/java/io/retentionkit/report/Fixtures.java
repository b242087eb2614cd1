package io.retentionkit.report;

import io.retentionkit.model.Order;
import java.util.List;

/** Report data computed once per test run from the sample shop, shared by the tests that only read it. */
final class Fixtures {
  static final List<Order> ORDERS = SampleShop.orders(7, 1500, false);
  static final InputSource INPUT = new InputSource("orders.csv", "generic", ORDERS.size(), ORDERS.size(), 0);

  private Fixtures() {}

  /** Returns the default analysis of the sample shop. */
  static ReportData data() {
    return Holder.DATA;
  }

  private static final class Holder {
    static final ReportData DATA = ReportAnalysis.newBuilder(SampleShop.policy()).build()
        .analyze(ORDERS, List.of(INPUT));
  }
}
