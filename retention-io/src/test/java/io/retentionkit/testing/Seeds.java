package io.retentionkit.testing;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeds for property tests, the same scheme as retention-core's test helper of this name (test classes are
 * not shared between modules): {@link #of} seeds from a fixed master seed, so runs are reproducible; the
 * seed is in every parameterised test's display name, and a failing seed is replayed by pinning it.
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
