package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import io.retentionkit.segments.RfmSegmentation;
import io.retentionkit.segments.SegmentSize;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Renders the segment sizes of an {@link RfmSegmentation} as readable text: a line saying what was
 * segmented, a table of the eleven segments with their rule, customers and revenue and both shares, and
 * how the scores were given. {@link SegmentsCsv} has the per-customer values.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SegmentsText {
  private SegmentsText() {}

  /**
   * Returns the text for {@code segmentation}.
   *
   * @param segmentation the segmentation
   * @param style plain text or a Markdown table
   * @return the text, each line ending in {@code \n}
   * @throws NullPointerException if an argument is null
   */
  public static String render(RfmSegmentation segmentation, TextStyle style) {
    requireNonNull(segmentation, "segmentation");
    requireNonNull(style, "style");
    StringBuilder out = new StringBuilder();
    out.append("RFM segments of ").append(Texts.count(segmentation.customers().size()))
        .append(" customers as of ").append(segmentation.asOfDate())
        .append(" (orders placed before ").append(segmentation.asOf()).append("), revenue ")
        .append(MoneyFormat.format(segmentation.totalRevenue())).append('\n');
    out.append(Texts.count(segmentation.ordersCounted())).append(" orders counted; left out: ")
        .append(Texts.count(segmentation.ordersNotQualifying())).append(" not qualifying, ")
        .append(Texts.count(segmentation.ordersAfterAsOf())).append(" placed at or after the as-of instant\n\n");
    TextTable table = new TextTable(List.of("segment", "rule", "customers", "share", "revenue", "revenue share"),
        false, false, true, true, true, true);
    for (SegmentSize size : segmentation.sizes()) {
      table.row(List.of(size.segment().displayName(), size.segment().definition(), Texts.count(size.customers()),
          percent(size.customerShare().value()), MoneyFormat.format(size.revenueShare().part()),
          percent(size.revenueShare().value())));
    }
    out.append(table.render(style));
    out.append("\nScores 1-5 by rank, ties sharing a score: 1 + floor(5 w / n), w = customers strictly worse. "
        + "R: days since the last order; F: orders; M: revenue; FM = floor((F + M) / 2).\n");
    return out.toString();
  }

  private static String percent(OptionalDouble share) {
    return share.isPresent() ? Texts.percent(share.getAsDouble()) : Texts.UNDEFINED;
  }
}
