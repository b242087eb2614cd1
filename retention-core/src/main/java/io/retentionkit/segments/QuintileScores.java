package io.retentionkit.segments;

import java.util.Arrays;

/**
 * Gives each of n values a score from 1 to 5 by its rank among them: {@code 1 + ⌊5 w / n⌋}, where
 * {@code w} counts the values strictly worse than it. Equal values therefore share a score, the score
 * does not depend on the order of the input, and the worst value always scores 1. A score of 5 needs at
 * least 80 % of the values to be strictly worse, so a value that many customers share (a single order,
 * say) can hold the scores above it down; that is the price of never splitting a tie arbitrarily.
 */
final class QuintileScores {
  private QuintileScores() {}

  /** Returns the scores of {@code values}, where a larger value is better (frequency, monetary value). */
  static int[] higherIsBetter(long[] values) {
    long[] sorted = sorted(values);
    int[] scores = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      scores[i] = score(countBelow(sorted, values[i]), values.length);
    }
    return scores;
  }

  /** Returns the scores of {@code values}, where a smaller value is better (recency in days). */
  static int[] lowerIsBetter(long[] values) {
    long[] sorted = sorted(values);
    int[] scores = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      scores[i] = score(values.length - countAtOrBelow(sorted, values[i]), values.length);
    }
    return scores;
  }

  private static long[] sorted(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  /** Returns {@code 1 + ⌊5 worse / n⌋}; {@code worse < n}, so the score never exceeds 5. */
  private static int score(int worse, int n) {
    return RfmScore.MIN + (int) ((long) RfmScore.MAX * worse / n);
  }

  /** Returns how many of {@code sorted} are less than {@code value}. */
  private static int countBelow(long[] sorted, long value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle] < value) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** Returns how many of {@code sorted} are at most {@code value}. */
  private static int countAtOrBelow(long[] sorted, long value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle] <= value) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
