package io.retentionkit.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.metrics.Rate;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.testing.SharedData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Monthly cohorts of the CDNOW master data set: 23,570 customers whose first purchase fell in the first
 * quarter of 1997, followed to the end of June 1998 (see {@code shared/data/README.md}).
 */
final class CohortCdnowTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The file's records after its header line: customer id, date, number of CDs, dollar value. */
  private static List<String[]> records;
  private static CohortTable table;

  @BeforeAll
  static void analyzeTheMasterFile() throws IOException {
    List<String> lines = Files.readAllLines(SharedData.file("CDNOW_master.txt"), StandardCharsets.US_ASCII);
    records = lines.subList(1, lines.size()).stream().map(line -> SPACES.split(line.strip())).toList();
    List<Order> orders = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      String[] record = records.get(i);
      Instant placedAt = LocalDate.parse(record[1], YYYYMMDD).atTime(12, 0).toInstant(ZoneOffset.UTC);
      orders.add(Order.of(OrderId.of("r" + i), CustomerId.of(record[0]), placedAt,
          Money.of(new BigDecimal(record[3]), USD)));
    }
    table = CohortAnalysis.newBuilder(AnalysisPolicy.of(ZoneOffset.UTC, USD)).build().analyze(orders);
  }

  @Test
  void theCustomersJoinedInJanuaryFebruaryAndMarch1997() {
    assertEquals(69_659, records.size());
    assertEquals(List.of("1997-01", "1997-02", "1997-03"), Tables.labels(table));
    assertEquals(List.of(7_846L, 8_476L, 7_248L), Tables.sizes(table));
    assertEquals(23_570, table.customers());
    // The data end on 1998-06-30, so the default as-of instant is the next midnight and every month is complete.
    assertEquals(Optional.of(Instant.parse("1998-07-01T00:00:00Z")), table.asOf());
    assertEquals(List.of(18, 17, 16), table.rows().stream().map(row -> row.cells().size()).toList());
    assertEquals(Set.of(true), Set.copyOf(Tables.complete(table).stream().flatMap(List::stream).toList()));
  }

  @Test
  void selectedCellsMatchTheirHandComputedValues() {
    // Computed independently from the raw file with awk: distinct customers, records and cents per month.
    assertEquals(dollars(7_846, 7_846, 8_928, 29_906_017, 29_906_017), values(0, 0));
    assertEquals(dollars(7_846, 1_157, 1_627, 6_104_169, 29_906_017), values(0, 1));
    assertEquals(dollars(8_476, 980, 1_302, 4_924_770, 31_854_834), values(1, 2));
    assertEquals(dollars(7_248, 457, 598, 2_150_967, 27_988_449), values(2, 15));
    assertEquals(Rate.of(1_157 + 1_312 + 1_032, 23_570, CohortValues.NO_CUSTOMERS),
        table.average().get(1).values().retention());
    // All 69,659 records and $2,500,315.63 are in the cells.
    long orders = Tables.orders(table).stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    long cents = Tables.revenue(table).stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    assertEquals(69_659, orders);
    assertEquals(250_031_563, cents);
  }

  @Test
  void everyCellMatchesAnIndependentPassOverTheRawFile() {
    Map<String, YearMonth> cohortOf = new HashMap<>();
    for (String[] record : records) {
      YearMonth month = YearMonth.from(LocalDate.parse(record[1], YYYYMMDD));
      cohortOf.merge(record[0], month, (a, b) -> a.isBefore(b) ? a : b);
    }
    Map<String, long[]> cells = new HashMap<>(); // "1997-01/3" -> {orders, cents}
    Map<String, Set<String>> active = new HashMap<>();
    for (String[] record : records) {
      YearMonth cohort = cohortOf.get(record[0]);
      long offset = ChronoUnit.MONTHS.between(cohort, YearMonth.from(LocalDate.parse(record[1], YYYYMMDD)));
      String cell = cohort + "/" + offset;
      long[] sums = cells.computeIfAbsent(cell, c -> new long[2]);
      sums[0]++;
      sums[1] += new BigDecimal(record[3]).movePointRight(2).longValueExact();
      active.computeIfAbsent(cell, c -> new HashSet<>()).add(record[0]);
    }

    int checked = 0;
    for (CohortRow row : table.rows()) {
      for (CohortCell cell : row.cells()) {
        String key = row.label() + "/" + cell.column().firstOffset();
        long[] sums = cells.getOrDefault(key, new long[2]);
        assertEquals(active.getOrDefault(key, Set.of()).size(), cell.values().activeCustomers(), key);
        assertEquals(sums[0], cell.values().orders(), key);
        assertEquals(sums[1], cell.values().revenue().minorUnits(), key);
        checked++;
      }
    }
    assertEquals(51, checked);
    assertEquals(cells.size(), checked); // every cohort-month of the raw file has a cell, and no more
  }

  /** Returns cohort values with amounts in US cents. */
  private static CohortValues dollars(long customers, long active, long orders, long cents, long baseCents) {
    return new CohortValues(customers, active, orders, Money.ofMinor(cents, USD), Money.ofMinor(baseCents, USD));
  }

  private static CohortValues values(int row, int column) {
    return table.rows().get(row).cells().get(column).values();
  }
}
