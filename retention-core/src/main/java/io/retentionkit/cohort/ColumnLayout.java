package io.retentionkit.cohort;

import java.util.List;
import java.util.OptionalInt;

/**
 * Which offsets each column of a cohort table spans, as the return criterion, the brackets and the column
 * cap describe: the one place that maps offsets to columns.
 */
final class ColumnLayout {
  private final ReturnCriterion criterion;
  private final List<OffsetBracket> brackets;
  /** The largest offset with a column under ON and ON_OR_AFTER. */
  private final int maxOffset;

  ColumnLayout(ReturnCriterion criterion, List<OffsetBracket> brackets, OptionalInt maxOffset) {
    this.criterion = criterion;
    this.brackets = brackets;
    this.maxOffset = maxOffset.orElse(Integer.MAX_VALUE);
  }

  /**
   * Returns how many columns have begun for a cohort whose offsets 0 to {@code lastOffset} have begun.
   */
  int columnsStarted(int lastOffset) {
    if (criterion != ReturnCriterion.BRACKETS) {
      return Math.min(lastOffset, maxOffset) + 1;
    }
    int started = 0;
    while (started < brackets.size() && brackets.get(started).first() <= lastOffset) {
      started++;
    }
    return started;
  }

  /** Returns column {@code index}. */
  CohortColumn column(int index) {
    return switch (criterion) {
      case ON -> new CohortColumn(index, index, OptionalInt.of(index));
      case ON_OR_AFTER -> new CohortColumn(index, index, OptionalInt.empty());
      case BRACKETS -> new CohortColumn(index, brackets.get(index).first(), OptionalInt.of(brackets.get(index).last()));
    };
  }

  /**
   * Returns the column whose span holds {@code offset}, or -1 if none does. Only for disjoint spans (see
   * {@link #isOpenEnded()}).
   */
  int columnOf(int offset) {
    if (criterion != ReturnCriterion.BRACKETS) {
      return offset <= maxOffset ? offset : -1;
    }
    for (int i = 0; i < brackets.size() && brackets.get(i).first() <= offset; i++) {
      if (brackets.get(i).contains(offset)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the offset whose period must be over for column {@code index} to be complete. */
  int lastOffsetToObserve(int index) {
    return criterion == ReturnCriterion.BRACKETS ? brackets.get(index).last() : index;
  }

  /**
   * Returns whether the columns are open-ended, {@code [k, ∞)} (ON_OR_AFTER): then an offset lies in every
   * column up to its own, and the spans of columns 0 to {@code j} together are column 0's span. Otherwise
   * the spans are disjoint.
   */
  boolean isOpenEnded() {
    return criterion == ReturnCriterion.ON_OR_AFTER;
  }
}
