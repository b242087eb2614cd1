package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import io.retentionkit.report.svg.NiceTicks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The distribution of a quantity over customers, in bins of equal, "nice" width (1, 2 or 5 times a power
 * of ten). Predicted values are skewed: a few customers are worth many times the typical one. So that the
 * bulk stays readable, the bins cover the values up to the 99th percentile, and everything beyond goes to
 * one open-ended top bin, unless the maximum is within half again of that percentile.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param bins the bins in ascending order, contiguous; at most one, the last, open-ended
 * @param nonFinite values that were NaN or infinite and are in no bin
 * @since 0.1.0
 */
public record Histogram(List<HistogramBin> bins, long nonFinite) {
  /** The default number of bins to aim for. */
  public static final int DEFAULT_BINS = 20;

  /**
   * Creates a {@code Histogram}, validating every component.
   *
   * @param bins the bins, ascending and contiguous; copied; at least one
   * @param nonFinite values in no bin; not negative
   * @throws NullPointerException if {@code bins} or a bin is null
   * @throws IllegalArgumentException if the bins are empty, not contiguous or an open-ended bin is not last
   */
  public Histogram {
    bins = List.copyOf(requireNonNull(bins, "bins"));
    if (bins.isEmpty() || nonFinite < 0) {
      throw new IllegalArgumentException("histogram must have a bin and nonFinite >= 0: " + nonFinite);
    }
    for (int i = 1; i < bins.size(); i++) {
      HistogramBin previous = bins.get(i - 1);
      if (previous.openEnded() || previous.upper() != bins.get(i).lower()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "histogram bins must be contiguous with only the last open-ended: bin %d", i));
      }
    }
  }

  /**
   * Returns the histogram of {@code values} in about {@code targetBins} nice bins, from 0 (or the minimum,
   * if negative) up, with an open-ended top bin for a long tail as described above.
   *
   * @param values the values; NaN and infinite ones are counted in {@link #nonFinite()}
   * @param targetBins the number of bins to aim for, at least 2; the result has at most this many closed
   *     bins, plus possibly the open-ended one
   * @return the histogram
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException if {@code targetBins} is less than 2
   */
  public static Histogram of(double[] values, int targetBins) {
    requireNonNull(values, "values");
    if (targetBins < 2) {
      throw new IllegalArgumentException("targetBins must be at least 2: " + targetBins);
    }
    double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    long nonFinite = values.length - finite.length;
    if (finite.length == 0) {
      return new Histogram(List.of(new HistogramBin(0, 1, false, 0)), nonFinite);
    }
    double min = Math.min(0, finite[0]);
    double max = finite[finite.length - 1];
    double p99 = finite[(int) Math.ceil(0.99 * finite.length) - 1];
    boolean tail = max > min && p99 > min && max > p99 + 0.5 * (p99 - min);
    NiceTicks ticks = NiceTicks.of(min, tail ? p99 : max, targetBins + 1);
    int closed = (int) Math.round((ticks.max() - ticks.min()) / ticks.step());
    List<Double> edges = ticks.values();
    long[] counts = new long[closed + (tail ? 1 : 0)];
    for (double value : finite) {
      counts[binOf(value, edges, counts.length)]++;
    }
    List<HistogramBin> bins = new ArrayList<>(counts.length);
    for (int i = 0; i < closed; i++) {
      bins.add(new HistogramBin(edges.get(i), edges.get(i + 1), false, counts[i]));
    }
    if (tail) {
      double lower = edges.get(closed);
      bins.add(new HistogramBin(lower, lower, true, counts[closed]));
    }
    return new Histogram(bins, nonFinite);
  }

  /**
   * Returns the bin of {@code value}: the {@code i} with {@code edges[i] <= value < edges[i + 1]}, found
   * by division and corrected against the edges themselves, so that a value on an edge such as 0.3 lands
   * in the bin that starts there despite binary rounding. Values past the last edge go to the last bin.
   */
  private static int binOf(double value, List<Double> edges, int bins) {
    double step = edges.get(1) - edges.get(0);
    int index = Math.max(0, Math.min(bins - 1, (int) Math.floor((value - edges.get(0)) / step)));
    while (index + 1 < bins && index + 1 < edges.size() && value >= edges.get(index + 1)) {
      index++;
    }
    while (index > 0 && value < edges.get(index)) {
      index--;
    }
    return index;
  }

  /**
   * Returns how many values are in the bins.
   *
   * @return the sum of the counts
   */
  public long count() {
    return bins.stream().mapToLong(HistogramBin::count).sum();
  }
}
