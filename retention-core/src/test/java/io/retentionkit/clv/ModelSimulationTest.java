package io.retentionkit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Data drawn from each model with known parameters is fitted back within sampling error: every estimate
 * within four of its standard errors of the truth (and the standard errors are there to say so).
 */
final class ModelSimulationTest {
  private static final double Z = 4;

  @Test
  void bgNbdFitsBack() {
    BgNbdParameters truth = new BgNbdParameters(0.8, 6, 0.9, 3);
    ModelFit<BgNbdModel> fit = BgNbdModel.fit(ModelSimulations.nbd(0.8, 6, 0.9, 3, false, 4000, 20, 52, 11));
    assertWithinSampling(truth, fit.model().parameters(), fit.diagnostics());
  }

  @Test
  void mbgNbdFitsBack() {
    MbgNbdParameters truth = new MbgNbdParameters(0.8, 6, 0.9, 3);
    ModelFit<MbgNbdModel> fit = MbgNbdModel.fit(ModelSimulations.nbd(0.8, 6, 0.9, 3, true, 4000, 20, 52, 12));
    assertWithinSampling(truth, fit.model().parameters(), fit.diagnostics());
  }

  @Test
  void paretoNbdFitsBack() {
    ParetoNbdParameters truth = new ParetoNbdParameters(0.8, 8, 0.5, 12);
    ModelFit<ParetoNbdModel> fit =
        ParetoNbdModel.fit(ModelSimulations.paretoNbd(0.8, 8, 0.5, 12, 10_000, 20, 52, 16));
    assertWithinSampling(truth, fit.model().parameters(), fit.diagnostics());
  }

  @Test
  void bgBbFitsBack() {
    BgBbParameters truth = new BgBbParameters(1.2, 0.75, 0.65, 2.8);
    ModelFit<BgBbModel> fit = BgBbModel.fit(ModelSimulations.bgBb(1.2, 0.75, 0.65, 2.8, 5000, 10, 13));
    assertWithinSampling(truth, fit.model().parameters(), fit.diagnostics());
  }

  @Test
  void shiftedBetaGeometricFitsBack() {
    ShiftedBetaGeometricParameters truth = new ShiftedBetaGeometricParameters(0.7, 1.2);
    ModelFit<ShiftedBetaGeometricModel> fit =
        ShiftedBetaGeometricModel.fit(ModelSimulations.survival(0.7, 1.2, 5000, 10, 14));
    assertWithinSampling(truth, fit.model().parameters(), fit.diagnostics());
  }

  @Test
  void gammaGammaFitsBack() {
    GammaGammaParameters truth = new GammaGammaParameters(6, 4, 15);
    double[][] data = ModelSimulations.gammaGamma(6, 4, 15, 4000, 15);
    int[] x = Arrays.stream(data[0]).mapToInt(v -> (int) v).toArray();
    ModelFit<GammaGammaModel> fit = GammaGammaModel.fit(x, data[1], FitOptions.defaults());
    assertWithinSampling(truth, fit.model().parameters(), fit.diagnostics());
  }

  private static void assertWithinSampling(ModelParameters truth, ModelParameters estimate,
      FitDiagnostics diagnostics) {
    assertTrue(diagnostics.converged(), diagnostics.toString());
    Map<String, Double> errors = diagnostics.standardErrors();
    assertEquals(truth.names(), List.copyOf(errors.keySet()), diagnostics.toString());
    double[] t = truth.values();
    double[] e = estimate.values();
    for (int i = 0; i < t.length; i++) {
      String name = truth.names().get(i);
      double se = errors.get(name);
      assertTrue(Math.abs(e[i] - t[i]) <= Z * se,
          name + ": estimate " + e[i] + ", truth " + t[i] + ", standard error " + se);
    }
  }
}
