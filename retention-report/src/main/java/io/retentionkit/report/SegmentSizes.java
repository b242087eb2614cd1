package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import io.retentionkit.segments.RfmSegmentation;
import io.retentionkit.segments.SegmentSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sizes of customer segments, for the report's optional segments section: any segmentation (RFM
 * scores, value tiers, a caller's own rules) reduced to named groups and their customer counts. The report
 * draws no segmentation logic of its own; whatever fills this value decides what a segment is.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param scheme the segmentation's name, e.g. {@code "RFM"}; shown escaped
 * @param segments the segments, in display order; names unique
 * @since 0.1.0
 */
public record SegmentSizes(String scheme, List<Segment> segments) {

  /**
   * Creates a {@code SegmentSizes}, validating every component.
   *
   * @param scheme the segmentation's name; not blank
   * @param segments the segments, in display order; copied; at least one, names unique
   * @throws NullPointerException if a component or segment is null
   * @throws IllegalArgumentException if {@code scheme} is blank, there are no segments or two share a name
   */
  public SegmentSizes {
    requireNonNull(scheme, "scheme");
    segments = List.copyOf(requireNonNull(segments, "segments"));
    if (scheme.isBlank()) {
      throw new IllegalArgumentException("segmentation scheme must not be blank");
    }
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("segments must not be empty");
    }
    Set<String> names = new HashSet<>();
    for (Segment segment : segments) {
      if (!names.add(segment.name())) {
        throw new IllegalArgumentException("segment names must be unique: " + segment.name());
      }
    }
  }

  /**
   * Returns the sizes of an RFM segmentation: scheme {@code "RFM"}, and all eleven segments in their order
   * (best first, empty ones included), each with its display name, rule and revenue share.
   *
   * @param segmentation the segmentation
   * @return the sizes
   * @throws NullPointerException if {@code segmentation} is null
   */
  public static SegmentSizes of(RfmSegmentation segmentation) {
    requireNonNull(segmentation, "segmentation");
    List<Segment> segments = new ArrayList<>();
    for (SegmentSize size : segmentation.sizes()) {
      segments.add(new Segment(size.segment().displayName(), size.customers(),
          Optional.of(size.segment().definition()), size.revenueShare().value()));
    }
    return new SegmentSizes("RFM", segments);
  }

  /**
   * Returns the customers in all segments.
   *
   * @return the sum of the sizes
   * @throws ArithmeticException if the sum overflows
   */
  public long customers() {
    long sum = 0;
    for (Segment segment : segments) {
      sum = Math.addExact(sum, segment.customers());
    }
    return sum;
  }
}
