package io.retentionkit.io;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How far an import has come: reported after every mebibyte of input and once at the end of each input
 * file, so that a command line can show progress (and stay silent when asked to).
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param source the input being read, usually its path
 * @param bytesRead the bytes read from it so far
 * @param totalBytes its size in bytes, when known (a file, not a stream)
 * @param recordsRead the records read so far, over all inputs of the import
 * @since 0.1.0
 */
public record ImportProgress(String source, long bytesRead, OptionalLong totalBytes, long recordsRead) {

  /**
   * Creates an {@code ImportProgress}, validating every component.
   *
   * @param source the input being read, usually its path
   * @param bytesRead the bytes read from it so far
   * @param totalBytes its size in bytes, when known (a file, not a stream)
   * @param recordsRead the records read so far, over all inputs of the import
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a count is negative
   */
  public ImportProgress {
    requireNonNull(source, "source");
    requireNonNull(totalBytes, "totalBytes");
    if (bytesRead < 0 || recordsRead < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "counts must not be negative: %d bytes, %d records", bytesRead, recordsRead));
    }
  }

  /**
   * Returns the share of the input read, when its size is known.
   *
   * @return a fraction in [0, 1], or empty for a stream of unknown size (or an empty file)
   */
  public OptionalDouble fraction() {
    if (totalBytes.isEmpty() || totalBytes.getAsLong() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.min(1.0, (double) bytesRead / totalBytes.getAsLong()));
  }
}
