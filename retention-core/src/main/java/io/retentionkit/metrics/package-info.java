/**
 * Retention metrics over orders, and the {@link io.retentionkit.metrics.Accumulator} shape that every
 * aggregation in the library shares.
 *
 * @since 0.1.0
 */
package io.retentionkit.metrics;
