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
 * Turns {@link Order} objects into the rows of an {@link OrderLog}, using every core:
 * <ol>
 *   <li>chunks of orders are qualified, converted and placed on shop-local days in parallel, each chunk
 *       writing its rows' day, time of day, amount and flags straight into the builder's columns, and
 *       gathering its customer ids, hash codes and attribute values;
 *   <li>customer ids are interned in parallel, each thread owning the ids of one hash partition, while
 *       other threads number each attribute's values (in the order they first appear);
 *   <li>one pass in input order numbers the customers in the order they first appear, and a parallel pass
 *       translates every row's partition-local customer number into that number;
 *   <li>one pass in input order appends the rows, which only sets each row's customer, notes whether the
 *       rows are grouped, and adds the refunds.
 * </ol>
 * Everything but the first appearance of each customer is thus done in parallel, and the result is the
 * same however many threads run.
 */
final class OrderImport {
  /** Orders per chunk: enough to amortise a task, few enough to spread over the cores. */
  private static final int CHUNK = 1 << 14;
  /** Customer ids whose table entries are read ahead at once; about as many misses as a core overlaps. */
  private static final int PREFETCH_BATCH = 32;
  /** Orders whose objects are read ahead at once; their misses overlap, and they stay in the L1 cache. */
  private static final int READ_AHEAD_ORDERS = 16;
  private static final OrderAttribute[] ATTRIBUTES = OrderAttribute.values();

  private final List<? extends Order> orders;
  private final OrderLogBuilder builder;
  private final int partitions;
  private final StringIndex[] customersByPartition;
  private Converted[] chunks;
  /** What the read-ahead read; kept so that the reads are not optimised away. */
  private long readAhead;

  private OrderImport(List<? extends Order> orders, AnalysisPolicy policy, int partitions) {
    this.orders = orders;
    this.builder = new OrderLogBuilder(policy);
    this.partitions = partitions;
    this.customersByPartition = new StringIndex[partitions];
    Arrays.setAll(customersByPartition, partition -> new StringIndex());
  }

  /** Returns the log of {@code orders}, a random-access list, under {@code policy}. */
  static OrderLog build(List<? extends Order> orders, AnalysisPolicy policy) {
    return build(orders, policy, Runtime.getRuntime().availableProcessors());
  }

  /** Returns the log of {@code orders}, interning customer ids in {@code partitions} partitions. */
  static OrderLog build(List<? extends Order> orders, AnalysisPolicy policy, int partitions) {
    return new OrderImport(orders, policy, partitions).build();
  }

  private OrderLog build() {
    builder.ensureCapacity(orders.size());
    builder.breakTiesBy(orders);
    int chunkCount = (orders.size() + CHUNK - 1) / CHUNK;
    chunks = IntStream.range(0, chunkCount).parallel()
        .mapToObj(chunk -> new Converted(chunk * CHUNK, Math.min(orders.size(), (chunk + 1) * CHUNK)))
        .toArray(Converted[]::new);
    long[] read = new long[partitions];
    IntStream.range(0, partitions + ATTRIBUTES.length).parallel().forEach(task -> {
      if (task < partitions) {
        read[task] = internCustomers(task);
      } else {
        codeAttribute(ATTRIBUTES[task - partitions]);
      }
    });
    readAhead = Arrays.stream(read).sum();
    int[][] numberOf = numberCustomers();
    Arrays.stream(chunks).parallel().forEach(chunk -> chunk.translateCustomers(numberOf));
    for (Converted chunk : chunks) {
      chunk.appendTo(builder);
    }
    return builder.build();
  }

  /** Interns the customer ids of hash partition {@code partition}; returns what the read-ahead read. */
  private long internCustomers(int partition) {
    StringIndex index = customersByPartition[partition];
    long sink = 0;
    for (Converted chunk : chunks) {
      for (int from = 0; from < chunk.size(); from += PREFETCH_BATCH) {
        int to = Math.min(chunk.size(), from + PREFETCH_BATCH);
        sink += index.prefetch(chunk.customerIds, chunk.customerHashes, from, to, partition, partitions);
        for (int i = from; i < to; i++) {
          if (StringIndex.partitionOf(chunk.customerHashes[i], partitions) == partition) {
            int before = index.size();
            chunk.customer[i] = index.intern(chunk.customerIds[i], chunk.customerHashes[i]);
            chunk.newCustomer[i] = index.size() > before;
          }
        }
      }
    }
    return sink;
  }

  /** Codes the values of {@code attribute} in the order they first appear. */
  private void codeAttribute(OrderAttribute attribute) {
    StringIndex values = builder.attributeValues[attribute.ordinal()];
    CodeColumn codes = builder.attributeCodes[attribute.ordinal()];
    for (Converted chunk : chunks) {
      String[] chunkValues = chunk.attributes[attribute.ordinal()];
      for (int i = 0; chunkValues != null && i < chunk.size(); i++) {
        if (chunkValues[i] != null) {
          codes.set(chunk.from + i, values.intern(chunkValues[i]) + 1);
        }
      }
    }
  }

  /**
   * Numbers the customers in the order they first appear, adding their ids to the log's index in that
   * order; returns each partition's customer numbers by partition-local index.
   */
  private int[][] numberCustomers() {
    int[][] numberOf = new int[partitions][];
    int customers = 0;
    long textBytes = 0;
    for (int partition = 0; partition < partitions; partition++) {
      numberOf[partition] = new int[customersByPartition[partition].size()];
      customers += customersByPartition[partition].size();
      textBytes += customersByPartition[partition].textBytes();
    }
    builder.customerIds.reserve(customers, textBytes);
    for (Converted chunk : chunks) {
      for (int i = 0; i < chunk.size(); i++) {
        if (chunk.newCustomer[i]) {
          int hash = chunk.customerHashes[i];
          numberOf[StringIndex.partitionOf(hash, partitions)][chunk.customer[i]] =
              builder.customerIds.addNew(chunk.customerIds[i], hash);
        }
      }
    }
    return numberOf;
  }

  /**
   * The orders {@code [from, to)}: their day, time of day, amount and flags written straight into the
   * builder's columns at their rows, which no other chunk writes; what the columns cannot take yet kept
   * here (the rare amounts that widen the amount column, fractions of a second, refunds), with the
   * customer ids and attribute values that the later steps code.
   */
  private final class Converted {
    private final int from;
    private final int size;
    /** The customer ids and their hash codes, and the attribute values by attribute (null for none). */
    private final String[] customerIds;
    private final int[] customerHashes;
    /** Per attribute, null until some order of the chunk has a value. */
    private final String[][] attributes = new String[ATTRIBUTES.length][];
    /** The customer's index: first within its hash partition, then the log's. */
    private final int[] customer;
    /** Whether the row is its customer's first. */
    private final boolean[] newCustomer;
    /** Null until some order is placed at a fraction of a second. */
    private int[] nanos;
    /** What the read-ahead read; kept so that the reads are not optimised away. */
    private long readAheadSum;
    /** The rows, and amounts, whose amount does not fit the amount column as it is. */
    private int wideAmounts;
    private int[] wideRow = new int[0];
    private long[] wideAmount = new long[0];
    private int refunds;
    private int[] refundRow = new int[0];
    private int[] refundDay = new int[0];
    private long[] refundSecond = new long[0];
    private int[] refundNano = new int[0];
    private long[] refundMinor = new long[0];

    Converted(int from, int to) {
      this.from = from;
      this.size = to - from;
      int n = size;
      customerIds = new String[n];
      customerHashes = new int[n];
      customer = new int[n];
      newCustomer = new boolean[n];
      AnalysisPolicy policy = builder.policy;
      LocalDays localDays = new LocalDays(policy.zone());
      LocalDays refundDays = new LocalDays(policy.zone()); // a refund may follow its order across a clock change
      int[] day = builder.day;
      int[] secondOfDay = builder.secondOfDay;
      byte[] flags = builder.flags;
      long read = 0;
      for (int i = 0; i < n; i++) {
        int row = from + i;
        if (i % READ_AHEAD_ORDERS == 0) {
          read += readAhead(row, Math.min(to, row + READ_AHEAD_ORDERS));
        }
        Order order = requireNonNull(orders.get(row), "order");
        boolean qualifies = policy.qualifies(order);
        boolean qualifiesUnrefunded = policy.qualifyingOrders().accepts(order.status(), order.total().isZero(), false);
        // An order that cannot qualify is kept for counting only: its amounts are never converted.
        boolean converted = qualifies || qualifiesUnrefunded;
        Instant placedAt = order.placedAt();
        day[row] = OrderLogBuilder.checkedDay(localDays.epochDay(placedAt), placedAt, order.id());
        secondOfDay[row] = (int) (placedAt.getEpochSecond() - day[row] * (long) OrderLog.SECONDS_PER_DAY);
        if (placedAt.getNano() != 0) {
          if (nanos == null) {
            nanos = new int[n];
          }
          nanos[i] = placedAt.getNano();
        }
        long gross = converted ? policy.grossMinor(order) : 0;
        if (!builder.grossMinor.setInPlace(row, gross)) {
          addWideAmount(row, gross);
        }
        customerIds[i] = order.customerId().value();
        customerHashes[i] = customerIds[i].hashCode();
        for (OrderAttribute attribute : ATTRIBUTES) {
          String value = attribute.valueOf(order).orElse(null);
          if (value != null) {
            if (attributes[attribute.ordinal()] == null) {
              attributes[attribute.ordinal()] = new String[n];
            }
            attributes[attribute.ordinal()][i] = value;
          }
        }
        List<Refund> orderRefunds = order.refunds();
        flags[row] = (byte) OrderLogBuilder.flags(order.status(), qualifies, qualifiesUnrefunded, !orderRefunds.isEmpty());
        for (int r = 0; r < orderRefunds.size(); r++) {
          Instant refundedAt = orderRefunds.get(r).refundedAt();
          int refundDay = OrderLogBuilder.checkedDay(refundDays.epochDay(refundedAt), refundedAt, order.id());
          addRefund(row, refundDay, refundedAt, converted ? policy.refundMinor(order, r) : 0);
        }
      }
      readAheadSum = read;
    }

    int size() {
      return size;
    }

    /**
     * Reads the objects the conversion of orders {@code [fromRow, toRow)} reads: the orders, their
     * instants, amounts, customer ids and the ids' text, and the lists and optionals of their refunds and
     * attributes. Orders allocated far apart (as when a list was sorted after it was made) each cost a
     * chain of cache misses; read for a few orders at once in a short loop, the misses of different orders
     * overlap, and the conversion then finds the objects in the cache.
     *
     * @return a value computed from what was read, for the caller to keep so the reads are not elided
     */
    private long readAhead(int fromRow, int toRow) {
      long sink = 0;
      for (int row = fromRow; row < toRow; row++) {
        Order order = orders.get(row);
        if (order != null) {
          sink += order.placedAt().getNano() + order.total().minorUnits() + order.customerId().value().length()
              + order.refunds().size() + order.lineItems().size() + (order.channel().isPresent() ? 1 : 0)
              + (order.country().isPresent() ? 1 : 0) + (order.discountCode().isPresent() ? 1 : 0);
        }
      }
      return sink;
    }

    private void addWideAmount(int row, long amount) {
      if (wideAmounts == wideRow.length) {
        int grown = Math.max(16, 2 * wideAmounts);
        wideRow = Arrays.copyOf(wideRow, grown);
        wideAmount = Arrays.copyOf(wideAmount, grown);
      }
      wideRow[wideAmounts] = row;
      wideAmount[wideAmounts++] = amount;
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

    /** Replaces each row's partition-local customer index with the log's. */
    void translateCustomers(int[][] numberOf) {
      for (int i = 0; i < size(); i++) {
        customer[i] = numberOf[StringIndex.partitionOf(customerHashes[i], partitions)][customer[i]];
      }
    }

    /**
     * Completes the chunk's rows in the builder and appends them with their refunds, in input order; the
     * columns already hold the rest.
     */
    void appendTo(OrderLogBuilder rows) {
      for (int i = 0; i < wideAmounts; i++) {
        rows.grossMinor.set(wideRow[i], wideAmount[i]); // widens the column, keeping what it holds
      }
      if (nanos != null) {
        for (int i = 0; i < size; i++) {
          rows.writeNano(from + i, nanos[i]);
        }
      }
      int refund = 0;
      for (int i = 0; i < size; i++) {
        int row = rows.appendWrittenRow(customer[i], newCustomer[i]);
        for (; refund < refunds && refundRow[refund] == row; refund++) {
          rows.appendRefund(row, refundDay[refund], refundSecond[refund], refundNano[refund], refundMinor[refund]);
        }
      }
    }
  }
}
