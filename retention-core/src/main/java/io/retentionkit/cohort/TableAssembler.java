package io.retentionkit.cohort;

import io.retentionkit.model.PeriodCalendar;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns row tallies into a {@link CohortTable}: sorts the rows and wraps them with the analysis' settings.
 * Both the object path (customer histories, grouped here) and the columnar path ({@link LogCohorts})
 * feed the same {@link RowTally} and end here, so a table has one definition however it was computed.
 */
final class TableAssembler {
  /** Rows in period order; within a period the row without a key first, then by key. */
  private static final Comparator<RowTally> ROW_ORDER = Comparator.comparingLong(RowTally::cohortIndex)
      .thenComparing(RowTally::key, Comparator.comparing(
          (Optional<String> key) -> key.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder())));

  private TableAssembler() {}

  /**
   * Returns the table of {@code histories}, which are normalized on the way.
   *
   * @param asOf the as-of instant; empty only if there are no histories
   */
  static CohortTable assemble(CohortAnalysis analysis, Optional<Instant> asOf,
      Collection<CustomerHistory> histories, InputCounts input) {
    Collection<RowTally> tallies = List.of();
    if (asOf.isPresent()) {
      OptionalInt firstDay = histories.stream().mapToInt(CustomerHistory::entryDay).min();
      Timeline timeline = timeline(analysis, asOf.get(), firstDay);
      Map<RowKey, RowTally> byRow = new HashMap<>();
      for (CustomerHistory history : histories) {
        history.ledger().normalize();
        RowKey rowKey = new RowKey(timeline.cohortIndex(history.entryDay()), history.key());
        byRow.computeIfAbsent(rowKey, k -> newTally(analysis, timeline, k.cohortIndex(), k.key()))
            .add(history.entryDay(), history.ledger());
      }
      tallies = byRow.values();
    }
    return table(analysis, asOf, tallies, input);
  }

  /** Returns the timeline of {@code analysis} as of {@code asOf}; {@code firstDay} only sizes its table. */
  static Timeline timeline(CohortAnalysis analysis, Instant asOf, OptionalInt firstDay) {
    return new Timeline(analysis.policy().calendar(analysis.granularity()), analysis.rollingDays(), asOf, firstDay);
  }

  /** Returns an empty tally of one row of {@code analysis}. */
  static RowTally newTally(CohortAnalysis analysis, Timeline timeline, long cohortIndex, Optional<String> key) {
    return new RowTally(cohortIndex, key, timeline, analysis.layout(), analysis.policy().reportingCurrency());
  }

  /**
   * Returns the table of the rows {@code tallies} hold, one tally per row.
   *
   * @param asOf the as-of instant; empty only if there are no rows
   */
  static CohortTable table(CohortAnalysis analysis, Optional<Instant> asOf, Collection<RowTally> tallies,
      InputCounts input) {
    PeriodCalendar calendar = analysis.policy().calendar(analysis.granularity());
    List<CohortRow> rows = tallies.stream().sorted(ROW_ORDER).map(tally -> tally.toRow(calendar)).toList();
    return new CohortTable(calendar, analysis.rollingDays(), analysis.returns(),
        analysis.breakdown().map(CohortBreakdown::name), asOf, analysis.policy().reportingCurrency(),
        analysis.policy().refundPolicy(), rows, input);
  }

  private record RowKey(long cohortIndex, Optional<String> key) {}
}
