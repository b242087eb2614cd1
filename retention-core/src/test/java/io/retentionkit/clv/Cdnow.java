package io.retentionkit.clv;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The CDNOW sample (2,357 customers) as orders, and the standard split of the published results:
 * calibration to 1997-09-30, holdout to 1998-06-30, weeks, same-day orders merged.
 */
final class Cdnow {
  static final Currency USD = Currency.getInstance("USD");
  static final AnalysisPolicy POLICY = AnalysisPolicy.of(ZoneOffset.UTC, USD);
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  static final LocalDate OBSERVATION_END = LocalDate.of(1998, 6, 30);
  private static List<Order> orders;
  private static CustomerSummaries summaries;

  private Cdnow() {}

  /** Returns the 6,919 records of {@code CDNOW_sample.txt}, one order each, placed at UTC midnight. */
  static synchronized List<Order> orders() {
    if (orders == null) {
      List<Order> read = new ArrayList<>();
      try {
        for (String line : Files.readAllLines(SharedData.file("CDNOW_sample.txt"))) {
          String[] f = line.strip().split("\\s+");
          LocalDate date = LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE);
          read.add(Order.of(OrderId.of("r" + read.size()), CustomerId.of(f[1]),
              date.atStartOfDay(ZoneOffset.UTC).toInstant(), Money.parse(f[4], "USD")));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      orders = List.copyOf(read);
    }
    return orders;
  }

  /** Returns the standard summarizer: weeks, day merge, calibration and holdout as published. */
  static CustomerSummarizer summarizer() {
    return CustomerSummarizer.newBuilder()
        .policy(POLICY)
        .timeUnit(DurationUnit.WEEK)
        .calibrationEnd(CALIBRATION_END)
        .observationEnd(OBSERVATION_END)
        .build();
  }

  /** Returns the summaries of the standard split, computed once. */
  static synchronized CustomerSummaries summaries() {
    if (summaries == null) {
      summaries = summarizer().summarize(orders());
    }
    return summaries;
  }

  /** Returns the summaries folded for fitting. */
  static WeightedSummaries weighted() {
    return WeightedSummaries.from(summaries());
  }
}
