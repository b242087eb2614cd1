package io.retentionkit.cohort;

import io.retentionkit.model.PeriodCalendar;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns customer histories into a {@link CohortTable}: groups them into rows and sorts the rows. */
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
      Iterable<CustomerHistory> histories, InputCounts input) {
    PeriodCalendar calendar = analysis.policy().calendar(analysis.granularity());
    Currency currency = analysis.policy().reportingCurrency();
    List<CohortRow> rows = List.of();
    if (asOf.isPresent()) {
      Timeline timeline = new Timeline(calendar, analysis.rollingDays(), asOf.get());
      ColumnLayout layout = analysis.layout();
      Map<RowKey, RowTally> tallies = new HashMap<>();
      for (CustomerHistory history : histories) {
        history.normalize();
        RowKey rowKey = new RowKey(timeline.cohortIndex(history.entryDay()), history.key());
        tallies.computeIfAbsent(rowKey, k -> new RowTally(k.cohortIndex(), k.key(), timeline, layout, currency))
            .add(history);
      }
      rows = tallies.values().stream().sorted(ROW_ORDER).map(tally -> tally.toRow(calendar)).toList();
    }
    return new CohortTable(calendar, analysis.rollingDays(), analysis.returns(),
        analysis.breakdown().map(CohortBreakdown::name), asOf, currency,
        analysis.policy().refundPolicy(), rows, input);
  }

  private record RowKey(long cohortIndex, Optional<String> key) {}
}
