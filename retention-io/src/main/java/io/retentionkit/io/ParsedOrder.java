package io.retentionkit.io;

import io.retentionkit.model.Order;

/**
 * An order read from the input, and how many of its refunds were dated by a documented rule because the
 * input had no date for them.
 */
record ParsedOrder(Order order, int refundsWithAssumedDate) {}
