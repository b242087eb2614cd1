package io.retentionkit.benchmarks.columnar;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Order;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Benchmark (b) as a Java developer would first write it with streams and collectors: group the qualifying
 * orders up to the observation end by customer, and each customer's by day into transactions (a sorted
 * map of spend by date), then read x, t_x, T, the repeat spend and the holdout transactions off the map.
 */
public final class StreamsSummaries {
  private StreamsSummaries() {}

  /**
   * Returns the weekly summaries of {@code orders}, transactions merged per day.
   *
   * @param orders the orders
   * @param policy the policy: which orders qualify, their shop-local dates and revenue
   * @param calibrationEnd the last day of the calibration period
   * @param observationEnd the last day of the holdout period
   * @return the rows of the customers first seen in the calibration period, by customer id
   */
  public static List<SummaryRow> rows(List<Order> orders, AnalysisPolicy policy, LocalDate calibrationEnd,
      LocalDate observationEnd) {
    Map<CustomerId, NavigableMap<LocalDate, Long>> spendByDay = orders.stream()
        .filter(policy::qualifies)
        .filter(order -> !policy.localDate(order.placedAt()).isAfter(observationEnd))
        .collect(Collectors.groupingBy(Order::customerId,
            Collectors.groupingBy(order -> policy.localDate(order.placedAt()), TreeMap::new,
                Collectors.summingLong(policy::revenueAtOrderDateMinor))));
    return spendByDay.entrySet().stream()
        .map(customer -> row(customer.getKey(), customer.getValue(), calibrationEnd))
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing(SummaryRow::customerId))
        .toList();
  }

  private static SummaryRow row(CustomerId customer, NavigableMap<LocalDate, Long> spend, LocalDate calibrationEnd) {
    LocalDate first = spend.firstKey();
    if (first.isAfter(calibrationEnd)) {
      return null;
    }
    NavigableMap<LocalDate, Long> calibration = spend.headMap(calibrationEnd, true);
    long repeatSpend = calibration.tailMap(first, false).values().stream().mapToLong(Long::longValue).sum();
    return new SummaryRow(customer.value(), calibration.size() - 1,
        ChronoUnit.DAYS.between(first, calibration.lastKey()) / 7.0,
        ChronoUnit.DAYS.between(first, calibrationEnd) / 7.0,
        repeatSpend, spend.size() - calibration.size());
  }
}
