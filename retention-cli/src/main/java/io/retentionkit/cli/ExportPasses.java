package io.retentionkit.cli;

import io.retentionkit.io.ImportSummary;
import io.retentionkit.io.OrderImporter;
import io.retentionkit.io.RejectsCsvWriter;
import io.retentionkit.model.Order;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads one export several times with the same importer settings, as a two-pass load needs, while the
 * user sees one import: progress is one display across the passes, and the rejects file, the rejected
 * count and the notes on ignored columns and assumed refund dates come from the first pass only, since
 * every later pass meets the same records. A later pass that reads different counts means the file changed
 * in between, which ends the command rather than mixing two versions of it.
 */
final class ExportPasses implements AutoCloseable {
  private final InputOptions options;
  private final Path input;
  private final Reporter reporter;
  private final StderrProgress progress;
  private int passes;
  private ImportSummary first;

  /**
   * Prepares to read the {@code --input} of {@code options}.
   *
   * @param passes how many passes are planned, for the progress display; a pass beyond them is announced
   */
  ExportPasses(InputOptions options, Reporter reporter, int passes) {
    this.options = options;
    this.input = options.input.orElseThrow();
    this.reporter = reporter;
    this.passes = passes;
    // A console exists only in an interactive terminal, the one place where progress may overwrite its line.
    this.progress = new StderrProgress(reporter, System.console() != null, System::nanoTime);
  }

  /** Returns the file being read. */
  Path input() {
    return input;
  }

  /**
   * Reads the export for the first time, writing the rejects (with {@code --lenient}) and the notes.
   *
   * @return what the import read and rejected
   * @throws io.retentionkit.io.ImportException if the export is invalid
   */
  ImportSummary first(Consumer<? super Order> sink) {
    progress.pass(1, passes);
    OrderImporter.Builder importer = importer();
    if (options.lenient) {
      Path rejectsFile = options.rejects.orElseThrow();
      InputLoader.requireDistinct(rejectsFile, "--rejects", options);
      try (RejectsCsvWriter rejects = RejectsCsvWriter.create(rejectsFile)) {
        first = importer.lenient(rejects).build().read(input, sink);
      } finally {
        progress.finish();
      }
      String rejected = String.format(Locale.ROOT, "%,d of %,d records rejected, written to %s",
          first.recordsRejected(), first.recordsRead(), rejectsFile);
      if (first.recordsRejected() > 0) {
        reporter.warn(rejected);
      } else {
        reporter.note(rejected);
      }
    } else {
      try {
        first = importer.build().read(input, sink);
      } finally {
        progress.finish();
      }
    }
    if (first.blankRowsSkipped() > 0) {
      // Not an error (spreadsheets end exports with ",,,,"), but never skipped without a word.
      reporter.note(first.blankRowsSkipped() == 1
          ? "skipped 1 blank row of " + input + " (no value in any column, such as ,,,,)"
          : String.format(Locale.ROOT, "skipped %,d blank rows of %s (no value in any column, such as ,,,,)",
              first.blankRowsSkipped(), input));
    }
    if (!first.ignoredColumns().isEmpty()) {
      reporter.note("ignored columns of " + input + ": " + String.join(", ", first.ignoredColumns()));
    }
    if (first.refundsWithAssumedDate() > 0) {
      reporter.note(String.format(Locale.ROOT,
          "%,d refunds had no date in %s and were dated by the format's rule (e.g. at the order's date)",
          first.refundsWithAssumedDate(), input));
    }
    return first;
  }

  /**
   * Reads the export again, handing the same orders to {@code sink}; rejects go nowhere, the first pass
   * wrote them.
   *
   * @param pass the pass's number, from 2
   * @throws UserError if the file changed since the first pass
   */
  void again(int pass, Consumer<? super Order> sink) {
    if (first == null) {
      throw new IllegalStateException("the first pass must come first");
    }
    passes = Math.max(passes, pass);
    progress.pass(pass, passes);
    OrderImporter.Builder importer = importer();
    if (options.lenient) {
      importer.lenient(rejected -> { });
    }
    ImportSummary again;
    try {
      again = importer.build().read(input, sink);
    } finally {
      progress.finish();
    }
    if (!again.equals(first)) {
      throw new UserError(String.format(Locale.ROOT, "%s changed while it was being read: %,d records the first "
          + "time, %,d the %s; run the command again on a file that stays as it is", input, first.recordsRead(),
          again.recordsRead(), pass == 2 ? "second" : "next"));
    }
  }

  private OrderImporter.Builder importer() {
    OrderImporter.Builder importer = OrderImporter.newBuilder(options.inputFormat(), options.zone()).progress(progress);
    options.wooCommerceRefunds.ifPresent(importer::refunds);
    return importer;
  }

  /** Ends the progress display. */
  @Override
  public void close() {
    progress.finish();
  }
}
