package io.retentionkit.benchmarks.columnar;

import io.retentionkit.cohort.CohortCell;
import io.retentionkit.cohort.CohortRow;
import io.retentionkit.cohort.CohortTable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One cell of a monthly cohort table as every implementation of benchmark (a) reports it: the cohort
 * month, the months since, the customers active then and their revenue in minor units. Cells where no
 * customer was active are left out.
 *
 * @param cohort the month of the customers' first qualifying order
 * @param offset the months since the cohort month
 * @param activeCustomers the cohort's customers with a qualifying order in that month
 * @param revenueMinor their revenue in that month, net of refunds, in minor units
 */
public record MonthlyCell(YearMonth cohort, int offset, long activeCustomers, long revenueMinor) {

  /** Cohort month, then offset. */
  public static final Comparator<MonthlyCell> ORDER =
      Comparator.comparing(MonthlyCell::cohort).thenComparingInt(MonthlyCell::offset);

  /**
   * Returns the cells of a library table with at least one active customer, in {@link #ORDER}.
   *
   * @param table a monthly cohort table without breakdown, with columns per offset
   * @return the cells
   */
  public static List<MonthlyCell> of(CohortTable table) {
    List<MonthlyCell> cells = new ArrayList<>();
    for (CohortRow row : table.rows()) {
      YearMonth cohort = YearMonth.from(row.period().start());
      for (CohortCell cell : row.cells()) {
        if (cell.values().activeCustomers() > 0) {
          cells.add(new MonthlyCell(cohort, cell.column().index(), cell.values().activeCustomers(),
              cell.values().revenue().minorUnits()));
        }
      }
    }
    cells.sort(ORDER);
    return cells;
  }
}
