package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import io.retentionkit.clv.HoldoutReport;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TransactionModel;
import io.retentionkit.io.render.ClvFit;
import java.time.LocalDate;

/**
 * The out-of-sample check of a CLV model: the model refitted on a calibration period and compared, in a
 * {@link HoldoutReport}, with what the same customers actually did in the holdout period after it.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param calibration the summaries with their holdout period, the model fitted on the calibration period
 *     only, and its holdout report
 * @since 0.1.0
 */
public record HoldoutCheck(ClvFit calibration) {

  /**
   * Creates a {@code HoldoutCheck}, validating every component.
   *
   * @param calibration the summaries with their holdout period, the calibration fit and its holdout report
   * @throws NullPointerException if {@code calibration} is null
   * @throws IllegalArgumentException if {@code calibration} has no holdout report
   */
  public HoldoutCheck {
    requireNonNull(calibration, "calibration");
    if (calibration.holdout().isEmpty()) {
      throw new IllegalArgumentException("calibration must have a holdout report: summarise with an observation end");
    }
  }

  /**
   * Returns the model fitted on the calibration period.
   *
   * @return the calibration fit
   */
  public ModelFit<TransactionModel> calibrationFit() {
    return calibration.transactions();
  }

  /**
   * Returns the comparison of the calibration fit with the holdout period.
   *
   * @return the holdout report
   */
  public HoldoutReport report() {
    return calibration.holdout().orElseThrow();
  }

  /**
   * Returns the last day of the calibration period.
   *
   * @return the shop-local date, inclusive
   */
  public LocalDate calibrationEnd() {
    return calibration.summaries().calibrationEnd();
  }

  /**
   * Returns the last day of the holdout period.
   *
   * @return the shop-local date, inclusive
   */
  public LocalDate observationEnd() {
    return calibration.summaries().observationEnd().orElseThrow();
  }
}
