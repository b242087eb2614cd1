package io.retentionkit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV input (RFC 4180: comma-separated, double quotes, any of CR, LF and CRLF ending a
 * line, quoted values spanning lines), each with the physical line it starts on. Rows whose values are all
 * blank (an empty line, or {@code ,,,,} as spreadsheets write an empty row) hold no data and are skipped,
 * but counted ({@link #blankRows()}) so that the import can report them. A file whose structure is broken
 * (an unterminated quote, bytes that are not UTF-8, a record over the size limit) ends the import with an
 * {@link ImportException}: a parser cannot know where the next good record starts, so even a lenient
 * import stops there.
 */
final class CsvInput {
  // Empty lines are read as records so that the parser's line count stays the record's real start line.
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private final InputText text;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long blankRows;

  private CsvInput(InputText text, CSVParser parser) {
    this.text = text;
    this.parser = parser;
    this.records = parser.iterator();
  }

  /** Starts reading {@code text} as CSV. */
  static CsvInput of(InputText text) {
    try {
      return new CsvInput(text, CSVParser.builder().setReader(text).setFormat(FORMAT).get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns how many rows with no non-blank value {@link #next()} has skipped so far, header included. */
  long blankRows() {
    return blankRows;
  }

  /**
   * Returns the next record with a non-blank value, or empty at the end of the input; counts the blank
   * rows it skips on the way.
   *
   * @throws ImportException if the input is malformed
   */
  Optional<CsvRow> next() {
    while (true) {
      long line = parser.getCurrentLineNumber() + 1;
      text.markRecordStart(line);
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return Optional.empty();
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        throw Failures.unreadable(text.source(), line, e);
      }
      List<String> values = record.toList();
      for (String value : values) {
        if (!value.isBlank()) {
          return Optional.of(new CsvRow(line, values));
        }
      }
      blankRows++;
    }
  }
}
