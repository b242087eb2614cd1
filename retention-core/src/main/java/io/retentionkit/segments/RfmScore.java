package io.retentionkit.segments;

import static io.retentionkit.internal.Checks.requireArgument;

/**
 * A customer's three RFM scores, each from 1 (worst) to 5 (best): recency {@code r} (5 = bought most
 * recently), frequency {@code f} (5 = most orders) and monetary value {@code m} (5 = most revenue). How
 * the scores are given is described in the {@linkplain io.retentionkit.segments package documentation}.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param r the recency score, 1 to 5
 * @param f the frequency score, 1 to 5
 * @param m the monetary score, 1 to 5
 * @since 0.1.0
 */
public record RfmScore(int r, int f, int m) {
  /** The lowest score. */
  public static final int MIN = 1;
  /** The highest score. */
  public static final int MAX = 5;

  /**
   * Creates an {@code RfmScore}, validating every component.
   *
   * @param r the recency score, 1 to 5
   * @param f the frequency score, 1 to 5
   * @param m the monetary score, 1 to 5
   * @throws IllegalArgumentException if a score is out of range
   */
  public RfmScore {
    requireArgument(r >= MIN && r <= MAX, "r must lie in [1, 5]: %d", r);
    requireArgument(f >= MIN && f <= MAX, "f must lie in [1, 5]: %d", f);
    requireArgument(m >= MIN && m <= MAX, "m must lie in [1, 5]: %d", m);
  }

  /**
   * Returns the scores {@code r}, {@code f} and {@code m}.
   *
   * @param r the recency score, 1 to 5
   * @param f the frequency score, 1 to 5
   * @param m the monetary score, 1 to 5
   * @return the scores
   * @throws IllegalArgumentException if a score is out of range
   */
  public static RfmScore of(int r, int f, int m) {
    return new RfmScore(r, f, m);
  }

  /**
   * Returns the frequency-monetary score that {@link RfmSegment}'s table reads: the average of {@code f}
   * and {@code m}, rounded down, so that neither score alone lifts a customer into a better column.
   *
   * @return {@code ⌊(f + m) / 2⌋}, 1 to 5
   */
  public int fm() {
    return (f + m) / 2;
  }

  /**
   * Returns the scores as the three digits analysts write, e.g. {@code "545"}.
   *
   * @return {@code r}, {@code f} and {@code m} as digits
   */
  public String code() {
    return "" + r + f + m;
  }
}
