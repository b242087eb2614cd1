package io.retentionkit.io;

import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * One CSV record and the physical line it starts on.
 *
 * @param line the record's first line, 1-based
 * @param values the record's values, as read (not trimmed)
 */
record CsvRow(long line, List<String> values) {

  /** Returns the record written back as one CSV record, for a reject entry. */
  String text() {
    return CSVFormat.RFC4180.format(values.toArray());
  }
}
