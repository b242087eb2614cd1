package io.retentionkit.cli;

import io.retentionkit.io.demo.DemoShop;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.report.ClvSection;
import io.retentionkit.report.HtmlReport;
import io.retentionkit.report.InputSource;
import io.retentionkit.report.ReportAnalysis;
import io.retentionkit.report.ReportData;
import io.retentionkit.report.ReportJson;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code retention report}: one self-contained HTML report, and optionally its numbers as JSON. */
@Command(
    name = "report",
    header = "One self-contained HTML report: headline metrics, cohorts, CLV model and predictions, RFM segments.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Writes one HTML file with inline SVG charts and no script, which opens offline in any browser: the "
            + "headline metrics of the last --metrics-months months (definitions on hover and in a glossary), "
            + "a cohort retention heatmap and revenue-per-customer curves, a CLV model (BG/NBD and Gamma-Gamma "
            + "by default) with its holdout check, the distribution of predicted CLV and the top customers, the "
            + "sizes of the RFM segments, and where the numbers come from.",
        "The CLV model is fitted on all orders up to the day before --as-of and predicts from there; the "
            + "holdout check refits it on a calibration period (by default all but the last third of the "
            + "data, in whole time units, at most a year) and compares it with what followed."},
    footer = {"", "Examples:",
        "  retention report --demo                  (writes report.html)",
        "  retention report --input orders_export.csv --input-format shopify --zone Europe/Amsterdam \\",
        "      --out report.html --json report.json"})
final class ReportCommand implements Callable<Integer> {
  /** Where the report goes without {@code --out}: the name the README and the help show. */
  static final String DEFAULT_OUT = "report.html";

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", order = 14, defaultValue = DEFAULT_OUT,
      description = "The HTML file to write (UTF-8). Default: ${DEFAULT-VALUE} in the working directory.")
  Path out;

  @Option(names = "--json", paramLabel = "FILE", order = 15,
      description = "Also write the report's numbers as JSON to FILE.")
  Optional<Path> json;

  @Option(names = "--title", paramLabel = "TEXT", order = 16,
      description = "The report's title. Default: '" + HtmlReport.DEFAULT_TITLE + "'.")
  Optional<String> title;

  @Option(names = "--as-of", paramLabel = "DATE", order = 17,
      description = "Count orders placed before the start of this shop-local day. Default: the day after the last "
          + "order or refund.")
  Optional<LocalDate> asOf;

  @Option(names = "--metrics-months", paramLabel = "N", order = 18,
      description = "Length of the headline metrics' window, ending at --as-of. Default: "
          + ReportAnalysis.DEFAULT_METRICS_MONTHS + ".")
  Optional<Integer> metricsMonths;

  @Mixin
  CohortOptions cohorts;

  @Mixin
  ClvModelOptions models;

  @Option(names = "--calibration-end", paramLabel = "DATE", order = 32,
      description = "Last day of the holdout check's calibration period. Default: derived from the data.")
  Optional<LocalDate> calibrationEnd;

  @Option(names = "--no-holdout", order = 33, description = "Skip the holdout check.")
  boolean noHoldout;

  @Option(names = "--no-segments", order = 38,
      description = "Leave out the RFM segments (as 'retention segments' computes them as of --as-of).")
  boolean noSegments;

  @Mixin
  PredictionOptions prediction;

  @Option(names = "--top", paramLabel = "N", order = 36,
      description = "How many top customers to list. Default: " + ClvSection.DEFAULT_TOP_CUSTOMERS + ".")
  Optional<Integer> top;

  @Option(names = "--reveal-emails", order = 37,
      description = "Show e-mail addresses in customer ids in full in the HTML; by default they are masked "
          + "(j…@example.com), since reports get forwarded. (--json writes ids as they are.)")
  boolean revealEmails;

  @Override
  public Integer call() {
    input.validate(spec.commandLine());
    InputLoader.requireDistinct(out, "--out", input);
    json.ifPresent(file -> InputLoader.requireDistinct(file, "--json", input));
    if (json.isPresent() && json.get().toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(), "--json must name another file than --out: " + out);
    }
    HtmlReport html = htmlReport();
    // Check the settings before reading a possibly large export.
    analysis(input.provisionalPolicy());
    Reporter reporter = new Reporter(spec.commandLine().getErr(), input.quiet);
    LoadedInput loaded = InputLoader.load(input, DayOfWeek.MONDAY, reporter);
    if (loaded.orderCount() == 0 && asOf.isEmpty()) {
      throw new UserError(loaded.source() + " has no orders, so there is no date to report as of: give --as-of");
    }
    ReportData data = analysis(loaded.policy()).analyze(loaded.log(), List.of(source(loaded)));
    data.omissions().forEach((section, reason) ->
        reporter.note(section.title().toLowerCase(Locale.ROOT) + " left out: " + reason));
    write(out, () -> html.write(data, out));
    reporter.note("wrote the report to " + out);
    if (json.isPresent()) {
      Path file = json.get();
      write(file, () -> ReportJson.write(data, file));
      reporter.note("wrote its numbers to " + file);
    }
    return 0;
  }

  private HtmlReport htmlReport() {
    HtmlReport.Builder builder = HtmlReport.newBuilder().revealEmailAddresses(revealEmails);
    new Options(spec.commandLine()).apply("--title", title, builder::title);
    return builder.build();
  }

  /** Returns the analysis the options describe; a value the library refuses is a usage error. */
  private ReportAnalysis analysis(AnalysisPolicy policy) {
    ReportAnalysis.Builder builder = ReportAnalysis.newBuilder(policy)
        .cohortGranularity(cohorts.unit())
        .model(models.model.family())
        .spendModel(models.spendModel())
        .timeUnit(models.timeUnit.unit())
        .holdout(!noHoldout)
        .segments(!noSegments);
    Options options = new Options(spec.commandLine());
    asOf.ifPresent(builder::asOf);
    options.apply("--metrics-months", metricsMonths, builder::metricsMonths);
    cohorts.cohortBreakdown().ifPresent(builder::cohortBreakdown);
    builder.horizon(prediction.horizon(models.timeUnit.unit(), spec.commandLine()));
    builder.discountRate(prediction.discountRate(spec.commandLine()));
    calibrationEnd.ifPresent(builder::calibrationEnd);
    options.apply("--top", top, builder::topCustomers);
    return options.build(builder::build);
  }

  /** Returns where the orders came from, for the report's provenance. */
  private static InputSource source(LoadedInput loaded) {
    if (loaded.summary().isPresent() && loaded.format().isPresent()) {
      return InputSource.of(loaded.summary().get(), loaded.format().get());
    }
    long orders = loaded.orderCount();
    return new InputSource("demo shop (DemoShop, seed " + DemoShop.SEED + ")", "demo", orders, orders, 0);
  }

  /** Runs a writer of {@code file}; a failure becomes one line naming the file and the reason. */
  private static void write(Path file, Runnable writer) {
    try {
      writer.run();
    } catch (UncheckedIOException e) {
      throw OutputOptions.failure(Optional.of(file), e.getCause());
    }
  }
}
