package io.retentionkit.io.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.CustomerSummarizer;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.FitOptions;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.TransactionModelFamily;
import io.retentionkit.clv.WeightedSummaries;
import io.retentionkit.cohort.CohortAnalysis;
import io.retentionkit.cohort.CohortBreakdown;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.io.demo.DemoShop;
import io.retentionkit.metrics.MetricsAnalysis;
import io.retentionkit.metrics.MetricsSummary;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.IdentityResolver;
import io.retentionkit.model.IdentityRule;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.Period;
import io.retentionkit.model.PeriodUnit;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Results to render in tests: a small hand-checked cohort table, metrics of the demo shop and of nothing,
 * and CLV models of the demo shop.
 */
final class Results {
  static final AnalysisPolicy UTC_EUR = AnalysisPolicy.of(ZoneOffset.UTC, Currency.getInstance("EUR"));
  static final Currency EUR = Currency.getInstance("EUR");
  static final Instant AS_OF = Instant.parse("2024-02-15T00:00:00Z");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Results() {}

  /**
   * Monthly cohorts as of 15 February 2024: January (ann, bob; ann again in February, so column 1 is
   * incomplete) and February (cem, incomplete).
   */
  static CohortTable smallTable(CohortBreakdown... breakdown) {
    CohortAnalysis.Builder analysis = CohortAnalysis.newBuilder(UTC_EUR).granularity(PeriodUnit.MONTH).asOf(AS_OF);
    for (CohortBreakdown by : breakdown) {
      analysis.breakdown(by);
    }
    return analysis.build().analyze(List.of(
        order("1", "ann", "2024-01-05T10:00:00Z", "20.00", "web"),
        order("2", "bob", "2024-01-20T10:00:00Z", "5.00", "=cmd|' /C calc'!A0"),
        order("3", "ann", "2024-02-10T10:00:00Z", "10.00", "web"),
        order("4", "cem", "2024-02-01T10:00:00Z", "7.50", "pos\u001b[31m")));
  }

  static Order order(String id, String customer, String placedAt, String eur, String channel) {
    return Order.builder(OrderId.of(id), CustomerId.of(customer), Instant.parse(placedAt), Money.parse(eur, "EUR"))
        .channel(channel)
        .build();
  }

  /** Returns the metrics of 2024 in the demo shop. */
  static MetricsSummary demoMetrics() {
    List<Order> orders = IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, List.of(), DemoShop.orders())
        .resolveAll(DemoShop.orders());
    return MetricsAnalysis.newBuilder(DemoShop.policy()).build()
        .analyze(orders, Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), DemoShop.ZONE));
  }

  /** Returns the metrics of a window without orders: every rate is undefined. */
  static MetricsSummary emptyMetrics() {
    return MetricsAnalysis.newBuilder(UTC_EUR).build()
        .analyze(List.of(), Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 1), ZoneOffset.UTC));
  }

  /** Returns the demo shop's weekly summaries calibrated on 2023, with 2024 as the holdout if asked. */
  static CustomerSummaries demoClvSummaries(Optional<LocalDate> observationEnd) {
    CustomerSummarizer.Builder summarizer = CustomerSummarizer.newBuilder()
        .policy(DemoShop.policy())
        .timeUnit(DurationUnit.WEEK)
        .calibrationEnd(LocalDate.of(2023, 12, 31));
    observationEnd.ifPresent(summarizer::observationEnd);
    List<Order> orders = IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, List.of(), DemoShop.orders())
        .resolveAll(DemoShop.orders());
    return summarizer.build().summarize(orders);
  }

  private static ClvFit demoClvFit;

  /** Returns BG/NBD and Gamma-Gamma fitted to the demo shop's 2023, with 2024 as the holdout; computed once. */
  static synchronized ClvFit demoClvFit() {
    if (demoClvFit == null) {
      CustomerSummaries summaries = demoClvSummaries(Optional.of(LocalDate.of(2024, 12, 31)));
      demoClvFit = ClvFit.of(summaries,
          TransactionModelFamily.BG_NBD.fit(WeightedSummaries.from(summaries), FitOptions.defaults()),
          Optional.of(GammaGammaModel.fit(summaries)));
    }
    return demoClvFit;
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(MetricsSummary summary) {
    StringWriter out = new StringWriter();
    MetricsJson.write(summary, out);
    return parse(out.toString());
  }

  static JsonNode json(CohortTable table) {
    StringWriter out = new StringWriter();
    CohortJson.write(table, out);
    return parse(out.toString());
  }
}
