package io.retentionkit.io;

import io.retentionkit.model.Order;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The state of one import call: where orders and rejects go, the counts, and progress reports. Strict and
 * lenient mode differ only here: a rejected record throws in strict mode and goes to the reject sink in
 * lenient mode.
 */
final class ImportRun {
  private static final long PROGRESS_STEP_BYTES = 1L << 20;

  private final String source;
  private final Consumer<? super Order> sink;
  private final Optional<Consumer<? super RejectedRecord>> rejects;
  private final Consumer<? super ImportProgress> progress;

  private long recordsRead;
  private long recordsImported;
  private long recordsRejected;
  private long blankRowsSkipped;
  private long ordersImported;
  private long refundsWithAssumedDate;
  private List<String> ignoredColumns = List.of();
  private long nextProgressBytes = PROGRESS_STEP_BYTES;

  ImportRun(String source, Consumer<? super Order> sink, Optional<Consumer<? super RejectedRecord>> rejects,
      Consumer<? super ImportProgress> progress) {
    this.source = source;
    this.sink = sink;
    this.rejects = rejects;
    this.progress = progress;
  }

  /** Counts one record read from any input of this import. */
  void recordRead() {
    recordsRead++;
  }

  /**
   * Hands an order to the consumer.
   *
   * @param records how many records it was built from
   * @param assumedRefundDates how many of its refunds were dated by a documented rule
   */
  void imported(Order order, long records, long assumedRefundDates) {
    sink.accept(order);
    ordersImported++;
    recordsImported += records;
    refundsWithAssumedDate += assumedRefundDates;
  }

  /** Counts records that became part of an order already counted by {@link #imported}. */
  void importedAlongside(long records) {
    recordsImported += records;
  }

  /**
   * Rejects one record: throws in strict mode, reports it in lenient mode.
   *
   * @throws ImportException in strict mode
   */
  void rejected(String recordSource, long line, String reason, String text) {
    if (rejects.isEmpty()) {
      throw new ImportException(recordSource, line, reason);
    }
    recordsRejected++;
    rejects.get().accept(new RejectedRecord(recordSource, line, Redaction.withholdEmails(reason), text));
  }

  /** Counts rows of a CSV input that had no value in any column and so were not records. */
  void blankRowsSkipped(long rows) {
    blankRowsSkipped += rows;
  }

  /** Notes the CSV columns the format ignores. */
  void ignoredColumns(List<String> names) {
    ignoredColumns = List.copyOf(names);
  }

  /** Reports progress if another step of input has been read since the last report. */
  void progress(InputText text) {
    if (text.bytesRead() >= nextProgressBytes) {
      nextProgressBytes = (text.bytesRead() / PROGRESS_STEP_BYTES + 1) * PROGRESS_STEP_BYTES;
      report(text);
    }
  }

  /** Reports that {@code text} has been read to its end. */
  void finished(InputText text) {
    report(text);
    nextProgressBytes = PROGRESS_STEP_BYTES;
  }

  private void report(InputText text) {
    progress.accept(new ImportProgress(text.source(), text.bytesRead(), text.totalBytes(), recordsRead));
  }

  /** Returns the counts so far. */
  ImportSummary summary() {
    return new ImportSummary(source, recordsRead, recordsImported, recordsRejected, blankRowsSkipped,
        ordersImported, refundsWithAssumedDate, ignoredColumns);
  }
}
