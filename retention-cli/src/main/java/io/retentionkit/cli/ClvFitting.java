package io.retentionkit.cli;

import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.CustomerSummarizer;
import io.retentionkit.clv.FitDiagnostics;
import io.retentionkit.clv.FitOptions;
import io.retentionkit.clv.FitStatus;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TransactionModel;
import io.retentionkit.clv.WeightedSummaries;
import io.retentionkit.io.render.ClvFit;
import io.retentionkit.model.AnalysisPolicy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * What {@code clv fit} and {@code clv predict} share: the calibration and holdout periods (with the demo
 * shop's defaults), checking the settings before a long import, and orders → summaries → fitted models,
 * with notes and warnings on standard error.
 */
final class ClvFitting {
  private final ClvOptions options;
  private final LocalDate calibrationEnd;
  private final Optional<LocalDate> observationEnd;
  private final FitOptions fitOptions;

  /**
   * Settles the periods and checks every setting, so that a bad one fails before the import.
   *
   * @param demo the demo shop's default periods, used with {@code --demo} when no calibration end is given
   * @throws picocli.CommandLine.ParameterException if a setting is missing or refused
   */
  ClvFitting(ClvOptions options, InputOptions input, Split demo, CommandLine commandLine) {
    this.options = options;
    if (options.calibrationEnd.isPresent() || !input.demo) {
      this.calibrationEnd = options.calibrationEnd.orElseThrow(() -> new CommandLine.ParameterException(commandLine,
          "Missing required option: '--calibration-end=DATE' (the last day the models learn from)"));
      this.observationEnd = options.observationEnd;
    } else {
      this.calibrationEnd = demo.calibrationEnd();
      this.observationEnd = options.observationEnd.or(demo::observationEnd);
    }
    Options checked = new Options(commandLine);
    this.fitOptions = options.l2Penalty.isEmpty() ? FitOptions.defaults()
        : checked.convert("--l2-penalty", () -> FitOptions.defaults().withL2Penalty(options.l2Penalty.get()));
    checked.build(() -> summarizer(input.provisionalPolicy()));
  }

  /** The calibration end and the optional observation end of a run. */
  record Split(LocalDate calibrationEnd, Optional<LocalDate> observationEnd) {}

  /** Returns how the transaction model is fitted. */
  FitOptions fitOptions() {
    return fitOptions;
  }

  /**
   * Summarises the orders and fits the models, with the holdout report when there is a holdout period.
   *
   * @throws UserError if the data cannot support the models
   */
  ClvFit fit(LoadedInput loaded, Reporter reporter) {
    CustomerSummaries summaries = summarize(loaded, reporter);
    String model = options.models.model.toString();
    ModelFit<TransactionModel> transactions = fitting(model, summaries,
        () -> options.models.model.family().fit(WeightedSummaries.from(summaries), fitOptions));
    warn(reporter, model, transactions.diagnostics());
    Optional<ModelFit<GammaGammaModel>> spend = Optional.empty();
    if (options.models.spendModel()) {
      ModelFit<GammaGammaModel> gammaGamma = fitting("Gamma-Gamma", summaries, () -> GammaGammaModel.fit(summaries));
      warn(reporter, "Gamma-Gamma", gammaGamma.diagnostics());
      spend = Optional.of(gammaGamma);
    }
    return ClvFit.of(summaries, transactions, spend);
  }

  private CustomerSummaries summarize(LoadedInput loaded, Reporter reporter) {
    CustomerSummaries summaries;
    try {
      summaries = summarizer(loaded.policy()).summarize(loaded.log());
    } catch (IllegalStateException e) { // no order in the holdout period: a fact about the data
      throw new UserError(loaded.source() + ": " + e.getMessage() + " (check --observation-end)");
    }
    if (summaries.size() == 0) {
      throw new UserError(loaded.source() + " has no qualifying order up to the calibration end " + calibrationEnd
          + ", so there are no customers to fit: check --calibration-end");
    }
    long repeatCustomers = Arrays.stream(summaries.repeatTransactions()).filter(x -> x > 0).count();
    reporter.note(String.format(Locale.ROOT, "%,d customers up to %s, %,d of them with repeat purchases%s",
        summaries.size(), calibrationEnd, repeatCustomers,
        observationEnd.map(end -> "; holdout to " + end).orElse("")));
    long left = summaries.ignoredOrders() + summaries.ordersAfterObservationEnd();
    if (left > 0 || summaries.customersFirstSeenInHoldout() > 0) {
      reporter.note(String.format(Locale.ROOT, "left out: %,d non-qualifying orders, %,d orders after %s, %,d "
              + "customers first seen in the holdout", summaries.ignoredOrders(), summaries.ordersAfterObservationEnd(),
          observationEnd.orElse(calibrationEnd), summaries.customersFirstSeenInHoldout()));
    }
    return summaries;
  }

  private CustomerSummarizer summarizer(AnalysisPolicy policy) {
    CustomerSummarizer.Builder builder = CustomerSummarizer.newBuilder()
        .policy(policy)
        .timeUnit(options.models.timeUnit.unit())
        .mergeUnit(options.merge.unit())
        .calibrationEnd(calibrationEnd);
    observationEnd.ifPresent(builder::observationEnd);
    return builder.build();
  }

  /**
   * Runs a fit; data that cannot support the model are the user's problem, said in their terms. Numerical
   * trouble is not an exception: the fit reports it in its diagnostics, which {@link #warn} passes on.
   */
  private static <T> T fitting(String model, CustomerSummaries summaries, Supplier<T> fit) {
    try {
      return fit.get();
    } catch (IllegalArgumentException e) {
      throw new UserError(String.format(Locale.ROOT, "cannot fit %s to the %,d customers of the calibration period: %s",
          model, summaries.size(), e.getMessage()));
    }
  }

  private static void warn(Reporter reporter, String model, FitDiagnostics diagnostics) {
    if (diagnostics.status() == FitStatus.NUMERICAL_FAILURE) {
      reporter.warn("the " + model + " fit failed: its likelihood could not be computed; the estimates shown are "
          + "only the starting point (try a small --l2-penalty such as 0.01, or another --model)");
    } else if (!diagnostics.converged()) {
      reporter.warn("the " + model + " fit did not converge (" + diagnostics.message() + "): its estimates may be "
          + "unreliable");
    }
    for (String warning : diagnostics.warnings()) {
      reporter.warn(model + ": " + warning);
    }
  }
}
