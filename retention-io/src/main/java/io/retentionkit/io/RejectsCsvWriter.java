package io.retentionkit.io;

import static java.util.Objects.requireNonNull;

import io.retentionkit.io.csv.SafeCsvWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A reject sink that writes a {@code rejects.csv}: the header {@code line,reason,record}, then one record
 * per rejected input record with its first line, the reason and the record as read. Text cells are
 * protected against formula injection ({@link SafeCsvWriter}), so the file is safe to open in a
 * spreadsheet. The file holds the customers' records: keep it where the export was.
 *
 * <pre>{@code
 * try (RejectsCsvWriter rejects = RejectsCsvWriter.create(Path.of("rejects.csv"))) {
 *   ImportSummary summary = OrderImporter.newBuilder(InputFormat.GENERIC_CSV, zone)
 *       .lenient(rejects).build().read(Path.of("orders.csv"), orders::add);
 * }
 * }</pre>
 *
 * <p>Not thread-safe. Closing it closes the underlying writer.
 *
 * @since 0.1.0
 */
public final class RejectsCsvWriter implements Consumer<RejectedRecord>, Closeable, Flushable {
  private final SafeCsvWriter csv;
  private long written;

  private RejectsCsvWriter(SafeCsvWriter csv) {
    this.csv = csv;
    csv.row("line", "reason", "record");
  }

  /**
   * Creates (or truncates) {@code file} and writes the header.
   *
   * @param file the rejects file
   * @return the writer
   * @throws NullPointerException if {@code file} is null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static RejectsCsvWriter create(Path file) {
    return new RejectsCsvWriter(SafeCsvWriter.create(file));
  }

  /**
   * Returns a writer into {@code out}, after writing the header.
   *
   * @param out where the CSV goes; closed when this writer is closed
   * @return the writer
   * @throws NullPointerException if {@code out} is null
   * @throws UncheckedIOException if writing fails
   */
  public static RejectsCsvWriter of(Writer out) {
    return new RejectsCsvWriter(SafeCsvWriter.of(out));
  }

  /**
   * Writes one rejected record.
   *
   * @param rejected the record
   * @throws NullPointerException if {@code rejected} is null
   * @throws UncheckedIOException if writing fails
   */
  @Override
  public void accept(RejectedRecord rejected) {
    requireNonNull(rejected, "rejected");
    csv.row(rejected.line(), rejected.reason(), rejected.text());
    written++;
  }

  /**
   * Returns how many rejected records have been written.
   *
   * @return the count, not counting the header
   */
  public long written() {
    return written;
  }

  /**
   * Flushes what has been written.
   *
   * @throws UncheckedIOException if flushing fails
   */
  @Override
  public void flush() {
    csv.flush();
  }

  /**
   * Flushes and closes the file.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    csv.close();
  }
}
