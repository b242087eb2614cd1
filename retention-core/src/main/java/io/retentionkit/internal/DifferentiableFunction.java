package io.retentionkit.internal;

/**
 * A smooth function of several variables that returns its gradient along with its value, for
 * {@link Bfgs}.
 *
 * <p>Not part of the API: this package is not exported.
 */
@FunctionalInterface
public interface DifferentiableFunction {

  /**
   * Returns the function's value at {@code point} and writes its gradient into {@code gradient}.
   * Outside the function's domain the value may be infinite or NaN, or the evaluation may throw
   * {@link ArithmeticException} (a special function that cannot be computed there); {@link Bfgs} treats
   * all of these as infeasible points and ignores the gradient.
   *
   * @param point where to evaluate; not modified
   * @param gradient receives the partial derivatives; same length as {@code point}
   * @return the value
   * @throws ArithmeticException if the value cannot be computed at {@code point}
   */
  double value(double[] point, double[] gradient);
}
