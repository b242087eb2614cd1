package io.retentionkit.clv;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Folds (x, t_x, T) rows into distinct weighted rows in ascending order, and numbers the distinct times so
 * that likelihoods compute ln(α + τ) once per time rather than once per row.
 */
final class SummaryFolding {
  /** Rows may be packed into one {@code long} key when x and both time ranks fit these bit widths. */
  private static final int X_BITS = 20;
  private static final int TIME_BITS = 21;

  private SummaryFolding() {}

  /** Folded rows; {@code times} holds the distinct times, which the index arrays refer to. */
  record Rows(int[] x, double[] lastPurchaseTime, double[] age, double[] weight, double[] times,
      int[] lastPurchaseTimeIndex, int[] ageIndex) {}

  /**
   * Adds the weights of equal rows and sorts the distinct rows by (x, t_x, T); inputs are valid and not
   * modified. Equal rows are first merged by hashing, in linear time, so that sorting only sees the
   * distinct rows: real summaries have whole-day times and fold a million customers to far fewer rows.
   */
  static Rows fold(int[] rawX, double[] rawTx, double[] rawAge, double[] rawW) {
    Distinct distinct = new Distinct(rawX, rawTx, rawAge, rawW);
    return sort(distinct.x, distinct.tx, distinct.age, distinct.weight, true);
  }

  /**
   * Sorts the rows by (x, t_x, T) like {@link #fold}, stably, but keeps equal rows apart: the input of a
   * likelihood that must see every row as given, for checking that folding changes nothing.
   */
  static Rows sortWithoutFolding(int[] x, double[] tx, double[] age, double[] w) {
    return sort(x, tx, age, w, false);
  }

  private static Rows sort(int[] x, double[] tx, double[] age, double[] w, boolean merge) {
    int n = x.length;
    double[] all = new double[2 * n];
    System.arraycopy(tx, 0, all, 0, n);
    System.arraycopy(age, 0, all, n, n);
    double[] times = distinctSorted(all);
    int[] txRank = new int[n];
    int[] ageRank = new int[n];
    int maxX = 0;
    for (int i = 0; i < n; i++) {
      txRank[i] = Arrays.binarySearch(times, tx[i]);
      ageRank[i] = Arrays.binarySearch(times, age[i]);
      maxX = Math.max(maxX, x[i]);
    }
    int[] order = maxX < (1 << X_BITS) && times.length <= (1 << TIME_BITS)
        ? orderByPackedKey(x, txRank, ageRank)
        : orderByComparator(x, txRank, ageRank);
    int rows = 0;
    int[] foldedX = new int[n];
    int[] foldedTx = new int[n];
    int[] foldedAge = new int[n];
    double[] foldedW = new double[n];
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (merge && rows > 0 && foldedX[rows - 1] == x[i] && foldedTx[rows - 1] == txRank[i]
          && foldedAge[rows - 1] == ageRank[i]) {
        foldedW[rows - 1] += w[i];
      } else {
        foldedX[rows] = x[i];
        foldedTx[rows] = txRank[i];
        foldedAge[rows] = ageRank[i];
        foldedW[rows] = w[i];
        rows++;
      }
    }
    double[] rowTx = new double[rows];
    double[] rowAge = new double[rows];
    for (int r = 0; r < rows; r++) {
      rowTx[r] = times[foldedTx[r]];
      rowAge[r] = times[foldedAge[r]];
    }
    return new Rows(Arrays.copyOf(foldedX, rows), rowTx, rowAge, Arrays.copyOf(foldedW, rows), times,
        Arrays.copyOf(foldedTx, rows), Arrays.copyOf(foldedAge, rows));
  }

  /** The distinct (x, t_x, T) rows of the input with their summed weights, in order of first appearance. */
  private static final class Distinct {
    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] weight;

    Distinct(int[] inX, double[] inTx, double[] inAge, double[] inW) {
      int n = inX.length;
      int capacity = Integer.highestOneBit(Math.max(16, 2 * n)) << 1;
      int mask = capacity - 1;
      int[] slots = new int[capacity];
      Arrays.fill(slots, -1);
      int[] first = new int[n];
      double[] sum = new double[n];
      int count = 0;
      for (int i = 0; i < n; i++) {
        long txBits = Double.doubleToLongBits(inTx[i]);
        long ageBits = Double.doubleToLongBits(inAge[i]);
        long h = (txBits * 0x9E3779B97F4A7C15L) ^ (ageBits * 0xC2B2AE3D27D4EB4FL) ^ (inX[i] * 0x165667B19E3779F9L);
        int slot = (int) (h ^ (h >>> 29) ^ (h >>> 43)) & mask;
        while (true) {
          int row = slots[slot];
          if (row < 0) {
            slots[slot] = count;
            first[count] = i;
            sum[count++] = inW[i];
            break;
          }
          int j = first[row];
          if (inX[j] == inX[i] && Double.doubleToLongBits(inTx[j]) == txBits
              && Double.doubleToLongBits(inAge[j]) == ageBits) {
            sum[row] += inW[i];
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
      x = new int[count];
      tx = new double[count];
      age = new double[count];
      weight = Arrays.copyOf(sum, count);
      for (int row = 0; row < count; row++) {
        x[row] = inX[first[row]];
        tx[row] = inTx[first[row]];
        age[row] = inAge[first[row]];
      }
    }
  }

  private static double[] distinctSorted(double[] values) {
    double[] sorted = values.clone();
    Arrays.parallelSort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  /**
   * Orders rows by a packed (x, t_x rank, T rank) key. Sorting primitive keys is an order of magnitude
   * faster than sorting boxed indexes; each row then finds its position among the distinct keys.
   */
  private static int[] orderByPackedKey(int[] x, int[] txRank, int[] ageRank) {
    int n = x.length;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) x[i] << (2 * TIME_BITS)) | ((long) txRank[i] << TIME_BITS) | ageRank[i];
    }
    long[] sorted = keys.clone();
    Arrays.parallelSort(sorted);
    // A row's key first occurs at some position of the sorted keys, and its run there has one slot per
    // row with that key: placing each row at that position plus the rows already placed is a stable sort.
    int[] placed = new int[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      int first = firstIndexOf(sorted, keys[i]);
      order[first + placed[first]++] = i;
    }
    return order;
  }

  private static int firstIndexOf(long[] sorted, long key) {
    int low = 0;
    int high = sorted.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static int[] orderByComparator(int[] x, int[] txRank, int[] ageRank) {
    Comparator<Integer> byRow = Comparator.<Integer>comparingInt(i -> x[i])
        .thenComparingInt(i -> txRank[i])
        .thenComparingInt(i -> ageRank[i]);
    return IntStream.range(0, x.length).boxed().sorted(byRow).mapToInt(Integer::intValue).toArray();
  }
}
