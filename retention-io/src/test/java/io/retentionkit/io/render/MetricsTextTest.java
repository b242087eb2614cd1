package io.retentionkit.io.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.metrics.MetricsAnalysis;
import io.retentionkit.metrics.MetricsSummary;
import io.retentionkit.model.Period;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class MetricsTextTest {

  @Test
  void showsEveryMetricWithItsValueAndWhatItIsBasedOn() {
    MetricsSummary summary = Results.demoMetrics();
    String text = MetricsText.render(summary, TextStyle.PLAIN);

    assertTrue(text.startsWith("Retention metrics for 2024-01-01 to 2024-12-31 (366 days, Europe/Amsterdam), "
        + "amounts in EUR\n\nmetric "), text);
    for (String metric : List.of("customer retention rate (E-N)/S", "strict retention", "churn rate",
        "repeat purchase rate", "returning customer rate", "purchase frequency", "average order value, gross",
        "average order value, net", "days between orders, mean", "days between orders, median",
        "second-purchase rate within 90 days", "revenue share of returning customers",
        "revenue share of new customers", "spend ratio", "Pareto share, top 20.0% of customers",
        "historical CLV, mean", "historical CLV, median", "simple CLV", "order 2 after order 1",
        "order 6 after order 5", "repeat rate, first order refunded", "repeat rate, first order in channel app")) {
      assertTrue(text.contains("\n" + metric), metric);
    }
    assertTrue(text.contains(String.format(Locale.ROOT, "%.1f%%  S = 1,160 active at the start, E = 1,875",
        summary.customerRetentionRate().value().getAsDouble() * 100)), text);
    assertTrue(text.contains("In the window: 4,380 orders by 1,875 customers"), text);
    assertFalse(text.contains("NaN"));
  }

  @Test
  void anUndefinedMetricReadsNotApplicableWithItsReason() {
    String text = MetricsText.render(Results.emptyMetrics(), TextStyle.PLAIN);

    assertTrue(text.matches("(?s).*\ncustomer retention rate \\(E-N\\)/S +n/a  undefined: no customers were "
        + "active at the start of the window\n.*"), text);
    assertFalse(text.matches("(?s).*\\s0\\.0%.*"), "nothing undefined reads as zero");
  }

  @Test
  void printsInputTextSafelyAndAsMarkdownOnRequest() {
    MetricsSummary summary = MetricsAnalysis.newBuilder(Results.UTC_EUR).build().analyze(
        List.of(Results.order("1", "ann", "2024-01-05T10:00:00Z", "20.00", "web\u001b[2J|x")),
        Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), ZoneOffset.UTC));

    String plain = MetricsText.render(summary, TextStyle.PLAIN);
    String markdown = MetricsText.render(summary, TextStyle.MARKDOWN);

    assertTrue(plain.contains("repeat rate, first order in channel web?[2J|x "), plain);
    assertTrue(markdown.contains("\n| metric "), markdown);
    assertTrue(markdown.contains("\n| ------"), markdown);
    assertTrue(markdown.contains("| repeat rate, first order in channel web?[2J\\|x "), markdown);
    assertEquals(-1, plain.indexOf('\u001b'));
  }
}
