package io.retentionkit.testing;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeds for property tests. Each property runs over {@link #of} seeds derived from a fixed master seed, so
 * runs are reproducible; the seed is part of every parameterised test's display name, and a failing seed
 * is replayed by pinning it in a plain test.
 *
 * <p>Set the system property {@code retentionkit.seeds} to run more seeds (for example in a nightly job).
 */
public final class Seeds {
  private static final long MASTER_SEED = 0x5EED_2026_11_22L;

  private Seeds() {}

  /**
   * Returns the seeds for one property: {@code retentionkit.seeds} of them, 25 by default.
   *
   * @return the seeds, as a stream for {@code @MethodSource}
   */
  public static Stream<Long> of() {
    int count = Integer.getInteger("retentionkit.seeds", 25);
    SplittableRandom master = new SplittableRandom(MASTER_SEED);
    return LongStream.generate(master::nextLong).limit(count).boxed();
  }
}
