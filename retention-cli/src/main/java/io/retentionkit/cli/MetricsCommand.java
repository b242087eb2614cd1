package io.retentionkit.cli;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.io.render.MetricsText;
import io.retentionkit.io.render.TextStyle;
import io.retentionkit.metrics.MetricsAnalysis;
import io.retentionkit.metrics.MetricsSummary;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Period;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code retention metrics}: every order-derived retention metric of one window. */
@Command(
    name = "metrics",
    header = "Retention metrics of one window: retention and churn rates, repeat rates, order value, CLV, ...",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Computes the retention metrics of one window [--from, --to) in one pass: customer retention rate "
            + "(E-N)/S, churn, repeat purchase and returning customer rates, purchase frequency, average order "
            + "value, days between orders, second-purchase rate, revenue split, Pareto share, historical and "
            + "simple CLV, order sequencing and repeat rates by first order.",
        "Without --from and --to the window is the year up to the last order's day."},
    footer = {"", "Example:", "  retention metrics --input orders.csv --zone Europe/Amsterdam \\",
        "      --from 2024-01-01 --to 2024-04-01 --format json"})
final class MetricsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--from", paramLabel = "DATE", order = 20,
      description = "First day of the window (shop-local ISO date). Default: one year before --to.")
  Optional<LocalDate> from;

  @Option(names = "--to", paramLabel = "DATE", order = 21,
      description = "Day after the window, exclusive: --from 2024-01-01 --to 2024-04-01 is the first quarter. "
          + "Default: the day after the last order.")
  Optional<LocalDate> to;

  @Option(names = "--look-back-days", paramLabel = "DAYS", order = 22,
      description = "A customer is active on a day if they ordered in the DAYS before it. Default: "
          + MetricsAnalysis.DEFAULT_LOOK_BACK_DAYS + ".")
  Optional<Integer> lookBackDays;

  @Option(names = "--churn-days", paramLabel = "DAYS", order = 23,
      description = "A customer active at the start has churned without an order in the window's last DAYS. "
          + "Default: the look-back.")
  Optional<Integer> churnDays;

  @Option(names = "--second-purchase-days", paramLabel = "DAYS", order = 24,
      description = "The second-purchase rate counts second orders within DAYS of the first. Default: "
          + MetricsAnalysis.DEFAULT_SECOND_PURCHASE_DAYS + ".")
  Optional<Integer> secondPurchaseDays;

  @Option(names = "--pareto-fraction", paramLabel = "SHARE", order = 25,
      description = "The Pareto share is the revenue share of this top share of customers. Default: "
          + MetricsAnalysis.DEFAULT_PARETO_FRACTION + ".")
  Optional<Double> paretoFraction;

  @Option(names = "--margin", paramLabel = "SHARE", order = 26,
      description = "Gross margin in (0, 1] of the simple CLV. Default: " + MetricsAnalysis.DEFAULT_MARGIN
          + " (a revenue CLV).")
  Optional<Double> margin;

  @Option(names = "--lifespan", paramLabel = "WINDOWS", order = 27,
      description = "Expected customer lifespan of the simple CLV, in windows. Default: 1 / churn rate.")
  Optional<Double> lifespan;

  @Option(names = "--format", paramLabel = "FORMAT", order = 30, defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  OutputOptions output;

  @Override
  public Integer call() {
    input.validate(spec.commandLine());
    output.requireDistinctFrom(input);
    // Check the settings before reading a possibly large export.
    analysis(input.provisionalPolicy());
    if (from.isPresent() && to.isPresent()) {
      window(from.get(), to.get(), input.zone());
    }
    Reporter reporter = new Reporter(spec.commandLine().getErr(), input.quiet);
    LoadedInput loaded = InputLoader.load(input, DayOfWeek.MONDAY, reporter);
    MetricsSummary summary = analysis(loaded.policy()).analyze(loaded.log(), window(loaded, reporter));
    String result = switch (format) {
      case TEXT -> MetricsText.render(summary, TextStyle.PLAIN);
      case MARKDOWN -> MetricsText.render(summary, TextStyle.MARKDOWN);
      case JSON -> Documents.metrics(summary, loaded);
    };
    output.write(result, spec.commandLine());
    return 0;
  }

  /** Returns the analysis the options describe; a value the library refuses is a usage error. */
  private MetricsAnalysis analysis(AnalysisPolicy policy) {
    MetricsAnalysis.Builder builder = MetricsAnalysis.newBuilder(policy);
    Options options = new Options(spec.commandLine());
    options.apply("--look-back-days", lookBackDays, builder::lookBackDays);
    options.apply("--churn-days", churnDays, builder::churnThresholdDays);
    options.apply("--second-purchase-days", secondPurchaseDays, builder::secondPurchaseDays);
    options.apply("--pareto-fraction", paretoFraction, builder::paretoFraction);
    options.apply("--margin", margin, builder::margin);
    options.apply("--lifespan", lifespan, builder::expectedLifespan);
    return options.build(builder::build);
  }

  /** Returns the window: as given, or ending the day after the last order and one year long. */
  private Period window(LoadedInput loaded, Reporter reporter) {
    if (from.isPresent() && to.isPresent()) {
      return window(from.get(), to.get(), loaded.policy().zone());
    }
    LocalDate end = to.orElseGet(() -> lastOrderDay(loaded).plusDays(1));
    LocalDate start = from.orElseGet(() -> end.minusYears(1));
    Period window = window(start, end, loaded.policy().zone());
    reporter.note("window " + start + " to " + end.minusDays(1) + (to.isEmpty() ? " (up to the last order)" : ""));
    return window;
  }

  private Period window(LocalDate start, LocalDate end, ZoneId zone) {
    if (!start.isBefore(end)) {
      throw new ParameterException(spec.commandLine(),
          "--from must be before --to (which is exclusive): " + start + " and " + end);
    }
    return Period.of(start, end, zone);
  }

  /**
   * Returns the date of the latest order: the date of the latest instant, which is each customer's last
   * order in the log; not the latest date, which can differ where clocks go back across midnight.
   */
  private static LocalDate lastOrderDay(LoadedInput loaded) {
    OrderLog log = loaded.log();
    if (log.orderCount() == 0) {
      throw new UserError(loaded.source() + " has no orders, so there is no window to default to: give --from and "
          + "--to");
    }
    Instant last = log.placedAt(log.orderEnd(0) - 1);
    for (int customer = 1; customer < log.customerCount(); customer++) {
      int order = log.orderEnd(customer) - 1;
      if (!log.isPlacedBefore(order, last)) {
        last = log.placedAt(order);
      }
    }
    return loaded.policy().localDate(last);
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
