/**
 * Renderers of results for people and programs: {@link io.retentionkit.io.render.MetricsJson},
 * {@link io.retentionkit.io.render.CohortJson}, {@link io.retentionkit.io.render.ClvJson} (fitted CLV models,
 * {@link io.retentionkit.io.render.ClvFit}, and summaries of predictions),
 * {@link io.retentionkit.io.render.SegmentsJson} and {@link io.retentionkit.io.render.PolicyJson} write JSON
 * through Jackson's streaming generator ({@link io.retentionkit.io.render.JsonOutput}),
 * {@link io.retentionkit.io.render.CohortCsv}, {@link io.retentionkit.io.render.PredictionsCsv} and
 * {@link io.retentionkit.io.render.SegmentsCsv} write CSV through the formula-safe
 * {@link io.retentionkit.io.csv.SafeCsvWriter}, and {@link io.retentionkit.io.render.MetricsText},
 * {@link io.retentionkit.io.render.CohortGrid}, {@link io.retentionkit.io.render.ClvText} and
 * {@link io.retentionkit.io.render.SegmentsText} lay out text or
 * Markdown tables. The command line uses them, and so can reports and applications.
 * {@link io.retentionkit.io.render.MoneyFormat} is the one way money is written for people
 * ({@code EUR 1,234.50}) and {@link io.retentionkit.io.render.ChurnRiskCounts} the one count of customers per
 * churn-risk band, here and in the HTML report.
 *
 * <p>Conventions shared by every format: an undefined value is never shown as 0 (JSON: {@code null} and a
 * reason; CSV: an empty cell; text: {@code n/a}); an incomplete cohort cell is flagged; money is exact in
 * the reporting currency (JSON: a decimal string), and money a model estimated is rounded to the currency's
 * minor unit. Renderers are stateless and thread-safe; no method
 * accepts or returns {@code null}.
 *
 * @since 0.1.0
 */
package io.retentionkit.io.render;
