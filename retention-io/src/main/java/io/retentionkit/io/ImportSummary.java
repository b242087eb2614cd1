package io.retentionkit.io;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * What an import did. Every record read was either imported (as an order, or as part of one) or rejected:
 * {@code recordsRead == recordsImported + recordsRejected} always holds, and the rows that were not records
 * are counted too, so nothing is dropped silently.
 *
 * <p>A <em>record</em> is one unit of the input: a CSV record (a Shopify order spans one record per line
 * item), or one JSON object in the top-level array (an order, or a refund of a separate refunds file).
 * A CSV row with no value in any column (an empty line, or only commas, {@code ,,,,}, as spreadsheets
 * export an empty row) holds no data and is not a record: rejecting it would fail a strict import over
 * nothing, so it is skipped and counted in {@code blankRowsSkipped}, in strict and lenient mode alike.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param source the main input's name, usually its path
 * @param recordsRead how many records were read, over all inputs of the import
 * @param recordsImported how many of them became (part of) an imported order
 * @param recordsRejected how many were rejected (only in lenient mode; a strict import throws instead)
 * @param blankRowsSkipped how many CSV rows were skipped because no column had a value, over all inputs
 *     (before the header too); always 0 for JSON
 * @param ordersImported how many orders were handed to the consumer
 * @param refundsWithAssumedDate how many imported refunds had no date in the input and were dated by the
 *     format's documented rule (for example at the order's date)
 * @param ignoredColumns the CSV header names the format does not use, in header order; empty for JSON
 * @since 0.1.0
 */
public record ImportSummary(
    String source,
    long recordsRead,
    long recordsImported,
    long recordsRejected,
    long blankRowsSkipped,
    long ordersImported,
    long refundsWithAssumedDate,
    List<String> ignoredColumns) {

  /**
   * Creates an {@code ImportSummary}, validating every component.
   *
   * @param source the main input's name, usually its path
   * @param recordsRead how many records were read, over all inputs of the import
   * @param recordsImported how many of them became (part of) an imported order
   * @param recordsRejected how many were rejected
   * @param blankRowsSkipped how many CSV rows were skipped because no column had a value
   * @param ordersImported how many orders were handed to the consumer
   * @param refundsWithAssumedDate how many imported refunds were dated by the format's documented rule
   * @param ignoredColumns the CSV header names the format does not use
   * @throws NullPointerException if a component or column name is null
   * @throws IllegalArgumentException if a count is negative, the records do not add up, or more orders
   *     than records were imported
   */
  public ImportSummary {
    requireNonNull(source, "source");
    ignoredColumns = List.copyOf(requireNonNull(ignoredColumns, "ignoredColumns"));
    if (recordsRead < 0 || recordsImported < 0 || recordsRejected < 0 || blankRowsSkipped < 0
        || ordersImported < 0 || refundsWithAssumedDate < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (recordsRead != recordsImported + recordsRejected || ordersImported > recordsImported) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "records read must equal records imported plus rejected, with at most one order per imported "
              + "record: %d read, %d imported, %d rejected, %d orders",
          recordsRead, recordsImported, recordsRejected, ordersImported));
    }
  }
}
