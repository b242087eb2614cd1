/**
 * The columnar order log: {@link io.retentionkit.columnar.OrderLog} holds millions of orders as primitive
 * columns (a dense customer index, shop-local days, converted amounts, flags, dictionary-encoded
 * attributes and refunds), grouped by customer and sorted in time, so that the library's calculators read
 * it in one parallel pass with no per-order objects.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link io.retentionkit.columnar.OrderLog#from} builds a log from {@link io.retentionkit.model.Order}
 *       objects; {@link io.retentionkit.columnar.OrderLog#newBuilder} from primitive values, for importers
 *       and generators that never create orders.
 *   <li>{@code CohortAnalysis.analyze(OrderLog)}, {@code MetricsAnalysis.analyze(OrderLog, Period)} and
 *       {@code CustomerSummarizer.summarize(OrderLog)} compute from a log results equal to those they
 *       compute from the same orders as objects.
 * </ul>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>A log is immutable, thread-safe and bound to the {@link io.retentionkit.model.AnalysisPolicy} it was
 *       built under; builders are mutable and not thread-safe.
 *   <li>Customers, orders and refunds are addressed by dense {@code int} indexes; an index out of range
 *       throws {@link IndexOutOfBoundsException}. No method accepts or returns {@code null}.
 * </ul>
 *
 * @since 0.1.0
 */
package io.retentionkit.columnar;
