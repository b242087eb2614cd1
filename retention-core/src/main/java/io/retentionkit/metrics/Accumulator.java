package io.retentionkit.metrics;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * The shape every aggregation in this library shares: {@link #accept} one item, {@link #combine} with
 * another accumulator's partial state, and take an immutable {@link #result}. Batch, parallel-stream,
 * incremental (a plugin fed one order at a time) and distributed runs are the same code, scheduled
 * differently, and give identical results.
 *
 * <p>Accumulators are mutable and not thread-safe; {@code accept} and {@code combine} are exactly the
 * accumulator and combiner of a {@link java.util.stream.Collector} (see {@link #collector}), which is
 * how parallel streams use them safely.
 *
 * @param <T> the type of the items accumulated (usually {@link io.retentionkit.model.Order})
 * @param <A> the accumulator's own type
 * @param <R> the type of the result
 * @since 0.1.0
 */
public interface Accumulator<T, A extends Accumulator<T, A, R>, R> extends Consumer<T> {

  /**
   * Adds one item.
   *
   * @param item the item
   * @throws NullPointerException if {@code item} is null
   * @throws IllegalArgumentException if the item cannot be accumulated under this accumulator's policy
   *     (for example an amount in a currency it cannot convert)
   */
  @Override
  void accept(T item);

  /**
   * Adds everything {@code other} has accumulated to this accumulator. {@code other} must not be used
   * afterwards. Combining is associative, an empty accumulator is its identity, and the result never
   * depends on how the input was split.
   *
   * @param other an accumulator built with the same configuration
   * @return this accumulator
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} was built with a different configuration
   */
  A combine(A other);

  /**
   * Returns an immutable snapshot of what has been accumulated so far. The accumulator stays usable.
   *
   * @return the result
   */
  R result();

  /**
   * Returns a collector that accumulates into fresh accumulators from {@code factory} and finishes with
   * {@link #result()}; safe for parallel streams.
   *
   * @param factory supplies empty accumulators, all with the same configuration
   * @param <T> the type of the items
   * @param <A> the accumulator type
   * @param <R> the result type
   * @return the collector
   * @throws NullPointerException if {@code factory} is null
   */
  static <T, A extends Accumulator<T, A, R>, R> Collector<T, A, R> collector(Supplier<A> factory) {
    requireNonNull(factory, "factory");
    return Collector.of(factory, Accumulator::accept, Accumulator::combine, Accumulator::result);
  }
}
