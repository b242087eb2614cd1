package io.retentionkit.io.demo;

import java.util.SplittableRandom;

/**
 * The random draws of the demo shop, from one {@link SplittableRandom} and {@link StrictMath}: both are
 * specified bit for bit, so the demo is the same on every JVM, release and platform.
 */
final class Draws {
  private final SplittableRandom random;

  Draws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Returns a uniform draw from {@code [0, 1)}. */
  double uniform() {
    return random.nextDouble();
  }

  /** Returns a uniform integer from {@code [from, to]}. */
  int between(int from, int to) {
    return random.nextInt(from, to + 1);
  }

  /** Returns whether an event of probability {@code p} happens. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Returns a standard normal draw (Box–Muller). */
  double gaussian() {
    double u = 1.0 - random.nextDouble(); // in (0, 1], so the logarithm is finite
    double v = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  /** Returns an exponential draw with the given mean. */
  double exponential(double mean) {
    return -mean * StrictMath.log(1.0 - random.nextDouble());
  }

  /**
   * Returns a gamma draw with the given shape and mean, by Marsaglia and Tsang's method (2000, "A simple
   * method for generating gamma variables", ACM TOMS 26(3)); a shape below 1 is boosted to shape + 1 and
   * scaled by U^(1/shape).
   */
  double gamma(double shape, double mean) {
    double scale = mean / shape;
    if (shape < 1) {
      double u = 1.0 - random.nextDouble(); // in (0, 1], so the power is finite and positive
      return gamma(shape + 1, (shape + 1) * scale) * StrictMath.pow(u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / StrictMath.sqrt(9 * d);
    while (true) {
      double x = gaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x
          || (u > 0 && StrictMath.log(u) < 0.5 * x * x + d * (1 - v + StrictMath.log(v)))) {
        return d * v * scale;
      }
    }
  }

  /** Returns a beta(a, b) draw, as X / (X + Y) of two gamma draws with shapes a and b. */
  double beta(double a, double b) {
    double x = gamma(a, a);
    double y = gamma(b, b);
    return x / (x + y);
  }

  /** Returns a Poisson draw with the given (small) mean, by Knuth's multiplication method. */
  int poisson(double mean) {
    double limit = StrictMath.exp(-mean);
    int count = 0;
    for (double product = random.nextDouble(); product >= limit; product *= random.nextDouble()) {
      count++;
    }
    return count;
  }

  /** Returns index {@code i} with probability {@code weights[i] / sum(weights)}. */
  int pick(double... weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double target = random.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      target -= weights[i];
      if (target < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
