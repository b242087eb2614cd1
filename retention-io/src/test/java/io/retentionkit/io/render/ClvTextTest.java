package io.retentionkit.io.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.clv.FitDiagnostics;
import io.retentionkit.clv.FitStatus;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TransactionModel;
import io.retentionkit.clv.TransactionModelFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ClvTextTest {

  @Test
  void describesTheFitSpendAndHoldout() {
    ClvFit fit = Results.demoClvFit();
    String text = ClvText.render(fit, TextStyle.PLAIN);

    assertTrue(text.startsWith("BG/NBD (bgnbd) fitted to " + Texts.count(fit.summaries().size()) + " customers, in "
        + "weeks, calibration 2023-01-01 to 2023-12-31, orders of one day merged into one transaction\nConverged after "),
        text);
    assertTrue(text.contains("\nparameter "), text);
    assertTrue(text.contains("\nalpha "), text);
    assertTrue(text.contains("\nSpend: Gamma-Gamma fitted to "), text);
    assertTrue(text.contains("\nHoldout 2024-01-01 to 2024-12-31 (52.2857 weeks), "), text);
    assertTrue(text.contains("\n7+ "), text);
    assertTrue(text.contains("at the observation end (week 105) actual "), text);
    assertTrue(text.contains("\nWarnings:\n- "), text);
    assertTrue(text.contains("\n- spend: "), text);
  }

  @Test
  void namesEveryModelByItsFamilysDisplayName() {
    for (TransactionModelFamily family : TransactionModelFamily.values()) {
      assertEquals(family.displayName(), ClvText.modelName(family.shortName()));
    }
    assertEquals("custom", ClvText.modelName("custom"));
  }

  @Test
  void saysPlainlyWhenAFitDidNotConverge() {
    ClvFit fit = Results.demoClvFit();
    FitDiagnostics converged = fit.transactions().diagnostics();
    Map<String, String> reasons = new LinkedHashMap<>();
    for (String name : fit.transactions().model().parameters().names()) {
      reasons.put(name, "the fit did not converge");
    }
    FitDiagnostics failed = new FitDiagnostics(FitStatus.ITERATION_LIMIT, "iteration limit reached", 500, 2000, 5,
        converged.logLikelihood(), 0.5, converged.observations(), Map.of(), reasons, List.of(),
        List.of("no start converged"));
    ClvFit notConverged = new ClvFit(fit.summaries(), new ModelFit<TransactionModel>(fit.transactions().model(), failed),
        Optional.empty(), Optional.empty());

    String text = ClvText.render(notConverged, TextStyle.MARKDOWN);

    assertTrue(text.contains("\nDid NOT converge (iteration limit reached) after 500 iterations: "), text);
    assertTrue(text.contains("\n| parameter | "), text);
    assertTrue(text.contains("\n| --------- | "), text);
    assertTrue(text.contains("n/a |"), text);
    assertTrue(text.endsWith("\nWarnings:\n- no start converged\n"), text);
    assertFalse(text.contains("Holdout"), text);
  }
}
