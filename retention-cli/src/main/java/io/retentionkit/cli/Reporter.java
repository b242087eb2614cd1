package io.retentionkit.cli;

import java.io.PrintWriter;

/**
 * Writes the command's messages to standard error, each as one line starting with {@code retention: }:
 * notes (silenced by {@code --quiet}) and warnings (always shown).
 */
final class Reporter {
  static final String PREFIX = "retention: ";

  private final PrintWriter err;
  private final boolean quiet;

  Reporter(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  /** Writes an informational line, unless quiet. */
  void note(String message) {
    if (!quiet) {
      line(message);
    }
  }

  /** Writes a warning, even when quiet. */
  void warn(String message) {
    line("warning: " + message);
  }

  /** Writes text as it is, for progress lines that overwrite each other; unless quiet. */
  void raw(String text) {
    if (!quiet) {
      err.print(text);
      err.flush();
    }
  }

  private void line(String message) {
    err.println(PREFIX + message);
    err.flush();
  }
}
