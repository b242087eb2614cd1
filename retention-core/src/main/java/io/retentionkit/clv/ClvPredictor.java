package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static io.retentionkit.internal.Checks.requireState;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.CustomerId;
import java.util.List;
import java.util.Optional;

/**
 * Predicts, for every customer of a calibration period, the quantities a CLV report needs, from a fitted
 * {@link TransactionModel} and optionally a {@link GammaGammaModel} of spend.
 *
 * <p>Definitions, for a customer with summary (x, t_x, T, m̄), horizon H and time unit u:
 * <ul>
 *   <li><b>P(alive)</b>: the model's probability that the customer is still active at T (the calibration
 *       end).</li>
 *   <li><b>Expected transactions</b>: E[Y(H) | x, t_x, T], the expected transactions in the H after the
 *       calibration end, undiscounted.</li>
 *   <li><b>Expected spend</b>: E[M | x, m̄], the Gamma-Gamma expectation of one transaction's value; for
 *       x = 0 the population mean.</li>
 *   <li><b>Predicted CLV</b>: the <em>residual</em> value from the calibration end onwards over the
 *       horizon: Σ_{k=1..⌈H⌉} (E[Y(t_k)] − E[Y(t_{k−1})]) · E[M] · v(t_k), with t_k = min(k, H) and v the
 *       discount factor of the {@link DiscountRate} (for example (1 + d)^(−t_k u / 365.25 days) for
 *       {@link DiscountRate#annualEffective annualEffective(d)}). The transactions expected within each
 *       time unit are discounted from the end of that unit (as lifetimes does), for every model. With a
 *       zero rate CLV is expected transactions × expected spend. The first purchase and the calibration
 *       period's revenue are not included.</li>
 *   <li><b>Time to the next transaction</b>: the median waiting time from T to the next transaction of a
 *       customer who is active and stays active, under the posterior transaction rate (for the NBD-type
 *       models a Lomax distribution); the <b>expected next transaction date</b> is the calibration end plus
 *       that time. It does not weigh in P(alive): read it together with the churn risk.</li>
 *   <li><b>Churn risk</b>: P(alive) banded by {@link ChurnRiskBands}.</li>
 *   <li><b>DERT</b>, discounted expected residual transactions (Fader, Hardie and Lee 2005, "RFM and
 *       CLV"): the expected number of <em>all</em> the customer's transactions after the calibration end,
 *       over an unlimited horizon, each discounted continuously from the calibration end to the moment it
 *       happens: DERT = ∫_0^∞ e^(−δt) dE[Y(t) | x, t_x, T], with δ the
 *       {@linkplain DiscountRate#continuousRate continuous rate} per time unit equivalent to the
 *       {@link DiscountRate} (15 % a year effective is δ = ln(1.15) / (365.25 / 7) = 0.0026785 a week). It
 *       does not depend on the horizon. Times the expected spend it is the customer's residual lifetime
 *       value; multiply by a margin for a profit. Predicted for the models with a closed form, Pareto/NBD
 *       ({@link ParetoNbdModel#discountedExpectedResidualTransactions}) and BG/BB
 *       ({@link BgBbModel#discountedExpectedResidualTransactions}, where the transaction at the k-th future
 *       opportunity is discounted by e^(−δk), as CLV's), and on request
 *       ({@link Builder#dertByQuadrature}) for BG/NBD and MBG/NBD, whose DERT is a one-dimensional integral
 *       over the dropout probability ({@link BgNbdModel#discountedExpectedResidualTransactions}); always
 *       only with a positive rate (undiscounted, the sum over an unlimited horizon can be infinite, for
 *       Pareto/NBD whenever s ≤ 1). Otherwise the predictions say why there is none, with the reason
 *       ({@link CustomerPredictions#dertUnavailableReason()}), rather than give 0 or {@code NaN}.</li>
 * </ul>
 *
 * <p><b>Relation to DERT.</b> Pareto/NBD's {@link ParetoNbdModel#discountedExpectedResidualTransactions
 * DERT} discounts every future transaction at the moment it happens, over an unlimited horizon:
 * DERT = ∫ v(t) dE[Y(t)]. Because v falls by the factor v(1) = e^(−δ) within one time unit (δ the
 * {@linkplain DiscountRate#continuousRate continuous rate} per unit), the end-of-unit convention above
 * satisfies v(1) · E[M] · DERT ≤ CLV ≤ E[M] · DERT as H grows without bound: it is lower by less than
 * 1 − e^(−δ) &lt; δ, relatively (0.27 % for 15 % a year in weekly units), and by about δ/2 when purchases
 * spread evenly over the unit.
 *
 * <p>Work is shared between customers with the same (x, t_x, T), whose P(alive) is equal, and with the
 * same (x, T), whose active-customer expectations are equal, and spread over the common fork-join pool for
 * large inputs; the results do not depend on the number of threads. Calculators are immutable, thread-safe
 * and reusable; build one with {@link #newBuilder()}.
 *
 * @since 0.1.0
 */
public final class ClvPredictor {
  /** Customers per parallel task; below two tasks' worth everything runs on the caller's thread. */
  private static final int CHUNK = 1 << 14;

  private final TransactionModel model;
  private final Optional<GammaGammaModel> spendModel;
  private final DurationUnit timeUnit;
  private final double horizon;
  private final DiscountRate discountRate;
  /** The discount rate as a continuous rate per time unit. */
  private final double continuousRate;
  private final ChurnRiskBands bands;
  /** Whether BG/NBD's and MBG/NBD's DERT, which has no closed form, is computed by quadrature. */
  private final boolean dertByQuadrature;

  private ClvPredictor(Builder builder) {
    this.model = builder.model;
    this.spendModel = Optional.ofNullable(builder.spendModel);
    this.timeUnit = builder.timeUnit;
    this.horizon = builder.horizon;
    this.discountRate = builder.discountRate == null ? DiscountRate.none() : builder.discountRate;
    this.continuousRate = discountRate.continuousRate(timeUnit);
    this.bands = builder.bands == null ? ChurnRiskBands.defaults() : builder.bands;
    this.dertByQuadrature = builder.dertByQuadrature != null && builder.dertByQuadrature;
  }

  /**
   * Returns a builder; the model, time unit and horizon must be set.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Predicts for every customer of {@code summaries}.
   *
   * @param summaries the customers; their time unit must be this predictor's
   * @return predictions in the summaries' customer order, with ids and dates
   * @throws NullPointerException if {@code summaries} is null
   * @throws IllegalArgumentException if the summaries are in another time unit
   */
  public CustomerPredictions predict(CustomerSummaries summaries) {
    requireNonNull(summaries, "summaries");
    requireArgument(summaries.timeUnit() == timeUnit,
        "summaries must be in the predictor's time unit %s: %s", timeUnit, summaries.timeUnit());
    return predict(summaries.x, summaries.lastPurchaseTime, summaries.age, summaries.meanRepeatSpends(),
        summaries.customerIds(), summaries);
  }

  /**
   * Predicts for customers given as arrays.
   *
   * @param repeatTransactions x per customer
   * @param lastPurchaseTimes t_x per customer, in this predictor's time unit
   * @param ages T per customer, in this predictor's time unit
   * @param meanRepeatSpends m̄ per customer in major currency units: finite and not negative where x &gt; 0
   *     and there is a spend model; otherwise ignored (and may be {@code NaN})
   * @return predictions in input order, without ids or dates
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the arrays differ in length or a value is out of range
   */
  public CustomerPredictions predict(int[] repeatTransactions, double[] lastPurchaseTimes, double[] ages,
      double[] meanRepeatSpends) {
    requireNonNull(repeatTransactions, "repeatTransactions");
    requireNonNull(lastPurchaseTimes, "lastPurchaseTimes");
    requireNonNull(ages, "ages");
    requireNonNull(meanRepeatSpends, "meanRepeatSpends");
    SummaryChecks.requireRows(repeatTransactions, lastPurchaseTimes, ages);
    requireArgument(meanRepeatSpends.length == repeatTransactions.length,
        "arrays must have the same length: %d repeat transactions, %d mean repeat spends",
        repeatTransactions.length, meanRepeatSpends.length);
    return predict(repeatTransactions, lastPurchaseTimes, ages, meanRepeatSpends, List.of(), null);
  }

  private CustomerPredictions predict(int[] x, double[] tx, double[] age, double[] spend, List<CustomerId> ids,
      CustomerSummaries summaries) {
    int n = x.length;
    if (spendModel.isPresent()) {
      for (int i = 0; i < n; i++) {
        requireArgument(x[i] == 0 || (Double.isFinite(spend[i]) && spend[i] >= 0),
            "mean repeat spend must be finite and not negative where x > 0: %s (index %d)", spend[i], i);
      }
    }
    // P(alive) depends on (x, t_x, T) and an active customer's expectations on (x, T) only: compute each
    // once per group, since real summaries (whole days, whole opportunities) repeat them a lot.
    GroupIndex histories = GroupIndex.byHistory(x, tx, age);
    GroupIndex pairs = GroupIndex.byPair(histories.groupX, histories.groupAge);
    double[] aliveByHistory = new double[histories.groups];
    RowBlocks.each(histories.groups, CHUNK, (from, to) -> {
      for (int h = from; h < to; h++) {
        aliveByHistory[h] = model.probabilityAlive(histories.groupX[h], histories.groupLastPurchaseTime[h],
            histories.groupAge[h]);
      }
    });
    double[] ifAlive = new double[pairs.groups];
    double[] discountedIfAlive = new double[pairs.groups];
    double[] median = new double[pairs.groups];
    Optional<String> dertReason = dertUnavailableReason();
    double[] logDertIfAlive = new double[dertReason.isEmpty() ? pairs.groups : 0];
    RowBlocks.each(pairs.groups, CHUNK, (from, to) -> {
      for (int g = from; g < to; g++) {
        expectIfAlive(pairs.groupX[g], pairs.groupAge[g], g, ifAlive, discountedIfAlive);
        median[g] = model.medianTimeToNextTransaction(pairs.groupX[g], pairs.groupAge[g]);
        if (logDertIfAlive.length > 0) {
          logDertIfAlive[g] = logDertIfAlive(pairs.groupX[g], pairs.groupAge[g]);
        }
      }
    });
    double[] alive = new double[n];
    double[] expected = new double[n];
    double[] expectedSpend = new double[n];
    double[] clv = new double[n];
    double[] next = new double[n];
    double[] dert = new double[n];
    ChurnRisk[] risk = new ChurnRisk[n];
    RowBlocks.each(n, CHUNK, (from, to) -> {
      for (int i = from; i < to; i++) {
        int h = histories.groupOf[i];
        int g = pairs.groupOf[h];
        double p = aliveByHistory[h];
        alive[i] = p;
        expected[i] = p * ifAlive[g];
        next[i] = median[g];
        risk[i] = bands.classify(p);
        dert[i] = logDertIfAlive.length > 0 ? p * Math.exp(logDertIfAlive[g]) : Double.NaN;
        if (spendModel.isPresent()) {
          expectedSpend[i] = spendModel.get().expectedSpend(x[i], spend[i]);
          clv[i] = p * discountedIfAlive[g] * expectedSpend[i];
        } else {
          expectedSpend[i] = Double.NaN;
          clv[i] = Double.NaN;
        }
      }
    });
    return new CustomerPredictions(this, ids,
        summaries == null ? Optional.empty() : Optional.of(summaries.calibrationEnd()),
        summaries == null ? Optional.empty() : Optional.of(summaries.currency()),
        alive, expected, expectedSpend, clv, next, risk, dert, dertReason);
  }

  /**
   * Returns why this predictor gives no DERT, if it gives none: DERT needs a model with a closed form
   * (Pareto/NBD) and a positive discount rate.
   *
   * @return the reason; empty when DERT is predicted
   */
  public Optional<String> dertUnavailableReason() {
    if (model instanceof BetaGeometricNbdModel && !dertByQuadrature) {
      return Optional.of(displayName(model) + "'s DERT (discounted expected residual transactions) has no closed "
          + "form: it is computed by quadrature only on request (ClvPredictor.Builder.dertByQuadrature), which "
          + "about triples the time of the predictions");
    }
    if (!(model instanceof ParetoNbdModel || model instanceof BgBbModel || model instanceof BetaGeometricNbdModel)) {
      return Optional.of("the model " + model.name() + " has no DERT (discounted expected residual transactions) "
          + "here: it is predicted for BG/NBD, Pareto/NBD, MBG/NBD and BG/BB; use the predicted CLV over a long "
          + "horizon instead");
    }
    if (!(continuousRate > 0)) {
      return Optional.of("DERT needs a positive discount rate: undiscounted, the expected transactions over an "
          + "unlimited horizon can be infinite");
    }
    return Optional.empty();
  }

  private static String displayName(TransactionModel model) {
    for (TransactionModelFamily family : TransactionModelFamily.values()) {
      if (family.shortName().equals(model.name())) {
        return family.displayName();
      }
    }
    return model.name();
  }

  /** ln DERT of an active customer with x repeat transactions at age T, for a model that has one. */
  private double logDertIfAlive(int x, double age) {
    if (model instanceof ParetoNbdModel pareto) {
      return pareto.logDertIfAlive(continuousRate, x, age);
    }
    if (model instanceof BgBbModel bgbb) {
      return Math.log(bgbb.dertIfAlive(continuousRate, x, age));
    }
    return Math.log(((BetaGeometricNbdModel) model).dertIfAlive(continuousRate, x, age));
  }

  /** Undiscounted and discounted expected transactions over the horizon of an active customer. */
  private void expectIfAlive(int x, double age, int g, double[] undiscounted, double[] discounted) {
    if (continuousRate == 0) {
      undiscounted[g] = model.expectedTransactionsIfAlive(horizon, x, age);
      discounted[g] = undiscounted[g];
      return;
    }
    double previous = 0;
    double sum = 0;
    int steps = (int) Math.ceil(horizon);
    for (int k = 1; k <= steps; k++) {
      double t = Math.min(k, horizon);
      double cumulative = model.expectedTransactionsIfAlive(t, x, age);
      sum += (cumulative - previous) * Math.exp(-continuousRate * t);
      previous = cumulative;
    }
    undiscounted[g] = previous;
    discounted[g] = sum;
  }

  /**
   * Returns the transaction model.
   *
   * @return the model
   */
  public TransactionModel model() {
    return model;
  }

  /**
   * Returns the spend model, if any.
   *
   * @return the Gamma-Gamma model; empty when spend and CLV are not predicted
   */
  public Optional<GammaGammaModel> spendModel() {
    return spendModel;
  }

  /**
   * Returns the unit of the horizon, of the models' times and of the predicted waiting times.
   *
   * @return the time unit
   */
  public DurationUnit timeUnit() {
    return timeUnit;
  }

  /**
   * Returns the horizon.
   *
   * @return the length of the predicted future, in the time unit
   */
  public double horizon() {
    return horizon;
  }

  /**
   * Returns the rate at which CLV is discounted.
   *
   * @return the rate; {@link DiscountRate#none()} unless set
   */
  public DiscountRate discountRate() {
    return discountRate;
  }

  /**
   * Returns the churn-risk bands.
   *
   * @return the bands
   */
  public ChurnRiskBands churnRiskBands() {
    return bands;
  }

  @Override
  public String toString() {
    return "ClvPredictor[model=" + model.name() + ", spend=" + spendModel.isPresent() + ", horizon=" + horizon
        + " " + timeUnit + ", discountRate=" + discountRate + ", bands=" + bands + "]";
  }

  /**
   * A mutable builder of a {@link ClvPredictor}; not thread-safe. Each setting may be set once.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private TransactionModel model;
    private GammaGammaModel spendModel;
    private DurationUnit timeUnit;
    private double horizon = Double.NaN;
    private DiscountRate discountRate;
    private ChurnRiskBands bands;
    private Boolean dertByQuadrature;

    private Builder() {}

    /**
     * Sets the transaction model. Required.
     *
     * @param value a fitted model
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if already set
     */
    public Builder model(TransactionModel value) {
      requireState(model == null, "model must be set only once");
      model = requireNonNull(value, "model");
      return this;
    }

    /**
     * Sets the spend model; without one, spend and CLV are not predicted.
     *
     * @param value a fitted Gamma-Gamma model with q &gt; 1 (a finite mean spend)
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if the model's population mean spend is infinite
     * @throws IllegalStateException if already set
     */
    public Builder spendModel(GammaGammaModel value) {
      requireState(spendModel == null, "spendModel must be set only once");
      requireNonNull(value, "spendModel");
      requireArgument(value.populationMeanSpend().isPresent(),
          "spend model must have a finite mean spend (q > 1): q = %s", value.parameters().q());
      spendModel = value;
      return this;
    }

    /**
     * Sets the unit the model was fitted in, which the horizon and discounting use. Required.
     *
     * @param value the time unit
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if already set
     */
    public Builder timeUnit(DurationUnit value) {
      requireState(timeUnit == null, "timeUnit must be set only once");
      timeUnit = requireNonNull(value, "timeUnit");
      return this;
    }

    /**
     * Sets the horizon. Required.
     *
     * @param value the length of the predicted future in the time unit, e.g. 52 weeks; positive and
     *     finite (a whole number for BG/BB)
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of range
     * @throws IllegalStateException if already set
     */
    public Builder horizon(double value) {
      requireState(Double.isNaN(horizon), "horizon must be set only once");
      requireArgument(Double.isFinite(value) && value > 0, "horizon must be positive and finite: %s", value);
      horizon = value;
      return this;
    }

    /**
     * Sets the rate at which CLV is discounted; {@link DiscountRate#none()} unless set.
     *
     * @param value the rate, e.g. {@code DiscountRate.annualEffective(0.15)} for 15 % a year
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if already set
     */
    public Builder discountRate(DiscountRate value) {
      requireState(discountRate == null, "discountRate must be set only once");
      discountRate = requireNonNull(value, "discountRate");
      return this;
    }

    /**
     * Sets the churn-risk bands; {@link ChurnRiskBands#defaults()} unless set.
     *
     * @param value the bands
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if already set
     */
    public Builder churnRiskBands(ChurnRiskBands value) {
      requireState(bands == null, "churnRiskBands must be set only once");
      bands = requireNonNull(value, "churnRiskBands");
      return this;
    }

    /**
     * Sets whether DERT is predicted for BG/NBD and MBG/NBD too, where it has no closed form and is computed
     * by quadrature ({@link BgNbdModel#discountedExpectedResidualTransactions}): about 60 µs per distinct
     * (x, T), which about triples the time of the predictions. Off unless set; Pareto/NBD's and BG/BB's
     * DERT are always predicted (at a positive rate).
     *
     * @param value {@code true} to compute BG/NBD's and MBG/NBD's DERT
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder dertByQuadrature(boolean value) {
      requireState(dertByQuadrature == null, "dertByQuadrature must be set only once");
      dertByQuadrature = value;
      return this;
    }

    /**
     * Returns the predictor.
     *
     * @return the predictor
     * @throws IllegalStateException if the model, time unit or horizon is missing
     * @throws IllegalArgumentException if the model is BG/BB and the horizon is not a whole number
     */
    public ClvPredictor build() {
      requireState(model != null, "model must be set");
      requireState(timeUnit != null, "timeUnit must be set");
      requireState(!Double.isNaN(horizon), "horizon must be set");
      if (model instanceof BgBbModel) {
        requireArgument(horizon == Math.rint(horizon), "horizon must be a whole number of opportunities: %s",
            horizon);
      }
      return new ClvPredictor(this);
    }
  }
}
