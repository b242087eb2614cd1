package io.retentionkit.cli;

import io.retentionkit.io.ImportProgress;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Shows the progress of a long import on standard error. Short imports show nothing: the first report is
 * written once the import has run for a second, then at most once a second. On a terminal each report
 * overwrites the previous one; otherwise (a log file) each is a line of its own. An import that reads its
 * file more than once shows which pass it is in, timed as one import.
 */
final class StderrProgress implements Consumer<ImportProgress> {
  private static final long SECOND_NANOS = 1_000_000_000L;
  private static final double MEBIBYTE = 1024.0 * 1024.0;

  private final Reporter reporter;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private final long start;
  private long lastShown;
  private boolean shown;
  /** Whether the terminal's line holds a report that the next line must move past. */
  private boolean lineOpen;
  private String pass = "";

  /**
   * Starts timing an import.
   *
   * @param terminal whether standard error is a terminal, where a report may overwrite the previous one
   * @param nanoTime the clock, {@link System#nanoTime} outside tests
   */
  StderrProgress(Reporter reporter, boolean terminal, LongSupplier nanoTime) {
    this.reporter = reporter;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
  }

  @Override
  public void accept(ImportProgress progress) {
    long now = nanoTime.getAsLong();
    if (now - start < SECOND_NANOS || (shown && now - lastShown < SECOND_NANOS)) {
      return;
    }
    String text = describe(progress);
    reporter.raw(terminal ? overwriting(text) : Reporter.PREFIX + text + "\n");
    shown = true;
    lineOpen = terminal;
    lastShown = now;
  }

  /**
   * Names the pass the next reports belong to, for an import that reads its file more than once.
   *
   * @param number the pass, from 1
   * @param count how many passes there are
   */
  void pass(int number, int count) {
    pass = count == 1 ? "" : String.format(Locale.ROOT, " (pass %d of %d)", number, count);
  }

  /**
   * Ends the progress display, or a pass of it: moves past an overwritten line on a terminal, so that notes
   * written next have a line of their own.
   */
  void finish() {
    if (lineOpen) {
      reporter.raw("\n");
      lineOpen = false;
    }
  }

  /** Returns a report that replaces the previous one on a terminal line. */
  private static String overwriting(String text) {
    return "\r" + Reporter.PREFIX + text + "   "; // the spaces erase the tail of a longer previous report
  }

  private String describe(ImportProgress progress) {
    double read = progress.bytesRead() / MEBIBYTE;
    String share = progress.fraction().isPresent()
        ? String.format(Locale.ROOT, "%.0f%% (%.1f of %.1f MiB)", progress.fraction().getAsDouble() * 100, read,
            progress.totalBytes().getAsLong() / MEBIBYTE)
        : String.format(Locale.ROOT, "%.1f MiB", read);
    return String.format(Locale.ROOT, "reading %s%s: %s, %,d records", progress.source(), pass, share,
        progress.recordsRead());
  }
}
