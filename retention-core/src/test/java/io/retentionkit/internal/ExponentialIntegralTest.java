package io.retentionkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ExponentialIntegralTest {

  /**
   * ln(e^z E_s(z)) from mpmath 1.3.0 {@code log(exp(z) * expint(s, z))} at 30 digits, across both
   * methods (z &lt;= 1 and z &gt; 1), integer and near-integer orders, and large arguments.
   */
  @ParameterizedTest(name = "s = {0}, z = {1}")
  @CsvSource({
    "0.05, 1e-06, 13.1557027890730171",
    "0.05, 0.1358, 1.90867450487776492",
    "0.05, 1.0, -0.0295981006617065649",
    "0.05, 1.0000001, -0.0295981986657495861",
    "0.05, 3.0, -1.11165802382555936",
    "0.05, 700.0, -6.55115165932790861",
    "0.6061, 1e-06, 6.24947801025294402",
    "0.6061, 0.1358, 1.0530933289708814",
    "0.6061, 1.0, -0.331027223972380422",
    "0.6061, 1.0000001, -0.331027302602146849",
    "0.6061, 3.0, -1.24926356704735877",
    "0.6061, 700.0, -6.5519445862548411",
    "0.999999999, 1e-06, 2.5831148399232292",
    "0.999999999, 0.1358, 0.574494611986644127",
    "0.999999999, 1.0, -0.516931958556054911",
    "0.999999999, 1.0000001, -0.516932026243555084",
    "0.999999999, 3.0, -1.33909120677266489",
    "0.999999999, 700.0, -6.55250585780630289",
    "1.0, 1e-06, 2.58311483324195465",
    "1.0, 0.1358, 0.574494610892794224",
    "1.0, 1.0, -0.516931959002045611",
    "1.0, 1.0000001, -0.516932026689545759",
    "1.0, 3.0, -1.33909120699329722",
    "1.0, 700.0, -6.5525058578077274",
    "1.000000001, 1e-06, 2.58311482656067937",
    "1.000000001, 0.1358, 0.574494609798944199",
    "1.000000001, 1.0, -0.51693195944803636",
    "1.000000001, 1.0000001, -0.516932027135536483",
    "1.000000001, 3.0, -1.33909120721392957",
    "1.000000001, 700.0, -6.55250585780915191",
    "1.5, 1e-06, 0.691375155829065044",
    "1.5, 0.1358, 0.0942277405393470629",
    "1.5, 1.0, -0.725142231348674028",
    "1.5, 1.0000001, -0.725142287851151104",
    "1.5, 3.0, -1.44504210640025072",
    "1.5, 700.0, -6.55321786002593222",
    "2.0, 1e-06, -0.0000132383967585526897",
    "2.0, 0.1358, -0.276033367663662392",
    "2.0, 1.0, -0.907200578598345471",
    "2.0, 1.0000001, -0.907200626336103341",
    "2.0, 3.0, -1.54295388236733301",
    "2.0, 700.0, -6.55392935708972032",
    "3.7, 1e-06, -0.993252361244910403",
    "3.7, 0.1358, -1.06552036645302283",
    "3.7, 1.0, -1.38502738661494345",
    "3.7, 1.0000001, -1.38502741610847399",
    "3.7, 3.0, -1.82730662794365759",
    "3.7, 700.0, -6.55634467815633969",
    "50.0, 1e-06, -3.89182031894395972",
    "50.0, 0.1358, -3.89464530091690352",
    "50.0, 1.0, -3.91243073923529905",
    "50.0, 1.0000001, -3.91243074127438376",
    "50.0, 3.0, -3.95237165813534233",
    "50.0, 700.0, -6.61998453416172949",
  })
  void matchesHighPrecisionValues(double s, double z, double expected) {
    assertEquals(expected, ExponentialIntegral.logScaled(s, z), 2e-14 * Math.max(1, Math.abs(expected)));
  }

  @Test
  void decreasesInTheArgument() {
    for (double s : new double[] {0.3, 1, 2.5}) {
      double previous = Double.POSITIVE_INFINITY;
      for (double z = 1e-4; z < 1e4; z *= 1.07) {
        double value = ExponentialIntegral.logScaled(s, z);
        assertTrue(value < previous, () -> "s " + s);
        previous = value;
      }
    }
  }

  @Test
  void rejectsNonPositiveArguments() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExponentialIntegral.logScaled(0, 1));
    assertEquals("s must be positive and finite: 0.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ExponentialIntegral.logScaled(1, 0));
    assertEquals("z must be positive and finite: 0.0", e.getMessage());
  }
}
