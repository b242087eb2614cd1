package io.retentionkit.internal;

import java.util.Arrays;

/**
 * Where {@link Bfgs} stopped: the point, the value and gradient there, how much work it took and why it
 * stopped.
 *
 * <p>Not part of the API: this package is not exported. Arrays are owned by the instance and must not be
 * modified.
 */
public final class Minimum {
  private final double[] point;
  private final double value;
  private final double[] gradient;
  private final int iterations;
  private final int evaluations;
  private final boolean converged;
  private final String status;

  Minimum(double[] point, double value, double[] gradient, int iterations, int evaluations,
      boolean converged, String status) {
    this.point = point.clone();
    this.value = value;
    this.gradient = gradient.clone();
    this.iterations = iterations;
    this.evaluations = evaluations;
    this.converged = converged;
    this.status = status;
  }

  /**
   * Returns the best point found.
   *
   * @return a copy of the point
   */
  public double[] point() {
    return point.clone();
  }

  /**
   * Returns the function's value at {@link #point()}.
   *
   * @return the value
   */
  public double value() {
    return value;
  }

  /**
   * Returns the gradient at {@link #point()}.
   *
   * @return a copy of the gradient
   */
  public double[] gradient() {
    return gradient.clone();
  }

  /**
   * Returns the largest absolute component of the gradient at {@link #point()}.
   *
   * @return the infinity norm of the gradient
   */
  public double gradientNorm() {
    double norm = 0;
    for (double g : gradient) {
      norm = Math.max(norm, Math.abs(g));
    }
    return norm;
  }

  /**
   * Returns the number of quasi-Newton iterations taken.
   *
   * @return the iterations
   */
  public int iterations() {
    return iterations;
  }

  /**
   * Returns the number of function evaluations, line searches included.
   *
   * @return the evaluations
   */
  public int evaluations() {
    return evaluations;
  }

  /**
   * Returns whether a convergence criterion was met.
   *
   * @return {@code true} if the gradient became small enough
   */
  public boolean converged() {
    return converged;
  }

  /**
   * Returns why the search stopped, in words.
   *
   * @return the reason
   */
  public String status() {
    return status;
  }

  @Override
  public String toString() {
    return "Minimum[point=" + Arrays.toString(point) + ", value=" + value + ", gradientNorm=" + gradientNorm()
        + ", iterations=" + iterations + ", evaluations=" + evaluations + ", " + status + "]";
  }
}
