package io.retentionkit.io;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * An input record that a lenient import refused, with the reason. Every record of the input is either part
 * of an imported order or reported as one of these.
 *
 * <p>{@code text} is the record as read: for CSV the record's values written back as one CSV record, for
 * JSON the object written back compactly. It may contain personal data (it is the customer's record), so
 * it belongs in a rejects file for the shop's own eyes, never in a log.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param source the input's name, usually its path
 * @param line the record's first physical line, 1-based
 * @param reason why it was refused; names the field and its value, never an e-mail address
 * @param text the record as read
 * @since 0.1.0
 */
public record RejectedRecord(String source, long line, String reason, String text) {

  /**
   * Creates a {@code RejectedRecord}, validating every component.
   *
   * @param source the input's name, usually its path
   * @param line the record's first physical line, 1-based
   * @param reason why it was refused; names the field and its value, never an e-mail address
   * @param text the record as read
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code line} is not positive
   */
  public RejectedRecord {
    requireNonNull(source, "source");
    requireNonNull(reason, "reason");
    requireNonNull(text, "text");
    if (line < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "line must be positive: %d", line));
    }
  }
}
