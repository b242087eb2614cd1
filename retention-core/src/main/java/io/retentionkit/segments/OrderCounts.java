package io.retentionkit.segments;

/**
 * What a segmentation did with each order it was given: every order is in exactly one count.
 *
 * @param counted qualifying orders placed before the as-of instant
 * @param notQualifying orders placed before the as-of instant that do not qualify as purchases
 * @param afterAsOf orders placed at or after the as-of instant
 */
record OrderCounts(long counted, long notQualifying, long afterAsOf) {}
