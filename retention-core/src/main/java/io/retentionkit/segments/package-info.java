/**
 * RFM segmentation: customers scored by recency, frequency and monetary value as of an explicit instant,
 * and named by the standard RFM segment map.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link io.retentionkit.segments.RfmAnalysis#newBuilder} configures an analysis with an
 *       {@link io.retentionkit.model.AnalysisPolicy} and a required as-of instant;
 *       {@link io.retentionkit.segments.RfmAnalysis#analyze(Iterable) analyze} segments orders, and
 *       {@link io.retentionkit.segments.RfmAnalysis#analyze(io.retentionkit.columnar.OrderLog)} a columnar
 *       log, with equal results; {@link io.retentionkit.segments.RfmAccumulator} takes orders one at a time
 *       and combines.
 *   <li>{@link io.retentionkit.segments.RfmSegmentation} is the result: per customer a
 *       {@link io.retentionkit.segments.CustomerRfm} (values, {@link io.retentionkit.segments.RfmScore}s and
 *       {@link io.retentionkit.segments.RfmSegment}), and per segment a
 *       {@link io.retentionkit.segments.SegmentSize} (customers and revenue, each with its share).
 * </ul>
 *
 * <h2>Values</h2>
 * Only orders placed before the as-of instant that {@linkplain io.retentionkit.model.AnalysisPolicy#qualifies
 * qualify} under the policy count; the others are counted as left out, never dropped silently. A customer
 * is segmented when they have at least one such order.
 * <dl>
 *   <dt>Recency</dt>
 *   <dd>The days from the shop-local date of the customer's last qualifying order to the shop-local date of
 *       the as-of instant (0 for an order on that date). Dates are in the policy's zone, so a
 *       daylight-saving change never adds or removes a day.</dd>
 *   <dt>Frequency</dt>
 *   <dd>The customer's qualifying orders (each order counts, also two on one day).</dd>
 *   <dt>Monetary value</dt>
 *   <dd>The revenue of those orders in the reporting currency under the policy's
 *       {@link io.retentionkit.model.RefundPolicy}: the totals ({@code GROSS}); the totals minus every
 *       refund of those orders ({@code NET_AT_ORDER_DATE}, as the historical CLV of
 *       {@link io.retentionkit.metrics} counts it); or the totals minus the refunds made before the as-of
 *       instant ({@code NET_AT_REFUND_DATE}). Never negative.</dd>
 * </dl>
 *
 * <h2>Scores</h2>
 * Each value becomes a score from 1 (worst) to 5 (best) by its rank among the segmented customers: with
 * {@code n} customers and {@code w} of them strictly worse on that value (longer ago for recency; fewer
 * orders or less revenue for frequency and monetary value), the score is {@code 1 + ⌊5 w / n⌋}. So a
 * score of 5 means at least 80 % of the customers are strictly worse, 4 at least 60 %, and so on.
 * <ul>
 *   <li><b>Ties share a score</b>: customers with equal values are equally good, whatever the order of the
 *       input, and the scores are deterministic. (Splitting ties by input position, as quantile cuts over
 *       ranks do, would give two identical customers different scores.)
 *   <li>The worst value always scores 1. When many customers share a value (a single order, typically
 *       over half of a shop's customers), the scores are not evenly filled: the customers with one order
 *       all score F 1 and customers with two orders may jump to F 4. With one customer, or when every
 *       customer has the same value, everyone scores 1 on it.
 *   <li>Scores are relative to the customers segmented together: the same customer can score differently
 *       in another shop, another as-of instant or another subset.
 * </ul>
 *
 * <h2>Segments</h2>
 * The segment follows from the recency score {@code R} and the frequency-monetary score
 * {@code FM = ⌊(F + M) / 2⌋} by the table of {@link io.retentionkit.segments.RfmSegment}: Champions (R 5,
 * FM 4–5), Loyal (R 3–4, FM 4–5), Potential loyalists (R 4–5, FM 2–3), New (R 5, FM 1), Promising (R 4,
 * FM 1), Need attention (R 3, FM 3), About to sleep (R 3, FM 1–2), At risk (R 1–2, FM 3–4), Can't lose
 * them (R 1–2, FM 5), Hibernating (R 2, FM 1–2) and Lost (R 1, FM 1–2).
 *
 * <h2>Segment sizes</h2>
 * Each segment's customers over all segmented customers (a {@link io.retentionkit.metrics.Rate},
 * undefined without customers) and its monetary value over theirs (a
 * {@link io.retentionkit.metrics.MoneyShare}, undefined when the total is zero), for all eleven segments,
 * empty ones included.
 *
 * <h2>Conventions</h2>
 * Analyses and results are immutable and thread-safe; accumulators and builders are not. No method
 * accepts or returns {@code null}. Money is exact minor units of the reporting currency.
 *
 * @since 0.1.0
 */
package io.retentionkit.segments;
