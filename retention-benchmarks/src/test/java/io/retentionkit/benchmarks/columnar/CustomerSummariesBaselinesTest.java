package io.retentionkit.benchmarks.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baselines of benchmark (b) compute what the library computes, on a small synthetic log. */
final class CustomerSummariesBaselinesTest {

  @Test
  void duckDbStreamsAndTheLibraryReportTheSameSummaries() throws Exception {
    SyntheticShop shop = new SyntheticShop();
    shop.customers = 3_000;
    shop.setUp();

    List<SummaryRow> library = SummaryRow.of(CustomerSummariesBenchmark.summarizer(shop).summarize(shop.log));
    assertTrue(library.size() > 1_000, () -> library.size() + " customers");
    assertEquals(library, StreamsSummaries.rows(shop.orders, shop.policy,
        CustomerSummariesBenchmark.CALIBRATION_END, CustomerSummariesBenchmark.OBSERVATION_END));
    try (DuckDbCohorts database = DuckDbCohorts.load(shop.log)) {
      List<SummaryRow> duckDb = new ArrayList<>(new DuckDbSummaries(database, shop.log,
          CustomerSummariesBenchmark.CALIBRATION_END, CustomerSummariesBenchmark.OBSERVATION_END).rows());
      duckDb.sort(Comparator.comparing(SummaryRow::customerId));
      assertEquals(library, duckDb);
    }
  }
}
