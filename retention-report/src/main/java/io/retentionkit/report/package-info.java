/**
 * A self-contained HTML report over retentionkit's results.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link io.retentionkit.report.ReportData}: everything a report shows, as values: a
 *       {@link io.retentionkit.report.Provenance}, the {@link io.retentionkit.metrics.MetricsSummary}, the
 *       {@link io.retentionkit.cohort.CohortTable}, a {@link io.retentionkit.report.ClvSection} and optional
 *       {@link io.retentionkit.report.SegmentSizes}, each present or missing with a reason.
 *   <li>{@link io.retentionkit.report.HtmlReport}: renders the data as one HTML file with inline CSS and SVG
 *       charts, no script and no network access.
 * </ul>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>All types are immutable and thread-safe, except builders. No method accepts or returns
 *       {@code null}.
 *   <li>Every amount is in the provenance's reporting currency; {@code ReportData} refuses a section in
 *       another.
 *   <li>Undefined values are shown as "n/a" with their reason, never as 0.
 * </ul>
 *
 * @since 0.1.0
 */
package io.retentionkit.report;
