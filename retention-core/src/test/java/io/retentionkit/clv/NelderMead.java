package io.retentionkit.clv;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * A plain Nelder-Mead minimiser for the Pareto/NBD tests: slow but independent of any gradient, so
 * the fitted optimum checks the likelihood alone.
 */
final class NelderMead {
  private NelderMead() {}

  static double[] minimise(ToDoubleFunction<double[]> f, double[] start, double step, int maxEvaluations) {
    int n = start.length;
    double[][] simplex = new double[n + 1][];
    double[] values = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      simplex[i] = start.clone();
      if (i > 0) {
        simplex[i][i - 1] += step;
      }
      values[i] = f.applyAsDouble(simplex[i]);
    }
    int evaluations = n + 1;
    Integer[] order = new Integer[n + 1];
    while (evaluations < maxEvaluations) {
      for (int i = 0; i <= n; i++) {
        order[i] = i;
      }
      double[] v = values;
      Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
      double[][] sorted = new double[n + 1][];
      double[] sortedValues = new double[n + 1];
      for (int i = 0; i <= n; i++) {
        sorted[i] = simplex[order[i]];
        sortedValues[i] = values[order[i]];
      }
      simplex = sorted;
      values = sortedValues;
      if (Math.abs(values[n] - values[0]) <= 1e-12 * (1 + Math.abs(values[0]))) {
        break;
      }
      double[] centroid = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          centroid[j] += simplex[i][j] / n;
        }
      }
      double[] reflected = along(centroid, simplex[n], -1);
      double fr = f.applyAsDouble(reflected);
      evaluations++;
      if (fr < values[0]) {
        double[] expanded = along(centroid, simplex[n], -2);
        double fe = f.applyAsDouble(expanded);
        evaluations++;
        simplex[n] = fe < fr ? expanded : reflected;
        values[n] = Math.min(fe, fr);
      } else if (fr < values[n - 1]) {
        simplex[n] = reflected;
        values[n] = fr;
      } else {
        double[] contracted = along(centroid, simplex[n], 0.5);
        double fc = f.applyAsDouble(contracted);
        evaluations++;
        if (fc < values[n]) {
          simplex[n] = contracted;
          values[n] = fc;
        } else {
          for (int i = 1; i <= n; i++) {
            simplex[i] = along(simplex[0], simplex[i], 0.5);
            values[i] = f.applyAsDouble(simplex[i]);
            evaluations++;
          }
        }
      }
    }
    return simplex[0];
  }

  /** centroid + t (point - centroid). */
  private static double[] along(double[] centroid, double[] point, double t) {
    double[] result = new double[centroid.length];
    for (int i = 0; i < result.length; i++) {
      result[i] = centroid[i] + t * (point[i] - centroid[i]);
    }
    return result;
  }
}
