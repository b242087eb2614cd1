package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import io.retentionkit.clv.HoldoutReport;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TransactionModel;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The out-of-sample check of a CLV model: the model refitted on a calibration period and compared, in a
 * {@link HoldoutReport}, with what the same customers actually did in the holdout period after it.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param calibrationFit the model fitted on the calibration period only
 * @param report actual against expected holdout transactions
 * @param calibrationEnd the last day of the calibration period, inclusive
 * @param observationEnd the last day of the holdout period, inclusive
 * @since 0.1.0
 */
public record HoldoutCheck(ModelFit<TransactionModel> calibrationFit, HoldoutReport report, LocalDate calibrationEnd,
    LocalDate observationEnd) {

  /**
   * Creates a {@code HoldoutCheck}, validating every component.
   *
   * @param calibrationFit the model fitted on the calibration period only
   * @param report actual against expected holdout transactions of that model
   * @param calibrationEnd the last day of the calibration period, inclusive
   * @param observationEnd the last day of the holdout period, inclusive; after {@code calibrationEnd}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the dates are out of order or the report is of another model
   */
  public HoldoutCheck {
    requireNonNull(calibrationFit, "calibrationFit");
    requireNonNull(report, "report");
    requireNonNull(calibrationEnd, "calibrationEnd");
    requireNonNull(observationEnd, "observationEnd");
    if (!observationEnd.isAfter(calibrationEnd)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "observationEnd must be after calibrationEnd %s: %s", calibrationEnd, observationEnd));
    }
    if (!report.model().equals(calibrationFit.model().name())) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "holdout report must be of the calibration fit's model %s: %s",
          calibrationFit.model().name(), report.model()));
    }
  }
}
