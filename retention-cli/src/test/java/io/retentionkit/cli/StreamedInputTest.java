package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.clv.ChurnRiskBands;
import io.retentionkit.clv.ClvPredictor;
import io.retentionkit.clv.CustomerPredictions;
import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.CustomerSummarizer;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.FitOptions;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TransactionModel;
import io.retentionkit.clv.TransactionModelFamily;
import io.retentionkit.clv.WeightedSummaries;
import io.retentionkit.cohort.CohortAnalysis;
import io.retentionkit.cohort.CohortBreakdown;
import io.retentionkit.io.CurrencyRates;
import io.retentionkit.io.ImportSummary;
import io.retentionkit.io.InputFormat;
import io.retentionkit.io.OrderImporter;
import io.retentionkit.io.csv.SafeCsvWriter;
import io.retentionkit.io.render.ClvFit;
import io.retentionkit.io.render.ClvText;
import io.retentionkit.io.render.CohortCsv;
import io.retentionkit.io.render.MetricsText;
import io.retentionkit.io.render.PredictionsCsv;
import io.retentionkit.io.render.SegmentsCsv;
import io.retentionkit.io.render.TextStyle;
import io.retentionkit.metrics.MetricsAnalysis;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.IdentityResolver;
import io.retentionkit.model.IdentityRule;
import io.retentionkit.model.Order;
import io.retentionkit.model.Period;
import io.retentionkit.model.PeriodUnit;
import io.retentionkit.model.QualifyingOrders;
import io.retentionkit.model.Refund;
import io.retentionkit.model.RefundPolicy;
import io.retentionkit.report.InputSource;
import io.retentionkit.report.ReportAnalysis;
import io.retentionkit.report.ReportJson;
import io.retentionkit.segments.RfmAnalysis;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command on a generated export, read by the CLI in passes into an order log, against the same
 * analysis of the orders held as objects, as the library's object path computes it: the results must be
 * identical, character for character. The export has guests that join accounts, a second currency, refunds,
 * cancelled and zero-value orders, and ties of one customer at one second in any order id order. Its seed
 * is printed; {@code -Dretention.seed=N} replays one.
 */
final class StreamedInputTest {
  private static final long SEED = Long.getLong("retention.seed", 20_250_611L);
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Currency EUR = Currency.getInstance("EUR");

  @TempDir
  static Path dir;
  private static Path export;
  private static Path rates;
  private static ImportSummary summary;
  /** The orders as the CLI used to hold them: imported into a list, identities resolved. */
  private static List<Order> orders;

  @BeforeAll
  static void generate() throws IOException {
    System.out.println("StreamedInputTest seed: " + SEED + " (replay with -Dretention.seed=" + SEED + ")");
    export = dir.resolve("orders.csv");
    GeneratedExport.write(export, SEED, 8_000, 1_500);
    rates = dir.resolve("rates.csv");
    Files.writeString(rates, "currency,rate\nUSD,0.92\n", StandardCharsets.UTF_8);
    List<Order> imported = new ArrayList<>();
    summary = OrderImporter.newBuilder(InputFormat.GENERIC_CSV, ZONE).build().read(export, imported::add);
    orders = IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, List.of(), imported).resolveAll(imported);
  }

  private static AnalysisPolicy policy(RefundPolicy refunds, QualifyingOrders qualifying) {
    return AnalysisPolicy.of(ZONE, EUR).withConverter(CurrencyRates.read(rates, EUR, ZONE))
        .withRefundPolicy(refunds).withQualifyingOrders(qualifying).withFirstDayOfWeek(DayOfWeek.MONDAY);
  }

  private static AnalysisPolicy policy() {
    return policy(RefundPolicy.NET_AT_ORDER_DATE, new QualifyingOrders(true, false, false));
  }

  private static Cli.Run run(String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of("--input", export.toString(), "--zone", ZONE.getId(), "--currency", "EUR", "--rates",
        rates.toString()));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertEquals(0, run.status(), run.err());
    return run;
  }

  private static String csv(Consumer<SafeCsvWriter> writer) {
    StringWriter out = new StringWriter();
    try (SafeCsvWriter csv = SafeCsvWriter.of(out)) {
      writer.accept(csv);
    }
    return out.toString();
  }

  @Test
  void metricsOfTheDefaultWindowAreThoseOfTheOrderObjects() {
    Cli.Run run = run("metrics");

    // The window the CLI defaulted to before: the year up to the date of the latest order.
    LocalDate end = policy().localDate(orders.stream().map(Order::placedAt).max(Comparator.naturalOrder())
        .orElseThrow()).plusDays(1);
    String expected = MetricsText.render(MetricsAnalysis.newBuilder(policy()).build()
        .analyze(orders, Period.of(end.minusYears(1), end, ZONE)), TextStyle.PLAIN);
    assertEquals(expected, run.out());
    long customers = orders.stream().map(Order::customerId).distinct().count();
    assertTrue(run.err().contains(String.format("read %,d orders of %,d customers from %s", orders.size(),
        customers, export)), run.err());
  }

  @Test
  void metricsUnderEveryExclusionAndRefundsAtTheirDatesAreThoseOfTheOrderObjects() {
    Cli.Run run = run("metrics", "--exclude", "cancelled,fully-refunded,zero-value", "--refunds",
        "net-at-refund-date", "--from", "2023-04-01", "--to", "2024-10-01");

    AnalysisPolicy policy = policy(RefundPolicy.NET_AT_REFUND_DATE, new QualifyingOrders(true, true, true));
    String expected = MetricsText.render(MetricsAnalysis.newBuilder(policy).build()
        .analyze(orders, Period.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 10, 1), ZONE)), TextStyle.PLAIN);
    assertEquals(expected, run.out());
  }

  @Test
  void cohortsByFirstOrderChannelAreThoseOfTheOrderObjects() {
    Cli.Run run = run("cohort", "--breakdown", "channel", "--format", "csv");

    String expected = csv(out -> CohortCsv.write(CohortAnalysis.newBuilder(policy()).granularity(PeriodUnit.MONTH)
        .breakdown(CohortBreakdown.CHANNEL).build().analyze(orders), out));
    assertEquals(expected, run.out());
  }

  @Test
  void segmentsAsOfTheDayAfterTheLastEventAreThoseOfTheOrderObjects() throws IOException {
    Path file = dir.resolve("segments.csv");
    run("segments", "--output", file.toString());

    String expected = csv(out -> SegmentsCsv.write(RfmAnalysis.newBuilder(policy()).asOf(dayAfterLastEvent())
        .build().analyze(orders), out));
    assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The default as-of instant as the CLI computed it from the orders before. */
  private static Instant dayAfterLastEvent() {
    LocalDate last = LocalDate.MIN;
    for (Order order : orders) {
      last = max(last, policy().localDate(order.placedAt()));
      for (Refund refund : order.refunds()) {
        last = max(last, policy().localDate(refund.refundedAt()));
      }
    }
    return last.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }

  @Test
  void clvFitAndPredictionsAreThoseOfTheOrderObjects() throws IOException {
    Cli.Run fitRun = run("clv", "fit", "--calibration-end", "2024-06-30", "--observation-end", "2024-12-31");
    Path file = dir.resolve("predictions.csv");
    run("clv", "predict", "--calibration-end", "2024-12-31", "--output", file.toString());

    CustomerSummaries split = summaries(LocalDate.of(2024, 6, 30), Optional.of(LocalDate.of(2024, 12, 31)));
    assertEquals(ClvText.render(fit(split), TextStyle.PLAIN), fitRun.out());

    CustomerSummaries all = summaries(LocalDate.of(2024, 12, 31), Optional.empty());
    ClvFit fit = fit(all);
    CustomerPredictions predictions = ClvPredictor.newBuilder().model(fit.transactions().model())
        .timeUnit(DurationUnit.WEEK).horizon(ReportAnalysis.defaultHorizon(DurationUnit.WEEK))
        .discountRate(ReportAnalysis.DEFAULT_DISCOUNT_RATE).churnRiskBands(new ChurnRiskBands(0.3, 0.7))
        .spendModel(fit.spend().orElseThrow().model()).dertByQuadrature(true).build().predict(all);
    assertEquals(csv(out -> PredictionsCsv.write(predictions, out)), Files.readString(file, StandardCharsets.UTF_8));
  }

  private static CustomerSummaries summaries(LocalDate calibrationEnd, Optional<LocalDate> observationEnd) {
    CustomerSummarizer.Builder summarizer = CustomerSummarizer.newBuilder().policy(policy())
        .timeUnit(DurationUnit.WEEK).mergeUnit(PeriodUnit.DAY).calibrationEnd(calibrationEnd);
    observationEnd.ifPresent(summarizer::observationEnd);
    return summarizer.build().summarize(orders);
  }

  private static ClvFit fit(CustomerSummaries summaries) {
    ModelFit<TransactionModel> transactions = TransactionModelFamily.BG_NBD.fit(WeightedSummaries.from(summaries),
        FitOptions.defaults());
    return ClvFit.of(summaries, transactions, Optional.of(GammaGammaModel.fit(summaries)));
  }

  @Test
  void theReportsNumbersAreThoseOfTheOrderObjects() throws IOException {
    Path html = dir.resolve("report.html");
    Path json = dir.resolve("report.json");
    run("report", "--out", html.toString(), "--json", json.toString(), "--breakdown", "discount-code");

    String expected = ReportJson.render(ReportAnalysis.newBuilder(policy()).cohortBreakdown(CohortBreakdown.DISCOUNT_CODE)
        .build().analyze(orders, List.of(InputSource.of(summary, InputFormat.GENERIC_CSV))));
    assertEquals(expected, Files.readString(json, StandardCharsets.UTF_8));
  }

  @Test
  void tiesOfOneCustomerAtOneInstantAreReadAgainInOrderIdOrder() {
    Cli.Run run = run("metrics", "--quiet");
    Cli.Run noisy = run("cohort");

    assertEquals("", run.err());
    assertTrue(noisy.err().contains(" orders share their customer and instant with another: reading " + export
        + " once more to order them by order id\n"), noisy.err());
  }

  @Test
  void rejectsAreWrittenAndCountedOnceThoughTheFileIsReadTwice() throws IOException {
    Path broken = dir.resolve("broken.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(export, StandardCharsets.UTF_8).subList(0, 200));
    lines.add(5, "bad,c1,2024-13-45,1.00,EUR,,,,,,,");
    Files.write(broken, lines, StandardCharsets.UTF_8);
    Path rejects = dir.resolve("rejects.csv");

    Cli.Run run = Cli.run("metrics", "--input", broken.toString(), "--zone", ZONE.getId(), "--currency", "EUR",
        "--rates", rates.toString(), "--lenient", "--rejects", rejects.toString());

    assertEquals(0, run.status(), run.err());
    assertEquals(1, run.err().lines().filter(line -> line.contains("records rejected")).count(), run.err());
    assertTrue(run.err().contains("warning: 1 of 200 records rejected, written to " + rejects), run.err());
    assertEquals(2, Files.readAllLines(rejects, StandardCharsets.UTF_8).size(), "the header and one reject");
  }

  @Test
  void aFileThatChangesBetweenPassesEndsTheCommand() throws IOException {
    Path file = dir.resolve("changing.csv");
    Files.write(file, Files.readAllLines(export, StandardCharsets.UTF_8).subList(0, 50), StandardCharsets.UTF_8);
    InputOptions options = Cli.inputOptions("--input", file.toString(), "--zone", ZONE.getId());
    StringWriter err = new StringWriter();
    try (ExportPasses passes = new ExportPasses(options, new Reporter(new PrintWriter(err), false), 2)) {
      passes.first(order -> { });
      Files.writeString(file, "o9999999,c1,2024-01-01T10:00:00,1.00,EUR,,,,,,,\n", StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);

      UserError error = assertThrows(UserError.class, () -> passes.again(2, order -> { }));
      assertEquals(file + " changed while it was being read: 49 records the first time, 50 the second; run the "
          + "command again on a file that stays as it is", error.getMessage());
    }
  }
}
