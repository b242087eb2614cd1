package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import io.retentionkit.clv.ClvPredictor;
import io.retentionkit.clv.CustomerPredictions;
import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.CustomerSummarizer;
import io.retentionkit.clv.DiscountRate;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.FitOptions;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TransactionModel;
import io.retentionkit.clv.TransactionModelFamily;
import io.retentionkit.clv.WeightedSummaries;
import io.retentionkit.cohort.CohortAnalysis;
import io.retentionkit.cohort.CohortBreakdown;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.columnar.OrderLog;
import io.retentionkit.io.render.ClvFit;
import io.retentionkit.metrics.MetricsAnalysis;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.Period;
import io.retentionkit.model.PeriodUnit;
import io.retentionkit.segments.RfmAnalysis;
import io.retentionkit.segments.RfmSegmentation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Computes everything a report shows from one list of orders or one {@link OrderLog}, with the defaults a
 * merchant's first report needs and every one of them overridable: the headline metrics, monthly cohorts, a BG/NBD
 * model with Gamma-Gamma spend, validated on a holdout period derived from the data, and RFM segments.
 *
 * <h2>What it computes, under one {@link AnalysisPolicy}</h2>
 * <ul>
 *   <li><b>As-of date.</b> Unless {@linkplain Builder#asOf set}, the one {@link CohortAnalysis} derives:
 *       the day after the latest shop-local date of an event in the orders (an order placed, qualifying or
 *       not, or a refund), which assumes the data are complete through that day. (The latest date, not the
 *       date of the latest instant: where clocks go back across midnight they can differ.) Orders placed on
 *       or after it are ignored.
 *   <li><b>Headline metrics</b> ({@link MetricsAnalysis}, default look-back and thresholds) over the window
 *       of the {@linkplain Builder#metricsMonths twelve months} before the as-of date.
 *   <li><b>Cohorts</b> ({@link CohortAnalysis}): {@linkplain Builder#cohortGranularity monthly} by default,
 *       calendar periods, "returned in that period", no breakdown unless {@linkplain Builder#cohortBreakdown
 *       set}.
 *   <li><b>CLV</b>: customer summaries in {@linkplain Builder#timeUnit weeks} with same-day orders merged,
 *       the {@linkplain Builder#model transaction model} (BG/NBD) fitted on all the data up to the day before
 *       the as-of date, Gamma-Gamma spend fitted on the same summaries, and predictions from that day over
 *       the {@linkplain Builder#horizon horizon} (a year: {@linkplain #defaultHorizon 52 weeks}) at the {@linkplain Builder#discountRate discount
 *       rate} (10 % a year, effective). The predictions therefore describe the customers as of the
 *       report's date, not as of some earlier calibration end.
 *   <li><b>Holdout check</b>: the same model refitted on a calibration period and compared with the
 *       following holdout period, which ends on the day before the as-of date. Unless the
 *       {@linkplain Builder#calibrationEnd calibration end is set}, the holdout is the last third of the days
 *       from the first qualifying order to the end, in whole time units, and at most a year; with fewer than
 *       {@value #MIN_HOLDOUT_DAYS} days to hold out, the check is omitted and the report says why.
 *   <li><b>Segments</b> ({@link RfmAnalysis}): every customer with a qualifying order before the as-of
 *       date, scored on recency, frequency and monetary value and named by the RFM segment map
 *       ({@code io.retentionkit.segments}), as {@link SegmentSizes#of segment sizes}; unless
 *       {@linkplain Builder#segments switched off}. Without customers the section is omitted with the
 *       reason.
 * </ul>
 * A part the data cannot support (no orders in the window, no repeat customers to fit, a likelihood that
 * cannot be evaluated at the optimiser's trial parameters) is omitted with the reason, never faked: see
 * {@link ReportData}.
 *
 * <pre>{@code
 * ReportData data = ReportAnalysis.newBuilder(AnalysisPolicy.of(ZoneId.of("Europe/Amsterdam"), EUR))
 *     .build()
 *     .analyze(orders, List.of(new InputSource("orders.csv", "generic", 1200, 1200, 0)));
 * HtmlReport.newBuilder().build().write(data, Path.of("report.html"));
 * }</pre>
 *
 * <p>An analysis is immutable, thread-safe and reusable.
 *
 * @since 0.1.0
 */
public final class ReportAnalysis {
  /** The shortest holdout period, in days, that a derived split may have. */
  public static final int MIN_HOLDOUT_DAYS = 28;
  /** The default length of the metrics window, in months before the as-of date. */
  public static final int DEFAULT_METRICS_MONTHS = 12;
  /** The default discount rate of predicted CLV: 10 % a year, effective. */
  public static final DiscountRate DEFAULT_DISCOUNT_RATE = DiscountRate.annualEffective(0.10);

  private final AnalysisPolicy policy;
  private final Optional<LocalDate> asOf;
  private final int metricsMonths;
  private final PeriodUnit cohortGranularity;
  private final Optional<CohortBreakdown> breakdown;
  private final TransactionModelFamily model;
  private final boolean spend;
  private final DurationUnit timeUnit;
  private final double horizon;
  private final DiscountRate discountRate;
  private final Optional<LocalDate> calibrationEnd;
  private final boolean holdout;
  private final int topCustomers;
  private final boolean segments;

  private ReportAnalysis(Builder builder) {
    this.policy = builder.policy;
    this.asOf = Optional.ofNullable(builder.asOf);
    this.metricsMonths = builder.metricsMonths;
    this.cohortGranularity = builder.cohortGranularity;
    this.breakdown = Optional.ofNullable(builder.breakdown);
    this.model = builder.model;
    this.spend = builder.spend;
    this.timeUnit = builder.timeUnit;
    this.horizon = builder.horizon.orElse(defaultHorizon(builder.timeUnit));
    this.discountRate = builder.discountRate;
    this.calibrationEnd = Optional.ofNullable(builder.calibrationEnd);
    this.holdout = builder.holdout;
    this.topCustomers = builder.topCustomers;
    this.segments = builder.segments;
  }

  /**
   * Returns the default prediction horizon: a year in whole time units, so that every unit of the horizon
   * is a whole unit of the model: 365 days, 52 weeks, 12 months, 4 quarters or 1 year. {@code retention
   * clv predict} and {@code retention report} both default to it.
   *
   * @param unit the time unit of the model and the horizon
   * @return the horizon in {@code unit}s
   * @throws NullPointerException if {@code unit} is null
   */
  public static double defaultHorizon(DurationUnit unit) {
    return switch (requireNonNull(unit, "unit")) {
      case DAY -> 365;
      case WEEK -> 52;
      case MONTH -> 12;
      case QUARTER -> 4;
      case YEAR -> 1;
    };
  }

  /**
   * Returns a builder with the defaults described above.
   *
   * @param policy the zone, currency, refund and qualifying rules of every part of the report
   * @return a new builder
   * @throws NullPointerException if {@code policy} is null
   */
  public static Builder newBuilder(AnalysisPolicy policy) {
    return new Builder(policy);
  }

  /**
   * Computes the report's data from orders: builds their {@link OrderLog} once and analyses it
   * ({@link #analyze(OrderLog, List)}), so every part reads the orders under the same conversion.
   *
   * @param orders the orders, with identities already resolved, in any order
   * @param inputs where the orders came from, for the provenance; empty for orders from a program
   * @return the data, each section present or omitted with its reason
   * @throws NullPointerException if an argument or an order is null
   * @throws IllegalArgumentException if there are no orders and no as-of date was set, or an amount in
   *     another currency meets a policy without a converter
   */
  public ReportData analyze(List<Order> orders, List<InputSource> inputs) {
    requireNonNull(orders, "orders");
    requireNonNull(inputs, "inputs");
    return analyze(OrderLog.from(orders, policy), inputs);
  }

  /**
   * Computes the report's data from an order log, the form a large export is read into without holding
   * its orders as objects: every part (metrics, cohorts, CLV summaries, segments) reads the same log, and
   * the data equal those {@link #analyze(List, List)} computes from the orders the log was built from.
   *
   * @param log the orders, with identities already resolved, built under this analysis' policy
   * @param inputs where the orders came from, for the provenance; empty for orders from a program
   * @return the data, each section present or omitted with its reason
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the log was built under another policy, or it has no orders and no
   *     as-of date was set
   */
  public ReportData analyze(OrderLog log, List<InputSource> inputs) {
    requireNonNull(log, "log");
    requireNonNull(inputs, "inputs");
    if (!log.policy().equals(policy)) {
      throw new IllegalArgumentException("order log must be built under the report's policy: " + policy);
    }
    // Without an as-of date, the cohort table derives it, so that the report and `retention cohort` agree.
    CohortAnalysis.Builder cohortAnalysis = CohortAnalysis.newBuilder(policy).granularity(cohortGranularity);
    asOf.ifPresent(day -> cohortAnalysis.asOf(day.atStartOfDay(policy.zone()).toInstant()));
    breakdown.ifPresent(cohortAnalysis::breakdown);
    CohortTable cohorts = cohortAnalysis.build().analyze(log);
    LocalDate day = asOf.orElseGet(() -> cohorts.asOf().map(policy::localDate)
        .orElseThrow(() -> new IllegalArgumentException("asOf must be set when there are no orders")));
    ReportData.Builder data = ReportData.newBuilder(Provenance.of(policy, day, inputs));
    Instant asOfInstant = day.atStartOfDay(policy.zone()).toInstant();

    Period window = Period.of(day.minusMonths(metricsMonths), day, policy.zone());
    data.metrics(MetricsAnalysis.newBuilder(policy).build().analyze(log, window));
    data.cohorts(cohorts);

    Optional<LocalDate> first = firstQualifyingDate(log, asOfInstant);
    if (first.isEmpty()) {
      data.omit(ReportSection.CLV, "no qualifying order was placed before the as-of date");
    } else {
      clv(log, first.get(), day.minusDays(1), data);
    }
    if (segments) {
      segments(log, asOfInstant, data);
    }
    return data.build();
  }

  private void segments(OrderLog log, Instant asOfInstant, ReportData.Builder data) {
    RfmSegmentation rfm = RfmAnalysis.newBuilder(policy).asOf(asOfInstant).build().analyze(log);
    if (rfm.customers().isEmpty()) {
      data.omit(ReportSection.SEGMENTS, "no qualifying order was placed before the as-of date");
    } else {
      data.segments(SegmentSizes.of(rfm));
    }
  }

  private void clv(OrderLog log, LocalDate first, LocalDate last, ReportData.Builder data) {
    CustomerSummaries summaries = summarizer(last, Optional.empty()).summarize(log);
    Optional<ModelFit<TransactionModel>> fitted = attempt(() -> fitModel(summaries),
        reason -> data.omit(ReportSection.CLV, "the " + model.displayName() + " model cannot be fitted: " + reason));
    if (fitted.isEmpty()) {
      return;
    }
    ModelFit<TransactionModel> fit = fitted.get();
    ClvPredictor.Builder predictor = ClvPredictor.newBuilder().model(fit.model()).timeUnit(timeUnit)
        .horizon(horizon).discountRate(discountRate);
    Optional<ModelFit<GammaGammaModel>> spendFit = Optional.empty();
    String spendOmission = "spend modelling was switched off";
    if (spend) {
      try {
        spendFit = Optional.of(GammaGammaModel.fit(summaries));
        predictor.spendModel(spendFit.get().model());
      } catch (IllegalArgumentException | ArithmeticException e) {
        spendOmission = "Gamma-Gamma cannot be fitted: " + e.getMessage();
      }
    }
    CustomerPredictions predictions = predictor.build().predict(summaries);
    ClvSection.Builder section = ClvSection.newBuilder(ClvFit.of(summaries, fit, spendFit), predictions)
        .topCustomers(topCustomers);
    if (spendFit.isEmpty()) {
      section.spendOmitted(spendOmission);
    }
    holdoutCheck(log, first, last, section);
    data.clv(section.build());
  }

  private void holdoutCheck(OrderLog log, LocalDate first, LocalDate last, ClvSection.Builder section) {
    if (!holdout) {
      section.holdoutOmitted("the holdout check was switched off");
      return;
    }
    LocalDate end;
    if (calibrationEnd.isPresent()) {
      end = calibrationEnd.get();
      if (!end.isBefore(last) || end.isBefore(first)) {
        section.holdoutOmitted(String.format(Locale.ROOT,
            "the calibration end %s must lie between the first order %s and the day before the last day %s",
            end, first, last));
        return;
      }
    } else {
      long span = ChronoUnit.DAYS.between(first, last) + 1;
      long units = Math.min((long) Math.floor(span / 3.0 / timeUnit.days()),
          (long) Math.floor(365.25 / timeUnit.days()));
      long holdoutDays = Math.round(units * timeUnit.days());
      if (holdoutDays < MIN_HOLDOUT_DAYS) {
        section.holdoutOmitted(String.format(Locale.ROOT,
            "the data span %d days; a third of them is less than the %d days a holdout needs", span,
            MIN_HOLDOUT_DAYS));
        return;
      }
      end = last.minusDays(holdoutDays);
    }
    CustomerSummaries split = summarizer(end, Optional.of(last)).summarize(log);
    attempt(() -> fitModel(split), reason -> section.holdoutOmitted("the model cannot be fitted on the calibration "
        + "period up to " + end + ": " + reason))
        .ifPresent(calibration -> section.holdout(new HoldoutCheck(ClvFit.of(split, calibration, Optional.empty()))));
  }

  private ModelFit<TransactionModel> fitModel(CustomerSummaries summaries) {
    return model.fit(WeightedSummaries.from(summaries), FitOptions.defaults());
  }

  /**
   * Runs a fit of the transaction model. Data that cannot support it are a fact the report states, not an
   * error: the reason goes to {@code omission} and the result is empty.
   */
  private static <T> Optional<T> attempt(Supplier<T> fit, Consumer<String> omission) {
    try {
      return Optional.of(fit.get());
    } catch (IllegalArgumentException | ArithmeticException e) {
      omission.accept(e.getMessage());
      return Optional.empty();
    }
  }

  private CustomerSummarizer summarizer(LocalDate calibrationEndDay, Optional<LocalDate> observationEnd) {
    CustomerSummarizer.Builder builder = CustomerSummarizer.newBuilder().policy(policy).timeUnit(timeUnit)
        .calibrationEnd(calibrationEndDay);
    observationEnd.ifPresent(builder::observationEnd);
    return builder.build();
  }

  /** Returns the date of the first qualifying order placed before {@code before}, as the object path found it. */
  private Optional<LocalDate> firstQualifyingDate(OrderLog log, Instant before) {
    Instant first = null;
    for (int order = 0; order < log.orderCount(); order++) {
      if (log.qualifies(order) && log.isPlacedBefore(order, before)
          && (first == null || log.isPlacedBefore(order, first))) {
        first = log.placedAt(order);
      }
    }
    return Optional.ofNullable(first).map(policy::localDate);
  }

  /** Configures a {@link ReportAnalysis}. Not thread-safe. */
  public static final class Builder {
    private final AnalysisPolicy policy;
    private LocalDate asOf;
    private int metricsMonths = DEFAULT_METRICS_MONTHS;
    private PeriodUnit cohortGranularity = PeriodUnit.MONTH;
    private CohortBreakdown breakdown;
    private TransactionModelFamily model = TransactionModelFamily.BG_NBD;
    private boolean spend = true;
    private DurationUnit timeUnit = DurationUnit.WEEK;
    private OptionalDouble horizon = OptionalDouble.empty();
    private DiscountRate discountRate = DEFAULT_DISCOUNT_RATE;
    private LocalDate calibrationEnd;
    private boolean holdout = true;
    private int topCustomers = ClvSection.DEFAULT_TOP_CUSTOMERS;
    private boolean segments = true;

    private Builder(AnalysisPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
    }

    /**
     * Sets the as-of date: orders placed before the start of this shop-local day are counted.
     *
     * @param value the date
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder asOf(LocalDate value) {
      asOf = requireNonNull(value, "asOf");
      return this;
    }

    /**
     * Sets the length of the metrics window, in months before the as-of date; default
     * {@value ReportAnalysis#DEFAULT_METRICS_MONTHS}.
     *
     * @param months the length; from 1 to 120
     * @return this builder
     * @throws IllegalArgumentException if {@code months} is out of range
     */
    public Builder metricsMonths(int months) {
      if (months < 1 || months > 120) {
        throw new IllegalArgumentException("metrics months must lie in [1, 120]: " + months);
      }
      metricsMonths = months;
      return this;
    }

    /**
     * Sets the cohorts' period; default {@link PeriodUnit#MONTH}.
     *
     * @param value the period unit
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder cohortGranularity(PeriodUnit value) {
      cohortGranularity = requireNonNull(value, "cohortGranularity");
      return this;
    }

    /**
     * Splits the cohorts by an attribute of the customers' first order, such as
     * {@link CohortBreakdown#CHANNEL}; no split by default.
     *
     * @param value the breakdown
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder cohortBreakdown(CohortBreakdown value) {
      breakdown = requireNonNull(value, "cohortBreakdown");
      return this;
    }

    /**
     * Sets the transaction model; default {@link TransactionModelFamily#BG_NBD}.
     *
     * @param value a continuous-time model family
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if the family needs discrete opportunities ({@code BG_BB}), which
     *     customer summaries in time units do not have
     */
    public Builder model(TransactionModelFamily value) {
      requireNonNull(value, "model");
      if (value == TransactionModelFamily.BG_BB) {
        throw new IllegalArgumentException("model must be a continuous-time model for order data: " + value);
      }
      model = value;
      return this;
    }

    /**
     * Sets whether spend is modelled with Gamma-Gamma, giving predicted CLV in money; default {@code true}.
     *
     * @param value {@code false} for transaction predictions only
     * @return this builder
     */
    public Builder spendModel(boolean value) {
      spend = value;
      return this;
    }

    /**
     * Sets the time unit of the CLV models; default {@link DurationUnit#WEEK}. The default horizon follows
     * it ({@link ReportAnalysis#defaultHorizon}).
     *
     * @param value the unit
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder timeUnit(DurationUnit value) {
      timeUnit = requireNonNull(value, "timeUnit");
      return this;
    }

    /**
     * Sets the prediction horizon, in the time unit; default a year in whole time units
     * ({@link ReportAnalysis#defaultHorizon}).
     *
     * @param value the horizon; positive and finite
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of range
     */
    public Builder horizon(double value) {
      if (!(value > 0 && Double.isFinite(value))) {
        throw new IllegalArgumentException("horizon must be positive and finite: " + value);
      }
      horizon = OptionalDouble.of(value);
      return this;
    }

    /**
     * Sets the discount rate of predicted CLV; default {@link ReportAnalysis#DEFAULT_DISCOUNT_RATE}, 10 % a
     * year, effective.
     *
     * @param value the rate, with its period and compounding
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder discountRate(DiscountRate value) {
      discountRate = requireNonNull(value, "discountRate");
      return this;
    }

    /**
     * Sets the last day of the holdout check's calibration period, instead of the derived split; the
     * holdout runs from the next day to the day before the as-of date.
     *
     * @param value the shop-local date
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder calibrationEnd(LocalDate value) {
      calibrationEnd = requireNonNull(value, "calibrationEnd");
      return this;
    }

    /**
     * Sets whether to run the holdout check; default {@code true}.
     *
     * @param value {@code false} to skip it
     * @return this builder
     */
    public Builder holdout(boolean value) {
      holdout = value;
      return this;
    }

    /**
     * Sets how many top customers the report lists; default {@value ClvSection#DEFAULT_TOP_CUSTOMERS}.
     *
     * @param count the number; not negative
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder topCustomers(int count) {
      topCustomers = ClvSection.requireTopCustomers(count);
      return this;
    }

    /**
     * Sets whether to compute RFM segments; default {@code true}.
     *
     * @param value {@code false} to leave the segments section out
     * @return this builder
     */
    public Builder segments(boolean value) {
      segments = value;
      return this;
    }

    /**
     * Returns the analysis.
     *
     * @return the analysis
     * @throws IllegalStateException if a calibration end is set while the holdout check is off
     */
    public ReportAnalysis build() {
      if (calibrationEnd != null && !holdout) {
        throw new IllegalStateException("calibrationEnd must not be set when the holdout check is off: "
            + calibrationEnd);
      }
      return new ReportAnalysis(this);
    }
  }
}
