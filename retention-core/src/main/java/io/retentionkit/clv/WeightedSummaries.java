package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The input of the repeat-transaction models: one row per distinct (x, t_x, T), with the number of
 * customers (the weight) who share it. Identical rows are always folded together, so fitting is as fast
 * as the number of distinct rows allows and gives exactly the estimates the unfolded data would.
 *
 * <p>Per row: x is the number of repeat transactions (the first purchase is not counted); t_x, the
 * <em>last purchase time</em>, is the time from the first purchase to the last one (0 when x = 0; what
 * other libraries call "recency", which is <em>not</em> the time since the last purchase); T, the
 * <em>age</em>, is the time from the first purchase to the end of the calibration period. For the
 * discrete-time BG/BB model, t_x and T are counts of transaction opportunities (whole numbers). Times are
 * in one {@link DurationUnit} of the caller's choice; the models' scale parameters are in the same unit.
 *
 * <p>Rows are kept in ascending (x, t_x, T) order. Weights need not be whole numbers (a weight can be a
 * sampling weight), but they must be positive.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @since 0.1.0
 */
public final class WeightedSummaries {
  /** Rows may be packed into one {@code long} key when x and both time ranks fit these bit widths. */
  private static final int X_BITS = 20;
  private static final int TIME_BITS = 21;

  final int[] x;
  final double[] lastPurchaseTime;
  final double[] age;
  final double[] weight;
  private final double totalWeight;
  /** Distinct values of t_x and T together, ascending; rows refer to them by index. */
  final double[] times;
  final int[] lastPurchaseTimeIndex;
  final int[] ageIndex;
  /** Distinct values of x, ascending; rows refer to them by index. */
  final int[] distinctX;
  final int[] xIndex;

  private WeightedSummaries(int[] x, double[] lastPurchaseTime, double[] age, double[] weight, double[] times,
      int[] lastPurchaseTimeIndex, int[] ageIndex) {
    this.x = x;
    this.lastPurchaseTime = lastPurchaseTime;
    this.age = age;
    this.weight = weight;
    this.times = times;
    this.lastPurchaseTimeIndex = lastPurchaseTimeIndex;
    this.ageIndex = ageIndex;
    double sum = 0;
    for (double w : weight) {
      sum += w;
    }
    this.totalWeight = sum;
    this.distinctX = IntStream.of(x).distinct().toArray(); // x is sorted, so this is ascending
    this.xIndex = new int[x.length];
    for (int row = 0, k = 0; row < x.length; row++) {
      while (distinctX[k] != x[row]) {
        k++;
      }
      xIndex[row] = k;
    }
  }

  /**
   * Returns the summaries of individual customers (each of weight 1), with identical rows folded.
   *
   * @param repeatTransactions x per customer; not negative
   * @param lastPurchaseTimes t_x per customer; between 0 and the age, and 0 when x = 0
   * @param ages T per customer; finite and not negative
   * @return the folded rows
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the arrays differ in length or a value is out of range; the message
   *     names the first offending index
   */
  public static WeightedSummaries of(int[] repeatTransactions, double[] lastPurchaseTimes, double[] ages) {
    requireNonNull(repeatTransactions, "repeatTransactions");
    double[] ones = new double[repeatTransactions.length];
    Arrays.fill(ones, 1);
    return of(repeatTransactions, lastPurchaseTimes, ages, ones);
  }

  /**
   * Returns weighted rows, with identical (x, t_x, T) rows folded and their weights added.
   *
   * @param repeatTransactions x per row; not negative
   * @param lastPurchaseTimes t_x per row; between 0 and the age, and 0 when x = 0
   * @param ages T per row; finite and not negative
   * @param weights the number of customers per row; positive and finite
   * @return the folded rows
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the arrays differ in length or a value is out of range; the message
   *     names the first offending index
   */
  public static WeightedSummaries of(int[] repeatTransactions, double[] lastPurchaseTimes, double[] ages,
      double[] weights) {
    requireNonNull(repeatTransactions, "repeatTransactions");
    requireNonNull(lastPurchaseTimes, "lastPurchaseTimes");
    requireNonNull(ages, "ages");
    requireNonNull(weights, "weights");
    int n = repeatTransactions.length;
    requireArgument(lastPurchaseTimes.length == n && ages.length == n && weights.length == n,
        "arrays must have the same length: %d repeat transactions, %d last purchase times, %d ages, %d weights",
        n, lastPurchaseTimes.length, ages.length, weights.length);
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      SummaryChecks.requireRow(i, repeatTransactions[i], lastPurchaseTimes[i], ages[i]);
      requireArgument(Double.isFinite(weights[i]) && weights[i] > 0,
          "weight must be positive and finite: %s (index %d)", weights[i], i);
      tx[i] = lastPurchaseTimes[i] + 0.0; // folds -0.0 into 0.0, so equal times compare equal
      age[i] = ages[i] + 0.0;
    }
    return fold(repeatTransactions, tx, age, weights);
  }

  /**
   * Returns the rows of customer summaries, folded.
   *
   * @param summaries the summaries
   * @return one weighted row per distinct (x, t_x, T)
   * @throws NullPointerException if {@code summaries} is null
   */
  public static WeightedSummaries from(CustomerSummaries summaries) {
    requireNonNull(summaries, "summaries");
    double[] ones = new double[summaries.size()];
    Arrays.fill(ones, 1);
    return fold(summaries.x, summaries.lastPurchaseTime, summaries.age, ones);
  }

  /** Sorts rows by (x, t_x, T) and adds the weights of equal rows; inputs are valid and not modified. */
  private static WeightedSummaries fold(int[] x, double[] tx, double[] age, double[] w) {
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
      if (rows > 0 && foldedX[rows - 1] == x[i] && foldedTx[rows - 1] == txRank[i]
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
    return new WeightedSummaries(Arrays.copyOf(foldedX, rows), rowTx, rowAge, Arrays.copyOf(foldedW, rows),
        times, Arrays.copyOf(foldedTx, rows), Arrays.copyOf(foldedAge, rows));
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

  /**
   * Returns the number of distinct rows.
   *
   * @return the rows
   */
  public int rows() {
    return x.length;
  }

  /**
   * Returns the total weight: the number of customers the rows stand for.
   *
   * @return the sum of the weights
   */
  public double totalWeight() {
    return totalWeight;
  }

  /**
   * Returns the weighted number of repeat transactions, Σ weight × x.
   *
   * @return the total repeat transactions
   */
  public double totalRepeatTransactions() {
    double sum = 0;
    for (int r = 0; r < x.length; r++) {
      sum += weight[r] * x[r];
    }
    return sum;
  }

  /**
   * Returns x of a row.
   *
   * @param row the row, from 0
   * @return the number of repeat transactions
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public int repeatTransactions(int row) {
    return x[row];
  }

  /**
   * Returns t_x of a row.
   *
   * @param row the row, from 0
   * @return the time from the first to the last purchase
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public double lastPurchaseTime(int row) {
    return lastPurchaseTime[row];
  }

  /**
   * Returns T of a row.
   *
   * @param row the row, from 0
   * @return the time from the first purchase to the end of calibration
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public double age(int row) {
    return age[row];
  }

  /**
   * Returns the weight of a row.
   *
   * @param row the row, from 0
   * @return the number of customers sharing this row
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public double weight(int row) {
    return weight[row];
  }

  /**
   * Returns x of every row.
   *
   * @return a new array, one element per row
   */
  public int[] repeatTransactions() {
    return x.clone();
  }

  /**
   * Returns t_x of every row.
   *
   * @return a new array, one element per row
   */
  public double[] lastPurchaseTimes() {
    return lastPurchaseTime.clone();
  }

  /**
   * Returns T of every row.
   *
   * @return a new array, one element per row
   */
  public double[] ages() {
    return age.clone();
  }

  /**
   * Returns the weight of every row.
   *
   * @return a new array, one element per row
   */
  public double[] weights() {
    return weight.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightedSummaries other
        && Arrays.equals(x, other.x)
        && Arrays.equals(lastPurchaseTime, other.lastPurchaseTime)
        && Arrays.equals(age, other.age)
        && Arrays.equals(weight, other.weight);
  }

  @Override
  public int hashCode() {
    int hash = Arrays.hashCode(x);
    hash = 31 * hash + Arrays.hashCode(lastPurchaseTime);
    hash = 31 * hash + Arrays.hashCode(age);
    return 31 * hash + Arrays.hashCode(weight);
  }

  @Override
  public String toString() {
    return "WeightedSummaries[rows=" + rows() + ", customers=" + totalWeight + "]";
  }
}
