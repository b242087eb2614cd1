package io.retentionkit.clv;

import java.util.stream.IntStream;

/**
 * Sums a per-row quantity (a likelihood value and its gradient) over many rows, in parallel when there
 * are enough of them. Rows are cut into fixed blocks and the block sums are added in block order, so the
 * result does not depend on the number of threads or their timing: fits are reproducible to the bit.
 */
final class RowBlocks {
  /** Rows per block; large enough that a block's work dwarfs the scheduling cost. */
  static final int BLOCK = 1 << 15;

  private RowBlocks() {}

  /** Adds, into its {@code width}-long output, the sums of one block of rows {@code [from, to)}. */
  @FunctionalInterface
  interface BlockSum {
    void add(int from, int to, double[] sums);
  }

  /** Does something to the items {@code [from, to)} of one block. */
  @FunctionalInterface
  interface BlockAction {
    void run(int from, int to);
  }

  /**
   * Runs {@code action} over {@code items} in blocks, in parallel when there are several; for work whose
   * items are independent (each writes its own results), so the outcome does not depend on the threads.
   */
  static void each(int items, BlockAction action) {
    each(items, BLOCK, action);
  }

  /** {@link #each(int, BlockAction)} with blocks of {@code block} items, for items costlier than rows. */
  static void each(int items, int block, BlockAction action) {
    int blocks = Math.max(1, (items + block - 1) / block);
    IntStream range = IntStream.range(0, blocks);
    (blocks > 1 ? range.parallel() : range).forEach(k -> action.run(k * block, Math.min(items, (k + 1) * block)));
  }

  /** Returns the column sums of {@code width} quantities over {@code rows} rows. */
  static double[] sum(int rows, int width, BlockSum block) {
    int blocks = Math.max(1, (rows + BLOCK - 1) / BLOCK);
    double[][] partial = new double[blocks][width];
    IntStream range = IntStream.range(0, blocks);
    (blocks > 1 ? range.parallel() : range).forEach(k ->
        block.add(k * BLOCK, Math.min(rows, (k + 1) * BLOCK), partial[k]));
    double[] total = new double[width];
    for (double[] p : partial) {
      for (int j = 0; j < width; j++) {
        total[j] += p[j];
      }
    }
    return total;
  }
}
