package io.retentionkit.cohort;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * One column of a cohort table: its position and the span of offsets it covers. Offset {@code k} is the
 * {@code k}-th period (or rolling window) after the cohort's own, which is offset 0.
 *
 * <p>Under {@link ReturnCriterion#ON} column {@code k} spans {@code [k, k]}; under
 * {@link ReturnCriterion#ON_OR_AFTER} it spans {@code [k, ∞)}, which {@link #lastOffset()} shows as
 * empty; under {@link ReturnCriterion#BRACKETS} it spans its bracket.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param index the column's position, from 0
 * @param firstOffset the first offset the column covers
 * @param lastOffset the last offset it covers, or empty if it is open-ended
 * @since 0.1.0
 */
public record CohortColumn(int index, int firstOffset, OptionalInt lastOffset) {

  /**
   * Creates a {@code CohortColumn}, validating every component.
   *
   * @param index the column's position, from 0
   * @param firstOffset the first offset the column covers; not negative
   * @param lastOffset the last offset it covers, at least {@code firstOffset}, or empty if open-ended
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public CohortColumn {
    requireNonNull(lastOffset, "lastOffset");
    requireArgument(index >= 0, "column index must not be negative: %d", index);
    requireArgument(firstOffset >= 0, "column's first offset must not be negative: %d", firstOffset);
    lastOffset.ifPresent(last -> requireArgument(last >= firstOffset,
        "column's last offset must not precede its first: [%d, %d]", firstOffset, last));
  }

  /**
   * Returns whether {@code offset} lies in the column's span.
   *
   * @param offset an offset
   * @return {@code true} if {@code firstOffset <= offset <= lastOffset} (no upper bound if open-ended)
   */
  public boolean contains(int offset) {
    return offset >= firstOffset && (lastOffset.isEmpty() || offset <= lastOffset.getAsInt());
  }

  /**
   * Returns a short header for the column: {@code "3"} for one offset, {@code "4-6"} for a bracket,
   * {@code "3+"} for an open-ended span.
   *
   * @return the header
   */
  public String label() {
    if (lastOffset.isEmpty()) {
      return firstOffset + "+";
    }
    int last = lastOffset.getAsInt();
    return last == firstOffset ? Integer.toString(firstOffset) : firstOffset + "-" + last;
  }
}
