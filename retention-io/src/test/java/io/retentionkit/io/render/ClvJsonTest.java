package io.retentionkit.io.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.FitDiagnostics;
import io.retentionkit.clv.FrequencyBin;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.HoldoutReport;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TrackingCurve;
import io.retentionkit.clv.TransactionModel;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ClvJsonTest {

  @Test
  void writesTheTransactionModelAsTheIssueNamesIt() {
    ClvFit fit = Results.demoClvFit();
    JsonNode json = json(fit);

    TransactionModel model = fit.transactions().model();
    FitDiagnostics diagnostics = fit.transactions().diagnostics();
    assertEquals(List.of("model", "parameters", "logLikelihood", "converged", "standardErrors", "customers", "spend",
        "holdout", "diagnostics", "summaries"), names(json));
    assertEquals("bgnbd", json.get("model").textValue());
    assertEquals(List.of("r", "alpha", "a", "b"), names(json.get("parameters")));
    for (Map.Entry<String, Double> parameter : model.parameters().asMap().entrySet()) {
      assertEquals(parameter.getValue(), json.at("/parameters/" + parameter.getKey()).doubleValue());
      assertEquals(diagnostics.standardErrors().get(parameter.getKey()),
          json.at("/standardErrors/" + parameter.getKey()).doubleValue());
    }
    assertEquals(diagnostics.logLikelihood(), json.get("logLikelihood").doubleValue());
    assertTrue(json.get("converged").booleanValue());
    assertEquals(fit.summaries().size(), json.get("customers").intValue());
    assertEquals(diagnostics.iterations(), json.at("/diagnostics/iterations").intValue());
    assertEquals(diagnostics.gradientNorm(), json.at("/diagnostics/gradientNorm").doubleValue());
    assertEquals(diagnostics.status().name(), json.at("/diagnostics/status").textValue());
    assertEquals(diagnostics.message(), json.at("/diagnostics/message").textValue());
    assertTrue(json.at("/diagnostics/parametersAtBound").isArray());
    assertTrue(json.at("/diagnostics/unavailableStandardErrors").isObject());
    assertTrue(json.at("/diagnostics/warnings").isArray());
  }

  @Test
  void writesTheSpendModelWithTheCustomersItUses() {
    ClvFit fit = Results.demoClvFit();
    JsonNode spend = json(fit).get("spend");

    ModelFit<GammaGammaModel> gammaGamma = fit.spend().orElseThrow();
    assertEquals("gamma-gamma", spend.get("model").textValue());
    assertEquals(gammaGamma.model().parameters().p(), spend.get("p").doubleValue());
    assertEquals(gammaGamma.model().parameters().q(), spend.get("q").doubleValue());
    assertEquals(gammaGamma.model().parameters().gamma(), spend.get("gamma").doubleValue());
    assertEquals(gammaGamma.diagnostics().logLikelihood(), spend.get("logLikelihood").doubleValue());
    long repeatCustomers = java.util.Arrays.stream(fit.summaries().repeatTransactions()).filter(x -> x > 0).count();
    assertTrue(spend.get("customers").longValue() > 0 && spend.get("customers").longValue() <= repeatCustomers);
    assertEquals(MoneyFormat.round(gammaGamma.model().populationMeanSpend().getAsDouble(), Results.EUR)
        .toPlainString(), spend.get("populationMeanSpend").textValue());
    assertTrue(spend.get("populationMeanSpend").textValue().matches("\\d+\\.\\d\\d"));
    assertEquals(List.of("p", "q", "gamma"), names(spend.get("standardErrors")));
  }

  @Test
  void writesTheHoldoutReportWithBinsAndTracking() {
    ClvFit fit = Results.demoClvFit();
    JsonNode holdout = json(fit).get("holdout");
    HoldoutReport report = fit.holdout().orElseThrow();

    assertEquals("2023-12-31", holdout.get("calibrationEnd").textValue());
    assertEquals("2024-12-31", holdout.get("observationEnd").textValue());
    assertEquals(report.holdoutLength(), holdout.get("length").doubleValue());
    assertTrue(holdout.get("actualTotal").isIntegralNumber(), "transactions are counted");
    assertEquals((long) report.actualTotal(), holdout.get("actualTotal").longValue());
    assertEquals(report.expectedTotal(), holdout.get("expectedTotal").doubleValue());
    assertEquals(report.meanAbsoluteError(), holdout.get("meanAbsoluteError").doubleValue());
    assertEquals(report.rootMeanSquaredError(), holdout.get("rootMeanSquaredError").doubleValue());
    assertEquals(report.bias(), holdout.get("bias").doubleValue());

    JsonNode bins = holdout.get("bins");
    assertEquals(HoldoutReport.DEFAULT_TOP_BIN + 1, bins.size());
    for (int b = 0; b < bins.size(); b++) {
      FrequencyBin bin = report.bins().get(b);
      assertEquals(b, bins.get(b).get("repeatTransactions").intValue());
      assertEquals(b == 7 ? "7+" : Integer.toString(b), bins.get(b).get("label").textValue());
      assertEquals(bin.customers(), bins.get(b).get("customers").longValue());
      assertEquals(bin.expectedTransactions(), bins.get(b).get("expectedTransactions").doubleValue());
      assertEquals(bin.meanActual().getAsDouble(), bins.get(b).get("meanActual").doubleValue());
    }

    TrackingCurve curve = report.tracking().orElseThrow();
    JsonNode periods = holdout.at("/tracking/periods");
    assertEquals(curve.periods(), periods.size());
    assertEquals(fit.summaries().trackingStart().plusDays(6).toString(), periods.get(0).get("lastDay").textValue());
    assertEquals("2024-12-31", periods.get(periods.size() - 1).get("lastDay").textValue(), "a partial last week");
    int k = 0;
    for (JsonNode period : periods) {
      assertEquals(k + 1, period.get("period").intValue());
      assertEquals(curve.actualCumulative()[k], period.get("actualCumulative").doubleValue());
      assertEquals(curve.expectedCumulative()[k], period.get("expectedCumulative").doubleValue());
      assertEquals(period.get("lastDay").textValue().compareTo("2023-12-31") > 0, period.get("holdout").booleanValue());
      k++;
    }
  }

  @Test
  void describesTheSummariesTheModelsRestOn() {
    ClvFit fit = Results.demoClvFit();
    JsonNode summaries = json(fit).get("summaries");
    CustomerSummaries expected = fit.summaries();

    assertEquals("WEEK", summaries.get("timeUnit").textValue());
    assertEquals("DAY", summaries.get("mergeUnit").textValue());
    assertEquals("2023-01-01", summaries.get("firstPurchase").textValue());
    assertEquals("2024-12-31", summaries.get("observationEnd").textValue());
    assertEquals("EUR", summaries.get("currency").textValue());
    assertEquals(expected.size(), summaries.get("customers").intValue());
    assertEquals(java.util.Arrays.stream(expected.repeatTransactions()).sum(),
        summaries.get("repeatTransactions").intValue());
    assertEquals(java.util.Arrays.stream(expected.holdoutTransactions()).sum(),
        summaries.get("holdoutTransactions").intValue());
    assertEquals(expected.ignoredOrders(), summaries.get("ignoredOrders").longValue());
    assertEquals(expected.customersFirstSeenInHoldout(), summaries.get("customersFirstSeenInHoldout").longValue());
  }

  @Test
  void writesNullForSpendAndHoldoutThatWereNotAskedFor() {
    ClvFit full = Results.demoClvFit();
    CustomerSummaries calibrationOnly = Results.demoClvSummaries(Optional.empty());
    ClvFit fit = ClvFit.of(calibrationOnly, full.transactions(), Optional.empty());
    JsonNode json = json(fit);

    assertTrue(json.get("spend").isNull());
    assertTrue(json.get("holdout").isNull());
    assertTrue(json.at("/summaries/observationEnd").isNull());
    assertTrue(json.at("/summaries/holdoutLength").isNull());
    assertTrue(json.at("/summaries/holdoutTransactions").isNull());
  }

  @Test
  void aHoldoutReportNeedsSummariesWithAHoldout() {
    ClvFit full = Results.demoClvFit();
    CustomerSummaries calibrationOnly = Results.demoClvSummaries(Optional.empty());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ClvFit(calibrationOnly, full.transactions(), full.spend(), full.holdout()));
    assertEquals("summaries must have a holdout period to go with a holdout report", e.getMessage());
  }

  @Test
  void writesAWholeDocumentEndingInALineBreak() {
    StringWriter out = new StringWriter();
    ClvJson.write(Results.demoClvFit(), out);

    assertTrue(out.toString().startsWith("{\n  \"model\": \"bgnbd\",\n"), out.toString());
    assertTrue(out.toString().endsWith("}\n"));
    assertFalse(out.toString().contains("NaN"));
  }

  private static JsonNode json(ClvFit fit) {
    StringWriter out = new StringWriter();
    ClvJson.write(fit, out);
    return Results.parse(out.toString());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
