package io.retentionkit.segments;

import io.retentionkit.model.CustomerId;

/**
 * One customer's raw RFM values before scoring, as both the order path ({@link RfmAccumulator}) and the
 * columnar path ({@link LogTally}) gather them, so that scoring and segmenting exist once
 * ({@link RfmAssembly}).
 *
 * @param customerId the customer
 * @param lastDay the latest shop-local epoch day of their qualifying orders before the as-of instant
 * @param frequency how many such orders
 * @param monetaryMinor their revenue in minor units of the reporting currency
 */
record CustomerTally(CustomerId customerId, long lastDay, long frequency, long monetaryMinor) {}
