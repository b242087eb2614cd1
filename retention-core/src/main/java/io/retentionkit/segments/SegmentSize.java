package io.retentionkit.segments;

import static java.util.Objects.requireNonNull;

import io.retentionkit.metrics.MoneyShare;
import io.retentionkit.metrics.Rate;

/**
 * The size of one RFM segment: its customers as a share of all segmented customers, and its revenue as a
 * share of theirs. Each share keeps its numerator and denominator; a share whose whole is empty (no
 * customers) or not positive (no revenue) is undefined and says why.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param segment the segment
 * @param customerShare the segment's customers over all customers of the segmentation
 * @param revenueShare the segment's monetary value over all customers' monetary value
 * @since 0.1.0
 */
public record SegmentSize(RfmSegment segment, Rate customerShare, MoneyShare revenueShare) {

  /**
   * Creates a {@code SegmentSize}, validating every component.
   *
   * @param segment the segment
   * @param customerShare the segment's share of the customers
   * @param revenueShare the segment's share of the revenue
   * @throws NullPointerException if a component is null
   */
  public SegmentSize {
    requireNonNull(segment, "segment");
    requireNonNull(customerShare, "customerShare");
    requireNonNull(revenueShare, "revenueShare");
  }

  /**
   * Returns the customers in the segment.
   *
   * @return {@code customerShare().numerator()}
   */
  public long customers() {
    return customerShare.numerator();
  }
}
