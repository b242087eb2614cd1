package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Usage errors exit with 2, problems with the input with 1; either way one line on standard error. */
final class ErrorsTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      metrics --input x.csv                        | Missing required option: '--zone=ZONE' (the shop's time zone
      metrics --zone UTC                           | Missing input: give --input FILE, or --demo for the built-in demo shop
      metrics --demo --input x.csv                 | --input and --demo cannot be combined
      metrics --demo --lenient --rejects r.csv     | --demo cannot be combined with --input-format, --woocommerce-refunds
      metrics --input x.csv --zone UTC --lenient   | --lenient needs --rejects FILE
      metrics --input x.csv --zone UTC --rejects r | --rejects only applies with --lenient
      metrics --input x.csv --zone UTC --woocommerce-refunds r.json | --woocommerce-refunds only applies with --input-format woocommerce
      metrics --demo --zone Mars/Base              | Invalid value for option '--zone': must be a time zone like Europe/Amsterdam
      metrics --demo --currency EURO               | Invalid value for option '--currency': must be an ISO 4217 currency code like EUR: 'EURO'
      metrics --demo --refunds half                | Invalid value for option '--refunds': must be one of gross, net, net-at-refund-date: 'half'
      metrics --demo --identity phone              | Invalid value for option '--identity': must be one of customer-id, email, customer-id-then-email
      metrics --demo --exclude everything          | Invalid value for option '--exclude'
      metrics --demo --exclude none,cancelled      | --exclude none cannot be combined with other values: [none, cancelled]
      metrics --input x --zone UTC --input-format xml | Invalid value for option '--input-format': must be one of generic, shopify, woocommerce: 'xml'
      metrics --demo --from 2024-13-01             | Invalid value for option '--from': must be an ISO date like 2024-12-31: '2024-13-01'
      metrics --demo --from 2024-05-01 --to 2024-05-01 | --from must be before --to (which is exclusive): 2024-05-01 and 2024-05-01
      metrics --demo --look-back-days 0            | Invalid value for option '--look-back-days': lookBackDays must be positive: 0
      metrics --demo --pareto-fraction 1.5         | Invalid value for option '--pareto-fraction'
      metrics --demo --margin 0                    | Invalid value for option '--margin'
      metrics --demo --format yaml                 | Invalid value for option '--format': must be one of text, markdown, json: 'yaml'
      metrics --demo --frobnicate                  | Unknown option: '--frobnicate'
      cohort --demo --granularity fortnight        | Invalid value for option '--granularity': must be one of day, week, month, quarter, year
      cohort --demo --brackets 0,3-1               | Invalid value for option '--brackets' (OFFSETS): bracket end must not precede its start: [3, 1]: '3-1'
      cohort --demo --brackets 0,one               | Invalid value for option '--brackets' (OFFSETS): each bracket must be an offset N or a range N-M
      cohort --demo --brackets 0,1-3 --returns on  | --returns and --brackets cannot be combined
      cohort --demo --brackets 0,1-3 --max-offset 2 | max offset must not be combined with brackets
      cohort --demo --rolling-days 0               | Invalid value for option '--rolling-days': rolling days must be positive: 0
      cohort --demo --as-of yesterday              | --as-of must be a date like 2024-12-31
      cohort --demo --format xlsx                  | Invalid value for option '--format': must be one of text, markdown, csv, json: 'xlsx'
      clv fit --demo --model bgbb                  | Invalid value for option '--model': must be one of bgnbd, pnbd, mbgnbd: 'bgbb'
      clv fit --demo --spend lognormal             | Invalid value for option '--spend': must be one of gamma-gamma, none: 'lognormal'
      clv fit --demo --time-unit fortnight         | Invalid value for option '--time-unit': must be one of day, week, month, quarter, year
      clv fit --demo --merge year                  | Invalid value for option '--merge': must be one of day, week, month: 'year'
      clv fit --demo --calibration-end 2024-06-31  | Invalid value for option '--calibration-end': must be an ISO date like 2024-12-31
      clv fit --demo --format csv                  | Invalid value for option '--format': must be one of text, markdown, json: 'csv'
      clv fit --demo --l2-penalty much             | Invalid value for option '--l2-penalty': 'much' is not a double
      clv predict --demo --calibration-end 2024-12-31 --observation-end 2024-06-30 | observationEnd must be after calibrationEnd 2024-12-31: 2024-06-30
      clv predict --demo --horizon -52             | Invalid value for option '--horizon': horizon must be positive and finite: -52.0
      clv predict --demo --discount-rate -0.1      | Invalid value for option '--discount-rate': must be a fraction in [0, 1), like 0.15 for 15% a year: -0.1
      clv predict --demo --top -1                  | Invalid value for option '--top': must not be negative: -1
      clv predict --demo --format xlsx             | Invalid value for option '--format': must be one of csv, text, markdown, json: 'xlsx'
      clv frobnicate                               | Unmatched argument at index 1: 'frobnicate'
      frobnicate                                   | Unmatched argument at index 0: 'frobnicate'
      segments --demo --format yaml                | Invalid value for option '--format': must be one of csv, text, markdown, json: 'yaml'
      ''                                           | Missing command: metrics, cohort, clv, segments, report or demo
      """)
  void aUsageErrorIsOneLineAndExitStatusTwo(String args, String message) {
    Cli.Run run = Cli.run(args.isEmpty() ? new String[0] : args.split(" "));

    assertEquals(2, run.status(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("retention: " + message), run.err());
    assertOneLine(run.err());
    assertTrue(run.err().endsWith("--help')\n"), run.err());
  }

  @Test
  void aMalformedRecordEndsTheRunNamingFileLineAndReason() {
    String file = Cli.file(dir, "bad.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR",
        "2,bob,2024-02-01,12;50,EUR",
        "3,ann,2024-13-01,12.00,EUR");

    Cli.Run run = Cli.run("metrics", "--input", file, "--zone", "UTC", "-q");

    assertEquals(1, run.status());
    assertEquals("", run.out());
    assertEquals("retention: " + file + ", line 3: amount must be a decimal number with a dot, like 12.34: '12;50'\n",
        run.err());
  }

  @Test
  void leniencyWritesEveryRejectedRecordWithItsReasonAndCountsThem() {
    String file = Cli.file(dir, "bad.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR",
        "2,bob,2024-02-01,12;50,EUR",
        "3,ann,2024-13-01,12.00,EUR",
        "4,cem,2024-03-15,50.00,EUR");
    Path rejects = dir.resolve("rejects.csv");

    Cli.Run run = Cli.run("metrics", "--input", file, "--zone", "UTC", "-q", "--lenient", "--rejects",
        rejects.toString(), "--format", "json");

    assertEquals(0, run.status(), run.err());
    assertEquals("retention: warning: 2 of 4 records rejected, written to " + rejects + "\n", run.err());
    assertEquals("line,reason,record\r\n"
        + "3,\"amount must be a decimal number with a dot, like 12.34: '12;50'\",\"2,bob,2024-02-01,12;50,EUR\"\r\n"
        + "4,\"placed_at must be an ISO-8601 date-time with offset, a local date-time or a date: '2024-13-01'\","
        + "\"3,ann,2024-13-01,12.00,EUR\"\r\n", Cli.read(rejects));
    assertEquals(2, run.json().at("/source/recordsRejected").intValue());
    assertEquals(2, run.json().at("/source/orders").intValue());
  }

  @Test
  void aSecondCurrencyNeedsRates() {
    String file = Cli.file(dir, "mixed.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR",
        "2,bob,2024-02-01,12.50,USD");
    String rates = Cli.file(dir, "rates.csv", "currency,rate", "USD,0.92");

    assertDataError("mixed.csv has orders in EUR and USD: give --currency to choose the reporting currency and "
        + "--rates FILE to convert the others", "metrics", "--input", file, "--zone", "UTC");
    assertDataError("mixed.csv has orders in USD, which need --rates FILE to be converted into the reporting "
        + "currency EUR", "metrics", "--input", file, "--zone", "UTC", "--currency", "EUR");
    assertDataError("rates.csv: currency must have a rate into GBP: EUR (" + file + " has EUR orders from 2024-01-05)",
        "metrics", "--input", file, "--zone", "UTC", "--currency", "GBP", "--rates", rates);

    Cli.Run converted = Cli.run("metrics", "--input", file, "--zone", "UTC", "--currency", "eur", "--rates", rates,
        "--from", "2024-01-01", "--to", "2024-03-01", "--format", "json", "-q");
    assertEquals(0, converted.status(), converted.err());
    assertEquals("31.50", converted.json().at("/totals/grossRevenue").textValue(), "20.00 + 12.50 x 0.92");
  }

  @Test
  void datedRatesMustCoverTheFirstOrder() {
    String file = Cli.file(dir, "mixed.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR",
        "2,bob,2024-02-01,12.50,USD");
    String rates = Cli.file(dir, "rates.csv", "date,currency,rate", "2024-03-01,USD,0.92");

    assertDataError("rates.csv: currency USD must have a rate into EUR on or before 2024-02-01: the first rate is on "
        + "2024-03-01 (" + file + " has USD orders from 2024-02-01)",
        "metrics", "--input", file, "--zone", "UTC", "--currency", "EUR", "--rates", rates);
  }

  @Test
  void filesThatCannotBeReadOrWrittenAreNamed() throws Exception {
    String missing = dir.resolve("missing.csv").toString();
    assertDataError(missing + ": no such file", "metrics", "--input", missing, "--zone", "UTC");

    String orders = Cli.smallShop(dir);
    assertDataError("--output must not overwrite the input file " + orders, "metrics", "--input", orders, "--zone",
        "UTC", "--output", orders);
    assertEquals(5, Files.readAllLines(Path.of(orders)).size(), "the input is untouched");
    String nowhere = dir.resolve("no/such/dir/out.txt").toString();
    assertDataError(nowhere + ": cannot be written: no such file or directory", "metrics", "--input", orders,
        "--zone", "UTC", "--output", nowhere);
    assertDataError("--rejects must not overwrite the input file " + orders, "metrics", "--input", orders, "--zone",
        "UTC", "--lenient", "--rejects", orders);
  }

  @Test
  void anInputWithoutOrdersNeedsACurrencyAndAWindow() {
    String empty = Cli.file(dir, "empty.csv", "order_id,customer_id,placed_at,amount,currency");

    assertDataError("empty.csv has no orders, so there is no currency to report in: give --currency", "metrics",
        "--input", empty, "--zone", "UTC");
    assertDataError("empty.csv has no orders, so there is no window to default to: give --from and --to", "metrics",
        "--input", empty, "--zone", "UTC", "--currency", "EUR");
    Cli.Run run = Cli.run("metrics", "--input", empty, "--zone", "UTC", "--currency", "EUR", "--from", "2024-01-01",
        "--to", "2024-02-01", "-q");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("undefined: no customer ordered in the window"), run.out());
  }

  @Test
  void aBugIsReportedWithItsStackTraceAndExitStatusSeventy() {
    CommandLine commandLine = RetentionCommand.newCommandLine();
    StringWriter err = new StringWriter();
    commandLine.setErr(new PrintWriter(err));

    int status = new ErrorHandler().handleExecutionException(new IllegalStateException("boom"), commandLine, null);

    assertEquals(70, status);
    assertTrue(err.toString().startsWith("retention: internal error, please report it with what follows: "
        + "java.lang.IllegalStateException: boom\njava.lang.IllegalStateException: boom\n\tat "), err.toString());
  }

  @Test
  void aFileThatIsNotUtf8EndsTheRunNamingItsLine() throws Exception {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "order_id,customer_id,placed_at,amount,currency\n1,Jos\u00e9,2024-01-05,20.00,EUR\n"
        .getBytes(StandardCharsets.ISO_8859_1));

    for (String command : new String[] {"metrics", "report", "segments"}) {
      assertDataError(file + ", line 2: input must be UTF-8 encoded: byte 0xE9 is not valid UTF-8 (save the file as "
          + "UTF-8 and retry)", command, "--input", file.toString(), "--zone", "UTC", "--out-or-output");
    }
  }

  @Test
  void aTruncatedQuotedFieldEndsEvenALenientRun() {
    String file = Cli.file(dir, "truncated.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR",
        "2,\"bob,2024-02-01,12.50,EUR");

    assertDataError(file + ", line 3: the file ends inside a quoted value: a closing quote is missing or the file is "
        + "truncated", "cohort", "--input", file, "--zone", "UTC", "--lenient", "--rejects",
        dir.resolve("rejects.csv").toString());
  }

  @Test
  void aHugeFieldEndsTheRunAtTheRecordLimit() throws Exception {
    Path file = dir.resolve("huge.csv");
    Files.writeString(file, "order_id,customer_id,placed_at,amount,currency\n1,ann,2024-01-05,20.00,EUR\n2,"
        + "x".repeat((1 << 20) + 100_000) + ",2024-02-01,12.50,EUR\n", StandardCharsets.UTF_8);

    assertDataError(file + ", line 3: record is longer than the limit of 1048576 characters (an unterminated quote "
        + "makes the rest of the file one record; otherwise raise the limit)", "clv", "fit", "--input",
        file.toString(), "--zone", "UTC", "--calibration-end", "2024-06-30");
  }

  @Test
  void aShopifyOrderTooLargeToHoldIsRejectedNamingItsLine() throws Exception {
    // Each record stays under the record limit, but the order as a whole would not fit the bound of 16 of them.
    Path file = dir.resolve("orders_export.csv");
    StringBuilder csv = new StringBuilder("Name,Email,Financial Status,Currency,Total,Created at,Lineitem quantity,"
        + "Lineitem price,Lineitem name\n");
    String name = "n".repeat(1_000_000); // a record of 1,000,056 characters in its values
    for (int i = 0; i < 17; i++) {
      csv.append("#1,a@example.com,paid,EUR,5.00,2024-03-01 10:00:00 +0100,1,5.00,").append(name).append('\n');
    }
    Files.writeString(file, csv, StandardCharsets.UTF_8);

    assertDataError(file + ", line 2: order '#1' must have at most 16,777,216 characters in all its records: line 18 "
        + "brings it to 17,000,952", "metrics", "--input", file.toString(), "--input-format", "shopify", "--zone",
        "UTC");
  }

  @Test
  void runningOutOfMemoryOrStackIsOneLineAndExitStatusOne() {
    Cli.Run memory = runThrowing(new OutOfMemoryError("Java heap space"));
    assertEquals(1, memory.status());
    assertTrue(memory.err().startsWith("retention: out of memory (Java heap space) with a maximum Java heap of "),
        memory.err());
    assertTrue(memory.err().endsWith(" MiB: the input is too large for it; give Java more memory, e.g. 'java -Xmx4g "
        + "-jar retention.jar ...' or 'JAVA_OPTS=-Xmx4g ./retention ...'\n"), memory.err());
    assertOneLine(memory.err());

    Cli.Run stack = runThrowing(new StackOverflowError());
    assertEquals(1, stack.status());
    assertEquals("retention: out of stack space: the input is nested too deeply to be processed\n", stack.err());
  }

  @Test
  void anyOtherErrorIsABugWithItsStackTrace() {
    Cli.Run run = runThrowing(new AssertionError("unreachable"));

    assertEquals(70, run.status());
    assertTrue(run.err().startsWith("retention: internal error, please report it with what follows: "
        + "java.lang.AssertionError: unreachable\njava.lang.AssertionError: unreachable\n\tat "), run.err());
  }

  @Test
  void onlyTheImportersRefusalsAreUserErrorsNotEveryIllegalArgument() {
    CommandLine commandLine = RetentionCommand.newCommandLine();
    StringWriter err = new StringWriter();
    commandLine.setErr(new PrintWriter(err));
    ErrorHandler handler = new ErrorHandler();

    assertEquals(1, handler.handleExecutionException(new io.retentionkit.io.ImportException("orders.csv", 3,
        "amount must not be blank"), commandLine, null));
    assertEquals("retention: orders.csv, line 3: amount must not be blank\n", err.toString());
    assertEquals(70, handler.handleExecutionException(new IllegalArgumentException("total must not be negative"),
        commandLine, null), "a library check that fails is a check the command is missing");
    assertTrue(err.toString().contains("internal error, please report it with what follows: "
        + "java.lang.IllegalArgumentException: total must not be negative"), err.toString());
  }

  /** Runs a command whose work throws {@code error}, through the same command line as {@code retention}. */
  private static Cli.Run runThrowing(Error error) {
    CommandLine commandLine = RetentionCommand.newCommandLine();
    commandLine.addSubcommand("throw", new CommandLine(new Throwing(error)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int status = commandLine.execute("throw");
    return new Cli.Run(status, out.toString(), err.toString());
  }

  @CommandLine.Command(name = "throw")
  static final class Throwing implements java.util.concurrent.Callable<Integer> {
    private final Error error;

    Throwing(Error error) {
      this.error = error;
    }

    @Override
    public Integer call() {
      throw error;
    }
  }

  /** Runs quietly, so that standard error holds nothing but the error. */
  private void assertDataError(String messageEnd, String... args) {
    List<String> arguments = new ArrayList<>(Arrays.asList(args));
    // A command that writes a file writes it here, so that a failed check leaves nothing behind.
    int placeholder = arguments.indexOf("--out-or-output");
    if (placeholder >= 0) {
      arguments.set(placeholder, arguments.get(0).equals("report") ? "--out" : "--output");
      arguments.add(placeholder + 1, dir.resolve("result").toString());
    }
    arguments.add("--quiet");
    String[] quiet = arguments.toArray(String[]::new);
    Cli.Run run = Cli.run(quiet);
    assertEquals(1, run.status(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("retention: ") && run.err().endsWith(messageEnd + "\n"), run.err());
    assertOneLine(run.err());
  }

  private static void assertOneLine(String err) {
    assertEquals(1, err.lines().count(), err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), err);
  }
}
