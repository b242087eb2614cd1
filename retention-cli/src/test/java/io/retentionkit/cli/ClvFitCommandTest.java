package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.CustomerSummarizer;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.FitOptions;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TransactionModel;
import io.retentionkit.clv.TransactionModelFamily;
import io.retentionkit.clv.WeightedSummaries;
import io.retentionkit.io.demo.DemoShop;
import io.retentionkit.model.IdentityResolver;
import io.retentionkit.model.IdentityRule;
import io.retentionkit.model.Order;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ClvFitCommandTest {
  @TempDir
  static Path shared;

  @TempDir
  Path dir;

  private static String cdnow;

  @BeforeAll
  static void writeCdnow() {
    cdnow = Cdnow.csv(shared);
  }

  private static Cli.Run fitCdnow(String... more) {
    List<String> args = new ArrayList<>(List.of("clv", "fit", "--input", cdnow, "--zone", "UTC",
        "--calibration-end", Cdnow.CALIBRATION_END, "--quiet"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void reproducesThePublishedBgNbdAndGammaGammaEstimatesOfCdnow() {
    Cli.Run run = fitCdnow("--model", "bgnbd", "--time-unit", "week", "--observation-end", Cdnow.OBSERVATION_END,
        "--format", "json");

    assertEquals(0, run.status(), run.err());
    JsonNode json = run.json();
    assertEquals("bgnbd", json.get("model").textValue());
    // Fader, Hardie & Lee (2005): r, alpha, a, b = 0.243, 4.414, 0.793, 2.426; LL -9582.4.
    assertEquals(0.243, json.at("/parameters/r").doubleValue(), 0.0005);
    assertEquals(4.414, json.at("/parameters/alpha").doubleValue(), 0.0005);
    assertEquals(0.793, json.at("/parameters/a").doubleValue(), 0.0005);
    assertEquals(2.426, json.at("/parameters/b").doubleValue(), 0.0005);
    assertEquals(-9582.4, json.get("logLikelihood").doubleValue(), 0.05);
    assertTrue(json.get("converged").booleanValue());
    assertEquals(2357, json.get("customers").intValue());
    assertEquals(List.of("r", "alpha", "a", "b"), names(json.get("standardErrors")));
    // Fader & Hardie (2013): p, q, gamma = 6.25, 3.74, 15.44 on the 946 repeat customers; LL -4055.9177.
    JsonNode spend = json.get("spend");
    assertEquals(6.25, spend.get("p").doubleValue(), 0.005);
    assertEquals(3.74, spend.get("q").doubleValue(), 0.005);
    assertEquals(15.44, spend.get("gamma").doubleValue(), 0.005);
    assertEquals(-4055.9177, spend.get("logLikelihood").doubleValue(), 0.00005);
    assertEquals(946, spend.get("customers").intValue());
    // The holdout's actual transactions are data: BTYD's cdnowSummary has 1,882 of them and 4,339 in week 78.
    JsonNode holdout = json.get("holdout");
    assertEquals(1882, holdout.get("actualTotal").intValue());
    assertEquals(39, holdout.get("length").doubleValue());
    assertEquals(8, holdout.get("bins").size());
    assertEquals(78, holdout.at("/tracking/periods").size());
    assertEquals(4339, holdout.at("/tracking/periods/77/actualCumulative").intValue());
    assertEquals("1998-06-30", holdout.at("/tracking/periods/77/lastDay").textValue());
    assertEquals(2457, json.at("/summaries/repeatTransactions").intValue(), "after the same-day merge");
    assertEquals("DAY", json.at("/summaries/mergeUnit").textValue());
    assertEquals("UTC", json.at("/policy/zone").textValue());
    assertEquals("USD", json.at("/policy/currency").textValue());
    assertEquals(cdnow, json.at("/source/name").textValue());
    assertEquals(6919, json.at("/source/orders").intValue());
    assertEquals(0.0, json.at("/fitOptions/l2Penalty").doubleValue());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"bgnbd, 1653.41", "pnbd, 1665.51", "mbgnbd, 1576.73"})
  void fitsTheModelItIsToldToWithTheLibrarysHoldoutExpectation(String model, double expectedHoldout) {
    // The expectations are retention-core's pinned CDNOW end-to-end values: the command adds nothing.
    JsonNode json = fitCdnow("--model", model, "--observation-end", Cdnow.OBSERVATION_END, "--spend", "none",
        "--format", "json").json();

    assertEquals(model, json.get("model").textValue());
    assertEquals(expectedHoldout, json.at("/holdout/expectedTotal").doubleValue(), 0.01);
    assertTrue(json.get("spend").isNull());
  }

  @Test
  void withoutAnObservationEndThereIsNoHoldout() {
    Cli.Run run = fitCdnow("--format", "json");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.json().get("holdout").isNull());
    assertTrue(run.json().at("/summaries/observationEnd").isNull());
    assertEquals(1959, run.json().at("/summaries/ordersAfterObservationEnd").intValue(),
        "the records after the calibration end, which is also the observation end");
  }

  @Test
  void aTimeUnitOfDaysRescalesOnlyTheRateParameter() {
    JsonNode weeks = fitCdnow("--format", "json", "--spend", "none").json();
    JsonNode days = fitCdnow("--format", "json", "--spend", "none", "--time-unit", "day").json();

    assertEquals("DAY", days.at("/summaries/timeUnit").textValue());
    assertEquals(weeks.at("/parameters/r").doubleValue(), days.at("/parameters/r").doubleValue(), 1e-4);
    assertEquals(7 * weeks.at("/parameters/alpha").doubleValue(), days.at("/parameters/alpha").doubleValue(), 1e-3);
    assertEquals(weeks.at("/parameters/a").doubleValue(), days.at("/parameters/a").doubleValue(), 1e-4);
  }

  @Test
  void mergesOrdersPerWeekWhenAsked() {
    JsonNode json = fitCdnow("--format", "json", "--spend", "none", "--merge", "week").json();

    assertEquals("WEEK", json.at("/summaries/mergeUnit").textValue());
    assertTrue(json.at("/summaries/repeatTransactions").intValue() < 2457);
  }

  @Test
  void anL2PenaltyShrinksTheEstimatesAndIsRecorded() {
    JsonNode plain = fitCdnow("--format", "json", "--spend", "none").json();
    JsonNode penalised = fitCdnow("--format", "json", "--spend", "none", "--l2-penalty", "0.1").json();

    assertEquals(0.1, penalised.at("/fitOptions/l2Penalty").doubleValue());
    assertNotEquals(plain.at("/parameters/alpha").doubleValue(), penalised.at("/parameters/alpha").doubleValue());
    assertTrue(penalised.at("/parameters/alpha").doubleValue() < plain.at("/parameters/alpha").doubleValue());
  }

  @Test
  void printsTheFitAsText() {
    Cli.Run run = fitCdnow("--observation-end", Cdnow.OBSERVATION_END);

    assertEquals(0, run.status(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("BG/NBD (bgnbd) fitted to 2,357 customers, in weeks, calibration 1997-01-01 to "
        + "1997-09-30, orders of one day merged into one transaction\nConverged after "), out);
    assertTrue(out.contains("\nr            0.2426          0.01"), out);
    assertTrue(out.contains("\nSpend: Gamma-Gamma fitted to 946 repeat customers; mean spend per transaction USD "),
        out);
    assertTrue(out.contains("\nHoldout 1997-10-01 to 1998-06-30 (39 weeks), 2,357 customers: expected 1,653.4 repeat "
        + "transactions, actual 1,882 (-12.1%)\n"), out);
    assertTrue(out.contains("\n7+ "), out);
    assertTrue(out.contains("at the observation end (week 78) actual 4,339"), out);
  }

  @Test
  void printsMarkdownTables() {
    Cli.Run run = fitCdnow("--format", "markdown");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("\n| parameter | estimate | standard error |\n"), run.out());
  }

  @Test
  void fitsTheDemoShopOnItsDocumentedSplitAsTheLibraryDoes() {
    Cli.Run run = Cli.run("clv", "fit", "--demo", "--format", "json");

    assertEquals(0, run.status(), run.err());
    JsonNode json = run.json();
    assertEquals("2024-06-30", json.at("/summaries/calibrationEnd").textValue());
    assertEquals("2024-12-31", json.at("/summaries/observationEnd").textValue());
    List<Order> orders = IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, List.of(), DemoShop.orders())
        .resolveAll(DemoShop.orders());
    CustomerSummaries summaries = CustomerSummarizer.newBuilder()
        .policy(DemoShop.policy())
        .timeUnit(DurationUnit.WEEK)
        .calibrationEnd(LocalDate.of(2024, 6, 30))
        .observationEnd(LocalDate.of(2024, 12, 31))
        .build()
        .summarize(orders);
    ModelFit<TransactionModel> fit =
        TransactionModelFamily.BG_NBD.fit(WeightedSummaries.from(summaries), FitOptions.defaults());
    for (Map.Entry<String, Double> parameter : fit.model().parameters().asMap().entrySet()) {
      assertEquals(parameter.getValue(), json.at("/parameters/" + parameter.getKey()).doubleValue());
    }
    ModelFit<GammaGammaModel> spend = GammaGammaModel.fit(summaries);
    assertEquals(spend.model().parameters().p(), json.at("/spend/p").doubleValue());
    assertEquals(summaries.size(), json.get("customers").intValue());
    assertEquals("demo", json.at("/source/name").textValue());
    assertTrue(run.err().contains("retention: 1,775 customers up to 2024-06-30, 805 of them with repeat purchases; "
        + "holdout to 2024-12-31\n"), run.err());
  }

  @Test
  void writesToAFile() {
    Path file = dir.resolve("fit.json");
    Cli.Run run = fitCdnow("--format", "json", "--output", file.toString());

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out());
    assertEquals("bgnbd", Cli.parse(Cli.read(file)).get("model").textValue());
  }

  @Test
  void needsACalibrationEndExceptForTheDemo() {
    Cli.Run run = Cli.run("clv", "fit", "--input", cdnow, "--zone", "UTC");

    assertEquals(2, run.status());
    assertEquals("retention: Missing required option: '--calibration-end=DATE' (the last day the models learn from) "
        + "(see 'retention clv fit --help')\n", run.err());
  }

  @Test
  void refusesAnObservationEndBeforeTheCalibrationEndBeforeReadingTheInput() {
    Cli.Run run = Cli.run("clv", "fit", "--input", dir.resolve("missing.csv").toString(), "--zone", "UTC",
        "--calibration-end", "1997-09-30", "--observation-end", "1997-09-30");

    assertEquals(2, run.status());
    assertEquals("retention: observationEnd must be after calibrationEnd 1997-09-30: 1997-09-30 (see 'retention clv "
        + "fit --help')\n", run.err());
  }

  @Test
  void refusesANegativePenalty() {
    Cli.Run run = fitCdnow("--l2-penalty", "-1");

    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("retention: Invalid value for option '--l2-penalty': l2Penalty must be finite and "
        + "not negative: -1.0"), run.err());
  }

  @Test
  void refusesTheDiscreteTimeModel() {
    Cli.Run run = fitCdnow("--model", "bgbb");

    assertEquals(2, run.status());
    assertTrue(run.err().contains("must be one of bgnbd, pnbd, mbgnbd: 'bgbb'"), run.err());
  }

  @Test
  void explainsDataWithoutRepeatPurchases() {
    String orders = Cli.file(dir, "orders.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR",
        "2,bob,2024-02-01,35.50,EUR");

    Cli.Run run = Cli.run("clv", "fit", "--input", orders, "--zone", "UTC", "--calibration-end", "2024-03-31", "-q");

    assertEquals(1, run.status());
    assertEquals("retention: cannot fit bgnbd to the 2 customers of the calibration period: data must contain at least "
        + "one repeat transaction to fit BG/NBD: 2.0 customers without any\n", run.err());
  }

  @Test
  void explainsACalibrationPeriodWithoutCustomers() {
    Cli.Run run = Cli.run("clv", "fit", "--input", cdnow, "--zone", "UTC", "--calibration-end", "1996-12-31", "-q");

    assertEquals(1, run.status());
    assertEquals("retention: " + cdnow + " has no qualifying order up to the calibration end 1996-12-31, so there are "
        + "no customers to fit: check --calibration-end\n", run.err());
  }

  @Test
  void explainsAHoldoutWithoutOrders() {
    Cli.Run run = Cli.run("clv", "fit", "--input", cdnow, "--zone", "UTC", "--calibration-end", "1998-06-30",
        "--observation-end", "1998-12-31", "-q");

    assertEquals(1, run.status());
    assertEquals("retention: " + cdnow + ": holdout period must contain qualifying orders: none dated from 1998-07-01 "
        + "to 1998-12-31 (check --observation-end)\n", run.err());
  }

  @Test
  void warnsOfWhatTheFitLeftOut() {
    Cli.Run run = Cli.run("clv", "fit", "--input", cdnow, "--zone", "UTC", "--calibration-end", "1997-09-30");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("retention: 2,357 customers up to 1997-09-30, 946 of them with repeat purchases\n"),
        run.err());
    assertTrue(run.err().contains("retention: left out: 0 non-qualifying orders, 1,959 orders after 1997-09-30, 0 "
        + "customers first seen in the holdout\n"), run.err());
    assertFalse(run.err().contains("warning"), run.err());
  }

  @Test
  void theGroupCommandNeedsASubcommand() {
    Cli.Run run = Cli.run("clv");

    assertEquals(2, run.status());
    assertEquals("retention: Missing command: fit or predict (see 'retention clv --help')\n", run.err());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
