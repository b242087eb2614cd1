package io.retentionkit.io;

import static io.retentionkit.io.Imports.AMSTERDAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.EmailAddress;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import io.retentionkit.model.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
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
 * Random generic CSV files, valid records mixed with broken ones: every valid record comes back as exactly
 * the order it was written from, every broken one is rejected on its first line, and the counts add up.
 */
final class GenericCsvImportProperties {
  private static final String[] CURRENCIES = {"EUR", "USD", "JPY", "KWD"};
  private static final String[][] STATUSES = {
      {"", "PAID"}, {"paid", "PAID"}, {"pending", "PLACED"}, {"on-hold", "PLACED"}, {"processing", "PAID"},
      {"completed", "FULFILLED"}, {"Fulfilled", "FULFILLED"}, {"cancelled", "CANCELLED"}, {"failed", "FAILED"}};
  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};

  /** A generated file and what importing it must produce. */
  private static final class Expected {
    final StringBuilder csv = new StringBuilder();
    final List<Order> orders = new ArrayList<>();
    final List<Long> rejectedLines = new ArrayList<>();
    final List<String> validIds = new ArrayList<>();
    long records;
    long assumedRefundDates;
    long line = 1;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void everyRecordIsImportedOrRejectedAndValidRecordsRoundTrip(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Expected expected = generate(random);

    Imports.Result result = Imports.lenient(InputFormat.GENERIC_CSV, expected.csv.toString());

    assertEquals(expected.orders, result.orders());
    assertEquals(expected.rejectedLines, result.rejects().stream().map(RejectedRecord::line).toList());
    ImportSummary summary = result.summary();
    assertEquals(expected.records, summary.recordsRead());
    assertEquals(summary.recordsRead(), summary.recordsImported() + summary.recordsRejected());
    assertEquals(result.orders().size(), summary.ordersImported());
    assertEquals(result.rejects().size(), summary.recordsRejected());
    assertEquals(expected.assumedRefundDates, summary.refundsWithAssumedDate());

    if (expected.rejectedLines.isEmpty()) {
      assertEquals(expected.orders, Imports.strict(InputFormat.GENERIC_CSV, expected.csv.toString()).orders());
    } else {
      ImportException e = assertThrows(ImportException.class,
          () -> Imports.strict(InputFormat.GENERIC_CSV, expected.csv.toString()));
      assertEquals(expected.rejectedLines.get(0), e.line());
    }
  }

  private static Expected generate(SplittableRandom random) {
    Expected expected = new Expected();
    String lineEnd = LINE_ENDS[random.nextInt(LINE_ENDS.length)];
    expected.csv.append("order_id,customer_id,placed_at,amount,currency,status,email,channel,refunded_amount,"
        + "refunded_at").append(lineEnd);
    expected.line++;
    int rows = random.nextInt(60);
    for (int i = 0; i < rows; i++) {
      int draw = random.nextInt(100);
      if (draw < 5) {
        expected.csv.append(random.nextBoolean() ? "" : ",,,,,,,,,").append(lineEnd); // blank: not a record
        expected.line++;
        continue;
      }
      List<String> values = valid(random, i, expected);
      boolean broken = draw >= 75;
      if (broken) {
        values = broken(random, values, expected);
        expected.rejectedLines.add(expected.line);
      }
      expected.records++;
      expected.csv.append(CSVFormat.RFC4180.format(values.toArray())).append(lineEnd);
      expected.line += 1 + values.stream().mapToLong(v -> v.chars().filter(c -> c == '\n').count()).sum();
    }
    return expected;
  }

  /** Returns the values of a valid record and adds its order to the expectation (undone if broken later). */
  private static List<String> valid(SplittableRandom random, int index, Expected expected) {
    String id = random.nextInt(10) == 0 ? "o\"" + index + ", é" : "o" + index;
    Currency currency = Currency.getInstance(CURRENCIES[random.nextInt(CURRENCIES.length)]);
    long minor = random.nextInt(10) == 0 ? 0 : random.nextLong(1, 1_000_000);
    Money total = Money.ofMinor(minor, currency);
    Instant placedAt = Instant.parse("2021-01-01T00:00:00Z").plusSeconds(random.nextLong(4L * 365 * 86_400));
    String[] status = STATUSES[random.nextInt(STATUSES.length)];
    boolean guest = random.nextInt(5) == 0;
    boolean withEmail = guest || random.nextBoolean();
    String emailText = "User" + random.nextInt(20) + "@Example.com";
    String customer = guest ? "" : "c" + random.nextInt(20);
    Order.Builder order = Order.builder(OrderId.of(id),
            guest ? CustomerId.ofEmail(EmailAddress.of(emailText)) : CustomerId.of(customer), placedAt, total)
        .status(OrderStatus.valueOf(status[1]))
        .guestCheckout(guest);
    if (withEmail) {
      order.email(EmailAddress.of(emailText));
    }
    String channel = "";
    if (random.nextBoolean()) {
      channel = random.nextBoolean() ? "web" : "shop, \"app\"\nv2";
      order.channel(channel);
    }
    String refundedAmount = "";
    String refundedAt = "";
    if (minor > 0 && random.nextInt(3) == 0) {
      Money refund = Money.ofMinor(random.nextLong(1, minor + 1), currency);
      refundedAmount = refund.toBigDecimal().toPlainString();
      Instant at = placedAt;
      if (random.nextBoolean()) {
        at = placedAt.plusSeconds(random.nextLong(90L * 86_400));
        refundedAt = timestamp(random, at);
      } else {
        expected.assumedRefundDates++;
      }
      order.refund(refund, at);
    }
    expected.orders.add(order.build());
    expected.validIds.add(id);
    return new ArrayList<>(List.of(id, customer, timestamp(random, placedAt),
        amountText(random, total), currency.getCurrencyCode(), status[0], withEmail ? emailText : "", channel,
        refundedAmount, refundedAt));
  }

  /** Writes {@code instant} in one of the accepted forms, all exact to the second. */
  private static String timestamp(SplittableRandom random, Instant instant) {
    switch (random.nextInt(4)) {
      case 0:
        return instant.toString();
      case 1:
        return instant.atOffset(ZoneOffset.ofHoursMinutes(5, 30)).toString();
      case 2:
        return DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx", Locale.ROOT)
            .format(instant.atOffset(ZoneOffset.ofHours(-7)));
      default:
        LocalDateTime local = LocalDateTime.ofInstant(instant, AMSTERDAM);
        // A local time in the autumn overlap names two instants; write those with their offset instead.
        return AMSTERDAM.getRules().getValidOffsets(local).size() == 1
            ? local.toString()
            : instant.atZone(AMSTERDAM).toOffsetDateTime().toString();
    }
  }

  private static String amountText(SplittableRandom random, Money total) {
    BigDecimal major = total.toBigDecimal();
    return random.nextBoolean() ? major.toPlainString() : major.stripTrailingZeros().toPlainString();
  }

  /** Breaks a valid record in one of several ways and takes its order back out of the expectation. */
  private static List<String> broken(SplittableRandom random, List<String> values, Expected expected) {
    expected.orders.remove(expected.orders.size() - 1);
    expected.validIds.remove(expected.validIds.size() - 1);
    List<String> broken = new ArrayList<>(values);
    switch (random.nextInt(7)) {
      case 0 -> broken.set(3, broken.get(3).replace('.', ',') + ",5");
      case 1 -> broken.set(0, "");
      case 2 -> broken.set(2, "31/12/2023");
      case 3 -> broken.add("surplus");
      case 4 -> {
        broken.set(1, "");
        broken.set(6, "");
      }
      case 5 -> broken.set(4, "XXX");
      default -> {
        if (expected.validIds.isEmpty()) {
          broken.set(3, "-1");
        } else {
          broken.set(0, expected.validIds.get(random.nextInt(expected.validIds.size())));
        }
      }
    }
    // The broken record's refund no longer counts as imported with an assumed date.
    if (!values.get(8).isEmpty() && values.get(9).isEmpty()) {
      expected.assumedRefundDates--;
    }
    return broken;
  }
}
