package io.retentionkit.cohort;

/**
 * Which offsets a cohort table's column covers, and so when a customer counts as active in it.
 *
 * <p>Every value of a cell (active customers, orders, revenue) is taken over the offsets of its column's
 * span; see {@link CohortColumn}.
 *
 * @since 0.1.0
 */
public enum ReturnCriterion {
  /**
   * Column {@code k} covers offset {@code k} alone: a customer is active in it if they ordered in period
   * {@code k} after their cohort period (GA4's and Shopify's "standard" retention).
   */
  ON,
  /**
   * Column {@code k} covers offsets {@code k} and later: a customer is active in it if they ordered in
   * period {@code k} or any later period up to the as-of instant (Amplitude's "unbounded" retention). Such
   * a value can still grow after its period is over, as later orders arrive.
   */
  ON_OR_AFTER,
  /**
   * The columns are caller-supplied {@linkplain OffsetBracket brackets} of consecutive offsets, such as
   * 0, 1–3, 4–6 and 7–12 (Amplitude's "custom brackets"); a customer is active in a bracket if they ordered
   * in any of its offsets.
   */
  BRACKETS
}
