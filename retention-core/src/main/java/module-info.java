/**
 * Customer-retention analytics: an immutable order model, retention metrics, cohort tables,
 * customer-lifetime-value models and RFM segments.
 *
 * <p>Only the API packages are exported; {@code io.retentionkit.internal} holds implementation details
 * that may change in any release.
 */
module io.retentionkit.core {
  requires org.slf4j;
  // Special functions for the CLV models. Commons Numbers 1.3 ships a real module descriptor (a
  // multi-release jar), so this is not an automatic-module requirement and -Xlint:all stays quiet.
  requires org.apache.commons.numbers.gamma;

  exports io.retentionkit.model;
  exports io.retentionkit.columnar;
  exports io.retentionkit.metrics;
  exports io.retentionkit.cohort;
  exports io.retentionkit.clv;
  exports io.retentionkit.segments;
}
