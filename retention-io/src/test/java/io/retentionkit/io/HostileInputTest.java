package io.retentionkit.io;

import static io.retentionkit.io.Imports.AMSTERDAM;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.Order;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken, truncated and hostile files end in a clear {@link ImportException} (file, line, reason), never in a
 * parser's stack trace, a hang or an exhausted heap; and they do so in lenient mode too, because a parser
 * cannot know where the next good record starts.
 */
final class HostileInputTest {
  private static final String GENERIC_HEADER = "order_id,customer_id,placed_at,amount,currency\n";
  private static final String ORDER = "{\"id\":%d,\"status\":\"completed\",\"currency\":\"EUR\",\"total\":\"9.00\","
      + "\"date_created_gmt\":\"2024-03-01T10:00:00\",\"customer_id\":5}";

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of(InputFormat.GENERIC_CSV, "", 1,
            "the file is empty: expected a header line with order_id,customer_id,placed_at,amount,currency"),
        Arguments.of(InputFormat.SHOPIFY_CSV, "\n", 1,
            "the file is empty: expected Shopify's orders export header (Name,Email,Financial Status,...)"),
        Arguments.of(InputFormat.GENERIC_CSV, GENERIC_HEADER + "A1,c1,2024-03-01,5,EUR\nA2,\"c1,2024-03-01,5,EUR\n",
            3, "the file ends inside a quoted value: a closing quote is missing or the file is truncated"),
        Arguments.of(InputFormat.GENERIC_CSV, GENERIC_HEADER + "A1,\"c1\"x,2024-03-01,5,EUR\n", 2,
            "malformed CSV: a closing quote must be followed by a comma or the end of the line"),
        Arguments.of(InputFormat.WOOCOMMERCE_JSON, "", 1, "the file is empty: expected a JSON array of orders"),
        Arguments.of(InputFormat.WOOCOMMERCE_JSON, "{\"orders\": []}", 1,
            "the file must be a JSON array of orders (as the WooCommerce REST API returns them), not an object"),
        Arguments.of(InputFormat.WOOCOMMERCE_JSON, "[" + String.format(ORDER, 1) + "]\n\"trailing\"", 2,
            "the file must be a JSON array of orders (as the WooCommerce REST API returns them), not a string"),
        Arguments.of(InputFormat.WOOCOMMERCE_JSON, "[\n" + String.format(ORDER, 1) + ",\n{\"id\": 2, \"status\"", 3,
            "the file ends inside a JSON value: it is truncated or a bracket is missing"),
        Arguments.of(InputFormat.WOOCOMMERCE_JSON, "[\n{\"id\": 1,\n \"email\": secret@example.com}]", 3,
            "malformed JSON: Unrecognized token: was expecting (JSON String, Number, Array, Object or token "
                + "'null', 'true' or 'false')"),
        Arguments.of(InputFormat.WOOCOMMERCE_JSON, "[" + "[".repeat(100) + "]".repeat(100) + "]", 1,
            "malformed JSON: Document nesting depth (65) exceeds the maximum allowed (64, from "
                + "`StreamReadConstraints.getMaxNestingDepth()`)"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("brokenFiles")
  void aBrokenFileEndsEvenALenientImportWithFileLineAndReason(InputFormat format, String content, long line,
      String reason) {
    ImportException e = assertThrows(ImportException.class, () -> Imports.lenient(format, content));
    assertEquals(reason, e.reason());
    assertEquals(line, e.line());
    assertEquals("test-input", e.source());
  }

  @Test
  void bytesThatAreNotUtf8AreReportedOnTheirLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((GENERIC_HEADER + "A1,c1,2024-03-01,5,EUR\r\nA2,c1,2024-03-01,5,EUR\rA3,Jos").getBytes(UTF_8));
    bytes.write(0xE9); // é in ISO-8859-1: the file was saved in the wrong encoding
    bytes.writeBytes(",2024-03-01,5,EUR\n".getBytes(UTF_8));
    ImportException e = assertThrows(ImportException.class,
        () -> Imports.lenient(InputFormat.GENERIC_CSV, bytes.toByteArray()));
    assertEquals(4, e.line());
    assertEquals("input must be UTF-8 encoded: byte 0xE9 is not valid UTF-8 (save the file as UTF-8 and retry)",
        e.reason());
  }

  @Test
  void aByteOrderMarkAndMixedLineEndingsAreAccepted() {
    byte[] content = ("\uFEFF" + GENERIC_HEADER.replace("\n", "\r\n") + "A1,c1,2024-03-01,5,EUR\rA2,c1,2024-03-01,5,EUR\n"
        + "A3,c1,2024-03-01,5,EUR\r\nA4,c1,2024-03-01,oops,EUR").getBytes(StandardCharsets.UTF_8);
    Imports.Result result = Imports.lenient(InputFormat.GENERIC_CSV, content);
    assertEquals(3, result.orders().size());
    assertEquals(5, result.rejects().get(0).line());
  }

  @Test
  void aHugeFieldIsCutOffAtTheRecordLimitWithoutReadingTheRestIntoMemory() {
    // An unterminated quote near the start of a 64 MiB file: the parser would swallow everything.
    long fileSize = 64L << 20;
    byte[] head = (GENERIC_HEADER + "A1,c1,2024-03-01,5,EUR\nA2,\"").getBytes(UTF_8);
    ImportException e = assertThrows(ImportException.class, () -> OrderImporter
        .newBuilder(InputFormat.GENERIC_CSV, AMSTERDAM).maxRecordChars(4096).build()
        .read(new GeneratedInput(head, 'x', fileSize), "huge.csv", order -> { }));
    assertEquals(3, e.line());
    assertEquals("record is longer than the limit of 4096 characters (an unterminated quote makes the rest of "
        + "the file one record; otherwise raise the limit)", e.reason());
  }

  @Test
  void aHugeJsonStringIsCutOffAtTheRecordLimit() {
    byte[] head = "[\n{\"id\": 1, \"customer_note\": \"".getBytes(UTF_8);
    ImportException e = assertThrows(ImportException.class, () -> OrderImporter
        .newBuilder(InputFormat.WOOCOMMERCE_JSON, AMSTERDAM).maxRecordChars(4096).build()
        .read(new GeneratedInput(head, 'x', 64L << 20), "huge.json", order -> { }));
    assertEquals(2, e.line());
  }

  @Test
  void aJsonObjectWithEndlesslyManyMembersIsCutOffAtTheRecordLimit() {
    StringBuilder members = new StringBuilder("[{\"id\": 1");
    for (int i = 0; i < 20_000; i++) {
      members.append(",\"m").append(i).append("\":1");
    }
    ImportException e = assertThrows(ImportException.class, () -> OrderImporter
        .newBuilder(InputFormat.WOOCOMMERCE_JSON, AMSTERDAM).maxRecordChars(4096).build()
        .read(new ByteArrayInputStream(members.append("}]").toString().getBytes(UTF_8)), "wide.json", o -> { }));
    assertEquals("record is longer than the limit of 4096 characters (an unterminated quote makes the rest of "
        + "the file one record; otherwise raise the limit)", e.reason());
  }

  @Test
  void aShopifyOrderOverItsCharacterBoundIsRejectedWithoutHoldingItsRecords() {
    // 1,024-character records bound an order at 16 Ki characters: each record here is about 1,000, so the
    // 17th crosses it; the order's later records are rejected as they come, and the next order imports.
    String header = "Name,Email,Financial Status,Currency,Total,Created at,Lineitem quantity,Lineitem price,"
        + "Lineitem name\n";
    StringBuilder csv = new StringBuilder(header);
    for (int i = 0; i < 40; i++) {
      csv.append("#1,a@example.com,paid,EUR,5.00,2024-03-01 10:00:00 +0100,1,5.00,").append("n".repeat(940))
          .append('\n');
    }
    csv.append("#2,b@example.com,paid,EUR,5.00,2024-03-01 10:00:00 +0100,1,5.00,mug\n");
    List<RejectedRecord> rejects = new ArrayList<>();
    List<Order> orders = new ArrayList<>();
    OrderImporter.newBuilder(InputFormat.SHOPIFY_CSV, AMSTERDAM).maxRecordChars(1024).lenient(rejects::add).build()
        .read(new ByteArrayInputStream(csv.toString().getBytes(UTF_8)), "big-order.csv", orders::add);

    assertEquals(40, rejects.size());
    assertEquals(2, rejects.get(0).line());
    assertEquals("order '#1' must have at most 16,384 characters in all its records: line 18 brings it to 16,932",
        rejects.get(0).reason());
    assertEquals("part of order '#1' rejected at line 2: order '#1' must have at most 16,384 characters in all its "
        + "records: line 18 brings it to 16,932", rejects.get(39).reason());
    assertEquals(List.of("#2"), orders.stream().map(order -> order.id().value()).toList());

    ImportException strict = assertThrows(ImportException.class, () -> OrderImporter
        .newBuilder(InputFormat.SHOPIFY_CSV, AMSTERDAM).maxRecordChars(1024).build()
        .read(new ByteArrayInputStream(csv.toString().getBytes(UTF_8)), "big-order.csv", order -> { }));
    assertEquals("big-order.csv, line 2: order '#1' must have at most 16,384 characters in all its records: line 18 "
        + "brings it to 16,932", strict.getMessage());
  }

  @Test
  void aWooCommerceRefundsFileOverItsBoundEndsTheImport(@TempDir Path dir) throws IOException {
    // The refunds are held until their orders come: with 1,024-character records, 64 Ki characters of them.
    StringBuilder refunds = new StringBuilder("[\n");
    for (int i = 1; i <= 200; i++) {
      refunds.append(i == 1 ? "" : ",\n").append("{\"id\":").append(i).append(",\"parent_id\":").append(i)
          .append(",\"amount\":\"1.00\",\"date_created_gmt\":\"2024-03-02T10:00:00\",\"reason\":\"")
          .append("r".repeat(400)).append("\"}");
    }
    Path refundsFile = Files.writeString(dir.resolve("refunds.json"), refunds.append("\n]").toString());
    Path ordersFile = Files.writeString(dir.resolve("orders.json"), "[" + String.format(ORDER, 1) + "]");

    ImportException e = assertThrows(ImportException.class, () -> OrderImporter
        .newBuilder(InputFormat.WOOCOMMERCE_JSON, AMSTERDAM).maxRecordChars(1024).refunds(refundsFile)
        .lenient(reject -> { }).build().read(ordersFile, order -> { }));

    assertEquals(refundsFile.toString(), e.source());
    assertEquals(134, e.line(), "refund 133, of about 490 characters each, crosses 65,536 characters");
    assertTrue(e.reason().startsWith("the refunds file must have at most 65,536 characters of refunds, which are "
        + "held in memory until their orders are read: this refund brings it to "), e.reason());
  }

  @Test
  void theRecordLimitMustLeaveRoomForARealRecord() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OrderImporter.newBuilder(InputFormat.GENERIC_CSV, AMSTERDAM).maxRecordChars(100));
    assertEquals("max record chars must be at least 1024: 100", e.getMessage());
  }
}
