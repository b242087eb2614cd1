package io.retentionkit.io;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * An input file cannot be imported: a record is invalid (in strict mode) or the file itself is unreadable
 * (malformed CSV or JSON, not UTF-8, truncated, a record over the size limit, a missing column). The
 * message names the file, the physical line (for a record spanning several lines, its first line) and the
 * reason, for example {@code "orders.csv, line 12: amount must be a decimal number with a dot: '12,50'"};
 * it never contains an e-mail address.
 *
 * <p>It extends {@link IllegalArgumentException} because the input is the bad argument; the parts of the
 * message are available separately for callers that format errors themselves.
 *
 * @since 0.1.0
 */
public final class ImportException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The input's name. */
  private final String source;
  /** The 1-based physical line. */
  private final long line;
  /** The reason, without file and line. */
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param source the input's name, usually its path
   * @param line the physical line, 1-based
   * @param reason why the input or record was refused; anything in it that looks like an e-mail address is
   *     replaced by {@code <e-mail withheld>}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code line} is not positive
   */
  public ImportException(String source, long line, String reason) {
    super(message(source, line, reason));
    this.source = source;
    this.line = line;
    this.reason = Redaction.withholdEmails(reason);
  }

  private static String message(String source, long line, String reason) {
    requireNonNull(source, "source");
    requireNonNull(reason, "reason");
    if (line < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "line must be positive: %d", line));
    }
    return String.format(Locale.ROOT, "%s, line %d: %s", source, line, Redaction.withholdEmails(reason));
  }

  /**
   * Returns the input's name.
   *
   * @return the name given to the importer, usually the file's path
   */
  public String source() {
    return source;
  }

  /**
   * Returns the physical line of the problem; for a record that spans several lines, its first line.
   *
   * @return the 1-based line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the reason alone, without file and line.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
