package io.retentionkit.report.svg;

import java.util.Locale;

/**
 * A linear map from data values to drawing coordinates: {@code domainMin} goes to {@code rangeMin} and
 * {@code domainMax} to {@code rangeMax}. The range may run backwards, as a y axis does in SVG.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param domainMin the data value at the start of the range
 * @param domainMax the data value at the end of the range; above {@code domainMin}
 * @param rangeMin the coordinate of {@code domainMin}
 * @param rangeMax the coordinate of {@code domainMax}
 */
public record LinearScale(double domainMin, double domainMax, double rangeMin, double rangeMax) {

  /**
   * Creates a scale, validating every component.
   *
   * @param domainMin the data value at the start of the range
   * @param domainMax the data value at the end of the range; above {@code domainMin}
   * @param rangeMin the coordinate of {@code domainMin}
   * @param rangeMax the coordinate of {@code domainMax}
   * @throws IllegalArgumentException if a component is not finite or the domain is empty
   */
  public LinearScale {
    if (!(Double.isFinite(domainMin) && Double.isFinite(domainMax) && Double.isFinite(rangeMin)
        && Double.isFinite(rangeMax) && domainMax > domainMin)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "scale must be finite with domainMax > domainMin: [%s, %s] -> [%s, %s]",
          domainMin, domainMax, rangeMin, rangeMax));
    }
  }

  /**
   * Returns the coordinate of a data value; values outside the domain extrapolate.
   *
   * @param value the data value
   * @return its coordinate
   */
  public double map(double value) {
    return rangeMin + (value - domainMin) / (domainMax - domainMin) * (rangeMax - rangeMin);
  }
}
