package io.retentionkit.io;

import java.io.IOException;

/**
 * The input cannot be read on as text: a malformed byte or a record over the size limit. It is an
 * {@link IOException} because it surfaces from {@link InputText#read}, through the parsers; the importer
 * turns it into an {@link ImportException} naming the file.
 */
final class InputTextException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final String reason;

  InputTextException(long line, String reason) {
    super(reason);
    this.line = line;
    this.reason = reason;
  }

  /** Returns the line the problem is on (for an oversized record, the line the record starts on). */
  long line() {
    return line;
  }

  /** Returns the reason, without file or line. */
  String reason() {
    return reason;
  }
}
