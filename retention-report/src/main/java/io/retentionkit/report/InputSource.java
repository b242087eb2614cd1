package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import io.retentionkit.io.ImportSummary;
import io.retentionkit.io.InputFormat;
import io.retentionkit.io.OrderImporter;
import java.util.Locale;

/**
 * One input the report's orders came from, and what its import did, for the report's data provenance.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param name the input's name as the user gave it, usually a file name; shown escaped
 * @param format the input's format, e.g. {@code "shopify"}, {@code "generic"} or {@code "rates"}
 * @param recordsRead the records (CSV rows or JSON objects) read
 * @param ordersImported the orders the records became
 * @param recordsRejected the records rejected, each with a reason, in lenient mode
 * @since 0.1.0
 */
public record InputSource(String name, String format, long recordsRead, long ordersImported, long recordsRejected) {

  /**
   * Creates an {@code InputSource}, validating every component.
   *
   * @param name the input's name as the user gave it; not blank
   * @param format the input's format; not blank
   * @param recordsRead the records read; not negative
   * @param ordersImported the orders imported; at most the records not rejected
   * @param recordsRejected the records rejected; at most the records read
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public InputSource {
    requireNonNull(name, "name");
    requireNonNull(format, "format");
    if (name.isBlank() || format.isBlank()) {
      throw new IllegalArgumentException("input name and format must not be blank");
    }
    if (recordsRead < 0 || ordersImported < 0 || recordsRejected < 0 || recordsRejected > recordsRead
        || ordersImported > recordsRead - recordsRejected) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "input counts must satisfy 0 <= rejected <= read and 0 <= orders <= read - rejected: "
              + "%d read, %d orders, %d rejected", recordsRead, ordersImported, recordsRejected));
    }
  }

  /**
   * Returns the input an {@link OrderImporter} read.
   *
   * @param summary what the import did; its source names the input
   * @param format the input's format
   * @return the input, named by {@link ImportSummary#source()} and formatted by its short name
   * @throws NullPointerException if an argument is null
   */
  public static InputSource of(ImportSummary summary, InputFormat format) {
    requireNonNull(summary, "summary");
    requireNonNull(format, "format");
    return new InputSource(summary.source(), format.shortName(), summary.recordsRead(), summary.ordersImported(),
        summary.recordsRejected());
  }
}
