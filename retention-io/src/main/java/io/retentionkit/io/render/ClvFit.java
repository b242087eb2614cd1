package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.HoldoutReport;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TransactionModel;
import java.util.Locale;
import java.util.Optional;

/**
 * The CLV models fitted to one set of customer summaries, as {@link ClvJson} and {@link ClvText} render
 * them: the repeat-transaction model's fit, the spend model's fit if spend was modelled, and the holdout
 * report if the summaries have a holdout period.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param summaries the customer summaries the models were fitted on
 * @param transactions the fit of the repeat-transaction model (BG/NBD, Pareto/NBD, ...)
 * @param spend the fit of the Gamma-Gamma spend model; empty when spend was not modelled
 * @param holdout the transaction model's report on the summaries' holdout period; empty without one
 * @since 0.1.0
 */
public record ClvFit(CustomerSummaries summaries, ModelFit<TransactionModel> transactions,
    Optional<ModelFit<GammaGammaModel>> spend, Optional<HoldoutReport> holdout) {

  /**
   * Creates a {@code ClvFit}, validating every component.
   *
   * @param summaries the customer summaries the models were fitted on
   * @param transactions the fit of the repeat-transaction model
   * @param spend the fit of the spend model; empty when spend was not modelled
   * @param holdout the transaction model's holdout report; empty without a holdout period
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there is a holdout report but the summaries have no holdout period,
   *     or the report is of another model
   */
  public ClvFit {
    requireNonNull(summaries, "summaries");
    requireNonNull(transactions, "transactions");
    requireNonNull(spend, "spend");
    requireNonNull(holdout, "holdout");
    if (holdout.isPresent()) {
      if (!summaries.hasHoldout()) {
        throw new IllegalArgumentException("summaries must have a holdout period to go with a holdout report");
      }
      String model = transactions.model().name();
      if (!holdout.get().model().equals(model)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "holdout report must be of the fitted model %s: %s", model, holdout.get().model()));
      }
    }
  }

  /**
   * Returns the fits of {@code summaries}: the given fits, and the holdout report of the transaction model
   * when the summaries have a holdout period.
   *
   * @param summaries the customer summaries the models were fitted on
   * @param transactions the fit of the repeat-transaction model
   * @param spend the fit of the spend model; empty when spend was not modelled
   * @return the fits, with a holdout report exactly when the summaries have a holdout period
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the summaries have a holdout period but no customers
   */
  public static ClvFit of(CustomerSummaries summaries, ModelFit<TransactionModel> transactions,
      Optional<ModelFit<GammaGammaModel>> spend) {
    requireNonNull(summaries, "summaries");
    requireNonNull(transactions, "transactions");
    Optional<HoldoutReport> holdout = summaries.hasHoldout()
        ? Optional.of(HoldoutReport.of(transactions.model(), summaries))
        : Optional.empty();
    return new ClvFit(summaries, transactions, spend, holdout);
  }
}
