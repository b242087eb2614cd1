package io.retentionkit.columnar;

import java.util.stream.IntStream;

/**
 * Reorders primitive columns: {@code result[i] = values[order[i]]}. Each gather reads at random and writes
 * in sequence, which lets the processor overlap the cache misses; long columns are split over the
 * available cores.
 */
final class Columns {
  /** Below this many rows a gather runs on the calling thread. */
  private static final int PARALLEL_ROWS = 1 << 16;

  private Columns() {}

  static int[] gather(int[] values, int[] order, int size) {
    int[] result = new int[size];
    forChunks(size, (from, to) -> {
      for (int i = from; i < to; i++) {
        result[i] = values[order[i]];
      }
    });
    return result;
  }

  static long[] gather(long[] values, int[] order, int size) {
    long[] result = new long[size];
    forChunks(size, (from, to) -> {
      for (int i = from; i < to; i++) {
        result[i] = values[order[i]];
      }
    });
    return result;
  }

  static short[] gather(short[] values, int[] order, int size) {
    short[] result = new short[size];
    forChunks(size, (from, to) -> {
      for (int i = from; i < to; i++) {
        result[i] = values[order[i]];
      }
    });
    return result;
  }

  static byte[] gather(byte[] values, int[] order, int size) {
    byte[] result = new byte[size];
    forChunks(size, (from, to) -> {
      for (int i = from; i < to; i++) {
        result[i] = values[order[i]];
      }
    });
    return result;
  }

  /** A task over the rows {@code [from, to)}. */
  @FunctionalInterface
  interface RangeTask {
    void run(int from, int to);
  }

  /** Runs {@code task} over {@code [0, size)}, in a few chunks in parallel when the range is long. */
  static void forChunks(int size, RangeTask task) {
    if (size < PARALLEL_ROWS) {
      task.run(0, size);
      return;
    }
    int chunks = Math.max(1, Math.min(size / (PARALLEL_ROWS / 2), 4 * Runtime.getRuntime().availableProcessors()));
    IntStream.range(0, chunks).parallel()
        .forEach(chunk -> task.run((int) ((long) size * chunk / chunks), (int) ((long) size * (chunk + 1) / chunks)));
  }
}
