package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.ClvPredictor;
import io.retentionkit.clv.CustomerPredictions;
import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.CustomerSummarizer;
import io.retentionkit.clv.DiscountRate;
import io.retentionkit.report.ReportAnalysis;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.FitOptions;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.TransactionModelFamily;
import io.retentionkit.clv.WeightedSummaries;
import io.retentionkit.io.InputFormat;
import io.retentionkit.io.OrderImporter;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ClvPredictCommandTest {
  private static final String HEADER =
      "customer_id,p_alive,expected_orders,expected_spend,predicted_clv,expected_next_order,churn_risk,dert";

  @TempDir
  static Path shared;

  @TempDir
  Path dir;

  private static String cdnow;

  @BeforeAll
  static void writeCdnow() {
    // Two customers with ids a spreadsheet would run as formulas.
    cdnow = Cdnow.csv(shared, "cdnow.csv", id -> id.equals("0001") ? "=1+1" : id.equals("0002") ? "@SUM(A1)" : id);
  }

  private static Cli.Run predictCdnow(String... more) {
    List<String> args = new ArrayList<>(List.of("clv", "predict", "--input", cdnow, "--zone", "UTC",
        "--calibration-end", Cdnow.CALIBRATION_END, "--quiet"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void writesOneRecordPerCustomerAsTheLibraryPredicts() {
    Path file = dir.resolve("predictions.csv");
    Cli.Run run = predictCdnow("--horizon", "52", "--discount-rate", "0.15", "--output", file.toString());

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out());
    List<String> lines = Cli.read(file).lines().toList();
    assertEquals(HEADER, lines.get(0));
    assertEquals(1 + 2357, lines.size());

    CustomerPredictions expected = libraryPredictions(DiscountRate.annualEffective(0.15));
    for (int i = 0; i < expected.size(); i++) {
      String[] cells = lines.get(1 + i).split(",", -1);
      String id = expected.customerIds().get(i).value();
      assertEquals(id.startsWith("=") || id.startsWith("@") ? "'" + id : id, cells[0]);
      assertEquals(expected.probabilityAlive(i), Double.parseDouble(cells[1]), id);
      assertEquals(expected.expectedTransactions(i), Double.parseDouble(cells[2]), id);
      assertEquals(cents(expected.expectedSpend(i).getAsDouble()), new BigDecimal(cells[3]), id);
      assertEquals(cents(expected.predictedClv(i).getAsDouble()), new BigDecimal(cells[4]), id);
      assertEquals(expected.expectedNextTransactionDate(i).orElseThrow(), LocalDate.parse(cells[5]), id);
      assertEquals(expected.churnRisk(i).name(), cells[6], id);
      assertEquals(expected.dert(i).getAsDouble(), Double.parseDouble(cells[7]), id);
    }
  }

  @Test
  void writesParetoNbdsDertAfterTheRequiredColumns() {
    Path file = dir.resolve("pnbd.csv");
    Cli.Run run = predictCdnow("--model", "pnbd", "--discount-rate", "0.15", "--output", file.toString());

    assertEquals(0, run.status(), run.err());
    List<String> lines = Cli.read(file).lines().toList();
    assertEquals(HEADER, lines.get(0));
    CustomerPredictions expected = libraryPredictions(TransactionModelFamily.PARETO_NBD,
        DiscountRate.annualEffective(0.15));
    assertTrue(expected.hasDert());
    for (int i = 0; i < expected.size(); i += 7) {
      String[] cells = lines.get(1 + i).split(",", -1);
      assertEquals(expected.dert(i).getAsDouble(), Double.parseDouble(cells[7]), expected.customerIds().get(i).value());
    }

    JsonNode json = predictCdnow("--model", "pnbd", "--discount-rate", "0.15", "--top", "1", "--format", "json")
        .json().get("predictions");
    assertEquals(DiscountRate.annualEffective(0.15).continuousRate(DurationUnit.WEEK),
        json.get("dertContinuousRate").doubleValue());
    assertTrue(json.at("/topCustomers/0/dert").isNumber());
    assertTrue(predictCdnow("--model", "pnbd", "--discount-rate", "0.15").out()
        .contains("\nDERT: all expected future transactions, each discounted continuously when it happens at "
            + "0.0026785 per week\n"));
  }

  @Test
  void protectsCustomerIdsAgainstFormulaInjection() {
    String csv = predictCdnow("--format", "csv").out();

    assertTrue(csv.contains("\r\n'=1+1,"), csv.substring(0, 300));
    assertTrue(csv.contains("\r\n'@SUM(A1),"), csv.substring(0, 300));
  }

  @Test
  void summarisesTheBandsAndTheTopCustomersAsJson() {
    Cli.Run run = predictCdnow("--discount-rate", "0.15", "--top", "3", "--format", "json");

    assertEquals(0, run.status(), run.err());
    JsonNode json = run.json();
    assertEquals("bgnbd", json.get("model").textValue(), "the fit comes first");
    JsonNode predictions = json.get("predictions");
    CustomerPredictions expected = libraryPredictions(DiscountRate.annualEffective(0.15));
    assertEquals(2357, predictions.get("customers").intValue());
    assertEquals(52, predictions.get("horizon").doubleValue());
    assertEquals("WEEK", predictions.get("timeUnit").textValue());
    assertEquals("1997-09-30", predictions.get("calibrationEnd").textValue());
    assertEquals("1998-09-29", predictions.get("horizonEnd").textValue());
    assertEquals(0.15, predictions.at("/discountRate/rate").doubleValue());
    assertEquals("PERIODIC", predictions.at("/discountRate/compounding").textValue());
    assertEquals("YEAR", predictions.at("/discountRate/period").textValue());
    assertEquals(cents(expected.totalPredictedClv()).toPlainString(), predictions.get("predictedClv").textValue());
    long counted = 0;
    for (JsonNode band : predictions.get("byChurnRisk")) {
      ChurnRisk risk = ChurnRisk.valueOf(band.get("churnRisk").textValue());
      long customers = 0;
      for (int i = 0; i < expected.size(); i++) {
        customers += expected.churnRisk(i) == risk ? 1 : 0;
      }
      assertEquals(customers, band.get("customers").longValue(), risk.name());
      counted += customers;
    }
    assertEquals(2357, counted);

    JsonNode top = predictions.get("topCustomers");
    assertEquals(3, top.size());
    double[] clv = expected.predictedClv();
    double best = 0;
    for (double value : clv) {
      best = Math.max(best, value);
    }
    assertEquals(cents(best).toPlainString(), top.at("/0/predictedClv").textValue());
    assertEquals(1, top.at("/0/rank").intValue());
    assertTrue(new BigDecimal(top.at("/1/predictedClv").textValue())
        .compareTo(new BigDecimal(top.at("/2/predictedClv").textValue())) >= 0);
  }

  @Test
  void summarisesAsTextWithoutAnOutputFile() {
    Cli.Run run = predictCdnow("--discount-rate", "0.15");

    assertEquals(0, run.status(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("Predictions for 2,357 customers over the 52 weeks after 1997-09-30 (to 1998-09-29): "
        + "BG/NBD with Gamma-Gamma spend, CLV discounted at 15% a year (effective)\nDERT: all expected future "
        + "transactions, each discounted continuously when it happens at 0.0026785 per week\n\n"), out);
    assertTrue(out.contains("\nchurn risk  P(alive) "), out);
    assertTrue(out.contains("\nall "), out);
    assertTrue(out.contains("\nTop 10 customers by predicted CLV\n\nrank "), out);
  }

  @Test
  void discountingLowersTheClvAsTheLibraryDiscounts() {
    JsonNode byDefault = predictCdnow("--format", "json").json().get("predictions");
    JsonNode undiscounted = predictCdnow("--format", "json", "--discount-rate", "0").json().get("predictions");

    assertEquals(0.1, byDefault.at("/discountRate/rate").doubleValue(), "the default, as in the report");
    assertEquals(cents(libraryPredictions(ReportAnalysis.DEFAULT_DISCOUNT_RATE).totalPredictedClv()).toPlainString(),
        byDefault.get("predictedClv").textValue());
    assertEquals(0, undiscounted.at("/discountRate/rate").doubleValue());
    assertEquals(cents(libraryPredictions(DiscountRate.none()).totalPredictedClv()).toPlainString(),
        undiscounted.get("predictedClv").textValue());
    assertTrue(new BigDecimal(byDefault.get("predictedClv").textValue())
        .compareTo(new BigDecimal(undiscounted.get("predictedClv").textValue())) < 0);
    assertEquals(undiscounted.get("expectedOrders").doubleValue(), byDefault.get("expectedOrders").doubleValue(),
        "orders are not discounted");
  }

  @Test
  void bandsChurnRiskAtTheGivenThresholds() {
    Path file = dir.resolve("predictions.csv");
    Cli.Run run = predictCdnow("--high-risk-below", "0.5", "--medium-risk-below", "0.9", "--output", file.toString());

    assertEquals(0, run.status(), run.err());
    List<String> lines = Cli.read(file).lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      double alive = Double.parseDouble(cells[1]);
      assertEquals(alive < 0.5 ? "HIGH" : alive < 0.9 ? "MEDIUM" : "LOW", cells[6], line);
    }
  }

  @Test
  void leavesSpendAndClvEmptyWithoutASpendModel() {
    Cli.Run run = predictCdnow("--spend", "none", "--format", "csv");

    assertEquals(0, run.status(), run.err());
    String[] first = run.out().lines().skip(1).findFirst().orElseThrow().split(",", -1);
    assertEquals("", first[3]);
    assertEquals("", first[4]);
    assertTrue(predictCdnow("--spend", "none").out().contains("no spend model (no CLV)"));
  }

  @Test
  void theDefaultHorizonIsAYearInTheTimeUnit() {
    JsonNode months = predictCdnow("--format", "json", "--time-unit", "month", "--spend", "none", "--top", "0")
        .json().get("predictions");

    assertEquals(12, months.get("horizon").doubleValue());
    assertEquals("MONTH", months.get("timeUnit").textValue());
    assertEquals(0, months.get("topCustomers").size());
  }

  @Test
  void notesWhatItWroteToAFile() {
    Path file = dir.resolve("predictions.csv");
    Cli.Run run = Cli.run("clv", "predict", "--input", cdnow, "--zone", "UTC", "--calibration-end",
        Cdnow.CALIBRATION_END, "--output", file.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("retention: wrote 2,357 predictions to " + file + ": churn risk high "), run.err());
  }

  @Test
  void predictsTheDemoShopFromTheEndOfItsHistory() {
    JsonNode json = Cli.run("clv", "predict", "--demo", "--format", "json", "--quiet").json();

    assertEquals("2024-12-31", json.at("/predictions/calibrationEnd").textValue());
    assertTrue(json.get("holdout").isNull());
    assertEquals("EUR", json.at("/predictions/currency").textValue());
  }

  @Test
  void refusesADiscountRateInPercent() {
    Cli.Run run = predictCdnow("--discount-rate", "15");

    assertEquals(2, run.status());
    assertEquals("retention: Invalid value for option '--discount-rate': must be a fraction in [0, 1), like 0.15 for "
        + "15% a year: 15.0 (see 'retention clv predict --help')\n", run.err());
  }

  @Test
  void refusesThresholdsOutOfOrderBeforeReadingTheInput() {
    Cli.Run run = Cli.run("clv", "predict", "--input", dir.resolve("missing.csv").toString(), "--zone", "UTC",
        "--calibration-end", "2024-01-01", "--high-risk-below", "0.8", "--medium-risk-below", "0.5");

    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("retention: Invalid value for option '--high-risk-below and --medium-risk-below': "
        + "churn risk thresholds must satisfy 0 <= highBelow <= mediumBelow <= 1: 0.8, 0.5"), run.err());
  }

  @Test
  void refusesANonPositiveHorizon() {
    Cli.Run run = predictCdnow("--horizon", "0");

    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("retention: Invalid value for option '--horizon': horizon must be positive and "
        + "finite: 0.0"), run.err());
  }

  @Test
  void refusesToOverwriteTheInput() {
    Cli.Run run = predictCdnow("--output", cdnow);

    assertEquals(1, run.status());
    assertEquals("retention: --output must not overwrite the input file " + cdnow + "\n", run.err());
  }

  /** Returns what the library predicts for CDNOW with BG/NBD and Gamma-Gamma, 52 weeks, at {@code rate}. */
  private static CustomerPredictions libraryPredictions(DiscountRate rate) {
    return libraryPredictions(TransactionModelFamily.BG_NBD, rate);
  }

  private static CustomerPredictions libraryPredictions(TransactionModelFamily family, DiscountRate rate) {
    List<Order> orders = new ArrayList<>();
    OrderImporter.newBuilder(InputFormat.GENERIC_CSV, ZoneOffset.UTC).build().read(Path.of(cdnow), orders::add);
    CustomerSummaries summaries = CustomerSummarizer.newBuilder()
        .policy(AnalysisPolicy.of(ZoneOffset.UTC, Currency.getInstance("USD")))
        .timeUnit(DurationUnit.WEEK)
        .calibrationEnd(LocalDate.parse(Cdnow.CALIBRATION_END))
        .build()
        .summarize(orders);
    return ClvPredictor.newBuilder()
        .model(family.fit(WeightedSummaries.from(summaries), FitOptions.defaults()).model())
        .spendModel(GammaGammaModel.fit(summaries).model())
        .timeUnit(DurationUnit.WEEK)
        .horizon(52)
        .discountRate(rate)
        .dertByQuadrature(true)
        .build()
        .predict(summaries);
  }

  private static BigDecimal cents(double dollars) {
    return BigDecimal.valueOf(dollars).setScale(2, RoundingMode.HALF_EVEN);
  }
}
