package io.retentionkit.cohort;

import static java.util.Objects.requireNonNull;

import io.retentionkit.model.Money;
import io.retentionkit.model.PeriodCalendar;
import io.retentionkit.model.PeriodUnit;
import io.retentionkit.model.RefundPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * The result of a {@link CohortAnalysis}: acquisition cohorts as rows, offsets (or brackets of offsets)
 * as columns, and an average row weighted by the cohorts that fully observed each column.
 *
 * <p>Rows are in period order; within a period, the row without a breakdown key comes first, then the
 * rows by key. Each row has a cell for every column that had begun by the as-of instant, so the table is
 * a triangle when cohorts are recent. {@link #columns()} lists every column at least one row has.
 *
 * <p>Everything a renderer needs is here: the period unit, zone and week start ({@link #calendar()}), the
 * as-of instant, the reporting currency that every revenue is in, the refund policy that
 * booked the revenue, and what became of the input ({@link #input()}).
 *
 * <p>This is a value-based, immutable and thread-safe class; two tables are equal when every setting,
 * cell and count is, so a parallel, sequential and incremental run can be compared with {@code equals}.
 *
 * @since 0.1.0
 */
public final class CohortTable {
  private final PeriodCalendar calendar;
  private final OptionalInt rollingDays;
  private final ReturnCriterion returns;
  private final Optional<String> breakdown;
  private final Optional<Instant> asOf;
  private final Currency currency;
  private final RefundPolicy refundPolicy;
  private final List<CohortRow> rows;
  private final List<CohortColumn> columns;
  private final List<AverageCell> average;
  private final InputCounts input;

  CohortTable(PeriodCalendar calendar, OptionalInt rollingDays, ReturnCriterion returns,
      Optional<String> breakdown, Optional<Instant> asOf, Currency currency, RefundPolicy refundPolicy,
      List<CohortRow> rows, InputCounts input) {
    this.calendar = requireNonNull(calendar, "calendar");
    this.rollingDays = requireNonNull(rollingDays, "rollingDays");
    this.returns = requireNonNull(returns, "returns");
    this.breakdown = requireNonNull(breakdown, "breakdown");
    this.asOf = requireNonNull(asOf, "asOf");
    this.currency = requireNonNull(currency, "currency");
    this.refundPolicy = requireNonNull(refundPolicy, "refundPolicy");
    this.rows = List.copyOf(rows);
    this.input = requireNonNull(input, "input");
    this.columns = longestRow(this.rows).stream().map(CohortCell::column).toList();
    this.average = averageOf(row -> true);
  }

  private static List<CohortCell> longestRow(List<CohortRow> rows) {
    List<CohortCell> longest = List.of();
    for (CohortRow row : rows) {
      if (row.cells().size() > longest.size()) {
        longest = row.cells();
      }
    }
    return longest;
  }

  /**
   * Returns the unit of the cohort periods.
   *
   * @return the granularity
   */
  public PeriodUnit granularity() {
    return calendar.unit();
  }

  /**
   * Returns the calendar the cohort periods were cut with: unit, time zone and first day of the week.
   *
   * @return the calendar
   */
  public PeriodCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the length of the rolling windows offsets count, if offsets are not calendar periods.
   *
   * @return the window length in days, or empty for calendar periods
   */
  public OptionalInt rollingDays() {
    return rollingDays;
  }

  /**
   * Returns the return criterion that decided the columns' spans.
   *
   * @return the criterion
   */
  public ReturnCriterion returns() {
    return returns;
  }

  /**
   * Returns the name of the breakdown that split the cohorts, if any.
   *
   * @return the breakdown's name, e.g. {@code "channel"}, or empty
   */
  public Optional<String> breakdown() {
    return breakdown;
  }

  /**
   * Returns the as-of instant: events before it were observed, and completeness is judged against it.
   *
   * @return the instant, explicit or derived from the data; empty only for a table of no orders without an
   *     explicit as-of instant
   */
  public Optional<Instant> asOf() {
    return asOf;
  }

  /**
   * Returns the reporting currency, which every revenue of the table is in.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the refund policy that decided how refunds entered revenue.
   *
   * @return the refund policy
   */
  public RefundPolicy refundPolicy() {
    return refundPolicy;
  }

  /**
   * Returns the columns that at least one row has, column 0 first.
   *
   * @return the columns; empty for a table without rows
   */
  public List<CohortColumn> columns() {
    return columns;
  }

  /**
   * Returns the cohorts.
   *
   * @return the rows in period order, then key order; unmodifiable
   */
  public List<CohortRow> rows() {
    return rows;
  }

  /**
   * Returns the average row: for each column, the sums over all cohorts whose cell in that column is
   * complete; see {@link AverageCell}.
   *
   * @return one cell per column of {@link #columns()}
   */
  public List<AverageCell> average() {
    return average;
  }

  /**
   * Returns the average row of the selected cohorts only, for example of one breakdown key:
   * {@code averageOf(row -> row.key().equals(Optional.of("web")))}.
   *
   * @param selection which rows to average
   * @return one cell per column of {@link #columns()}; a column that no selected cohort fully observed has
   *     {@code cohorts == 0} and undefined ratios
   * @throws NullPointerException if {@code selection} is null
   */
  public List<AverageCell> averageOf(Predicate<? super CohortRow> selection) {
    requireNonNull(selection, "selection");
    List<AverageCell> cells = new ArrayList<>(columns.size());
    for (CohortColumn column : columns) {
      int cohorts = 0;
      CohortValues values = new CohortValues(0, 0, 0, Money.zero(currency), Money.zero(currency));
      CohortValues cumulative = values;
      for (CohortRow row : rows) {
        if (row.cells().size() > column.index() && row.cells().get(column.index()).complete()
            && selection.test(row)) {
          CohortCell cell = row.cells().get(column.index());
          cohorts++;
          values = values.plus(cell.values());
          cumulative = cumulative.plus(cell.cumulative());
        }
      }
      cells.add(new AverageCell(column, cohorts, values, cumulative));
    }
    return List.copyOf(cells);
  }

  /**
   * Returns the number of customers in all cohorts.
   *
   * @return the sum of the cohort sizes
   */
  public long customers() {
    long sum = 0;
    for (CohortRow row : rows) {
      sum += row.size();
    }
    return sum;
  }

  /**
   * Returns what became of the input orders: counted, not qualifying, or after the as-of instant.
   *
   * @return the counts
   */
  public InputCounts input() {
    return input;
  }

  /**
   * Returns whether {@code other} is a table with equal settings, rows and counts.
   *
   * @param other the object to compare with
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CohortTable that
        && calendar.equals(that.calendar)
        && rollingDays.equals(that.rollingDays)
        && returns == that.returns
        && breakdown.equals(that.breakdown)
        && asOf.equals(that.asOf)
        && currency.equals(that.currency)
        && refundPolicy == that.refundPolicy
        && rows.equals(that.rows)
        && input.equals(that.input);
  }

  @Override
  public int hashCode() {
    return Objects.hash(calendar, rollingDays, returns, breakdown, asOf, currency, refundPolicy, rows, input);
  }

  /**
   * Returns a one-line summary (not the cells), for debugging.
   *
   * @return e.g. {@code "CohortTable[MONTH, 3 cohorts, 18 columns, asOf=1998-07-01T00:00:00Z, ...]"}
   */
  @Override
  public String toString() {
    return "CohortTable[" + calendar.unit()
        + (rollingDays.isPresent() ? ", rolling " + rollingDays.getAsInt() + " days" : "")
        + ", " + returns + breakdown.map(name -> " by " + name).orElse("")
        + ", " + rows.size() + " cohorts, " + columns.size() + " columns, asOf="
        + asOf.map(Instant::toString).orElse("none") + ", " + currency + " " + refundPolicy + ", " + input + "]";
  }
}
