package io.retentionkit.io.csv;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed, UTF-8 for files) that is safe
 * to open in a spreadsheet: every CSV output of retentionkit goes through it.
 *
 * <p><b>Formula injection.</b> A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return as a formula, and a customer can type such text into a name or a
 * discount code. As OWASP recommends, a <em>text</em> cell starting with one of these characters (or
 * their full-width forms, which some spreadsheets also accept) is written with a leading apostrophe
 * ({@code '=1+1}), which spreadsheets show as text; see {@link #neutralize}. The cell's type decides:
 * <ul>
 *   <li>{@link Number}s (including {@link BigDecimal}, written in plain notation) and {@link Boolean}s are
 *       values the tool computed and are written as they are, so a negative number stays a number;
 *   <li>everything else ({@link CharSequence}s, dates, enums, ...) is text, written through
 *       {@link #neutralize}, because it may have come from the input.
 * </ul>
 * A caller that has a number as text (an amount read from a file) passes it as text and accepts the
 * apostrophe on negative values, or parses it into a {@code BigDecimal} first.
 *
 * <p>Not thread-safe. Closing the writer closes the underlying {@link Writer}. I/O errors are thrown as
 * {@link UncheckedIOException}.
 *
 * @see <a href="https://owasp.org/www-community/attacks/CSV_Injection">OWASP: CSV Injection</a>
 * @since 0.1.0
 */
public final class SafeCsvWriter implements Closeable, Flushable {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private final CSVPrinter printer;

  private SafeCsvWriter(CSVPrinter printer) {
    this.printer = printer;
  }

  /**
   * Returns a writer into {@code out}.
   *
   * @param out where the CSV goes; closed when this writer is closed
   * @return the writer
   * @throws NullPointerException if {@code out} is null
   */
  public static SafeCsvWriter of(Writer out) {
    requireNonNull(out, "out");
    try {
      return new SafeCsvWriter(new CSVPrinter(out, FORMAT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates (or truncates) {@code file} and returns a writer into it, in UTF-8.
   *
   * @param file the file
   * @return the writer
   * @throws NullPointerException if {@code file} is null
   * @throws UncheckedIOException if the file cannot be created
   */
  public static SafeCsvWriter create(Path file) {
    requireNonNull(file, "file");
    try {
      BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      return of(out);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
    }
  }

  /**
   * Writes one record.
   *
   * @param cells the cells, typed as described in the class documentation
   * @return this writer
   * @throws NullPointerException if {@code cells} or a cell is null
   * @throws IllegalArgumentException if a cell is a floating-point number that is not finite
   * @throws UncheckedIOException if writing fails
   */
  public SafeCsvWriter row(Object... cells) {
    return row(Arrays.asList(requireNonNull(cells, "cells")));
  }

  /**
   * Writes one record.
   *
   * @param cells the cells, typed as described in the class documentation
   * @return this writer
   * @throws NullPointerException if {@code cells} or a cell is null
   * @throws IllegalArgumentException if a cell is a floating-point number that is not finite
   * @throws UncheckedIOException if writing fails
   */
  public SafeCsvWriter row(List<?> cells) {
    requireNonNull(cells, "cells");
    String[] values = new String[cells.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = cell(requireNonNull(cells.get(i), "cell"));
    }
    try {
      printer.printRecord((Object[]) values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private static String cell(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "number must be finite: %s", d));
      }
      return value.toString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return neutralize(value.toString());
  }

  /**
   * Returns {@code text} made safe as a spreadsheet cell: with a leading apostrophe if it starts with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return, or a full-width
   * {@code ＝ ＋ － ＠}; otherwise unchanged.
   *
   * @param text the cell's text
   * @return the text, neutralised if needed
   * @throws NullPointerException if {@code text} is null
   */
  public static String neutralize(String text) {
    requireNonNull(text, "text");
    if (text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + text;
      default -> text;
    };
  }

  /**
   * Flushes what has been written.
   *
   * @throws UncheckedIOException if flushing fails
   */
  @Override
  public void flush() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the writer and the underlying {@link Writer}.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
