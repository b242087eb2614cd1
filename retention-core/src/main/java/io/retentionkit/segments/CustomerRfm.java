package io.retentionkit.segments;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import java.time.LocalDate;

/**
 * One customer's RFM values as of the segmentation's as-of instant, their scores and their segment.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param customerId the customer
 * @param lastOrderDate the shop-local date of the customer's last qualifying order before the as-of instant
 * @param recencyDays recency: the days from {@code lastOrderDate} to the as-of instant's shop-local date;
 *     not negative (0 for an order on the as-of date itself)
 * @param frequency frequency: the customer's qualifying orders before the as-of instant; at least 1
 * @param monetary monetary value: the revenue of those orders under the policy's refund policy, in the
 *     reporting currency; not negative
 * @param score the customer's scores
 * @param segment the segment the scores put the customer in
 * @since 0.1.0
 */
public record CustomerRfm(CustomerId customerId, LocalDate lastOrderDate, long recencyDays, long frequency,
    Money monetary, RfmScore score, RfmSegment segment) {

  /**
   * Creates a {@code CustomerRfm}, validating every component.
   *
   * @param customerId the customer
   * @param lastOrderDate the shop-local date of the last qualifying order
   * @param recencyDays the days since; not negative
   * @param frequency the qualifying orders; at least 1
   * @param monetary their revenue; not negative
   * @param score the scores
   * @param segment the segment; must be the one {@code score} puts the customer in
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range or {@code segment} does not match
   *     {@code score}
   */
  public CustomerRfm {
    requireNonNull(customerId, "customerId");
    requireNonNull(lastOrderDate, "lastOrderDate");
    requireNonNull(monetary, "monetary");
    requireNonNull(score, "score");
    requireNonNull(segment, "segment");
    requireArgument(recencyDays >= 0, "recency days must not be negative: %d (customer %s)", recencyDays,
        customerId);
    requireArgument(frequency >= 1, "frequency must be at least 1: %d (customer %s)", frequency, customerId);
    requireArgument(!monetary.isNegative(), "monetary value must not be negative: %s (customer %s)", monetary,
        customerId);
    requireArgument(segment == RfmSegment.of(score), "segment must be %s for scores %s: %s (customer %s)",
        RfmSegment.of(score), score.code(), segment, customerId);
  }
}
