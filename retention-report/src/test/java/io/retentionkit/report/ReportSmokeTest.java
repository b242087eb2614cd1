package io.retentionkit.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReportSmokeTest {
  @Test
  void writesAReport() throws Exception {
    var orders = SampleShop.orders(42, 3000, false);
    ReportData data = ReportAnalysis.newBuilder(SampleShop.policy()).build()
        .analyze(orders, List.of(new InputSource("orders.csv", "generic", orders.size(), orders.size(), 0)));
    Path out = Path.of("target/smoke.html");
    HtmlReport.newBuilder().build().write(data, out);
    assertTrue(Files.size(out) > 1000);
  }
}
