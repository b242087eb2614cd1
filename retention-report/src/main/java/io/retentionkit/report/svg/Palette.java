package io.retentionkit.report.svg;

/**
 * The report's colours. Actual data is dark slate, model expectations are orange, so that "what
 * happened" and "what the model says" read the same way in every chart; both pairs stay distinguishable
 * for the common forms of colour blindness, and expectations are also dashed or lighter.
 */
public final class Palette {
  /** Observed values. */
  public static final Color ACTUAL = Color.of("#334e68");
  /** Model expectations. */
  public static final Color EXPECTED = Color.of("#e8833a");
  /** A single data series without a comparison. */
  public static final Color PRIMARY = Color.of("#2f6fad");
  /** The oldest of a family of lines (cohorts); the newest is {@link #NEWEST}. */
  public static final Color OLDEST = Color.of("#b9d2ea");
  /** The newest of a family of lines. */
  public static final Color NEWEST = Color.of("#1c4f86");
  /** An emphasised summary line drawn over a family of lines, such as their average. */
  public static final Color EMPHASIS = Color.of("#d64545");

  private Palette() {}
}
