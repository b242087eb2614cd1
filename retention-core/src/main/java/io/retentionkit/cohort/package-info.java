/**
 * Acquisition-cohort analysis: {@link io.retentionkit.cohort.CohortAnalysis} turns orders into a
 * {@link io.retentionkit.cohort.CohortTable} of cohorts (customers by the period of their first qualifying
 * order) and the periods since, with retention, orders and revenue per cell, plainly and cumulatively,
 * right-censored at an as-of instant and averaged over the cohorts that fully observed each column.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link io.retentionkit.cohort.CohortAnalysis#newBuilder} configures an analysis: granularity,
 *       rolling windows, return criterion or brackets, breakdown, as-of instant.
 *   <li>{@link io.retentionkit.cohort.CohortAnalysis#analyze} computes a table in one pass;
 *       {@link io.retentionkit.cohort.CohortAccumulator} and
 *       {@link io.retentionkit.cohort.CohortAnalysis#collector()} do the same incrementally, in parallel or
 *       per partition, with equal results; for millions of orders,
 *       {@link io.retentionkit.cohort.CohortAnalysis#analyze(io.retentionkit.columnar.OrderLog)} reads an
 *       order log in parallel over the cores.
 * </ul>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Analyses and results are immutable and thread-safe; accumulators and builders are not.
 *   <li>No method accepts or returns {@code null}: a missing breakdown key or as-of instant is an empty
 *       {@link java.util.Optional}.
 *   <li>Ratios are the {@link io.retentionkit.metrics} value types ({@link io.retentionkit.metrics.Rate},
 *       {@link io.retentionkit.metrics.Ratio}, {@link io.retentionkit.metrics.MoneyAverage},
 *       {@link io.retentionkit.metrics.MoneyShare}) that keep their numerator and denominator. One that is
 *       undefined (a revenue retention over a zero offset-0 revenue, an average over no cohort) has an
 *       empty value and says why; it is never {@code NaN} or 0.
 *   <li>Revenue is exact {@link io.retentionkit.model.Money} in the policy's reporting currency.
 * </ul>
 *
 * @since 0.1.0
 */
package io.retentionkit.cohort;
