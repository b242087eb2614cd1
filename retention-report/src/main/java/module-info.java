/**
 * The retentionkit HTML report: one self-contained HTML file with SVG charts over the library's metrics,
 * cohort tables and CLV models.
 *
 * <p>Only {@code io.retentionkit.report} is exported; the HTML writer and the chart classes are
 * implementation details that may change in any release.
 */
module io.retentionkit.report {
  requires transitive io.retentionkit.core;

  exports io.retentionkit.report;
}
