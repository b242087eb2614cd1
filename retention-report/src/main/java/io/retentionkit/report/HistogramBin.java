package io.retentionkit.report;

import java.util.Locale;

/**
 * One bin of a {@link Histogram}: the values in {@code [lower, upper)}, or at least {@code lower} for the
 * open-ended top bin.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param lower the bin's lower bound, inclusive
 * @param upper the bin's upper bound, exclusive (inclusive for the last bin when no bin is open-ended);
 *     equal to {@code lower} for an open-ended bin
 * @param openEnded whether the bin holds every value from {@code lower} up
 * @param count how many values fell in the bin
 * @since 0.1.0
 */
public record HistogramBin(double lower, double upper, boolean openEnded, long count) {

  /**
   * Creates a {@code HistogramBin}, validating every component.
   *
   * @param lower the lower bound; finite
   * @param upper the upper bound; finite, above {@code lower}, or equal to it when open-ended
   * @param openEnded whether the bin has no upper bound
   * @param count the values in the bin; not negative
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public HistogramBin {
    boolean boundsValid = Double.isFinite(lower) && Double.isFinite(upper)
        && (openEnded ? upper == lower : upper > lower);
    if (!boundsValid || count < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "histogram bin must have finite bounds in order and a count >= 0: [%s, %s)%s %d",
          lower, upper, openEnded ? "+" : "", count));
    }
  }
}
