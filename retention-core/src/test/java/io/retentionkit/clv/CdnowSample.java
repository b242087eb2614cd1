package io.retentionkit.clv;

import io.retentionkit.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CDNOW sample's calibration summaries (x, t_x, T in weeks) from {@code cdnowSummary_cbs.csv}, folded
 * into distinct rows with weights, for the Pareto/NBD tests until the library's own summaries are used.
 */
final class CdnowSample {
  final int[] x;
  final double[] tx;
  final double[] age;
  final double[] weight;
  final int customers;

  private CdnowSample(int[] x, double[] tx, double[] age, double[] weight, int customers) {
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.weight = weight;
    this.customers = customers;
  }

  static CdnowSample load() {
    List<String> lines;
    try {
      lines = Files.readAllLines(SharedData.file("cdnowSummary_cbs.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<List<Double>, Integer> counts = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",");
      List<Double> key = List.of(Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
          Double.parseDouble(fields[3]));
      counts.merge(key, 1, Integer::sum);
    }
    int n = counts.size();
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] weight = new double[n];
    int i = 0;
    for (Map.Entry<List<Double>, Integer> row : counts.entrySet()) {
      x[i] = row.getKey().get(0).intValue();
      tx[i] = row.getKey().get(1);
      age[i] = row.getKey().get(2);
      weight[i] = row.getValue();
      i++;
    }
    return new CdnowSample(x, tx, age, weight, lines.size() - 1);
  }

  double logLikelihood(ParetoNbdParameters p) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += weight[i] * p.logLikelihood(x[i], tx[i], age[i]);
    }
    return sum;
  }
}
