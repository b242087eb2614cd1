package io.retentionkit.report.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Axis ticks at "nice" numbers: a step of 1, 2 or 5 times a power of ten, and bounds that are multiples of
 * the step and enclose the data, as in Heckbert's "Nice numbers for graph labels" (Graphics Gems, 1990).
 * A range of 0 to 0.87 gets ticks 0, 0.2, ..., 1; a range of 3 to 97 gets 0, 20, ..., 100.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param min the first tick, a multiple of {@code step}, at or below the data's minimum
 * @param max the last tick, a multiple of {@code step}, at or above the data's maximum
 * @param step the distance between ticks: 1, 2 or 5 times a power of ten
 */
public record NiceTicks(double min, double max, double step) {
  private static final double[] MANTISSAS = {1, 2, 5};

  /**
   * Creates ticks, validating every component.
   *
   * @param min the first tick
   * @param max the last tick, above {@code min}
   * @param step the positive distance between ticks
   * @throws IllegalArgumentException if a component is not finite or out of order
   */
  public NiceTicks {
    if (!(Double.isFinite(min) && Double.isFinite(max) && Double.isFinite(step) && step > 0 && max > min)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "ticks must be finite with a positive step and max > min: %s, %s, %s", min, max, step));
    }
  }

  /**
   * Returns nice ticks for data from {@code low} to {@code high}, with at most {@code maxTicks} ticks.
   * If {@code low == high}, the range is widened to include 0 (or to [0, 1] when both are 0), so that a
   * single value still gets an axis.
   *
   * @param low the smallest value to show
   * @param high the largest value to show, at least {@code low}
   * @param maxTicks the most ticks wanted, at least 3 (a range around 0 needs two intervals)
   * @return the ticks
   * @throws IllegalArgumentException if a bound is not finite, {@code high < low} or {@code maxTicks < 3}
   */
  public static NiceTicks of(double low, double high, int maxTicks) {
    if (!(Double.isFinite(low) && Double.isFinite(high) && high >= low)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "range must be finite with high >= low: [%s, %s]", low, high));
    }
    if (maxTicks < 3) {
      throw new IllegalArgumentException("maxTicks must be at least 3: " + maxTicks);
    }
    if (low == high) {
      low = Math.min(0, low);
      high = Math.max(0, high);
      if (low == high) {
        high = 1;
      }
    }
    int intervals = maxTicks - 1;
    double rough = (high - low) / intervals;
    int exponent = (int) Math.floor(Math.log10(rough));
    // Try 1, 2, 5 × 10^e from just below the rough step upwards; the first that fits is the finest. A step
    // of at least high − low always fits in two intervals, so the loop ends.
    for (int e = exponent - 1; ; e++) {
      double power = Math.pow(10, e);
      for (double mantissa : MANTISSAS) {
        double step = mantissa * power;
        double first = Math.floor(low / step);
        double last = Math.ceil(high / step);
        if (last - first <= intervals) {
          return new NiceTicks(first * step, last * step, step);
        }
      }
    }
  }

  /**
   * Returns the tick values from {@code min} to {@code max}.
   *
   * @return the values, ascending; each is exactly {@code min + i * step} rounded to the step's decimals
   */
  public List<Double> values() {
    int count = (int) Math.round((max - min) / step) + 1;
    double scale = Math.pow(10, decimals());
    List<Double> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double value = Math.round((min + i * step) * scale) / scale;
      values.add(value == 0 ? 0.0 : value);
    }
    return List.copyOf(values);
  }

  /**
   * Returns how many decimals a tick label needs to tell the ticks apart.
   *
   * @return 0 for steps of 1 or more, 1 for 0.1 to 0.5, and so on
   */
  public int decimals() {
    return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
  }

  /**
   * Returns a tick label: the value with thousands separators and {@link #decimals()} decimals.
   *
   * @param value a tick value
   * @return for example {@code "1,500"} or {@code "0.25"}
   */
  public String label(double value) {
    String text = String.format(Locale.ROOT, "%,." + decimals() + "f", value);
    return text.startsWith("-") && text.matches("-[0.,]+") ? text.substring(1) : text;
  }
}
