package io.retentionkit.report;

/**
 * The sections of a report that depend on the data, in the order the report shows them.
 *
 * @since 0.1.0
 */
public enum ReportSection {
  /** Headline retention metrics of a window. */
  METRICS("Headline metrics"),
  /** The cohort retention heatmap and revenue curves. */
  COHORTS("Cohorts"),
  /** The CLV model, its holdout check and the predictions. */
  CLV("Customer lifetime value"),
  /** Customer segment sizes. */
  SEGMENTS("Segments");

  private final String title;

  ReportSection(String title) {
    this.title = title;
  }

  /**
   * Returns the section's heading.
   *
   * @return for example {@code "Headline metrics"}
   */
  public String title() {
    return title;
  }
}
