package io.retentionkit.cli;

import io.retentionkit.cohort.OffsetBracket;
import io.retentionkit.io.InputFormat;
import io.retentionkit.model.Money;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code retention} command: the entry point of the executable jar. It only wires options to the
 * library: every subcommand shares the input options ({@link InputOptions}), the output option
 * ({@link OutputOptions}), the value converters registered here and one error path ({@link ErrorHandler}).
 * A new subcommand is a class in {@link Command#subcommands()}.
 */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = "Customer-retention analytics over order exports (generic CSV, Shopify CSV, WooCommerce JSON).",
    subcommands = {MetricsCommand.class, CohortCommand.class, ClvCommand.class, SegmentsCommand.class,
        ReportCommand.class, DemoCommand.class},
    footer = {"", "Start with:  retention report --demo   (writes report.html)", "Exit status: 0 success, 1 a problem with the input "
        + "or a file, 2 a usage error, 70 an internal error."})
public final class RetentionCommand implements Runnable {
  /** The system property that quiets SLF4J's own messages, such as "no providers were found". */
  static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

  private static final Pattern BRACKET = Pattern.compile("(\\d+)(?:-(\\d+))?");

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: metrics, cohort, clv, segments, report or demo");
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // The library logs through slf4j-api and the jar ships no backend: SLF4J would warn about that on
    // standard error the first time anything logs. Set before any class can call LoggerFactory.
    if (System.getProperty(SLF4J_VERBOSITY) == null) {
      System.setProperty(SLF4J_VERBOSITY, "ERROR");
    }
    CommandLine commandLine = newCommandLine();
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    int status = commandLine.execute(args);
    commandLine.getOut().flush();
    System.exit(status);
  }

  /**
   * Returns the configured command line; tests execute it without exiting the JVM.
   *
   * @return the command line
   */
  static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new RetentionCommand());
    ErrorHandler errors = new ErrorHandler();
    commandLine.setParameterExceptionHandler(errors);
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setExecutionStrategy(errors);
    // Registered after the subcommands exist, so that they apply to every one of them.
    commandLine.registerConverter(ZoneId.class, RetentionCommand::zone);
    commandLine.registerConverter(Currency.class, RetentionCommand::currency);
    commandLine.registerConverter(LocalDate.class, RetentionCommand::date);
    commandLine.registerConverter(InputFormat.class, RetentionCommand::inputFormat);
    commandLine.registerConverter(OffsetBracket.class, RetentionCommand::bracket);
    for (Choices<?> choices : CHOICES) {
      register(commandLine, choices);
    }
    return commandLine;
  }

  /** The option enums; each converts from the name its {@code toString()} shows. */
  static final List<Choices<?>> CHOICES = List.of(
      Choices.of(InputOptions.Identity.class), Choices.of(InputOptions.Refunds.class),
      Choices.of(InputOptions.Exclusion.class), Choices.of(MetricsCommand.Format.class),
      Choices.of(CohortOptions.Granularity.class), Choices.of(CohortOptions.Breakdown.class),
      Choices.of(CohortCommand.Weekday.class), Choices.of(CohortCommand.Returns.class),
      Choices.of(CohortCommand.Value.class), Choices.of(CohortCommand.Format.class),
      Choices.of(ClvModelOptions.Model.class), Choices.of(ClvModelOptions.Spend.class),
      Choices.of(ClvModelOptions.TimeUnit.class), Choices.of(ClvOptions.Merge.class),
      Choices.of(ClvFitCommand.Format.class), Choices.of(ClvPredictCommand.Format.class),
      Choices.of(SegmentsCommand.Format.class));

  private static <E extends Enum<E>> void register(CommandLine commandLine, Choices<E> choices) {
    commandLine.registerConverter(choices.type(), choices);
  }

  private static ZoneId zone(String text) {
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException e) {
      throw new TypeConversionException("must be a time zone like Europe/Amsterdam or an offset like +01:00: '"
          + text + "'");
    }
  }

  private static Currency currency(String text) {
    try {
      return Money.currencyOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("must be an ISO 4217 currency code like EUR: '" + text + "'");
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("must be an ISO date like 2024-12-31: '" + text + "'");
    }
  }

  private static InputFormat inputFormat(String text) {
    try {
      return InputFormat.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("must be one of generic, shopify, woocommerce: '" + text + "'");
    }
  }

  private static OffsetBracket bracket(String text) {
    Matcher m = BRACKET.matcher(text.strip());
    try {
      if (m.matches()) {
        int first = Integer.parseInt(m.group(1));
        return OffsetBracket.of(first, m.group(2) == null ? first : Integer.parseInt(m.group(2)));
      }
    } catch (IllegalArgumentException e) { // NumberFormatException included: too many digits
      throw new TypeConversionException(e.getMessage() + ": '" + text + "'");
    }
    throw new TypeConversionException("each bracket must be an offset N or a range N-M, e.g. 0,1-3,4-6: '"
        + text + "'");
  }
}
