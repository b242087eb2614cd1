package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

/**
 * A rate at which future transactions are discounted, stated with its period and its compounding, so that
 * "15 %" cannot be read as per week when it is meant per year, or as continuous when it is effective.
 *
 * <p>A rate defines the discount factor v(t) of a value received t after the calibration end:
 * <ul>
 *   <li>{@linkplain #effective(double, DurationUnit) effective} rate d per period P (compounded once per
 *       period): v(t) = (1 + d)^(−t / P), so that {@code annualEffective(0.15)} makes a value one year
 *       ahead worth 1 / 1.15 today;</li>
 *   <li>{@linkplain #continuous(double, DurationUnit) continuous} rate δ per period P (continuously
 *       compounded): v(t) = e^(−δ t / P).</li>
 * </ul>
 * Both describe the same family of discount factors: an effective rate d per P is the continuous rate
 * ln(1 + d) per P, and a continuous rate scales with the length of its period (a year is 365.25 days, see
 * {@link DurationUnit}). {@link #continuousRate(DurationUnit)} and {@link #effectiveRate(DurationUnit)}
 * convert between them; for example 15 % a year effective is δ = ln(1.15) · 7 / 365.25 = 0.0026785 per
 * week continuous, and 0.26821 % per week effective.
 *
 * <p>How a rate is quoted says nothing about when transactions are assumed to happen: that is the
 * convention of the calculation using it ({@link ClvPredictor} discounts each time unit's expected
 * transactions from the end of that unit; {@link ParetoNbdModel#discountedExpectedResidualTransactions
 * DERT} integrates over continuous time).
 *
 * <p>Equality compares the quotation (rate, compounding, period): {@code annualEffective(0.15)} and the
 * equivalent {@code continuous(Math.log1p(0.15), YEAR)} discount alike but are not equal.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param rate the quoted rate per period, e.g. 0.15 for 15 %; finite and not negative
 * @param compounding how the rate compounds
 * @param period the period the rate is quoted per
 * @since 0.1.0
 */
public record DiscountRate(double rate, Compounding compounding, DurationUnit period) {
  private static final DiscountRate NONE = new DiscountRate(0, Compounding.PERIODIC, DurationUnit.YEAR);

  /**
   * How a {@link DiscountRate} compounds.
   *
   * @since 0.1.0
   */
  public enum Compounding {
    /** Once per period: the rate is the effective rate of the period, v(P) = 1 / (1 + rate). */
    PERIODIC,
    /** Continuously: the rate is a force of interest, v(P) = e^(−rate). */
    CONTINUOUS
  }

  /**
   * Creates a {@code DiscountRate}, validating every component.
   *
   * @param rate the quoted rate per period; finite and not negative
   * @param compounding how the rate compounds
   * @param period the period the rate is quoted per
   * @throws NullPointerException if {@code compounding} or {@code period} is null
   * @throws IllegalArgumentException if {@code rate} is negative or not finite
   */
  public DiscountRate {
    requireNonNull(compounding, "compounding");
    requireNonNull(period, "period");
    requireArgument(Double.isFinite(rate) && rate >= 0, "discount rate must be finite and not negative: %s",
        rate);
  }

  /**
   * Returns the zero rate: nothing is discounted.
   *
   * @return 0 % a year, effective
   */
  public static DiscountRate none() {
    return NONE;
  }

  /**
   * Returns an effective annual rate: a value one year (365.25 days) ahead is worth 1 / (1 + rate).
   *
   * @param rate the rate, e.g. 0.15 for 15 % a year; finite and not negative
   * @return the rate
   * @throws IllegalArgumentException if {@code rate} is negative or not finite
   */
  public static DiscountRate annualEffective(double rate) {
    return new DiscountRate(rate, Compounding.PERIODIC, DurationUnit.YEAR);
  }

  /**
   * Returns an effective rate per period: a value one period ahead is worth 1 / (1 + rate).
   *
   * @param rate the rate per period, e.g. 0.01 for 1 % a month; finite and not negative
   * @param period the period, e.g. {@link DurationUnit#MONTH}
   * @return the rate
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalArgumentException if {@code rate} is negative or not finite
   */
  public static DiscountRate effective(double rate, DurationUnit period) {
    return new DiscountRate(rate, Compounding.PERIODIC, period);
  }

  /**
   * Returns a continuously compounded rate per period: a value t periods ahead is worth e^(−rate t).
   *
   * @param rate the rate per period, e.g. 0.0027 per week; finite and not negative
   * @param period the period, e.g. {@link DurationUnit#WEEK}
   * @return the rate
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalArgumentException if {@code rate} is negative or not finite
   */
  public static DiscountRate continuous(double rate, DurationUnit period) {
    return new DiscountRate(rate, Compounding.CONTINUOUS, period);
  }

  /**
   * Returns whether this rate discounts nothing.
   *
   * @return {@code true} if the rate is 0
   */
  public boolean isZero() {
    return rate == 0;
  }

  /**
   * Returns the equivalent continuously compounded rate per {@code unit}.
   *
   * @param unit the unit of time the returned rate is per
   * @return δ per unit, such that v(t) = e^(−δ t) for t in {@code unit}s
   * @throws NullPointerException if {@code unit} is null
   */
  public double continuousRate(DurationUnit unit) {
    requireNonNull(unit, "unit");
    double perPeriod = compounding == Compounding.PERIODIC ? Math.log1p(rate) : rate;
    return unit == period ? perPeriod : perPeriod * (unit.days() / period.days());
  }

  /**
   * Returns the equivalent effective rate per {@code unit}.
   *
   * @param unit the unit of time the returned rate is per
   * @return d per unit, such that v(t) = (1 + d)^(−t) for t in {@code unit}s
   * @throws NullPointerException if {@code unit} is null
   */
  public double effectiveRate(DurationUnit unit) {
    requireNonNull(unit, "unit");
    if (compounding == Compounding.PERIODIC && unit == period) {
      return rate;
    }
    return Math.expm1(continuousRate(unit));
  }

  /**
   * Returns the discount factor of a value received {@code time} from now.
   *
   * @param time the delay; finite and not negative
   * @param unit the unit of {@code time}
   * @return v(time), in [0, 1] (0 only when the factor underflows)
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if {@code time} is negative or not finite
   */
  public double discountFactor(double time, DurationUnit unit) {
    requireArgument(Double.isFinite(time) && time >= 0, "time must be finite and not negative: %s", time);
    return Math.exp(-continuousRate(unit) * time);
  }

  @Override
  public String toString() {
    return "DiscountRate[" + rate + " per " + period + ", " + compounding + "]";
  }
}
