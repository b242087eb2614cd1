package io.retentionkit.io.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.retentionkit.clv.BgNbdModel;
import io.retentionkit.clv.BgNbdParameters;
import io.retentionkit.clv.ChurnRiskBands;
import io.retentionkit.clv.ChurnRisk;
import io.retentionkit.clv.ClvPredictor;
import io.retentionkit.clv.CustomerPredictions;
import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.CustomerSummarizer;
import io.retentionkit.clv.DiscountRate;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.GammaGammaParameters;
import io.retentionkit.clv.ParetoNbdModel;
import io.retentionkit.clv.ParetoNbdParameters;
import io.retentionkit.io.csv.SafeCsvWriter;
import io.retentionkit.model.CustomerId;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@link PredictionsCsv}, {@link ClvJson#writePredictions} and {@link ClvText#renderPredictions}. */
final class ClvPredictionsRenderersTest {
  /** The published CDNOW estimates, so that the numbers are plausible. */
  private static final BgNbdModel BG_NBD = BgNbdModel.of(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
  private static final GammaGammaModel GAMMA_GAMMA = GammaGammaModel.of(new GammaGammaParameters(6.25, 3.74, 15.44));
  private static final ChurnRiskBands BANDS = ChurnRiskBands.defaults();

  /** Three customers: ann buys often and late, a formula-like id buys twice, a terminal escape buys once. */
  private static CustomerSummaries summaries() {
    return CustomerSummarizer.newBuilder()
        .policy(Results.UTC_EUR)
        .timeUnit(DurationUnit.WEEK)
        .calibrationEnd(LocalDate.of(2024, 3, 31))
        .build()
        .summarize(List.of(
            Results.order("1", "ann", "2024-01-02T10:00:00Z", "20.00", "web"),
            Results.order("2", "ann", "2024-02-02T10:00:00Z", "30.00", "web"),
            Results.order("3", "ann", "2024-03-20T10:00:00Z", "40.00", "web"),
            Results.order("4", "=HYPERLINK(\"x\")", "2024-01-10T10:00:00Z", "10.00", "web"),
            Results.order("5", "=HYPERLINK(\"x\")", "2024-01-20T10:00:00Z", "12.50", "web"),
            Results.order("6", "eve\u001b[31m", "2024-03-01T10:00:00Z", "5.00", "web")));
  }

  private static ClvPredictor.Builder predictor() {
    return ClvPredictor.newBuilder().model(BG_NBD).timeUnit(DurationUnit.WEEK).horizon(52);
  }

  private static CustomerPredictions withSpend() {
    return predictor().spendModel(GAMMA_GAMMA).discountRate(DiscountRate.annualEffective(0.15)).build()
        .predict(summaries());
  }

  @Test
  void writesOneCsvRecordPerCustomerWithMoneyInCents() {
    CustomerPredictions predictions = withSpend();
    List<String> lines = csv(predictions).lines().toList();

    assertEquals("customer_id,p_alive,expected_orders,expected_spend,predicted_clv,expected_next_order,churn_risk,"
        + "dert", lines.get(0));
    assertEquals(4, lines.size());
    int ann = predictions.customerIds().indexOf(CustomerId.of("ann"));
    assertEquals(String.join(",", "ann", Double.toString(predictions.probabilityAlive(ann)),
        Double.toString(predictions.expectedTransactions(ann)),
        MoneyFormat.round(predictions.expectedSpend(ann).getAsDouble(), Results.EUR).toPlainString(),
        MoneyFormat.round(predictions.predictedClv(ann).getAsDouble(), Results.EUR).toPlainString(),
        predictions.expectedNextTransactionDate(ann).orElseThrow().toString(),
        predictions.churnRisk(ann).name(), ""), lines.get(1 + ann));
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("\"'=HYPERLINK(\"\"x\"\")\",")), lines.toString());
  }

  @Test
  void leavesWhatWasNotPredictedEmpty() {
    CustomerPredictions predictions = predictor().build()
        .predict(new int[] {2}, new double[] {10}, new double[] {12}, new double[] {Double.NaN});
    List<CSVRecord> records = parse(csv(predictions));

    CSVRecord cells = records.get(1);
    assertEquals(8, cells.size());
    assertEquals("", cells.get(0), "no ids from bare arrays");
    assertEquals("", cells.get(3), "no spend model");
    assertEquals("", cells.get(4));
    assertEquals("", cells.get(5), "no calibration end to date the next order from");
    assertEquals("", cells.get(7), "BG/NBD has no DERT");
  }

  @Test
  void writesParetoNbdsDertInEveryOutput() {
    ParetoNbdModel pareto = ParetoNbdModel.of(ParetoNbdParameters.of(0.55315, 10.57633, 0.60625, 11.67150));
    DiscountRate rate = DiscountRate.annualEffective(0.15);
    CustomerPredictions predictions = ClvPredictor.newBuilder().model(pareto).timeUnit(DurationUnit.WEEK).horizon(52)
        .spendModel(GAMMA_GAMMA).discountRate(rate).build().predict(summaries());
    int ann = predictions.customerIds().indexOf(CustomerId.of("ann"));
    double dert = predictions.dert(ann).getAsDouble();

    List<CSVRecord> records = parse(csv(predictions));
    assertEquals("dert", records.get(0).get(7));
    assertEquals(Double.toString(dert), records.get(1 + ann).get(7));

    JsonNode json = predictionsJson(predictions, 1);
    assertEquals(rate.continuousRate(DurationUnit.WEEK), json.get("dertContinuousRate").doubleValue());
    assertFalse(json.has("dertReason"));
    assertEquals("ann", json.at("/topCustomers/0/customerId").textValue());
    assertEquals(dert, json.at("/topCustomers/0/dert").doubleValue());

    String text = ClvText.renderPredictions(predictions, BANDS, 1, TextStyle.PLAIN);
    assertTrue(text.contains("\nDERT: all expected future transactions, each discounted continuously when it happens "
        + "at 0.0026785 per week\n"), text);
    assertTrue(text.contains(String.format(java.util.Locale.ROOT, "%.2f", dert)), text);
  }

  @Test
  void saysWhyThereIsNoDert() {
    CustomerPredictions predictions = withSpend();
    JsonNode json = predictionsJson(predictions, 1);
    assertTrue(json.get("dertContinuousRate").isNull());
    assertEquals(predictions.dertUnavailableReason().orElseThrow(), json.get("dertReason").textValue());
    assertTrue(json.at("/topCustomers/0/dert").isNull());
  }

  @Test
  void summarisesBandsAndRanksTheTopCustomersByClv() {
    CustomerPredictions predictions = withSpend();
    JsonNode json = predictionsJson(predictions, 2);

    assertEquals(3, json.get("customers").intValue());
    assertEquals("2024-03-31", json.get("calibrationEnd").textValue());
    assertEquals("2025-03-30", json.get("horizonEnd").textValue());
    assertEquals("EUR", json.get("currency").textValue());
    assertEquals(0.3, json.at("/churnRiskBands/highBelow").doubleValue());
    assertEquals(MoneyFormat.round(predictions.totalPredictedClv(), Results.EUR).toPlainString(),
        json.get("predictedClv").textValue());
    long inBands = 0;
    ChurnRiskCounts counts = ChurnRiskCounts.of(predictions);
    for (JsonNode band : json.get("byChurnRisk")) {
      inBands += band.get("customers").longValue();
      assertEquals(counts.count(ChurnRisk.valueOf(band.get("churnRisk").textValue())), band.get("customers").longValue());
      if (band.get("customers").longValue() == 0) {
        assertTrue(band.get("meanProbabilityAlive").isNull());
        assertEquals("no customers", band.get("meanProbabilityAliveReason").textValue());
      }
    }
    assertEquals(3, inBands);
    assertEquals("predictedClv", json.get("rankedBy").textValue());
    JsonNode top = json.get("topCustomers");
    assertEquals(2, top.size());
    double first = Double.parseDouble(top.at("/0/predictedClv").textValue());
    for (int i = 0; i < predictions.size(); i++) {
      assertTrue(first >= MoneyFormat.round(predictions.predictedClv(i).getAsDouble(), Results.EUR).doubleValue());
    }
    assertEquals("ann", top.at("/0/customerId").textValue());
  }

  @Test
  void ranksByExpectedOrdersWithoutSpendAndBreaksTiesByIndex() {
    // Two identical customers: equal expectations, so the first index ranks first.
    CustomerPredictions predictions = predictor().build()
        .predict(new int[] {1, 3, 3}, new double[] {5, 10, 10}, new double[] {12, 12, 12},
            new double[] {Double.NaN, Double.NaN, Double.NaN});
    JsonNode json = predictionsJson(predictions, 3);

    assertEquals("expectedOrders", json.get("rankedBy").textValue());
    assertTrue(json.get("predictedClv").isNull());
    assertEquals("spend was not modelled, so there is no value to predict", json.get("predictedClvReason").textValue());
    assertTrue(json.get("currency").isNull());
    assertTrue(json.at("/topCustomers/0/customerId").isNull());
    assertEquals(predictions.expectedTransactions(1), json.at("/topCustomers/0/expectedOrders").doubleValue());
    assertEquals(predictions.expectedTransactions(2), json.at("/topCustomers/1/expectedOrders").doubleValue());
    assertEquals(predictions.expectedTransactions(0), json.at("/topCustomers/2/expectedOrders").doubleValue());
  }

  @Test
  void refusesANegativeNumberOfTopCustomers() {
    CustomerPredictions predictions = withSpend();
    assertThrows(IllegalArgumentException.class, () -> ClvText.renderPredictions(predictions, BANDS, -1,
        TextStyle.PLAIN));
  }

  @Test
  void rendersTextWithoutTheControlCharactersOfCustomerIds() {
    CustomerPredictions predictions = withSpend();
    String text = ClvText.renderPredictions(predictions, BANDS, 10, TextStyle.PLAIN);

    assertTrue(text.startsWith("Predictions for 3 customers over the 52 weeks after 2024-03-31 (to 2025-03-30): "
        + "BG/NBD with Gamma-Gamma spend, CLV discounted at 15% a year (effective)\nDERT not predicted: "
        + predictions.dertUnavailableReason().orElseThrow() + "\n\n"), text);
    assertTrue(text.contains("eve?[31m"), text);
    assertFalse(text.contains("\u001b"), text);
    assertTrue(text.contains("\nTop 3 customers by predicted CLV\n\nrank "), text);
    assertTrue(text.contains(" EUR "), text);
  }

  private static String csv(CustomerPredictions predictions) {
    StringWriter out = new StringWriter();
    try (SafeCsvWriter csv = SafeCsvWriter.of(out)) {
      PredictionsCsv.write(predictions, csv);
    }
    return out.toString();
  }

  private static List<CSVRecord> parse(String csv) {
    try {
      return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode predictionsJson(CustomerPredictions predictions, int top) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JsonOutput.newGenerator(out)) {
      ClvJson.writePredictions(predictions, BANDS, top, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Results.parse(out.toString());
  }
}
