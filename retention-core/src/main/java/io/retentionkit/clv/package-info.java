/**
 * Probabilistic customer-lifetime-value models: customer summaries from orders, maximum-likelihood
 * fitting, per-customer predictions and holdout evaluation.
 *
 * <h2>Flow</h2>
 *
 * <p>Orders → {@link io.retentionkit.clv.CustomerSummarizer} → {@link io.retentionkit.clv.CustomerSummaries}
 * (x, t_x, T, m̄ per customer, optionally a holdout period) → {@link io.retentionkit.clv.WeightedSummaries}
 * (identical rows folded) → a model's {@code fit} → {@link io.retentionkit.clv.ModelFit} (the model and its
 * {@link io.retentionkit.clv.FitDiagnostics}) → {@link io.retentionkit.clv.ClvPredictor} →
 * {@link io.retentionkit.clv.CustomerPredictions}, and {@link io.retentionkit.clv.HoldoutReport} to validate.
 *
 * <h2>Models</h2>
 *
 * <ul>
 *   <li>{@link io.retentionkit.clv.BgNbdModel} (Fader, Hardie &amp; Lee 2005) and
 *       {@link io.retentionkit.clv.MbgNbdModel} (Batislam, Denizel &amp; Filiztekin 2007): non-contractual,
 *       continuous time;</li>
 *   <li>{@link io.retentionkit.clv.BgBbModel} (Fader, Hardie &amp; Shang 2010): discrete transaction
 *       opportunities;</li>
 *   <li>{@link io.retentionkit.clv.ShiftedBetaGeometricModel} (Fader &amp; Hardie 2007): contractual
 *       retention, fitted on survival counts;</li>
 *   <li>{@link io.retentionkit.clv.GammaGammaModel} (Fader, Hardie &amp; Lee 2005; Fader &amp; Hardie 2013):
 *       spend per transaction.</li>
 * </ul>
 * The repeat-transaction models implement {@link io.retentionkit.clv.TransactionModel}, so predictions and
 * reports work with any of them; {@link io.retentionkit.clv.TransactionModelFamily} picks one by name.
 * Formulas come from the papers and from Bruce Hardie's notes (brucehardie.com/notes); the likelihoods are
 * evaluated in log space so that heavy buyers neither overflow nor produce NaN.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>Times are in one {@link io.retentionkit.clv.DurationUnit} chosen when summarising; every model
 *       parameter with a time dimension (α of the NBD models) is in that unit.</li>
 *   <li>t_x, the "last purchase time", is measured from the first purchase. It is not the time since the
 *       last purchase, which is T − t_x.</li>
 *   <li>Money is in major units of the summaries' reporting currency, as {@code double} estimates.</li>
 *   <li>Fits do not throw when the optimiser struggles; they report it in their diagnostics. They throw
 *       only when the data cannot support the model at all (no repeat transaction, no churn).</li>
 * </ul>
 *
 * <p>Fitting and prediction over large inputs (tens of thousands of rows or customers and more) spread their
 * work over the common fork-join pool, in fixed blocks whose results are combined in a fixed order, so
 * results never depend on the number of threads.
 *
 * <p>All public types are immutable and thread-safe unless documented as builders or accumulators. No
 * method accepts or returns {@code null}; values that can be undefined are {@code Optional}s, and
 * primitive arrays document their {@code NaN} sentinels.
 *
 * @since 0.1.0
 */
package io.retentionkit.clv;
