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
