package io.retentionkit.benchmarks.columnar;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Order;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Benchmark (a) as a Java developer would first write it with streams and collectors: group the qualifying
 * orders by customer to find each one's first month, then group them by (cohort, month offset) and count
 * the distinct customers and sum the revenue of each group.
 */
public final class StreamsCohorts {
  private StreamsCohorts() {}

  /**
   * Returns the monthly cohort cells of {@code orders}.
   *
   * @param orders the orders
   * @param policy the policy: which orders qualify, their shop-local dates and revenue
   * @return the cells, in {@link MonthlyCell#ORDER}
   */
  public static List<MonthlyCell> cells(List<Order> orders, AnalysisPolicy policy) {
    Map<CustomerId, YearMonth> cohortOf = orders.stream()
        .filter(policy::qualifies)
        .collect(Collectors.groupingBy(Order::customerId,
            Collectors.collectingAndThen(Collectors.minBy(Comparator.comparing(Order::placedAt)),
                first -> YearMonth.from(policy.localDate(first.orElseThrow().placedAt())))));
    Map<CellKey, CellSums> cells = orders.stream()
        .filter(policy::qualifies)
        .collect(Collectors.groupingBy(
            order -> {
              YearMonth cohort = cohortOf.get(order.customerId());
              YearMonth month = YearMonth.from(policy.localDate(order.placedAt()));
              return new CellKey(cohort, (int) ChronoUnit.MONTHS.between(cohort, month));
            },
            Collectors.teeing(
                Collectors.mapping(Order::customerId, Collectors.toSet()),
                Collectors.summingLong(policy::revenueAtOrderDateMinor),
                (customers, revenue) -> new CellSums(customers.size(), revenue))));
    return cells.entrySet().stream()
        .map(cell -> new MonthlyCell(cell.getKey().cohort(), cell.getKey().offset(), cell.getValue().customers(),
            cell.getValue().revenue()))
        .sorted(MonthlyCell.ORDER)
        .toList();
  }

  private record CellKey(YearMonth cohort, int offset) {}

  private record CellSums(long customers, long revenue) {}
}
