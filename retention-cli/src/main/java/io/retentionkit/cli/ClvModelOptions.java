package io.retentionkit.cli;

import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.TransactionModelFamily;
import picocli.CommandLine.Option;

/**
 * The options that choose the CLV models: the transaction model, the spend model and the unit of their
 * times. A picocli mixin of every command that fits them ({@code clv fit} and {@code clv predict} through
 * {@link ClvOptions}, and {@code report}), so that their names, help and defaults are the same everywhere.
 *
 * <p>A mixin's options keep their {@code order} in every command: 27 to 29 puts them after the cohort
 * options of {@code report} ({@link CohortOptions}, up to 26) and before the rest of {@link ClvOptions}
 * (from 30).
 */
final class ClvModelOptions {

  @Option(names = "--model", paramLabel = "MODEL", order = 27, defaultValue = "bgnbd",
      description = "Repeat-purchase model: bgnbd (BG/NBD), pnbd (Pareto/NBD) or mbgnbd (MBG/NBD, which lets "
          + "one-time buyers drop out too). Default: ${DEFAULT-VALUE}.")
  Model model;

  @Option(names = "--spend", paramLabel = "MODEL", order = 28, defaultValue = "gamma-gamma",
      description = "Spend model: gamma-gamma (spend per order, shrunk towards the average; needed for CLV) or "
          + "none. Default: ${DEFAULT-VALUE}.")
  Spend spend;

  @Option(names = "--time-unit", paramLabel = "UNIT", order = 29, defaultValue = "week",
      description = "Unit of every duration (purchase times, ages, the holdout, the horizon) and of the rate "
          + "parameters alpha and beta: ${COMPLETION-CANDIDATES}; a month is 365.25/12 days. Default: "
          + "${DEFAULT-VALUE}.")
  TimeUnit timeUnit;

  /** Returns whether spend is modelled (with Gamma-Gamma). */
  boolean spendModel() {
    return spend == Spend.GAMMA_GAMMA;
  }

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
}
