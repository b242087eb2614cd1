package io.retentionkit.columnar;

import java.util.Arrays;

/**
 * A growable column of small non-negative codes (dictionary codes) in the narrowest width that holds the
 * largest code so far: one byte per row up to 255, two up to 65,535, four beyond; and no bytes at all once
 * {@linkplain #dropIfUnused emptied} because every code is 0.
 */
final class CodeColumn {
  /** At most one of the three arrays is non-null; none is when every code is 0. */
  private byte[] bytes;
  private short[] shorts;
  private int[] ints;

  CodeColumn(int capacity) {
    bytes = new byte[capacity];
  }

  int get(int row) {
    if (bytes != null) {
      return bytes[row] & 0xFF;
    }
    if (shorts != null) {
      return shorts[row] & 0xFFFF;
    }
    return ints != null ? ints[row] : 0;
  }

  /** Releases the column when no row has a code, as for an attribute no order has. */
  void dropIfUnused(boolean unused) {
    if (unused) {
      bytes = null;
      shorts = null;
      ints = null;
    }
  }

  void set(int row, int code) {
    if (bytes != null && code > 0xFF || shorts != null && code > 0xFFFF) {
      widen(code);
    }
    if (bytes != null) {
      bytes[row] = (byte) code;
    } else if (shorts != null) {
      shorts[row] = (short) code;
    } else {
      ints[row] = code;
    }
  }

  private void widen(int code) {
    int capacity = capacity();
    if (code <= 0xFFFF) {
      shorts = new short[capacity];
      for (int i = 0; i < capacity; i++) {
        shorts[i] = (short) (bytes[i] & 0xFF);
      }
    } else {
      ints = new int[capacity];
      for (int i = 0; i < capacity; i++) {
        ints[i] = get(i);
      }
      shorts = null;
    }
    bytes = null;
  }

  private int capacity() {
    if (bytes != null) {
      return bytes.length;
    }
    return shorts != null ? shorts.length : ints.length;
  }

  void resize(int capacity) {
    if (bytes != null) {
      bytes = Arrays.copyOf(bytes, capacity);
    } else if (shorts != null) {
      shorts = Arrays.copyOf(shorts, capacity);
    } else {
      ints = Arrays.copyOf(ints, capacity);
    }
  }

  /** Reorders the first {@code size} rows: row {@code i} becomes what row {@code order[i]} was. */
  void gather(int[] order, int size) {
    if (bytes != null) {
      bytes = Columns.gather(bytes, order, size);
    } else if (shorts != null) {
      shorts = Columns.gather(shorts, order, size);
    } else {
      ints = Columns.gather(ints, order, size);
    }
  }

  long arrayBytes() {
    if (bytes != null) {
      return bytes.length;
    }
    if (shorts != null) {
      return 2L * shorts.length;
    }
    return ints != null ? 4L * ints.length : 0;
  }
}
