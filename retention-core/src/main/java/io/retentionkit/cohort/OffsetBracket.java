package io.retentionkit.cohort;

import static io.retentionkit.internal.Checks.requireArgument;

/**
 * A range of consecutive offsets {@code [first, last]}, both inclusive, that forms one column of a
 * {@linkplain ReturnCriterion#BRACKETS bracketed} cohort table. Offset 0 is the cohort's own period (or
 * first rolling window).
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param first the first offset in the bracket; not negative
 * @param last the last offset in the bracket; at least {@code first}
 * @since 0.1.0
 */
public record OffsetBracket(int first, int last) {

  /**
   * Creates an {@code OffsetBracket}, validating every component.
   *
   * @param first the first offset in the bracket; not negative
   * @param last the last offset in the bracket; at least {@code first}
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public OffsetBracket {
    requireArgument(first >= 0, "bracket start must not be negative: %d", first);
    requireArgument(last >= first, "bracket end must not precede its start: [%d, %d]", first, last);
  }

  /**
   * Returns the bracket {@code [first, last]}.
   *
   * @param first the first offset; not negative
   * @param last the last offset; at least {@code first}
   * @return the bracket
   * @throws IllegalArgumentException if the range is invalid
   */
  public static OffsetBracket of(int first, int last) {
    return new OffsetBracket(first, last);
  }

  /**
   * Returns the bracket holding the single offset {@code offset}.
   *
   * @param offset the offset; not negative
   * @return the bracket {@code [offset, offset]}
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public static OffsetBracket single(int offset) {
    return new OffsetBracket(offset, offset);
  }

  /**
   * Returns whether {@code offset} lies in the bracket.
   *
   * @param offset an offset
   * @return {@code true} if {@code first <= offset <= last}
   */
  public boolean contains(int offset) {
    return first <= offset && offset <= last;
  }
}
