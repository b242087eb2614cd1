package io.retentionkit.io;

import java.util.Locale;

/**
 * One record cannot become an order; the reason names the field and its value (never an e-mail address).
 * Thrown inside a format reader and caught per record, where it becomes a reject or, in strict mode, an
 * {@link ImportException}. It carries no stack trace: lenient imports of dirty files throw many of them.
 */
final class InvalidRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidRecordException(String reason) {
    super(reason, null, false, false);
  }

  /** Returns an exception whose reason is {@code template} formatted in {@link Locale#ROOT}. */
  static InvalidRecordException of(String template, Object... args) {
    return new InvalidRecordException(String.format(Locale.ROOT, template, args));
  }
}
