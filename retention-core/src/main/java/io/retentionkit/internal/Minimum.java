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
  /** Why the search stopped. */
  public enum Stop {
    /** The gradient of the free coordinates met the tolerance (or nearly did, at machine precision). */
    CONVERGED,
    /** The line search found no decrease while the gradient was still large. */
    STALLED,
    /** The iteration limit was reached. */
    ITERATION_LIMIT,
    /** The objective could not be evaluated at the starting point. */
    INFEASIBLE_START
  }

  private final double[] point;
  private final double value;
  private final double[] gradient;
  private final boolean[] atBound;
  private final double gradientNorm;
  private final int iterations;
  private final int evaluations;
  private final Stop stop;
  private final String status;

  Minimum(double[] point, double value, double[] gradient, boolean[] atBound, double gradientNorm, int iterations,
      int evaluations, Stop stop, String status) {
    this.point = point.clone();
    this.value = value;
    this.gradient = gradient.clone();
    this.atBound = atBound.clone();
    this.gradientNorm = gradientNorm;
    this.iterations = iterations;
    this.evaluations = evaluations;
    this.stop = stop;
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
   * Returns the function's value at {@link #point()}: infinite if the start could not be evaluated.
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
   * Returns, for each coordinate, whether it lies on a bound of the box at {@link #point()}.
   *
   * @return a copy of the flags
   */
  public boolean[] atBound() {
    return atBound.clone();
  }

  /**
   * Returns the largest absolute component of the gradient at {@link #point()} over the coordinates that
   * are free to move: a coordinate on a bound whose gradient pushes it outwards is held there and left out.
   *
   * @return the infinity norm of the projected gradient
   */
  public double gradientNorm() {
    return gradientNorm;
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
   * Returns why the search stopped.
   *
   * @return the reason
   */
  public Stop stop() {
    return stop;
  }

  /**
   * Returns whether a convergence criterion was met.
   *
   * @return {@code true} if the projected gradient became small enough
   */
  public boolean converged() {
    return stop == Stop.CONVERGED;
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
        + ", atBound=" + Arrays.toString(atBound) + ", iterations=" + iterations + ", evaluations=" + evaluations
        + ", " + stop + ": " + status + "]";
  }
}
