/**
 * Customer-retention analytics: an immutable order model, retention metrics, cohort tables and
 * customer-lifetime-value models.
 *
 * <p>Only the API packages are exported; {@code io.retentionkit.internal} holds implementation details
 * that may change in any release.
 */
module io.retentionkit.core {
  requires org.slf4j;
  requires org.apache.commons.numbers.gamma;

  exports io.retentionkit.model;
  exports io.retentionkit.metrics;
  exports io.retentionkit.clv;
}
