/**
 * Probabilistic customer-lifetime-value models: customer summaries from orders, maximum-likelihood
 * fitting, per-customer predictions and holdout evaluation.
 *
 * <p>The flow is orders → {@link io.retentionkit.clv.CustomerSummarizer} →
 * {@link io.retentionkit.clv.CustomerSummaries} (x, t_x, T, m̄ per customer, optionally a holdout) →
 * {@link io.retentionkit.clv.WeightedSummaries} (identical rows folded) → a model's {@code fit} →
 * {@link io.retentionkit.clv.ModelFit} (the fitted model and its
 * {@link io.retentionkit.clv.FitDiagnostics}). Every repeat-transaction model implements
 * {@link io.retentionkit.clv.TransactionModel}.
 *
 * <p>Conventions: times are in one {@link io.retentionkit.clv.DurationUnit} chosen when summarising,
 * and every model parameter with a time dimension is in that unit. t_x (the "last purchase time") is
 * measured from the first purchase, never "time since the last purchase". Fits do not throw when the
 * optimiser struggles; they report it in their diagnostics. They throw only when the data cannot support
 * the model at all.
 *
 * <p>All public types are immutable and thread-safe unless documented as builders or accumulators.
 * No method accepts or returns {@code null}; values that can be undefined are {@code Optional}s, and
 * primitive arrays document their {@code NaN} sentinels.
 *
 * @since 0.1.0
 */
package io.retentionkit.clv;
