package io.retentionkit.segments;

import static io.retentionkit.internal.Checks.requireArgument;

/**
 * The eleven named RFM segments and the rule table that assigns them: a customer's segment follows from
 * their recency score {@code R} and their {@linkplain RfmScore#fm() frequency-monetary score}
 * {@code FM = ⌊(F + M) / 2⌋}, each 1 to 5. Every one of the 25 (R, FM) cells belongs to exactly one
 * segment:
 *
 * <table class="striped">
 *   <caption>The RFM segment map</caption>
 *   <thead><tr><th scope="col">segment</th><th scope="col">R</th><th scope="col">FM</th></tr></thead>
 *   <tbody>
 *     <tr><th scope="row">Champions</th><td>5</td><td>4–5</td></tr>
 *     <tr><th scope="row">Loyal</th><td>3–4</td><td>4–5</td></tr>
 *     <tr><th scope="row">Potential loyalists</th><td>4–5</td><td>2–3</td></tr>
 *     <tr><th scope="row">New</th><td>5</td><td>1</td></tr>
 *     <tr><th scope="row">Promising</th><td>4</td><td>1</td></tr>
 *     <tr><th scope="row">Need attention</th><td>3</td><td>3</td></tr>
 *     <tr><th scope="row">About to sleep</th><td>3</td><td>1–2</td></tr>
 *     <tr><th scope="row">At risk</th><td>1–2</td><td>3–4</td></tr>
 *     <tr><th scope="row">Can't lose them</th><td>1–2</td><td>5</td></tr>
 *     <tr><th scope="row">Hibernating</th><td>2</td><td>1–2</td></tr>
 *     <tr><th scope="row">Lost</th><td>1</td><td>1–2</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>This is the widely used R × FM grid of RFM analysis (recency on one axis, the average of frequency
 * and monetary value on the other), with its "hibernating" corner split into Hibernating (R 2) and Lost
 * (R 1) so that the table is a partition. The constants are declared in the table's order, best first,
 * which is the order results list them in.
 *
 * @since 0.1.0
 */
public enum RfmSegment {
  /** Bought recently, often and much: R 5, FM 4–5. */
  CHAMPIONS("Champions", "champions", 5, 5, 4, 5),
  /** Buy regularly and spend well, a little less recently than champions: R 3–4, FM 4–5. */
  LOYAL("Loyal", "loyal", 3, 4, 4, 5),
  /** Recent customers with average frequency and spend: R 4–5, FM 2–3. */
  POTENTIAL_LOYALISTS("Potential loyalists", "potential-loyalists", 4, 5, 2, 3),
  /** Bought most recently, but rarely and little so far: R 5, FM 1. */
  NEW("New", "new", 5, 5, 1, 1),
  /** Bought recently, rarely and little: R 4, FM 1. */
  PROMISING("Promising", "promising", 4, 4, 1, 1),
  /** Middling recency, frequency and spend: R 3, FM 3. */
  NEED_ATTENTION("Need attention", "need-attention", 3, 3, 3, 3),
  /** Middling recency, low frequency and spend: R 3, FM 1–2. */
  ABOUT_TO_SLEEP("About to sleep", "about-to-sleep", 3, 3, 1, 2),
  /** Bought often or much, but long ago: R 1–2, FM 3–4. */
  AT_RISK("At risk", "at-risk", 1, 2, 3, 4),
  /** Were among the best customers, but have not bought for long: R 1–2, FM 5. */
  CANNOT_LOSE("Can't lose them", "cant-lose-them", 1, 2, 5, 5),
  /** Bought long ago, rarely and little: R 2, FM 1–2. */
  HIBERNATING("Hibernating", "hibernating", 2, 2, 1, 2),
  /** Bought longest ago, rarely and little: R 1, FM 1–2. */
  LOST("Lost", "lost", 1, 1, 1, 2);

  /** The segment of every (R, FM) cell: {@code GRID[r - 1][fm - 1]}. */
  private static final RfmSegment[][] GRID = grid();

  private final String displayName;
  private final String key;
  private final int minR;
  private final int maxR;
  private final int minFm;
  private final int maxFm;

  RfmSegment(String displayName, String key, int minR, int maxR, int minFm, int maxFm) {
    this.displayName = displayName;
    this.key = key;
    this.minR = minR;
    this.maxR = maxR;
    this.minFm = minFm;
    this.maxFm = maxFm;
  }

  private static RfmSegment[][] grid() {
    RfmSegment[][] grid = new RfmSegment[RfmScore.MAX][RfmScore.MAX];
    for (RfmSegment segment : values()) {
      for (int r = segment.minR; r <= segment.maxR; r++) {
        for (int fm = segment.minFm; fm <= segment.maxFm; fm++) {
          // The table above is a partition; this guards its transcription.
          if (grid[r - 1][fm - 1] != null) {
            throw new AssertionError("RFM cell (" + r + ", " + fm + ") is in two segments");
          }
          grid[r - 1][fm - 1] = segment;
        }
      }
    }
    for (int r = 0; r < grid.length; r++) {
      for (int fm = 0; fm < grid[r].length; fm++) {
        if (grid[r][fm] == null) {
          throw new AssertionError("RFM cell (" + (r + 1) + ", " + (fm + 1) + ") is in no segment");
        }
      }
    }
    return grid;
  }

  /**
   * Returns the segment of a recency score and a frequency-monetary score.
   *
   * @param r the recency score, 1 to 5
   * @param fm the frequency-monetary score, 1 to 5
   * @return the segment of that cell of the table
   * @throws IllegalArgumentException if a score is out of range
   */
  public static RfmSegment of(int r, int fm) {
    requireArgument(r >= RfmScore.MIN && r <= RfmScore.MAX, "r must lie in [1, 5]: %d", r);
    requireArgument(fm >= RfmScore.MIN && fm <= RfmScore.MAX, "fm must lie in [1, 5]: %d", fm);
    return GRID[r - 1][fm - 1];
  }

  /**
   * Returns the segment of a customer's scores.
   *
   * @param score the scores
   * @return {@code of(score.r(), score.fm())}
   * @throws NullPointerException if {@code score} is null
   */
  public static RfmSegment of(RfmScore score) {
    return GRID[score.r() - 1][score.fm() - 1];
  }

  /**
   * Returns the segment's name for people, e.g. {@code "Can't lose them"}.
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the segment's name for machines, lower case with hyphens, e.g. {@code "cant-lose-them"}: the
   * value of CSV and JSON outputs.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the rule of the segment, e.g. {@code "R 1-2, FM 3-4"}.
   *
   * @return the scores that put a customer in the segment
   */
  public String definition() {
    return "R " + range(minR, maxR) + ", FM " + range(minFm, maxFm);
  }

  private static String range(int min, int max) {
    return min == max ? Integer.toString(min) : min + "-" + max;
  }

  /**
   * Returns the lowest recency score of the segment.
   *
   * @return 1 to 5
   */
  public int minR() {
    return minR;
  }

  /**
   * Returns the highest recency score of the segment.
   *
   * @return 1 to 5, at least {@link #minR()}
   */
  public int maxR() {
    return maxR;
  }

  /**
   * Returns the lowest frequency-monetary score of the segment.
   *
   * @return 1 to 5
   */
  public int minFm() {
    return minFm;
  }

  /**
   * Returns the highest frequency-monetary score of the segment.
   *
   * @return 1 to 5, at least {@link #minFm()}
   */
  public int maxFm() {
    return maxFm;
  }
}
