package io.retentionkit.cli;

import io.retentionkit.clv.ClvPredictor;
import io.retentionkit.clv.DiscountRate;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.report.ReportAnalysis;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that say what the predictions cover: the horizon and the discount rate of the CLV. A picocli
 * mixin of {@code clv predict} and {@code report}, so that both accept, refuse and default them alike.
 *
 * <p>Their {@code order} (34 and 35) puts them after the other CLV options of both commands.
 */
final class PredictionOptions {

  @Option(names = "--horizon", paramLabel = "UNITS", order = 34,
      description = "How far ahead to predict, in --time-unit units after the end of the data the models learn "
          + "from. Default: a year in whole units: 365 days, 52 weeks, 12 months, 4 quarters or 1 year.")
  Optional<Double> horizon;

  @Option(names = "--discount-rate", paramLabel = "RATE", order = 35,
      description = "Annual effective discount rate of the CLV, a fraction in [0, 1): 0.15 means a value one year "
          + "ahead is worth 1/1.15 today, whatever --time-unit is; 0 for undiscounted. Default: 0.1.")
  Optional<Double> discountRate;

  /**
   * Returns the horizon given, or the default of {@link ReportAnalysis#defaultHorizon} in {@code unit};
   * a horizon {@link ClvPredictor} refuses is a usage error.
   */
  double horizon(DurationUnit unit, CommandLine commandLine) {
    double value = horizon.orElseGet(() -> ReportAnalysis.defaultHorizon(unit));
    new Options(commandLine).apply("--horizon", () -> ClvPredictor.newBuilder().horizon(value));
    return value;
  }

  /**
   * Returns the discount rate given, or {@link ReportAnalysis#DEFAULT_DISCOUNT_RATE} (10 % a year), the
   * same for both commands. A rate of 1 or more is refused, though {@link DiscountRate} would take it: it
   * is almost always a percentage typed as a number ({@code 15} for 15 %).
   */
  DiscountRate discountRate(CommandLine commandLine) {
    if (discountRate.isEmpty()) {
      return ReportAnalysis.DEFAULT_DISCOUNT_RATE;
    }
    double value = discountRate.get();
    if (!(value >= 0 && value < 1)) {
      throw new ParameterException(commandLine, "Invalid value for option '--discount-rate': must be a "
          + "fraction in [0, 1), like 0.15 for 15% a year: " + value);
    }
    return DiscountRate.annualEffective(value);
  }
}
