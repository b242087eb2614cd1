/**
 * Probabilistic customer-lifetime-value models ("buy till you die"): customer summaries from orders,
 * maximum-likelihood fitting, per-customer predictions of activity, purchases and value, and evaluation on
 * a holdout period.
 *
 * <h2>Workflow</h2>
 *
 * <ol>
 *   <li><b>Orders → summaries.</b> {@link io.retentionkit.clv.CustomerSummarizer} turns orders into
 *       {@link io.retentionkit.clv.CustomerSummaries}: one row per customer of the calibration period, and,
 *       with an observation end, the customer's transactions in the holdout period that follows. For
 *       millions of orders, {@link io.retentionkit.clv.CustomerSummarizer#summarize(io.retentionkit.columnar.OrderLog)}
 *       reads an {@link io.retentionkit.columnar.OrderLog} in parallel over the cores.</li>
 *   <li><b>Summaries → weighted rows.</b> {@link io.retentionkit.clv.WeightedSummaries} folds customers
 *       with identical (x, t_x, T) into one row with a weight; fits on folded rows equal fits on the
 *       customers, and are much faster (CDNOW's 2,357 customers are 1,016 rows).</li>
 *   <li><b>Fit.</b> Each model's {@code fit} (or {@link io.retentionkit.clv.TransactionModelFamily#fit} by
 *       name: {@code bgnbd}, {@code pnbd}, {@code mbgnbd}, {@code bgbb}) returns a
 *       {@link io.retentionkit.clv.ModelFit}: the model and its {@link io.retentionkit.clv.FitDiagnostics}.
 *       {@link io.retentionkit.clv.GammaGammaModel} fits the spend per transaction, from summaries or from
 *       weighted (x, m̄) rows.</li>
 *   <li><b>Predict.</b> {@link io.retentionkit.clv.ClvPredictor} gives every customer P(alive), expected
 *       transactions over a horizon, expected spend, predicted CLV, DERT, the expected date of the next
 *       transaction and a churn-risk band ({@link io.retentionkit.clv.CustomerPredictions}), from
 *       summaries or from primitive arrays of millions of customers.</li>
 *   <li><b>Validate.</b> {@link io.retentionkit.clv.HoldoutReport} compares the model's expectations with
 *       what happened in the holdout period, per calibration frequency, and draws the
 *       {@link io.retentionkit.clv.TrackingCurve}.</li>
 * </ol>
 *
 * <pre>{@code
 * CustomerSummaries summaries = CustomerSummarizer.newBuilder()
 *     .policy(AnalysisPolicy.of(ZoneOffset.UTC, Currency.getInstance("USD")))
 *     .timeUnit(DurationUnit.WEEK)                     // t_x, T, horizons, alpha and beta in weeks
 *     .calibrationEnd(LocalDate.of(1997, 9, 30))
 *     .observationEnd(LocalDate.of(1998, 6, 30))       // optional: a holdout period to validate on
 *     .build()
 *     .summarize(orders);
 * TransactionModel model = TransactionModelFamily.parse("pnbd")
 *     .fit(WeightedSummaries.from(summaries), FitOptions.defaults()).model();
 * CustomerPredictions predictions = ClvPredictor.newBuilder()
 *     .model(model)
 *     .spendModel(GammaGammaModel.fit(summaries).model())
 *     .timeUnit(DurationUnit.WEEK)
 *     .horizon(52)
 *     .discountRate(DiscountRate.annualEffective(0.15))
 *     .build()
 *     .predict(summaries);
 * HoldoutReport report = HoldoutReport.of(model, summaries);
 * }</pre>
 *
 * <h2>Discrete opportunities (BG/BB)</h2>
 *
 * <p>BG/BB counts transactions at discrete opportunities: a yearly donation, an annual event. Summarise
 * with the opportunity as the {@linkplain io.retentionkit.clv.CustomerSummarizer.Builder#mergeUnit merge
 * unit} (all of a customer's orders in one year are one transaction) and a calibration end on the last day
 * of one, then {@link io.retentionkit.clv.OpportunitySummaries#of} gives per customer x, the opportunities
 * after the first purchase's period with a purchase, t_x, the number of the last of them (0 when x = 0), and
 * n, the opportunities from the first purchase to the calibration end; its {@code weighted()} rows fit
 * {@link io.retentionkit.clv.BgBbModel}:
 *
 * <pre>{@code
 * CustomerSummaries yearly = CustomerSummarizer.newBuilder().policy(policy)
 *     .timeUnit(DurationUnit.YEAR).mergeUnit(PeriodUnit.YEAR)
 *     .calibrationEnd(LocalDate.of(2001, 12, 31)).build().summarize(orders);
 * BgBbModel model = BgBbModel.fit(OpportunitySummaries.of(yearly).weighted()).model();
 * }</pre>
 *
 * <h2>The summary of a customer</h2>
 *
 * <table class="striped">
 *   <caption>Fields of a customer summary</caption>
 *   <thead><tr><th>symbol</th><th>accessor</th><th>meaning</th></tr></thead>
 *   <tbody>
 *     <tr><td>x</td><td>{@code repeatTransactions}</td><td>transactions in the calibration period after
 *         the first one; the first purchase is not a repeat transaction</td></tr>
 *     <tr><td>t_x</td><td>{@code lastPurchaseTime}</td><td>time from the first purchase to the last
 *         calibration purchase; 0 when x = 0</td></tr>
 *     <tr><td>T</td><td>{@code age}</td><td>time from the first purchase to the calibration end</td></tr>
 *     <tr><td>m̄</td><td>{@code meanRepeatSpend}</td><td>mean value of the x repeat transactions; absent
 *         when x = 0</td></tr>
 *     <tr><td>x*</td><td>{@code holdoutTransactions}</td><td>transactions in the holdout period</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>t_x is 0 whenever x = 0, and every model rejects a row with x = 0 and t_x &gt; 0 rather than guess what
 * it means (a customer without repeat purchases has no last repeat purchase). Some published checks state
 * a property at such a row, for example MBG/NBD's P(alive) &lt; 1 "at x = 0, t_x = 1, T = 1"; with x = 0 no
 * model's P(alive) depends on t_x, so they hold at t_x = 0.
 *
 * <p>Other libraries call t_x "recency", and users keep reading it as the time <em>since</em> the last
 * purchase, which is T − t_x: a long "recency" then looks like a lapsed customer when it is the most
 * recent one. The names here say what is measured: the time of the last purchase, and the age of the
 * customer. A transaction is all of a customer's orders in one merge period (a day by default, which the
 * published CDNOW results require); see {@link io.retentionkit.clv.CustomerSummarizer} for the exact
 * rules, including refunds, currencies and qualifying orders, which follow the shared
 * {@link io.retentionkit.model.AnalysisPolicy}.
 *
 * <h2>Units</h2>
 *
 * <ul>
 *   <li>All times (t_x, T, horizons, holdout lengths, times to the next transaction) are in one
 *       {@link io.retentionkit.clv.DurationUnit} chosen when summarising, a fixed number of days (a month
 *       is 365.25 / 12 days). Model parameters with a time dimension, α of the NBD purchase process and β
 *       of the Pareto/NBD dropout process, are rates per that unit; r, s, a, b and the BG/BB and sBG
 *       parameters are unitless. Changing the unit rescales α and β and leaves P(alive) unchanged.</li>
 *   <li>For BG/BB and sBG, times are whole numbers of opportunities or periods; for BG/BB the time unit of
 *       a predictor or a DERT is the length of one opportunity (a year for yearly opportunities).</li>
 *   <li>Money (m̄, expected spend, CLV) is in major units of the summaries' reporting currency, as
 *       {@code double} estimates.</li>
 * </ul>
 *
 * <h2>Models</h2>
 *
 * <ul>
 *   <li>{@link io.retentionkit.clv.ParetoNbdModel} (Schmittlein, Morrison &amp; Colombo 1987), short name
 *       {@code pnbd}: purchases at a gamma-distributed Poisson rate while alive, an exponential lifetime
 *       with a gamma-distributed rate. The reference model, with a closed-form DERT.</li>
 *   <li>{@link io.retentionkit.clv.BgNbdModel} (Fader, Hardie &amp; Lee 2005), {@code bgnbd}: the customer
 *       may drop out after each repeat purchase, with a beta-distributed probability. Nearly the same
 *       predictions as Pareto/NBD with simpler formulas; a customer without repeat purchases is certainly
 *       alive.</li>
 *   <li>{@link io.retentionkit.clv.MbgNbdModel} (Batislam, Denizel &amp; Filiztekin 2007), {@code mbgnbd}:
 *       BG/NBD with a chance to drop out at the first purchase too, so one-time buyers may be gone.</li>
 *   <li>{@link io.retentionkit.clv.BgBbModel} (Fader, Hardie &amp; Shang 2010), {@code bgbb}: discrete
 *       transaction opportunities (yearly donations, annual events).</li>
 *   <li>{@link io.retentionkit.clv.ShiftedBetaGeometricModel} (Fader &amp; Hardie 2007, 2010): contractual
 *       retention, fitted on survival counts such as one row of a cohort table.</li>
 *   <li>{@link io.retentionkit.clv.GammaGammaModel} (Fader, Hardie &amp; Lee 2005; Fader &amp; Hardie 2013):
 *       spend per transaction, assumed independent of the purchase frequency.</li>
 * </ul>
 * The first four implement {@link io.retentionkit.clv.TransactionModel}, so predictions, holdout reports
 * and tracking curves work with any of them.
 *
 * <h2>Discounting</h2>
 *
 * <p>A {@link io.retentionkit.clv.DiscountRate} always states its period and compounding:
 * {@code DiscountRate.annualEffective(0.15)} (15 % a year, compounded yearly),
 * {@code DiscountRate.effective(0.01, DurationUnit.MONTH)} or
 * {@code DiscountRate.continuous(0.0027, DurationUnit.WEEK)}; it converts to any unit. The conventions
 * that use it:
 * <ul>
 *   <li>{@link io.retentionkit.clv.ClvPredictor}: predicted CLV is residual (from the calibration end) and
 *       runs over a finite horizon; the transactions expected within each time unit are discounted from the
 *       end of that unit. This is the same for every model.</li>
 *   <li>DERT, the discounted expected residual transactions, in the predictions
 *       ({@link io.retentionkit.clv.CustomerPredictions#dert(int)}) and on the models, discounts each future
 *       transaction <em>continuously, when it happens</em>, by e^(−δt), δ the
 *       {@linkplain io.retentionkit.clv.DiscountRate#continuousRate continuous rate} per time unit of the
 *       predictor's rate (15 % a year effective: δ = ln 1.15 / 52.18 = 0.0026785 a week), over an unlimited
 *       horizon from the calibration end. It is a number of transactions; times the expected spend it is the
 *       residual lifetime value. As the horizon grows, the predictor's CLV approaches expected spend × DERT
 *       from below, within a factor e^(−δ) (about δ/2 in practice: 0.13 % for 15 % a year in weeks).
 *       Pareto/NBD ({@link io.retentionkit.clv.ParetoNbdModel#discountedExpectedResidualTransactions}) and
 *       BG/BB ({@link io.retentionkit.clv.BgBbModel#discountedExpectedResidualTransactions}, the transaction
 *       at the k-th future opportunity discounted by e^(−δk) = (1+d)^(−k)) have closed forms; BG/NBD and
 *       MBG/NBD ({@link io.retentionkit.clv.BgNbdModel#discountedExpectedResidualTransactions}) have none, and
 *       the predictor integrates it numerically only on request
 *       ({@link io.retentionkit.clv.ClvPredictor.Builder#dertByQuadrature}), since it triples the prediction
 *       time. At a zero rate there is no DERT (the undiscounted sum over an unlimited horizon can be
 *       infinite); the predictions say why instead of giving 0 or {@code NaN}.</li>
 *   <li>{@link io.retentionkit.clv.ShiftedBetaGeometricModel#discountedExpectedResidualLifetime DERL}
 *       (sBG) counts renewals at the start of each period, discounted by whole periods.</li>
 * </ul>
 *
 * <h2>Churn risk</h2>
 *
 * <p>{@link io.retentionkit.clv.ChurnRiskBands} turns P(alive) into {@link io.retentionkit.clv.ChurnRisk}
 * HIGH (below 0.3 by default), MEDIUM (below 0.7) or LOW. The thresholds are a neutral start: calibrate
 * them on your own holdout data. The expected next-transaction date is that of an active customer; read it
 * together with the churn risk.
 *
 * <h2>Validation on CDNOW</h2>
 *
 * <p>On the CDNOW sample (39 calibration and 39 holdout weeks), the fitted models expect 1,653 (BG/NBD),
 * 1,666 (Pareto/NBD) and 1,577 (MBG/NBD) holdout transactions against 1,882 actual. This is a known
 * property of these models on these data, not a defect: the holdout contains two bursts of purchasing,
 * weeks 45–50 (5 November to 16 December 1997, the holiday season) and 61–65 (25 February to 31 March
 * 1998), with 697 transactions in those 11 weeks against 1,185 in the other 28. Models with constant
 * purchase rates cannot foresee bursts; outside them, BG/NBD's tracking curve is within 1 % of the actual
 * transactions. Inspect the tracking curve of your own data for seasonality before trusting a holdout
 * total.
 *
 * <h2>Fitting</h2>
 *
 * <p>Maximum likelihood over the logarithms of the parameters, by BFGS with a strong-Wolfe line search
 * (Nocedal &amp; Wright 2006) and analytic gradients, optionally L2-penalised and from several starting
 * points ({@link io.retentionkit.clv.FitOptions}). Standard errors come from the inverse of a Hessian
 * obtained by central differences of the analytic gradient, where it is invertible.
 *
 * <p>Fits never throw for numerical reasons, and finish in bounded time. Each parameter is searched within
 * a factor of 10^6 of its data-driven start; a maximum at the edge of that range is a limit of the model
 * (a distribution without heterogeneity), reported as {@link io.retentionkit.clv.FitStatus#BOUNDARY} with
 * the limit in words and no standard error for the parameters at the edge. A likelihood that cannot be
 * computed at a trial point (not finite, or a special function that gives up) makes the point infeasible:
 * the line search backtracks, a start there is abandoned for the next, and when nothing can be evaluated
 * the fit ends with {@link io.retentionkit.clv.FitStatus#NUMERICAL_FAILURE}. Struggles (the iteration
 * limit, a stalled line search) are statuses too. Fits throw only when the data cannot support the model
 * at all (no repeat transaction, no churn).
 *
 * <h2>Numerical methods and their range</h2>
 *
 * <ul>
 *   <li>Everything is combined in log space, with Apache Commons Numbers for log-gamma, log-beta, digamma
 *       and the regularised beta function. Heavy buyers (x in the thousands) and the overflow cases of
 *       Hardie's note 027 give finite log-likelihoods and P(alive) in [0, 1], never NaN.</li>
 *   <li>BG/NBD and MBG/NBD P(alive) is a logistic function of a log-odds, exactly 0 or 1 at the extremes
 *       rather than an overflow.</li>
 *   <li>The Gauss hypergeometric function ₂F₁ of the BG/NBD expectations is computed as a logarithm:
 *       Pfaff's transformation for negative arguments, the power series with running rescaling (after
 *       Euler's transformation when c − a − b &lt; 0), the transformation to 1 − z, paired so that integer
 *       c − a − b needs no special case (DLMF 15.8; Forrey 1997), and, where neither converges within its
 *       term budget (z next to 1 with large parameters), Euler's integral by double-exponential
 *       quadrature. Tested against 40- to 60-digit references: any parameters up to 2·10⁴ for
 *       0 ≤ z ≤ 0.99, and c ≥ max(a, b) with parameters up to 10⁷ for z up to 1 − 10⁻¹² or down to
 *       −10¹²; relative accuracy 2·10⁻¹⁴ (series) to 10⁻¹¹ (near z = 1). No evaluation takes more than
 *       a few milliseconds.</li>
 *   <li>The Pareto/NBD likelihood writes its two tail integrals with a hypergeometric argument
 *       z = 1 − ρ in [0, 1), ρ = (min(α, β) + t)/(max(α, β) + t), whichever of α and β is larger, so no
 *       term cancels (Fader &amp; Hardie 2005, note 009), and sums their series, with the gradient, in one
 *       pass; that series converges like zᵏ and is used for z ≤ 1/2 (α and β within a factor of two, as
 *       on CDNOW). When α and β are far apart, or s and β grow together towards the limit without
 *       heterogeneity in dropout, z approaches 1 and that series would need millions of terms; the
 *       integrals and their derivatives are then summed as the series in ρ that the connection formula
 *       to 1 − z gives (DLMF 15.8.4, with its poles at integer r + x or s paired through a contiguous
 *       relation), whose Gamma-function constants depend on x alone and are computed once per distinct x,
 *       so each customer costs a few exponentials and logarithms. It is used while its two parts cancel to
 *       no less than 1/1024 of their size, which holds for customers with few purchases while b ρ (about
 *       s ρ, or (r + x) ρ when α &gt; β) is below 2 to 5 and r (or s) is more than a few thousandths from
 *       an integer, and for heavy buyers far beyond; elsewhere, where neither series is fast, one
 *       double-exponential quadrature of a log-concave integrand takes over. Tested against mpmath for ρ from 10⁻⁷ to 0.9, exponents up to 3,000 and b up to
 *       10⁶: relative accuracy 3·10⁻¹³ (10⁻¹⁵ typically) for the integrals and 10⁻¹⁰ for their
 *       derivatives.</li>
 *   <li>Pareto/NBD DERT uses the scaled exponential integral e^z E_s(z) (Tricomi's U; Fader, Hardie &amp;
 *       Lee 2005, "RFM and CLV"): a continued fraction for z &gt; 1 and a power series with upward
 *       recurrence below, for s in (0, 10⁴] and z in (0, 10³⁰⁰), relative accuracy about 10⁻¹⁴.</li>
 *   <li>BG/NBD and MBG/NBD DERT: given λ and p, DERT = λ / (δ + p λ); over the posterior λ it is
 *       ((r+x)/p) g(r+x+1, δ(α+T)/p) with the same scaled exponential integral g, and over the posterior
 *       p ~ Beta(a, b+x) (b+x+1 for MBG/NBD) a double-exponential quadrature in the log-odds of p, centred on
 *       the mode, to about 10⁻¹¹ relative (against the Laplace transform of the closed-form expectation at 30
 *       digits, heavy buyers included). BG/BB DERT sums the paper's series with a bound on its tail.</li>
 *   <li>Pareto/NBD P(X(t) = n) integrates a positive integrand over the dropout time by tanh-sinh
 *       quadrature (Takahasi &amp; Mori 1974) instead of the cancelling closed form of Hardie's note 012;
 *       the sum over n is 1 to 10⁻¹³.</li>
 * </ul>
 *
 * <h2>Threads, nulls, sizes</h2>
 *
 * <p>Fitting and prediction over large inputs (tens of thousands of rows or customers and more) spread their
 * work over the common fork-join pool, in fixed blocks whose results are combined in a fixed order, so
 * results never depend on the number of threads. All public types are immutable and thread-safe unless
 * documented as builders or accumulators. No method accepts or returns {@code null}; values that can be
 * undefined are {@code Optional}s, and primitive arrays document their {@code NaN} sentinels.
 *
 * <h2>References</h2>
 *
 * <ul>
 *   <li>D. C. Schmittlein, D. G. Morrison, R. Colombo (1987), "Counting your customers: who are they and
 *       what will they do next?", Management Science 33(1), 1–24, doi:10.1287/mnsc.33.1.1.</li>
 *   <li>P. S. Fader, B. G. S. Hardie, K. L. Lee (2005), "'Counting your customers' the easy way: an
 *       alternative to the Pareto/NBD model", Marketing Science 24(2), 275–284,
 *       doi:10.1287/mksc.1040.0098.</li>
 *   <li>P. S. Fader, B. G. S. Hardie, K. L. Lee (2005), "RFM and CLV: using iso-value curves for customer
 *       base analysis", Journal of Marketing Research 42(4), 415–430, doi:10.1509/jmkr.2005.42.4.415.</li>
 *   <li>E. P. Batislam, M. Denizel, A. Filiztekin (2007), "Empirical validation and comparison of models
 *       for customer base analysis", International Journal of Research in Marketing 24(3), 201–209,
 *       doi:10.1016/j.ijresmar.2006.12.005.</li>
 *   <li>P. S. Fader, B. G. S. Hardie, J. Shang (2010), "Customer-base analysis in a discrete-time
 *       noncontractual setting", Marketing Science 29(6), 1086–1108, doi:10.1287/mksc.1100.0580.</li>
 *   <li>P. S. Fader, B. G. S. Hardie (2007), "How to project customer retention", Journal of Interactive
 *       Marketing 21(1), 76–90, doi:10.1002/dir.20074; (2010), "Customer-base valuation in a contractual
 *       setting: the perils of ignoring heterogeneity", Marketing Science 29(1), 85–93,
 *       doi:10.1287/mksc.1090.0502.</li>
 *   <li>Bruce Hardie's notes, brucehardie.com/notes: 009 (deriving the Pareto/NBD model and related
 *       expressions), 012 (P(X(t) = x) under the Pareto/NBD model), 027 (overflow in the BG/NBD
 *       likelihood); P. S. Fader, B. G. S. Hardie (2013), "The Gamma-Gamma model of monetary value".</li>
 *   <li>NIST Digital Library of Mathematical Functions, chapters 8 and 15, dlmf.nist.gov; R. C. Forrey
 *       (1997), "Computing the hypergeometric function", Journal of Computational Physics 137, 79–100.</li>
 *   <li>H. Takahasi, M. Mori (1974), "Double exponential formulas for numerical integration", Publications
 *       of RIMS 9, 721–741; J. Nocedal, S. J. Wright (2006), Numerical Optimization, 2nd ed.,
 *       Springer.</li>
 * </ul>
 *
 * @since 0.1.0
 */
package io.retentionkit.clv;
