package io.retentionkit.metrics;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A multiset of non-negative day counts with their exact sum and median. Gaps between orders are small
 * integers, so they are counted per value (constant time per gap, no sorting); the rare gap beyond
 * {@link #DENSE_LIMIT} days is kept in a list and sorted when a median needs it.
 */
final class DayCounts {
  /** Gaps shorter than this many days (about 90 years) are counted per value. */
  private static final int DENSE_LIMIT = 1 << 15;

  private long[] countsByDays = new long[64];
  private final LongList longGaps = new LongList();
  private long count;
  private long totalDays;

  /** Adds one gap; {@code days} is not negative, as the days of a customer are sorted. */
  void add(long days) {
    if (days < DENSE_LIMIT) {
      int index = (int) days;
      if (index >= countsByDays.length) {
        countsByDays = Arrays.copyOf(countsByDays, Math.min(DENSE_LIMIT, Math.max(index + 1, 2 * countsByDays.length)));
      }
      countsByDays[index]++;
    } else {
      longGaps.add(days);
    }
    count++;
    totalDays = Math.addExact(totalDays, days);
  }

  /** Adds every gap of {@code other}. */
  void addAll(DayCounts other) {
    if (other.countsByDays.length > countsByDays.length) {
      countsByDays = Arrays.copyOf(countsByDays, other.countsByDays.length);
    }
    for (int days = 0; days < other.countsByDays.length; days++) {
      countsByDays[days] += other.countsByDays[days];
    }
    longGaps.addAll(other.longGaps);
    count += other.count;
    totalDays = Math.addExact(totalDays, other.totalDays);
  }

  DaysBetween result(String whenEmpty) {
    if (count == 0) {
      return new DaysBetween(0, 0, OptionalDouble.empty(), Optional.of(whenEmpty));
    }
    long lower = valueAt((count - 1) / 2);
    long upper = valueAt(count / 2);
    return new DaysBetween(count, totalDays, OptionalDouble.of((lower + upper) / 2.0), Optional.empty());
  }

  /** Returns the value of the given 0-based rank in ascending order. */
  private long valueAt(long rank) {
    long seen = 0;
    for (int days = 0; days < countsByDays.length; days++) {
      seen += countsByDays[days];
      if (rank < seen) {
        return days;
      }
    }
    longGaps.sort();
    return longGaps.get(Math.toIntExact(rank - seen));
  }
}
