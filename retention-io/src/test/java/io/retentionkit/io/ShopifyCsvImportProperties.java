package io.retentionkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.EmailAddress;
import io.retentionkit.model.LineItem;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random Shopify exports with multi-record orders, some of them broken, and blank rows between and inside
 * orders: valid orders come back exactly, every record of a broken order is rejected, blank rows are
 * counted without splitting an order, and the counts add up.
 */
final class ShopifyCsvImportProperties {
  private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx", Locale.ROOT);
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final String HEADER = "Name,Email,Financial Status,Fulfillment Status,Currency,Total,Created at,"
      + "Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Notes\r\n";

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void everyRecordOfEveryOrderIsImportedOrRejected(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder csv = new StringBuilder(HEADER);
    List<Order> orders = new ArrayList<>();
    List<Long> rejectedLines = new ArrayList<>();
    long line = 2;
    long records = 0;
    long importedRecords = 0;
    long blankRows = 0;
    int count = random.nextInt(30);
    for (int n = 0; n < count; n++) {
      String name = "#" + (1000 + n);
      String email = "buyer" + random.nextInt(10) + "@example.com";
      Instant createdAt = Instant.parse("2023-01-01T00:00:00Z").plusSeconds(random.nextLong(365L * 86_400));
      int lines = 1 + random.nextInt(4);
      int broken = random.nextInt(5) == 0 ? random.nextInt(lines) : -1; // which record breaks, if any
      List<List<String>> rows = new ArrayList<>();
      List<LineItem> items = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        int quantity = 1 + random.nextInt(3);
        Money price = Money.ofMinor(random.nextLong(100, 10_000), EUR);
        String sku = "SKU-" + random.nextInt(5);
        items.add(LineItem.of(sku, quantity, price.times(quantity)));
        String note = random.nextInt(6) == 0 ? "ring\ntwice" : "";
        rows.add(new ArrayList<>(List.of(name, email, "", "", "", "", CREATED_AT.format(createdAt.atOffset(ZoneOffset.UTC)),
            String.valueOf(quantity), "Product", i == broken ? "free" : price.toBigDecimal().toPlainString(), sku,
            note)));
      }
      Money total = items.stream().map(LineItem::amount).reduce(Money.zero(EUR), Money::plus);
      List<String> first = rows.get(0);
      first.set(2, "paid");
      first.set(4, "EUR");
      first.set(5, total.toBigDecimal().toPlainString());
      for (List<String> row : rows) {
        records++;
        if (broken >= 0) {
          rejectedLines.add(line);
        }
        csv.append(CSVFormat.RFC4180.format(row.toArray())).append("\r\n");
        line += row.get(11).isEmpty() ? 1 : 2;
        if (random.nextInt(8) == 0) { // as a spreadsheet leaves them: an empty line, or only separators
          csv.append(random.nextBoolean() ? "" : ",,,,,,,,,,,").append("\r\n");
          line++;
          blankRows++;
        }
      }
      if (broken < 0) {
        Order.Builder order = Order.builder(OrderId.of(name), CustomerId.ofEmail(EmailAddress.of(email)), createdAt,
            total).email(EmailAddress.of(email));
        items.forEach(item -> order.lineItem(item.sku(), item.quantity(), item.amount()));
        orders.add(order.build());
        importedRecords += rows.size();
      }
    }

    Imports.Result result = Imports.lenient(InputFormat.SHOPIFY_CSV, csv.toString());

    assertEquals(orders, result.orders());
    assertEquals(rejectedLines, result.rejects().stream().map(RejectedRecord::line).toList());
    assertEquals(new ImportSummary("test-input", records, importedRecords, records - importedRecords, blankRows,
        orders.size(), 0, List.of("Notes")), result.summary());
  }
}
