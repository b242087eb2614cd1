package io.retentionkit.cli;

import io.retentionkit.cohort.CohortBreakdown;
import io.retentionkit.model.PeriodUnit;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that form the cohorts: their period and an optional split by an attribute of the first
 * order. A picocli mixin of every command that builds a cohort table ({@code cohort} and {@code report}),
 * so that their names, help and defaults are the same everywhere.
 *
 * <p>A mixin's options keep their {@code order} in every command: {@code cohort} lists its own options
 * from 21 to 25 between these two, {@code report} its own before 20 and after 26.
 */
final class CohortOptions {

  @Option(names = "--granularity", paramLabel = "UNIT", order = 20, defaultValue = "month",
      description = "Cohort period: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Granularity granularity;

  @Option(names = "--breakdown", paramLabel = "ATTRIBUTE", order = 26,
      description = "Split cohorts by an attribute of the first order: ${COMPLETION-CANDIDATES}.")
  Optional<Breakdown> breakdown;

  /** Returns the cohort period. */
  PeriodUnit unit() {
    return granularity.unit();
  }

  /** Returns the attribute to split cohorts by, if any. */
  Optional<CohortBreakdown> cohortBreakdown() {
    return breakdown.map(Breakdown::breakdown);
  }

  /** The values of {@code --granularity}. */
  enum Granularity {
    DAY(PeriodUnit.DAY), WEEK(PeriodUnit.WEEK), MONTH(PeriodUnit.MONTH), QUARTER(PeriodUnit.QUARTER),
    YEAR(PeriodUnit.YEAR);

    private final PeriodUnit unit;

    Granularity(PeriodUnit unit) {
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

  /** The values of {@code --breakdown}. */
  enum Breakdown {
    CHANNEL(CohortBreakdown.CHANNEL), DISCOUNT_CODE(CohortBreakdown.DISCOUNT_CODE), COUNTRY(CohortBreakdown.COUNTRY),
    FIRST_SKU(CohortBreakdown.FIRST_SKU);

    private final CohortBreakdown breakdown;

    Breakdown(CohortBreakdown breakdown) {
      this.breakdown = breakdown;
    }

    CohortBreakdown breakdown() {
      return breakdown;
    }

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }
}
