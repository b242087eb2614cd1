package io.retentionkit.benchmarks.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The streams baseline of benchmark (b) computes what the library computes, on a small synthetic log. */
final class CustomerSummariesBaselinesTest {

  @Test
  void streamsAndTheLibraryReportTheSameSummaries() {
    SyntheticShop shop = new SyntheticShop();
    shop.customers = 3_000;
    shop.setUp();

    List<SummaryRow> library = SummaryRow.of(CustomerSummariesBenchmark.summarizer(shop).summarize(shop.log));
    assertTrue(library.size() > 1_000, () -> library.size() + " customers");
    assertEquals(library, StreamsSummaries.rows(shop.orders, shop.policy,
        CustomerSummariesBenchmark.CALIBRATION_END, CustomerSummariesBenchmark.OBSERVATION_END));
  }
}
