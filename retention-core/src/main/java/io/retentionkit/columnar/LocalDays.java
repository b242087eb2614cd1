package io.retentionkit.columnar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The shop-local epoch day of instants in one zone, exactly as {@code AnalysisPolicy.localDate} computes
 * it ({@code floorDiv(epochSecond + offset, 86 400)} with the zone's offset at the instant, which is how
 * {@link java.time.LocalDate#ofInstant} is defined), but remembering the span between two transitions of
 * the zone in which the last instant fell: within it the offset cannot change, and orders, which arrive
 * roughly in time order, mostly fall in the same span. Finding the offset anew costs a search of the
 * zone's rules; this costs two comparisons.
 *
 * <p>Mutable and not thread-safe: one per thread.
 */
final class LocalDays {
  private static final int SECONDS_PER_DAY = 86_400;

  private final ZoneRules rules;
  /** The span {@code [spanStart, spanEnd)} of epoch seconds with offset {@code offsetSeconds}; empty at first. */
  private long spanStart = 1;
  private long spanEnd;
  private int offsetSeconds;

  LocalDays(ZoneId zone) {
    this.rules = zone.getRules();
  }

  /** Returns the epoch day of {@code instant}'s local date. */
  long epochDay(Instant instant) {
    return epochDay(instant.getEpochSecond());
  }

  /**
   * Returns the epoch day of the local date of the instant {@code second} (the nanoseconds do not matter:
   * transitions fall on whole seconds), which must lie within {@link Instant}'s range.
   */
  long epochDay(long second) {
    if (second < spanStart || second >= spanEnd) {
      enterSpanOf(Instant.ofEpochSecond(second));
    }
    return Math.floorDiv(second + offsetSeconds, SECONDS_PER_DAY);
  }

  private void enterSpanOf(Instant instant) {
    offsetSeconds = rules.getOffset(instant).getTotalSeconds();
    // Transitions fall on whole seconds, so the span is one of seconds. The previous transition is the last
    // one strictly before the instant; one exactly at the instant is then missed, which shows as another
    // offset at the span's start, and the span starts at the instant instead.
    ZoneOffsetTransition previous = rules.previousTransition(instant);
    ZoneOffsetTransition next = rules.nextTransition(instant);
    spanStart = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
    if (previous != null && previous.getOffsetAfter().getTotalSeconds() != offsetSeconds) {
      spanStart = instant.getEpochSecond();
    }
    spanEnd = next == null ? Long.MAX_VALUE : next.toEpochSecond();
  }
}
