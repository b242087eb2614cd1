package io.retentionkit.io;

import static io.retentionkit.io.Imports.AMSTERDAM;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.model.Order;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The importers stream: each order reaches the consumer while the input is still being read, and the input
 * read so far never runs more than a small buffer ahead of the orders delivered, so memory cannot grow with
 * the file. The inputs are generated as they are read and never held whole.
 */
final class StreamingTest {
  private static final int ORDERS = 20_000; // megabytes of input: far beyond any buffer
  /** What a parser may buffer ahead: its own buffer plus the decoder's, with room to spare. */
  private static final long READ_AHEAD_LIMIT = 64 * 1024;

  /** Checks, for every order delivered, that the input has not been read far beyond it. */
  private static final class BoundedReadAhead implements Consumer<Order> {
    private final GeneratedInput input;
    private final long headBytes;
    private final long bytesPerOrder;
    private long delivered;

    BoundedReadAhead(GeneratedInput input, long headBytes, long bytesPerOrder) {
      this.input = input;
      this.headBytes = headBytes;
      this.bytesPerOrder = bytesPerOrder;
    }

    @Override
    public void accept(Order order) {
      delivered++;
      long orderEnd = headBytes + delivered * bytesPerOrder;
      assertTrue(input.bytesRead() <= orderEnd + READ_AHEAD_LIMIT, () -> String.format(Locale.ROOT,
          "order %d (ending at byte %d) arrived after %d bytes were read", delivered, orderEnd, input.bytesRead()));
    }
  }

  private static LongFunction<byte[]> fixedWidth(String template) {
    return i -> String.format(Locale.ROOT, template, i, i).getBytes(UTF_8);
  }

  @Test
  void genericCsvOrdersArriveWhileTheFileIsRead() {
    byte[] header = "order_id,customer_id,placed_at,amount,currency\n".getBytes(UTF_8);
    LongFunction<byte[]> record = fixedWidth("O%09d,c%09d,2024-03-01T10:00:00Z,12.50,EUR\n");
    GeneratedInput input = new GeneratedInput(header, record, ORDERS);
    BoundedReadAhead sink = new BoundedReadAhead(input, header.length, record.apply(0).length);
    ImportSummary summary = OrderImporter.newBuilder(InputFormat.GENERIC_CSV, AMSTERDAM).build()
        .read(input, "generated.csv", sink);
    assertEquals(ORDERS, summary.ordersImported());
    assertEquals(ORDERS, sink.delivered);
  }

  @Test
  void shopifyOrdersArriveWhileTheFileIsRead() {
    byte[] header = "Name,Email,Financial Status,Currency,Total,Created at,Lineitem quantity,Lineitem price,Lineitem sku\n"
        .getBytes(UTF_8);
    // Two records per order: the order's first line item, then a second one.
    LongFunction<byte[]> order = fixedWidth("#%09d,c%09d@example.com,paid,EUR,20.00,2024-03-01 10:00:00 +0100,1,10.00,A\n"
        .replace("\n", "\n" + "#%1$09d,,,,,,1,10.00,B\n"));
    GeneratedInput input = new GeneratedInput(header, order, ORDERS);
    BoundedReadAhead sink = new BoundedReadAhead(input, header.length, order.apply(0).length);
    ImportSummary summary = OrderImporter.newBuilder(InputFormat.SHOPIFY_CSV, AMSTERDAM).build()
        .read(input, "generated.csv", sink);
    assertEquals(ORDERS, summary.ordersImported());
    assertEquals(2L * ORDERS, summary.recordsRead());
  }

  @ParameterizedTest
  @EnumSource(InputFormat.class)
  void readingAStreamLeavesItOpenForTheCaller(InputFormat format) {
    String content = switch (format) {
      case GENERIC_CSV -> "order_id,customer_id,placed_at,amount,currency\n";
      case SHOPIFY_CSV -> "Name,Email,Financial Status,Currency,Total,Created at\n";
      case WOOCOMMERCE_JSON -> "[]";
    };
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(content.getBytes(UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    List<RejectedRecord> rejects = new ArrayList<>();
    OrderImporter.newBuilder(format, AMSTERDAM).lenient(rejects::add).build().read(in, "stream", order -> { });
    assertFalse(closed[0]);
  }

  @Test
  void wooCommerceOrdersArriveWhileTheFileIsRead() {
    byte[] head = "[\n".getBytes(UTF_8);
    LongFunction<byte[]> order = i -> String.format(Locale.ROOT, "%s{\"id\":%9d,\"status\":\"completed\","
        + "\"currency\":\"EUR\",\"total\":\"9.00\",\"date_created_gmt\":\"2024-03-01T10:00:00\",\"customer_id\":%9d,"
        + "\"line_items\":[{\"sku\":\"A\",\"quantity\":1,\"total\":\"9.00\"}]}\n%s",
        i == 0 ? " " : ",", i + 1, i + 1, i == ORDERS - 1 ? "]" : "").getBytes(UTF_8);
    GeneratedInput input = new GeneratedInput(head, order, ORDERS);
    BoundedReadAhead sink = new BoundedReadAhead(input, head.length, order.apply(1).length);
    ImportSummary summary = OrderImporter.newBuilder(InputFormat.WOOCOMMERCE_JSON, AMSTERDAM).build()
        .read(input, "generated.json", sink);
    assertEquals(ORDERS, summary.ordersImported());
  }
}
