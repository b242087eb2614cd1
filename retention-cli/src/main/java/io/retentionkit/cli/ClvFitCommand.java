package io.retentionkit.cli;

import io.retentionkit.io.render.ClvFit;
import io.retentionkit.io.render.ClvText;
import io.retentionkit.io.render.TextStyle;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retention clv fit}: the fitted models, their diagnostics and the holdout comparison. */
@Command(
    name = "fit",
    header = "Fits a repeat-purchase model and Gamma-Gamma spend; with --observation-end, checks it on a holdout.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Summarises every customer's orders up to --calibration-end (repeat transactions x, time of the last "
            + "purchase t_x and age T in --time-unit, mean repeat spend), fits the model by maximum likelihood and "
            + "prints its parameters, standard errors and diagnostics. A fit that does not converge is reported, "
            + "not hidden.",
        "With --observation-end, the customers' transactions from the day after the calibration end to the "
            + "observation end are the holdout: expected against actual per calibration frequency (0 to 7+), in "
            + "total, as mean absolute error, root mean squared error and bias per customer, and as the cumulative "
            + "tracking series (in the JSON output).",
        "With --demo and no --calibration-end, the demo shop is calibrated on its history up to "
            + "2024-06-30 and checked on the rest of 2024."},
    footer = {"", "Examples:",
        "  retention clv fit --demo",
        "  retention clv fit --input orders.csv --zone Europe/Amsterdam --model pnbd \\",
        "      --calibration-end 2024-06-30 --observation-end 2024-12-31 \\",
        "      --format json"})
final class ClvFitCommand implements Callable<Integer> {
  /** The demo shop's default split: calibrated on 18 months, checked on the last 6. */
  static final ClvFitting.Split DEMO_SPLIT =
      new ClvFitting.Split(LocalDate.of(2024, 6, 30), Optional.of(LocalDate.of(2024, 12, 31)));

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  ClvOptions clv;

  @Option(names = "--format", paramLabel = "FORMAT", order = 40, defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  OutputOptions output;

  @Override
  public Integer call() {
    input.validate(spec.commandLine());
    output.requireDistinctFrom(input);
    ClvFitting fitting = new ClvFitting(clv, input, DEMO_SPLIT, spec.commandLine());
    Reporter reporter = new Reporter(spec.commandLine().getErr(), input.quiet);
    LoadedInput loaded = InputLoader.load(input, DayOfWeek.MONDAY, reporter);
    ClvFit fit = fitting.fit(loaded, reporter);
    String result = switch (format) {
      case TEXT -> ClvText.render(fit, TextStyle.PLAIN);
      case MARKDOWN -> ClvText.render(fit, TextStyle.MARKDOWN);
      case JSON -> Documents.clvFit(fit, fitting.fitOptions(), loaded);
    };
    output.write(result, spec.commandLine());
    return 0;
  }

  /** The values of {@code --format}. */
  enum Format {
    TEXT, MARKDOWN, JSON;

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }
}
