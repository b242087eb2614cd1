package io.retentionkit.clv;

import io.retentionkit.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** The donations data of Fader, Hardie &amp; Shang (2010): 11,104 donors, 6 calibration years, 5 holdout. */
final class Donations {
  private Donations() {}

  /** Returns the 22 recency/frequency cells of {@code donations.csv} as weighted rows. */
  static WeightedSummaries calibration() {
    List<String[]> rows = read("donations.csv");
    int n = rows.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] periods = new double[n];
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      String[] f = rows.get(i);
      x[i] = Integer.parseInt(f[0]);
      tx[i] = Double.parseDouble(f[1]);
      periods[i] = Double.parseDouble(f[2]);
      weights[i] = Double.parseDouble(f[3]);
    }
    return WeightedSummaries.of(x, tx, periods, weights);
  }

  /** Returns the cells of BTYD's {@code rf.matrix}: x, t.x, n.cal, custs, x.star (holdout total). */
  static List<String[]> recencyFrequencyMatrix() {
    return read("donationsSummary_rf_matrix.csv");
  }

  private static List<String[]> read(String file) {
    try {
      return Files.readAllLines(SharedData.file(file)).stream().skip(1).map(line -> line.split(",")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
