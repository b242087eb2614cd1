package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
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

  private WeightedSummaries(SummaryFolding.Rows rows) {
    this.x = rows.x();
    this.lastPurchaseTime = rows.lastPurchaseTime();
    this.age = rows.age();
    this.weight = rows.weight();
    this.times = rows.times();
    this.lastPurchaseTimeIndex = rows.lastPurchaseTimeIndex();
    this.ageIndex = rows.ageIndex();
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
    return new WeightedSummaries(SummaryFolding.fold(repeatTransactions, tx, age, weights));
  }

  /**
   * Returns the rows as given, sorted but not folded: equal rows stay separate rows. For tests that check
   * that folding does not change a fit; every public factory folds.
   */
  static WeightedSummaries unfolded(int[] repeatTransactions, double[] lastPurchaseTimes, double[] ages,
      double[] weights) {
    of(repeatTransactions, lastPurchaseTimes, ages, weights); // validates every row, as the factories do
    double[] tx = new double[repeatTransactions.length];
    double[] age = new double[repeatTransactions.length];
    for (int i = 0; i < tx.length; i++) {
      tx[i] = lastPurchaseTimes[i] + 0.0;
      age[i] = ages[i] + 0.0;
    }
    return new WeightedSummaries(
        SummaryFolding.sortWithoutFolding(repeatTransactions.clone(), tx, age, weights.clone()));
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
    return new WeightedSummaries(SummaryFolding.fold(summaries.x, summaries.lastPurchaseTime, summaries.age, ones));
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

  /** Σ weight × T: the time for which all the customers were observed, for the models' starting values. */
  double totalAge() {
    double sum = 0;
    for (int r = 0; r < age.length; r++) {
      sum += weight[r] * age[r];
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
