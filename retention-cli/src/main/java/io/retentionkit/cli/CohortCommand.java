package io.retentionkit.cli;

import io.retentionkit.cohort.CohortAnalysis;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.cohort.OffsetBracket;
import io.retentionkit.cohort.ReturnCriterion;
import io.retentionkit.io.csv.SafeCsvWriter;
import io.retentionkit.io.render.CohortCsv;
import io.retentionkit.io.render.CohortGrid;
import io.retentionkit.io.render.CohortMeasure;
import io.retentionkit.io.render.TextStyle;
import io.retentionkit.model.AnalysisPolicy;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code retention cohort}: an acquisition-cohort table. */
@Command(
    name = "cohort",
    header = "Acquisition-cohort tables: who came back, how often and what they spent, per period since.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Builds an acquisition-cohort table: a row per cohort (customers by the period of their first "
            + "qualifying order), a column per period since, with active customers, retention, orders and "
            + "revenue in every cell. A cell whose period was not over at the as-of time is marked incomplete, "
            + "never shown as 0%%; the average row only counts complete cells."},
    footer = {"", "Examples:",
        "  retention cohort --demo --granularity quarter",
        "  retention cohort --input orders.csv --zone Europe/London --as-of 2011-12-10 \\",
        "      --format json",
        "  retention cohort --demo --brackets 0,1-3,4-6,7-12 \\",
        "      --value revenue-per-customer --cumulative"})
final class CohortCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  CohortOptions cohorts;

  @Option(names = "--first-day-of-week", paramLabel = "DAY", order = 21, defaultValue = "monday",
      description = "First day of weekly periods: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Weekday firstDayOfWeek;

  @Option(names = "--rolling-days", paramLabel = "N", order = 22,
      description = "Count offsets in N-day windows from each customer's own first order instead of in calendar "
          + "periods.")
  Optional<Integer> rollingDays;

  @Option(names = "--returns", paramLabel = "CRITERION", order = 23,
      description = "When a customer counts as active in column k: on (an order in period k; the default) or "
          + "on-or-after (an order in period k or later).")
  Optional<Returns> returns;

  @Option(names = "--brackets", paramLabel = "OFFSETS", order = 24, split = ",",
      description = "Columns as brackets of offsets instead, e.g. 0,1-3,4-6,7-12.")
  List<OffsetBracket> brackets = new ArrayList<>();

  @Option(names = "--max-offset", paramLabel = "N", order = 25,
      description = "Show columns up to offset N only.")
  Optional<Integer> maxOffset;

  @Mixin
  AsOf asOf;

  @Option(names = "--value", paramLabel = "VALUE", order = 28, defaultValue = "retention",
      description = "What text and markdown grids show: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}. "
          + "(csv and json always hold every value.)")
  Value value;

  @Option(names = "--cumulative", order = 29,
      description = "Grids show cumulative values: running totals, and customers who have returned by then.")
  boolean cumulative;

  @Option(names = "--format", paramLabel = "FORMAT", order = 30, defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  OutputOptions output;

  @Override
  public Integer call() {
    input.validate(spec.commandLine());
    if (returns.isPresent() && !brackets.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--returns and --brackets cannot be combined: brackets are "
          + "their own return criterion");
    }
    output.requireDistinctFrom(input);
    // Check the settings before reading a possibly large export.
    analysis(input.provisionalPolicy());
    Reporter reporter = new Reporter(spec.commandLine().getErr(), input.quiet);
    if ((format == Format.CSV || format == Format.JSON)
        && (cumulative || spec.commandLine().getParseResult().hasMatchedOption("--value"))) {
      reporter.note("--value and --cumulative only shape text and markdown grids; " + format + " holds every value");
    }
    LoadedInput loaded = InputLoader.load(input, firstDayOfWeek.day(), reporter);
    CohortTable table = analysis(loaded.policy()).analyze(loaded.log());
    String result = switch (format) {
      case TEXT -> CohortGrid.render(table, value.measure(), cumulative, TextStyle.PLAIN);
      case MARKDOWN -> CohortGrid.render(table, value.measure(), cumulative, TextStyle.MARKDOWN);
      case CSV -> csv(table);
      case JSON -> Documents.cohorts(table, loaded);
    };
    output.write(result, spec.commandLine());
    return 0;
  }

  /** Returns the analysis the options describe; a value the library refuses is a usage error. */
  private CohortAnalysis analysis(AnalysisPolicy policy) {
    CohortAnalysis.Builder builder = CohortAnalysis.newBuilder(policy).granularity(cohorts.unit());
    Options options = new Options(spec.commandLine());
    options.apply("--rolling-days", rollingDays, builder::rollingDays);
    options.apply("--returns", returns, criterion -> builder.returns(criterion.criterion()));
    if (!brackets.isEmpty()) {
      options.apply("--brackets", () -> builder.brackets(brackets));
    }
    options.apply("--max-offset", maxOffset, builder::maxOffset);
    cohorts.cohortBreakdown().ifPresent(builder::breakdown);
    asOf.instant(policy.zone(), spec.commandLine()).ifPresent(builder::asOf);
    return options.build(builder::build);
  }

  private static String csv(CohortTable table) {
    StringWriter out = new StringWriter();
    try (SafeCsvWriter csv = SafeCsvWriter.of(out)) {
      CohortCsv.write(table, csv);
    }
    return out.toString();
  }

  /** The values of {@code --first-day-of-week}. */
  enum Weekday {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    DayOfWeek day() {
      return DayOfWeek.valueOf(name());
    }

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }

  /** The values of {@code --returns}; brackets have an option of their own. */
  enum Returns {
    ON(ReturnCriterion.ON), ON_OR_AFTER(ReturnCriterion.ON_OR_AFTER);

    private final ReturnCriterion criterion;

    Returns(ReturnCriterion criterion) {
      this.criterion = criterion;
    }

    ReturnCriterion criterion() {
      return criterion;
    }

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }

  /** The values of {@code --value}. */
  enum Value {
    CUSTOMERS(CohortMeasure.CUSTOMERS), RETENTION(CohortMeasure.RETENTION), ORDERS(CohortMeasure.ORDERS),
    ORDERS_PER_CUSTOMER(CohortMeasure.ORDERS_PER_CUSTOMER), REVENUE(CohortMeasure.REVENUE),
    REVENUE_PER_CUSTOMER(CohortMeasure.REVENUE_PER_CUSTOMER), REVENUE_RETENTION(CohortMeasure.REVENUE_RETENTION);

    private final CohortMeasure measure;

    Value(CohortMeasure measure) {
      this.measure = measure;
    }

    CohortMeasure measure() {
      return measure;
    }

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }

  /** The values of {@code --format}. */
  enum Format {
    TEXT, MARKDOWN, CSV, JSON;

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }
}
