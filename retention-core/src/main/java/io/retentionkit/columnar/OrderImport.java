package io.retentionkit.columnar;

import static java.util.Objects.requireNonNull;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.Refund;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns {@link Order} objects into the rows of an {@link OrderLog}. The work that needs no shared state
 * (qualifying each order, converting its amounts, placing its instants on shop-local days) runs on
 * chunks of the orders in parallel; interning customer ids and attribute values, which numbers them in
 * the order they first appear, then runs through the chunks in input order.
 */
final class OrderImport {
  /** Orders per chunk: enough to amortise a task, few enough to spread over the cores. */
  private static final int CHUNK = 1 << 14;
  /** Customer ids whose table entries are read ahead at once; about as many misses as a core overlaps. */
  private static final int PREFETCH_BATCH = 32;
  private static final OrderAttribute[] ATTRIBUTES = OrderAttribute.values();

  private OrderImport() {}

  /** Returns the log of {@code orders}, a random-access list, under {@code policy}. */
  static OrderLog build(List<? extends Order> orders, AnalysisPolicy policy) {
    OrderLogBuilder builder = new OrderLogBuilder(policy);
    builder.ensureCapacity(orders.size());
    builder.breakTiesBy(orders);
    int chunks = (orders.size() + CHUNK - 1) / CHUNK;
    Converted[] converted = IntStream.range(0, chunks).parallel()
        .mapToObj(chunk -> new Converted(orders, builder, chunk * CHUNK, Math.min(orders.size(), (chunk + 1) * CHUNK)))
        .toArray(Converted[]::new);
    for (Converted chunk : converted) {
      chunk.appendTo(builder);
    }
    return builder.build();
  }

  /** The converted values of the orders {@code [from, to)}, and of their refunds. */
  private static final class Converted {
    private final int from;
    private final int[] day;
    private final long[] epochSecond;
    private final int[] nano;
    private final long[] gross;
    private final byte[] flags;
    /** The customer ids and their hash codes, and the attribute values by attribute (null for none). */
    private final String[] customerIds;
    private final int[] customerHashes;
    private final String[][] attributes = new String[ATTRIBUTES.length][];
    private int refunds;
    /** What the read-ahead read; kept so that the reads are not optimised away. */
    private int prefetched;
    private int[] refundRow = new int[0];
    private int[] refundDay = new int[0];
    private long[] refundSecond = new long[0];
    private int[] refundNano = new int[0];
    private long[] refundMinor = new long[0];

    Converted(List<? extends Order> orders, OrderLogBuilder builder, int from, int to) {
      this.from = from;
      int n = to - from;
      day = new int[n];
      epochSecond = new long[n];
      nano = new int[n];
      gross = new long[n];
      flags = new byte[n];
      customerIds = new String[n];
      customerHashes = new int[n];
      for (OrderAttribute attribute : ATTRIBUTES) {
        attributes[attribute.ordinal()] = new String[n];
      }
      AnalysisPolicy policy = builder.policy;
      for (int i = 0; i < n; i++) {
        Order order = requireNonNull(orders.get(from + i), "order");
        boolean qualifies = policy.qualifies(order);
        boolean qualifiesUnrefunded = policy.qualifyingOrders().accepts(order.status(), order.total().isZero(), false);
        // An order that cannot qualify is kept for counting only: its amounts are never converted.
        boolean converted = qualifies || qualifiesUnrefunded;
        Instant placedAt = order.placedAt();
        day[i] = builder.localDay(placedAt, order.id());
        epochSecond[i] = placedAt.getEpochSecond();
        nano[i] = placedAt.getNano();
        gross[i] = converted ? policy.grossMinor(order) : 0;
        customerIds[i] = order.customerId().value();
        customerHashes[i] = customerIds[i].hashCode();
        for (OrderAttribute attribute : ATTRIBUTES) {
          attributes[attribute.ordinal()][i] = attribute.valueOf(order).orElse(null);
        }
        List<Refund> orderRefunds = order.refunds();
        flags[i] = (byte) OrderLogBuilder.flags(order.status(), qualifies, qualifiesUnrefunded, !orderRefunds.isEmpty());
        for (int r = 0; r < orderRefunds.size(); r++) {
          Instant refundedAt = orderRefunds.get(r).refundedAt();
          addRefund(from + i, builder.localDay(refundedAt, order.id()), refundedAt,
              converted ? policy.refundMinor(order, r) : 0);
        }
      }
    }

    private void addRefund(int row, int localDay, Instant refundedAt, long amount) {
      if (refunds == refundRow.length) {
        int grown = Math.max(16, 2 * refunds);
        refundRow = Arrays.copyOf(refundRow, grown);
        refundDay = Arrays.copyOf(refundDay, grown);
        refundSecond = Arrays.copyOf(refundSecond, grown);
        refundNano = Arrays.copyOf(refundNano, grown);
        refundMinor = Arrays.copyOf(refundMinor, grown);
      }
      refundRow[refunds] = row;
      refundDay[refunds] = localDay;
      refundSecond[refunds] = refundedAt.getEpochSecond();
      refundNano[refunds] = refundedAt.getNano();
      refundMinor[refunds++] = amount;
    }

    /**
     * Appends the chunk's rows, attributes and refunds to {@code builder}, in input order. Only strings
     * are read here: the orders themselves were read, in parallel, when the chunk was converted.
     */
    void appendTo(OrderLogBuilder builder) {
      int refund = 0;
      for (int i = 0; i < day.length; i++) {
        if (i % PREFETCH_BATCH == 0) {
          prefetched += builder.customerIds.prefetch(customerIds, customerHashes, i,
              Math.min(day.length, i + PREFETCH_BATCH));
        }
        int row = builder.appendRow(customerIds[i], customerHashes[i], day[i], epochSecond[i], nano[i], gross[i],
            flags[i]);
        for (OrderAttribute attribute : ATTRIBUTES) {
          String value = attributes[attribute.ordinal()][i];
          if (value != null) {
            builder.setAttribute(row, attribute, value);
          }
        }
        for (; refund < refunds && refundRow[refund] == from + i; refund++) {
          builder.appendRefund(row, refundDay[refund], refundSecond[refund], refundNano[refund], refundMinor[refund]);
        }
      }
    }
  }
}
