package io.retentionkit.benchmarks.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.cohort.CohortAnalysis;
import io.retentionkit.columnar.OrderLog;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baselines of benchmark (a) compute what the library computes, on a small synthetic log. */
final class CohortTableBaselinesTest {

  @Test
  void duckDbStreamsAndTheLibraryReportTheSameCells() throws Exception {
    List<Order> orders = SyntheticShop.generate(3_000);
    AnalysisPolicy policy = new SyntheticShop().policy;
    OrderLog log = OrderLog.from(orders, policy);

    List<MonthlyCell> library = MonthlyCell.of(CohortAnalysis.newBuilder(policy).build().analyze(log));
    assertTrue(library.size() > 300, () -> library.size() + " cells");
    assertEquals(library, StreamsCohorts.cells(orders, policy));
    try (DuckDbCohorts duckDb = DuckDbCohorts.load(log)) {
      assertEquals(library, duckDb.cells());
    }
  }
}
