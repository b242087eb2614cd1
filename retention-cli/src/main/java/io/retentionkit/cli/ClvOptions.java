package io.retentionkit.cli;

import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.TransactionModelFamily;
import io.retentionkit.model.PeriodUnit;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of the CLV commands that say which models to fit on which summaries: the transaction and
 * spend models, the time and merge units, the calibration and holdout periods and the penalty. A picocli
 * mixin; {@link ClvFitting} acts on it.
 */
final class ClvOptions {

  @Option(names = "--model", paramLabel = "MODEL", order = 20, defaultValue = "bgnbd",
      description = "Repeat-purchase model: bgnbd (BG/NBD), pnbd (Pareto/NBD) or mbgnbd (MBG/NBD, which lets "
          + "one-time buyers drop out too). Default: ${DEFAULT-VALUE}.")
  Model model;

  @Option(names = "--spend", paramLabel = "MODEL", order = 21, defaultValue = "gamma-gamma",
      description = "Spend model: gamma-gamma (spend per order, shrunk towards the average; needed for CLV) or "
          + "none. Default: ${DEFAULT-VALUE}.")
  Spend spend;

  @Option(names = "--time-unit", paramLabel = "UNIT", order = 22, defaultValue = "week",
      description = "Unit of every duration (purchase times, ages, the holdout, the horizon) and of the rate "
          + "parameters alpha and beta: ${COMPLETION-CANDIDATES}; a month is 365.25/12 days. Default: "
          + "${DEFAULT-VALUE}.")
  TimeUnit timeUnit;

  @Option(names = "--merge", paramLabel = "PERIOD", order = 23, defaultValue = "day",
      description = "Calendar period within which a customer's orders are one transaction, their amounts added: "
          + "${COMPLETION-CANDIDATES} (weeks start on Monday). Default: ${DEFAULT-VALUE}, as the published results "
          + "require.")
  Merge merge;

  @Option(names = "--calibration-end", paramLabel = "DATE", order = 24,
      description = "Last day (inclusive, shop-local) of the period the models learn from. Required, except with "
          + "--demo.")
  Optional<LocalDate> calibrationEnd;

  @Option(names = "--observation-end", paramLabel = "DATE", order = 25,
      description = "Last day (inclusive) of a holdout period after the calibration end: the fit is compared "
          + "with what the calibration customers did in it. Default: no holdout.")
  Optional<LocalDate> observationEnd;

  @Option(names = "--l2-penalty", paramLabel = "LAMBDA", order = 26,
      description = "Weight of an L2 penalty on the parameters, which keeps estimates finite on sparse data "
          + "(the same lambda as lifetimes' penalizer_coef). Default: 0, plain maximum likelihood.")
  Optional<Double> l2Penalty;

  /** The values of {@code --model}: the continuous-time models, which fit summaries of orders. */
  enum Model {
    BGNBD(TransactionModelFamily.BG_NBD), PNBD(TransactionModelFamily.PARETO_NBD),
    MBGNBD(TransactionModelFamily.MBG_NBD);

    private final TransactionModelFamily family;

    Model(TransactionModelFamily family) {
      this.family = family;
    }

    TransactionModelFamily family() {
      return family;
    }

    @Override
    public String toString() {
      return family.shortName();
    }
  }

  /** The values of {@code --spend}. */
  enum Spend {
    GAMMA_GAMMA, NONE;

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }

  /** The values of {@code --time-unit}. */
  enum TimeUnit {
    DAY(DurationUnit.DAY), WEEK(DurationUnit.WEEK), MONTH(DurationUnit.MONTH), QUARTER(DurationUnit.QUARTER),
    YEAR(DurationUnit.YEAR);

    private final DurationUnit unit;

    TimeUnit(DurationUnit unit) {
      this.unit = unit;
    }

    DurationUnit unit() {
      return unit;
    }

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }

  /** The values of {@code --merge}. */
  enum Merge {
    DAY(PeriodUnit.DAY), WEEK(PeriodUnit.WEEK), MONTH(PeriodUnit.MONTH);

    private final PeriodUnit unit;

    Merge(PeriodUnit unit) {
      this.unit = unit;
    }

    PeriodUnit unit() {
      return unit;
    }

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }
}
