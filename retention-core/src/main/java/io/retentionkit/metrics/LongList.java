package io.retentionkit.metrics;

import java.util.Arrays;

/** A growable list of primitive {@code long}s, so that per-customer values are not boxed. */
final class LongList {
  private long[] values = new long[16];
  private int size;

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, Math.multiplyExact(values.length, 2));
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  long get(int index) {
    return values[index];
  }

  /** Appends every value of {@code other}. */
  void addAll(LongList other) {
    if (size + other.size > values.length) {
      values = Arrays.copyOf(values, Math.max(Math.addExact(size, other.size), 2 * values.length));
    }
    System.arraycopy(other.values, 0, values, size, other.size);
    size += other.size;
  }

  /** Sorts the values ascending in place. */
  void sort() {
    Arrays.sort(values, 0, size);
  }
}
