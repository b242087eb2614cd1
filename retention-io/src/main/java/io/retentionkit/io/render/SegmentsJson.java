package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.retentionkit.segments.RfmSegment;
import io.retentionkit.segments.RfmSegmentation;
import io.retentionkit.segments.SegmentSize;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes the segment sizes of an {@link RfmSegmentation} as JSON (the per-customer values are in
 * {@link SegmentsCsv}):
 *
 * <pre>{@code
 * {"scheme": "RFM", "asOf": "2025-01-01T00:00:00Z", "asOfDate": "2025-01-01", "currency": "EUR",
 *  "customers": 2643, "totalRevenue": "123456.78",
 *  "orders": {"counted": 6500, "notQualifying": 250, "afterAsOf": 0},
 *  "segments": [{"segment": "champions", "name": "Champions", "definition": "R 5, FM 4-5",
 *                "minR": 5, "maxR": 5, "minFm": 4, "maxFm": 5, "customers": 212,
 *                "customerShare": {"value": 0.08, "numerator": 212, "denominator": 2643},
 *                "revenue": "34567.89",
 *                "revenueShare": {"value": 0.28, "numerator": "34567.89", "denominator": "123456.78"}}, ...]}
 * }</pre>
 *
 * <ul>
 *   <li>{@code asOf}: only orders placed before this instant count; {@code asOfDate}: its shop-local date,
 *       from which recency is counted.
 *   <li>{@code orders}: what became of every order: {@code counted} (qualifying, before the as-of instant),
 *       {@code notQualifying} and {@code afterAsOf}.
 *   <li>{@code segments}: all eleven, in the order of {@link RfmSegment} (best first), empty ones included;
 *       each with its key, name and rule (recency score {@code minR}–{@code maxR}, frequency-monetary
 *       score {@code minFm}–{@code maxFm}), its customers and revenue, and both shares; a share without a
 *       positive whole has {@code "value": null} and a {@code reason}.
 * </ul>
 * Money is a decimal string in major units of {@code currency}.
 *
 * <p>Stateless and thread-safe; a generator is not, so give each thread its own.
 *
 * @since 0.1.0
 */
public final class SegmentsJson {
  private SegmentsJson() {}

  /**
   * Writes {@code segmentation} as a complete, pretty-printed JSON document (see {@link JsonOutput}),
   * ending in a line break. {@code out} is flushed, not closed.
   *
   * @param segmentation the segmentation
   * @param out where the document goes
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(RfmSegmentation segmentation, Writer out) {
    requireNonNull(segmentation, "segmentation");
    JsonOutput.document(out, generator -> write(segmentation, generator));
  }

  /**
   * Writes {@code segmentation} as one JSON object at the generator's current position.
   *
   * @param segmentation the segmentation
   * @param generator where the object goes
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(RfmSegmentation segmentation, JsonGenerator generator) {
    requireNonNull(segmentation, "segmentation");
    Json json = new Json(requireNonNull(generator, "generator")).startObject();
    writeMembers(segmentation, json);
    json.endObject();
  }

  /**
   * Writes the members of {@code segmentation} into the object the generator has open, so that a caller
   * can add members of its own (for example the policy) to the same object.
   *
   * @param segmentation the segmentation
   * @param generator a generator inside an object
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void writeMembers(RfmSegmentation segmentation, JsonGenerator generator) {
    requireNonNull(segmentation, "segmentation");
    writeMembers(segmentation, new Json(requireNonNull(generator, "generator")));
  }

  private static void writeMembers(RfmSegmentation segmentation, Json json) {
    json.string("scheme", "RFM")
        .string("asOf", segmentation.asOf().toString())
        .string("asOfDate", segmentation.asOfDate().toString())
        .string("currency", segmentation.currency().getCurrencyCode())
        .number("customers", segmentation.customers().size())
        .money("totalRevenue", segmentation.totalRevenue())
        .startObject("orders")
        .number("counted", segmentation.ordersCounted())
        .number("notQualifying", segmentation.ordersNotQualifying())
        .number("afterAsOf", segmentation.ordersAfterAsOf())
        .endObject()
        .startArray("segments");
    for (SegmentSize size : segmentation.sizes()) {
      RfmSegment segment = size.segment();
      json.startObject()
          .string("segment", segment.key())
          .string("name", segment.displayName())
          .string("definition", segment.definition())
          .number("minR", segment.minR())
          .number("maxR", segment.maxR())
          .number("minFm", segment.minFm())
          .number("maxFm", segment.maxFm())
          .number("customers", size.customers())
          .rate("customerShare", size.customerShare())
          .money("revenue", size.revenueShare().part())
          .startObject("revenueShare")
          .number("value", size.revenueShare().value())
          .money("numerator", size.revenueShare().part())
          .money("denominator", size.revenueShare().whole())
          .reason(size.revenueShare().undefinedReason())
          .endObject()
          .endObject();
    }
    json.endArray();
  }
}
