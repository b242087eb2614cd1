package io.retentionkit.columnar;

import java.util.Arrays;

/**
 * A growable column of {@code long}s that stores them as {@code int}s while every value fits, halving
 * the memory of typical amounts (an order below 21 million in major units of a two-digit currency).
 */
final class LongColumn {
  private int[] narrow;
  /** Non-null once a value did not fit in an {@code int}; {@code narrow} is then null. */
  private long[] wide;

  LongColumn(int capacity) {
    narrow = new int[capacity];
  }

  long get(int row) {
    return wide != null ? wide[row] : narrow[row];
  }

  void set(int row, long value) {
    if (wide != null) {
      wide[row] = value;
    } else if (value == (int) value) {
      narrow[row] = (int) value;
    } else {
      wide = new long[narrow.length];
      for (int i = 0; i < narrow.length; i++) {
        wide[i] = narrow[i];
      }
      narrow = null;
      wide[row] = value;
    }
  }

  void resize(int capacity) {
    if (wide != null) {
      wide = Arrays.copyOf(wide, capacity);
    } else {
      narrow = Arrays.copyOf(narrow, capacity);
    }
  }

  /** Reorders the first {@code size} rows: row {@code i} becomes what row {@code order[i]} was. */
  void gather(int[] order, int size) {
    if (wide != null) {
      wide = Columns.gather(wide, order, size);
    } else {
      narrow = Columns.gather(narrow, order, size);
    }
  }

  long arrayBytes() {
    return wide != null ? 8L * wide.length : 4L * narrow.length;
  }
}
