package io.retentionkit.report.svg;

import java.util.List;

/**
 * A sequential colour ramp: evenly spaced stops, interpolated between, so that a value in [0, 1] gets a
 * colour. The heatmap ramp runs from a pale to a deep blue with strictly decreasing luminance, so higher
 * values always read darker, also in grey-scale print and for colour-blind readers.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param stops the colours at 0, 1/(n−1), ..., 1; at least two
 */
public record ColorRamp(List<Color> stops) {
  /** The heatmap ramp: pale to deep blue. */
  public static final ColorRamp BLUES = new ColorRamp(List.of(
      Color.of("#f1f6fb"), Color.of("#c9ddef"), Color.of("#8fbbdf"), Color.of("#4f90c6"),
      Color.of("#23639f"), Color.of("#0b3a6e")));

  /**
   * Creates a ramp, validating every component.
   *
   * @param stops the colours; at least two; copied
   * @throws IllegalArgumentException if there are fewer than two stops
   * @throws NullPointerException if {@code stops} or a stop is null
   */
  public ColorRamp {
    stops = List.copyOf(stops);
    if (stops.size() < 2) {
      throw new IllegalArgumentException("ramp must have at least two stops: " + stops.size());
    }
  }

  /**
   * Returns the colour at {@code t}.
   *
   * @param t the position; values outside [0, 1] are clamped, NaN is treated as 0
   * @return the interpolated colour
   */
  public Color at(double t) {
    double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
    double position = clamped * (stops.size() - 1);
    int index = Math.min((int) Math.floor(position), stops.size() - 2);
    return stops.get(index).mix(stops.get(index + 1), position - index);
  }
}
