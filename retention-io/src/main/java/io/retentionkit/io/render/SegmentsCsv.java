package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import io.retentionkit.io.csv.SafeCsvWriter;
import io.retentionkit.segments.CustomerRfm;
import io.retentionkit.segments.RfmSegmentation;
import java.io.UncheckedIOException;

/**
 * Writes an {@link RfmSegmentation} as CSV, one record per segmented customer in customer-id order:
 *
 * <pre>
 * customer_id,recency_days,frequency,monetary,r,f,m,segment
 * </pre>
 *
 * <ul>
 *   <li>{@code customer_id}: as in the input (after identity resolution, so a guest checkout is
 *       {@code email:<address>}); text, so protected against spreadsheet formula injection by
 *       {@link SafeCsvWriter}.
 *   <li>{@code recency_days}: days from the last qualifying order to the as-of date; {@code frequency}:
 *       qualifying orders; {@code monetary}: their revenue under the refund policy, a plain decimal in
 *       major units of the segmentation's currency.
 *   <li>{@code r}, {@code f}, {@code m}: the scores, 1 to 5.
 *   <li>{@code segment}: the segment's {@linkplain io.retentionkit.segments.RfmSegment#key key}, such as
 *       {@code champions} or {@code cant-lose-them}.
 * </ul>
 * See {@link io.retentionkit.segments} for the definitions.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SegmentsCsv {
  private SegmentsCsv() {}

  /**
   * Writes the header and one record per customer of {@code segmentation}.
   *
   * @param segmentation the segmentation
   * @param csv where the records go
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(RfmSegmentation segmentation, SafeCsvWriter csv) {
    requireNonNull(segmentation, "segmentation");
    requireNonNull(csv, "csv");
    csv.row("customer_id", "recency_days", "frequency", "monetary", "r", "f", "m", "segment");
    for (CustomerRfm customer : segmentation.customers()) {
      csv.row(customer.customerId().value(), customer.recencyDays(), customer.frequency(),
          customer.monetary().toBigDecimal(), customer.score().r(), customer.score().f(), customer.score().m(),
          customer.segment().key());
    }
  }
}
