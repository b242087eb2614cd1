/**
 * Retention metrics over orders and surveys, and the {@link io.retentionkit.metrics.Accumulator} shape
 * that every aggregation in the library shares.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link io.retentionkit.metrics.MetricsAnalysis}: configure once, then
 *       {@link io.retentionkit.metrics.MetricsAnalysis#analyze analyze} a window's orders in one pass into
 *       a {@link io.retentionkit.metrics.MetricsSummary}, or feed a
 *       {@link io.retentionkit.metrics.MetricsAccumulator} incrementally or in parallel and combine. For
 *       millions of orders, analyse an {@link io.retentionkit.columnar.OrderLog} in parallel over the cores
 *       with {@link io.retentionkit.metrics.MetricsAnalysis#analyze(io.retentionkit.columnar.OrderLog,
 *       io.retentionkit.model.Period)}.
 *   <li>{@link io.retentionkit.metrics.NetPromoterScore}, {@link io.retentionkit.metrics.CustomerSatisfaction}
 *       and {@link io.retentionkit.metrics.CartAbandonment}: survey and funnel metrics from answers and
 *       counts rather than orders.
 * </ul>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>A metric that cannot be computed (an empty population, a zero denominator) is <em>undefined</em>:
 *       its value is an empty {@code Optional}/{@code OptionalDouble} and {@code undefinedReason()} says
 *       why. It is never a silent 0 or NaN. Every result carries its inputs (numerator, denominator,
 *       counts, exact totals), so a renderer can print them.
 *   <li>{@link io.retentionkit.metrics.Rate Rates} lie in {@code [0, 1]}. Money is exact minor units of
 *       the policy's reporting currency; averages are exact totals with a count.
 *   <li>Results are immutable values compared with {@code equals}; calculators are immutable and
 *       thread-safe; accumulators are mutable and not thread-safe. No method accepts or returns
 *       {@code null}.
 * </ul>
 *
 * <h2>Definitions of the order-derived metrics</h2>
 * All dates are shop-local dates in the {@link io.retentionkit.model.AnalysisPolicy policy}'s zone, so
 * daylight-saving changes never move an order to another day and day counts are calendar days. Only
 * orders the policy {@linkplain io.retentionkit.model.AnalysisPolicy#qualifies qualifies} count
 * (by default every order except cancelled and failed ones); other orders, their refunds included, are
 * ignored entirely. The window is {@code [start, end)}; results are "as of the end": orders dated on or
 * after {@code end} are ignored. Ignored orders are counted in
 * {@link io.retentionkit.metrics.WindowTotals}. {@code W} is the look-back (default 365 days), {@code C}
 * the churn inactivity threshold (default {@code W}).
 *
 * <p><b>Revenue and refunds.</b> The window's revenue follows the policy's
 * {@link io.retentionkit.model.RefundPolicy}: under {@code GROSS} the totals of the window's orders; under
 * {@code NET_AT_ORDER_DATE} those totals minus every refund of those orders, whatever its date; under
 * {@code NET_AT_REFUND_DATE} those totals minus the refunds dated in the window, of any qualifying order
 * placed before the end. Amounts in other currencies are converted by the policy's converter; without one
 * a foreign amount is an error that names both currencies.
 *
 * <dl>
 *   <dt>Active</dt>
 *   <dd>A customer is active at date {@code d} when they have a qualifying order dated in
 *       {@code [d − W, d)}.</dd>
 *   <dt>Customer retention rate</dt>
 *   <dd>{@code CRR = (E − N) / S}: {@code S} = customers active at {@code start}, {@code E} = active at
 *       {@code end}, {@code N} = customers whose first-ever qualifying order lies in the window. Undefined
 *       when {@code S = 0}. Also the strict retention {@code |S ∩ E| / |S|}. {@code E − N} can be negative
 *       when {@code W} is shorter than the window (new customers acquired early in the window may be
 *       inactive again at its end). Example: {@code W} = 30 days, a 30-day window, {@code S} = 100, 5 of
 *       them lost and 15 gained gives {@code E} = 110 and CRR = (110 − 15) / 100 = 95 %.</dd>
 *   <dt>Churn rate</dt>
 *   <dd>The share of {@code S} with no qualifying order dated in {@code [end − C, end)}. Undefined when
 *       {@code S = 0}.</dd>
 *   <dt>Repeat purchase rate</dt>
 *   <dd>Customers with at least two qualifying orders dated in the window over customers with at least one
 *       qualifying order dated in the window. Only the window's orders count, whatever came before: a
 *       customer whose first-ever order lies before the window is a repeat purchaser when they order twice
 *       in it, and is not one when they order once in it (they are a returning customer, below).</dd>
 *   <dt>Returning customer rate</dt>
 *   <dd>(Shopify's definition) Customers who ordered in the window and have at least two qualifying orders
 *       in their lifetime up to {@code end}, those before the window included (so they ordered before the
 *       window, or twice in it), over customers who ordered in the window. Never below the repeat purchase
 *       rate, which has the same denominator.</dd>
 *   <dt>Purchase frequency</dt>
 *   <dd>Qualifying orders in the window over customers who ordered in the window.</dd>
 *   <dt>Average order value</dt>
 *   <dd>Gross: the totals of the window's orders over their number. Net: the window's net revenue
 *       ({@code NET_AT_REFUND_DATE}: gross minus refunds dated in the window; otherwise, including under
 *       {@code GROSS}, net of the orders' refunds) over the same number.</dd>
 *   <dt>Days between orders</dt>
 *   <dd>The gaps in days between consecutive qualifying orders of a customer where the later order lies in
 *       the window (the earlier may lie before it): their count, mean and median.</dd>
 *   <dt>Second-purchase rate within N days</dt>
 *   <dd>(N default 90) Eligible: customers whose first order {@code f} lies in the window and
 *       {@code f + N < end}; converted: eligible customers whose second qualifying order is dated on or
 *       before {@code f + N}. Customers acquired in the window but not eligible are counted as
 *       censored.</dd>
 *   <dt>Revenue split and spend ratio</dt>
 *   <dd>The window revenue of returning customers (first order before the window) and of new customers
 *       (first order in the window), each as a share of the window revenue; the returning-to-new spend
 *       ratio = (returning revenue / returning customers who ordered in the window) / (new revenue / new
 *       customers). Undefined, with a reason, when a denominator is 0 or not positive.</dd>
 *   <dt>Pareto share</dt>
 *   <dd>The share of the window revenue earned by the top {@code ⌈X · n⌉} customers by window revenue,
 *       {@code n} = customers who ordered in the window, {@code X} default 0.2. Undefined when the window
 *       revenue is not positive.</dd>
 *   <dt>Historical CLV</dt>
 *   <dd>Per customer, the net revenue of all their qualifying orders placed before {@code end}: their
 *       totals minus the refunds dated before {@code end}, whatever the refund policy. A refund dated on
 *       or after {@code end} is not deducted, so the value is what was known at {@code end}. The summary
 *       reports the mean and median over every customer acquired before {@code end}, and
 *       {@link io.retentionkit.metrics.MetricsAnalysis#historicalClv} lists the values.</dd>
 *   <dt>Simple CLV</dt>
 *   <dd>Net average order value × purchase frequency × expected lifespan (in windows; {@code 1 / churn
 *       rate} unless given) × margin (default 1, a revenue CLV). Undefined when no order lies in the window,
 *       or when no lifespan was given and the churn rate is undefined or 0.</dd>
 *   <dt>Order sequencing</dt>
 *   <dd>For {@code k = 1..5}: among customers with at least {@code k} qualifying orders before {@code end},
 *       the share who placed a {@code (k+1)}-th before {@code end}, and the days between order {@code k}
 *       and order {@code k+1}.</dd>
 *   <dt>Repeat rate by first-order attribute</dt>
 *   <dd>Customers whose first order lies in the window, grouped by whether that order has any refund,
 *       whether it used a discount code, and its channel (absent: the group
 *       {@value io.retentionkit.metrics.RepeatRateByFirstOrder#NO_CHANNEL}); per group the share who placed
 *       a second qualifying order before {@code end}.</dd>
 * </dl>
 *
 * <p>A customer's first order is their earliest qualifying order (ties at the same instant go to the
 * smaller order id). Orders of one customer on the same date are 0 days apart.
 *
 * @since 0.1.0
 */
package io.retentionkit.metrics;
