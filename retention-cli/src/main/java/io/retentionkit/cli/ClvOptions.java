package io.retentionkit.cli;

import io.retentionkit.model.PeriodUnit;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the CLV commands that say which models to fit on which summaries: the models and their
 * time unit ({@link ClvModelOptions}), the merge unit, the calibration and holdout periods and the penalty.
 * A picocli mixin; {@link ClvFitting} acts on it.
 */
final class ClvOptions {

  @Mixin
  ClvModelOptions models;

  @Option(names = "--merge", paramLabel = "PERIOD", order = 30, defaultValue = "day",
      description = "Calendar period within which a customer's orders are one transaction, their amounts added: "
          + "${COMPLETION-CANDIDATES} (weeks start on Monday). Default: ${DEFAULT-VALUE}, as the published results "
          + "require.")
  Merge merge;

  @Option(names = "--calibration-end", paramLabel = "DATE", order = 31,
      description = "Last day (inclusive, shop-local) of the period the models learn from. Required, except with "
          + "--demo.")
  Optional<LocalDate> calibrationEnd;

  @Option(names = "--observation-end", paramLabel = "DATE", order = 32,
      description = "Last day (inclusive) of a holdout period after the calibration end: the fit is compared "
          + "with what the calibration customers did in it. Default: no holdout.")
  Optional<LocalDate> observationEnd;

  @Option(names = "--l2-penalty", paramLabel = "LAMBDA", order = 33,
      description = "Weight of an L2 penalty on the parameters, which keeps estimates finite on sparse data "
          + "(the same lambda as lifetimes' penalizer_coef). Default: 0, plain maximum likelihood.")
  Optional<Double> l2Penalty;

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
