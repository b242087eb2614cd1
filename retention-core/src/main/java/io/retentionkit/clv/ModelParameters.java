package io.retentionkit.clv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The estimated parameters of a model, by name, in the order the model's literature lists them (for
 * example {@code r, alpha, a, b} for BG/NBD). Every model's parameter record implements this interface so
 * that fitting, reporting and warm starts can treat all models alike.
 *
 * @since 0.1.0
 */
public interface ModelParameters {

  /**
   * Returns the parameters' names.
   *
   * @return the names, in order; unmodifiable
   */
  List<String> names();

  /**
   * Returns the parameters' values.
   *
   * @return a new array with the values, in the order of {@link #names()}
   */
  double[] values();

  /**
   * Returns the parameters as a map from name to value.
   *
   * @return an unmodifiable map that iterates in the order of {@link #names()}
   */
  default Map<String, Double> asMap() {
    List<String> names = names();
    double[] values = values();
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(names.get(i), values[i]);
    }
    return Collections.unmodifiableMap(map);
  }
}
