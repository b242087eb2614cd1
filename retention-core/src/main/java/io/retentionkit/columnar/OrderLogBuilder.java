package io.retentionkit.columnar;

import static io.retentionkit.internal.Checks.requireState;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderStatus;
import io.retentionkit.model.QualifyingOrders;
import io.retentionkit.model.Refund;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Collects the rows of an {@link OrderLog} in the order they are added, then groups them by customer and
 * sorts them in time: the state behind {@link OrderLog.Builder} and {@link OrderLog#from}.
 *
 * <p>Input that arrives customer by customer, each customer's orders in time order (as generators and
 * some exports produce it), is recognised as it is added and needs no regrouping. Otherwise the build
 * counts rows per customer, places them with a counting sort, sorts each customer's few rows by time, and
 * gathers each column into the new order, one column at a time so that at most one spare column is alive.
 */
final class OrderLogBuilder {
  private static final OrderAttribute[] ATTRIBUTES = OrderAttribute.values();
  private static final OrderStatus[] STATUSES = OrderStatus.values();
  /** Segments up to this long are sorted by insertion; longer ones by merging. */
  private static final int INSERTION_SORT_LIMIT = 24;
  /**
   * Customer ids looked up at once, in parallel: enough to split over the cores, few enough that the
   * builder keeps only a bounded number of its caller's strings.
   */
  private static final int PENDING_IDS = 1 << 16;
  private static final long MIN_SECOND = Instant.MIN.getEpochSecond();
  private static final long MAX_SECOND = Instant.MAX.getEpochSecond();
  private static final int NANOS_PER_SECOND = 1_000_000_000;
  /**
   * Orders whose objects are {@linkplain #readAhead read ahead} at once: their misses overlap, and they stay
   * in the L1 cache.
   */
  private static final int READ_AHEAD_ORDERS = 16;

  final AnalysisPolicy policy;
  private final QualifyingOrders rule;
  /** Places the order instants. */
  private final LocalDays localDays;
  /**
   * Places the refund instants: apart from the orders', whose span they would leave whenever a refund
   * follows its order across a change of the clocks.
   */
  private final LocalDays refundDays;
  final StringIndex customerIds = new StringIndex();
  final StringIndex[] attributeValues = new StringIndex[ATTRIBUTES.length];

  private int size;
  private int capacity;
  /** The customer index of each row; reused for the inverse permutation when rows are regrouped. */
  private int[] customer = new int[0];
  int[] day = new int[0];
  int[] secondOfDay = new int[0];
  /** Null until some instant has a fraction of a second. */
  int[] nano;
  final LongColumn grossMinor = new LongColumn(0);
  byte[] flags = new byte[0];
  final CodeColumn[] attributeCodes = new CodeColumn[ATTRIBUTES.length];

  private int refunds;
  int[] refundOrder = new int[0];
  int[] refundDay = new int[0];
  int[] refundSecondOfDay = new int[0];
  /** Null until some refund instant has a fraction of a second. */
  int[] refundNano;
  long[] refundMinor = new long[0];

  /** The orders the rows were made of, by row, to break ties between equal instants; null for primitive rows. */
  private List<? extends Order> orders;
  /** Whether every row so far follows its customer's previous row directly and in time order. */
  private boolean grouped = true;
  /**
   * Whether every row so far follows the row before it in time (ties broken as {@link #compareRows}
   * does): then the counting sort that groups the rows leaves each customer's rows in time order.
   */
  private boolean chronological = true;
  private int firstDay = Integer.MAX_VALUE;
  private int lastDay = Integer.MIN_VALUE;
  private boolean built;

  /**
   * The customer ids and attribute values of the rows appended since the last run was handed to
   * {@link #handOff}: the rows' customers and attribute codes are unknown until then.
   */
  private PendingRows filling = new PendingRows(PENDING_IDS);
  /**
   * The run whose customer ids are looked up in the background ({@link #lookingUp}) and whose attributes
   * are coded there ({@link #codingAttributes}) while rows keep coming, or null.
   */
  private PendingRows inFlight;
  private ForkJoinTask<Long> lookingUp;
  private ForkJoinTask<?> codingAttributes;
  /** A run completed, kept for reuse, or null. */
  private PendingRows spare;
  /** What interning's read-ahead read; kept so that the reads are not optimised away. */
  private long readAhead;

  /** The primitive builder's open order: its total, the refunds added to it so far and where they start. */
  private boolean open;
  private long openTotal;
  private long openRefunded;
  private int openFirstRefund;

  int[] customerStart;

  OrderLogBuilder(AnalysisPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
    this.rule = policy.qualifyingOrders();
    this.localDays = new LocalDays(policy.zone());
    this.refundDays = new LocalDays(policy.zone());
    for (int i = 0; i < ATTRIBUTES.length; i++) {
      attributeValues[i] = StringIndex.retainingStrings();
      attributeCodes[i] = new CodeColumn(0);
    }
  }

  /** Makes room for {@code rows} rows in total. */
  void ensureCapacity(int rows) {
    if (rows > capacity) {
      resizeRows(rows);
    }
  }

  /** Returns the shop-local epoch day of the instant {@code second}, which must fit in an {@code int}. */
  private int localDay(LocalDays days, long second, int nanos, int order) {
    long epochDay = days.epochDay(second);
    if (epochDay != (int) epochDay) { // the order number is boxed only here: this runs for every order
      throw outOfRange(Instant.ofEpochSecond(second, nanos), order);
    }
    return (int) epochDay;
  }

  /** Returns {@code epochDay}, the local day of {@code instant}, if it fits in an {@code int}. */
  private static int checkedDay(long epochDay, Instant instant, Object order) {
    if (epochDay != (int) epochDay) { // checked without a varargs call: this runs for every order
      throw outOfRange(instant, order);
    }
    return (int) epochDay;
  }

  private static IllegalArgumentException outOfRange(Instant instant, Object order) {
    return new IllegalArgumentException(String.format(Locale.ROOT,
        "order date must lie within five million years of 1970: %s (order %s)", instant, order));
  }

  /**
   * Checks an instant given as epoch second and nanosecond as {@link Instant#ofEpochSecond(long, long)}
   * would accept it with a nanosecond in range; {@code what} names it in the message.
   */
  private void checkInstant(long epochSecond, int nanos, String what, int order) {
    if (epochSecond < MIN_SECOND || epochSecond > MAX_SECOND) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s epoch second must lie between %d and %d: %d (order %d)", what, MIN_SECOND, MAX_SECOND,
          epochSecond, order));
    }
    if (nanos < 0 || nanos >= NANOS_PER_SECOND) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s nanosecond must lie between 0 and 999999999: %d (order %d)", what, nanos, order));
    }
  }

  /**
   * Appends a row of customer {@code customerId} and returns the row's index. The id and the row's
   * attribute values are coded with the next rows', in the background while further rows are appended
   * ({@link PendingRows}), and then completed ({@link #completeRun}); until then the row's customer and
   * attribute codes are unknown.
   *
   * @param localDay the shop-local epoch day of the instant {@code epochSecond} and {@code nanos}
   * @param rowFlags status and flags, as {@link OrderLog} encodes them
   */
  int appendRow(String customerId, int localDay, long epochSecond, int nanos, long gross, int rowFlags) {
    if (filling.isFull()) { // handed on only now: the last row's attributes follow its order
      handOff();
    }
    int row = writeRow(localDay, epochSecond, nanos, gross, rowFlags);
    filling.add(row, customerId);
    return row;
  }

  /**
   * Hands the full run to the common pool to code while the caller appends the next rows, and completes
   * the run handed off before it. The background codes the new run's attributes (it alone uses the
   * attribute dictionaries meanwhile) while this thread adds the last run's new customers to the index,
   * and only then looks up the new run's customer ids, which nothing changes until the next hand-off.
   * (A {@code CompletableFuture} would start a thread per run on a machine of two cores, where the common
   * pool has a single worker.)
   */
  private void handOff() {
    PendingRows done = finishInFlight();
    PendingRows run = filling;
    StringIndex[] dictionaries = attributeValues;
    codingAttributes = ForkJoinPool.commonPool().submit(() -> run.codeAttributes(dictionaries));
    filling = spare != null ? spare : new PendingRows(PENDING_IDS);
    spare = null;
    if (done != null) {
      completeRun(done);
      spare = done;
    }
    StringIndex index = customerIds;
    lookingUp = ForkJoinPool.commonPool().submit(() -> run.lookUpAll(index));
    inFlight = run;
  }

  /**
   * Waits for the run in flight, if any, and returns it, coded: looks up the customer ids the background
   * has not reached yet, rather than wait idle for them, then waits for the rest.
   */
  private PendingRows finishInFlight() {
    PendingRows run = inFlight;
    if (run != null) {
      readAhead += run.helpLookUp(customerIds);
      readAhead += lookingUp.join();
      codingAttributes.join();
      inFlight = null;
      lookingUp = null;
      codingAttributes = null;
    }
    return run;
  }

  /** Codes and completes every row still pending; called once, when the log is built. */
  private void codePending() {
    PendingRows done = finishInFlight();
    if (done != null) {
      completeRun(done);
    }
    if (filling.size() > 0) {
      filling.codeAttributes(attributeValues);
      readAhead += filling.lookUpAll(customerIds);
      completeRun(filling);
    }
  }

  /**
   * Sets the customers and attribute codes of the rows of a coded run. Most customers were found; the new
   * ids are added one after another in row order, which numbers the customers in the order they first
   * appear, as interning row by row would.
   */
  private void completeRun(PendingRows run) {
    int firstRow = run.firstRow();
    int read = PendingRows.READ_AHEAD;
    for (int i = 0; i < run.size(); i++) {
      if (i % read == 0) {
        readAhead += run.prefetchAbsent(customerIds, i, Math.min(run.size(), i + read));
      }
      int customerIndex = run.indexFound(i);
      boolean newCustomer = false;
      if (customerIndex < 0) {
        int before = customerIds.size();
        customerIndex = customerIds.intern(run.id(i), run.hash(i));
        newCustomer = customerIds.size() > before;
      }
      customer[firstRow + i] = customerIndex;
      trackGrouping(firstRow + i, customerIndex, newCustomer);
    }
    run.writeCodes(attributeCodes);
    run.clear();
  }

  /**
   * Appends the rows of {@code orders}, a random-access list, in list order, breaking ties between orders
   * placed at the same instant by order id ({@link #appendOrder}); call once, on a new builder.
   */
  void appendAll(List<? extends Order> orders) {
    ensureCapacity(orders.size());
    this.orders = orders;
    for (int i = 0; i < orders.size(); i++) {
      if (i % READ_AHEAD_ORDERS == 0) {
        readAhead(orders, i, Math.min(orders.size(), i + READ_AHEAD_ORDERS));
      }
      appendOrder(orders.get(i));
    }
  }

  /**
   * Reads the objects that appending orders {@code [from, to)} of {@code orders} reads: the orders, their
   * instants, amounts, customer ids and the ids' text, and the lists and optionals of their refunds and
   * attributes. Orders allocated far apart (as when a list was sorted after it was made) each cost a
   * chain of cache misses; read for a few orders at once in a short loop, the misses of different orders
   * overlap, and appending them then finds the objects in the cache.
   */
  private void readAhead(List<? extends Order> orders, int from, int to) {
    long sink = 0;
    for (int i = from; i < to; i++) {
      Order order = orders.get(i);
      if (order != null) {
        sink += order.placedAt().getNano() + order.total().minorUnits() + order.customerId().value().length()
            + order.refunds().size() + order.lineItems().size() + (order.channel().isPresent() ? 1 : 0)
            + (order.country().isPresent() ? 1 : 0) + (order.discountCode().isPresent() ? 1 : 0);
      }
    }
    readAhead += sink;
  }

  /**
   * Appends the row of {@code order}, with its refunds and attributes: the order is qualified by the
   * policy, and an order that cannot qualify is kept for counting only, its amounts never converted (a
   * currency without a rate then does not matter). Rows of orders are never mixed with the primitive
   * builder's.
   */
  private void appendOrder(Order order) {
    requireNonNull(order, "order");
    boolean qualifies = policy.qualifies(order);
    boolean qualifiesUnrefunded = rule.accepts(order.status(), order.total().isZero(), false);
    boolean converted = qualifies || qualifiesUnrefunded;
    Instant placedAt = order.placedAt();
    int placedOn = checkedDay(localDays.epochDay(placedAt), placedAt, order.id());
    List<Refund> orderRefunds = order.refunds();
    int row = appendRow(order.customerId().value(), placedOn, placedAt.getEpochSecond(), placedAt.getNano(),
        converted ? policy.grossMinor(order) : 0,
        flags(order.status(), qualifies, qualifiesUnrefunded, !orderRefunds.isEmpty()));
    for (OrderAttribute attribute : ATTRIBUTES) {
      Optional<String> value = attribute.valueOf(order);
      if (value.isPresent()) {
        filling.setAttribute(attribute, value.get());
      }
    }
    for (int r = 0; r < orderRefunds.size(); r++) {
      Instant refundedAt = orderRefunds.get(r).refundedAt();
      int refundedOn = checkedDay(refundDays.epochDay(refundedAt), refundedAt, order.id());
      appendRefund(row, refundedOn, refundedAt.getEpochSecond(), refundedAt.getNano(),
          converted ? policy.refundMinor(order, r) : 0);
    }
  }

  /** Appends a row but for its customer and returns its index. */
  private int writeRow(int localDay, long epochSecond, int nanos, long gross, int rowFlags) {
    requireState(!built, "order log must be built only once");
    if (size == capacity) {
      resizeRows(Math.max(16, capacity + (capacity >> 1)));
    }
    int row = size++;
    day[row] = localDay;
    secondOfDay[row] = (int) (epochSecond - localDay * (long) OrderLog.SECONDS_PER_DAY);
    if (nanos != 0 && nano == null) {
      nano = new int[capacity];
    }
    if (nano != null) {
      nano[row] = nanos;
    }
    grossMinor.set(row, gross);
    flags[row] = (byte) rowFlags;
    firstDay = Math.min(firstDay, localDay);
    lastDay = Math.max(lastDay, localDay);
    trackTimeOrder(row);
    return row;
  }

  /** Notes whether row {@code row} of customer {@code customerIndex} keeps the rows grouped, in time order. */
  private void trackGrouping(int row, int customerIndex, boolean newCustomer) {
    if (row > 0 && grouped) {
      grouped = customer[row - 1] == customerIndex ? compareRows(row - 1, row) <= 0 : newCustomer;
    }
  }

  /**
   * Notes whether row {@code row}, whose instant is written, keeps the rows in time order; the rows
   * before it are compared in sequence, which costs no cache misses.
   */
  private void trackTimeOrder(int row) {
    if (row > 0 && chronological) {
      chronological = compareRows(row - 1, row) <= 0;
    }
  }

  /** Appends a refund of row {@code row}, the last row appended. */
  void appendRefund(int row, int localDay, long epochSecond, int nanos, long amount) {
    if (refunds == refundOrder.length) {
      int grown = Math.max(16, refunds + (refunds >> 1));
      refundOrder = Arrays.copyOf(refundOrder, grown);
      refundDay = Arrays.copyOf(refundDay, grown);
      refundSecondOfDay = Arrays.copyOf(refundSecondOfDay, grown);
      refundMinor = Arrays.copyOf(refundMinor, grown);
      if (refundNano != null) {
        refundNano = Arrays.copyOf(refundNano, grown);
      }
    }
    int refund = refunds++;
    refundOrder[refund] = row;
    refundDay[refund] = localDay;
    refundSecondOfDay[refund] = (int) (epochSecond - localDay * (long) OrderLog.SECONDS_PER_DAY);
    if (nanos != 0 && refundNano == null) {
      refundNano = new int[refundOrder.length];
    }
    if (refundNano != null) {
      refundNano[refund] = nanos;
    }
    refundMinor[refund] = amount;
    lastDay = Math.max(lastDay, localDay);
  }

  /** Starts an order of the primitive builder, completing the one before. */
  void startOrder(String customerId, Instant placedAt, long totalMinor) {
    requireNonNull(placedAt, "placedAt");
    startOrder(customerId, placedAt.getEpochSecond(), placedAt.getNano(), totalMinor);
  }

  /**
   * Starts an order placed at epoch second {@code epochSecond} plus {@code nanos}, completing the one
   * before. The checks are written out rather than calling {@code requireArgument}, whose varargs would box
   * and allocate for every order.
   */
  void startOrder(String customerId, long epochSecond, int nanos, long totalMinor) {
    requireState(!built, "order log must be built only once");
    if (customerId == null) {
      throw new NullPointerException("customer id");
    }
    if (customerId.isBlank()) {
      throw new IllegalArgumentException("customer id must not be blank");
    }
    checkInstant(epochSecond, nanos, "order", size);
    if (totalMinor < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "order total must not be negative: %d (order %d)", totalMinor, size));
    }
    int placedOn = localDay(localDays, epochSecond, nanos, size);
    completeOpenOrder();
    appendRow(customerId, placedOn, epochSecond, nanos, totalMinor, OrderStatus.PAID.ordinal());
    open = true;
    openTotal = totalMinor;
    openRefunded = 0;
    openFirstRefund = refunds;
  }

  void status(OrderStatus status) {
    requireNonNull(status, "status");
    requireOpen();
    flags[size - 1] = (byte) status.ordinal();
  }

  void attribute(OrderAttribute attribute, String value) {
    requireNonNull(attribute, "attribute");
    requireNonNull(value, "value");
    requireOpen();
    if (value.isBlank()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must not be blank when present (order %d)",
          attribute.name().toLowerCase(Locale.ROOT).replace('_', ' '), size - 1));
    }
    filling.setAttribute(attribute, value);
  }

  void refund(long amountMinor, Instant refundedAt) {
    requireNonNull(refundedAt, "refundedAt");
    refund(amountMinor, refundedAt.getEpochSecond(), refundedAt.getNano());
  }

  void refund(long amountMinor, long epochSecond, int nanos) {
    requireOpen();
    int row = size - 1;
    if (amountMinor <= 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "refund amount must be positive: %d (order %d)", amountMinor, row));
    }
    checkInstant(epochSecond, nanos, "refund", row);
    if (isBefore(epochSecond, nanos, row)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "refund must not precede the order: refunded at %s (order %d)", Instant.ofEpochSecond(epochSecond, nanos),
          row));
    }
    long refunded = openRefunded + amountMinor;
    if (refunded < 0 || refunded > openTotal) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "refunds must not exceed the total %d: %d refunded (order %d)", openTotal, refunded, row));
    }
    int refundedOn = localDay(refundDays, epochSecond, nanos, row);
    openRefunded = refunded;
    appendRefund(row, refundedOn, epochSecond, nanos, amountMinor);
  }

  private void requireOpen() {
    if (!open || built) {
      throw new IllegalStateException("an order must be started before its status, attributes or refunds");
    }
  }

  /** Qualifies the primitive builder's open order, now that its status and refunds are known. */
  private void completeOpenOrder() {
    if (!open) {
      return;
    }
    open = false;
    int row = size - 1;
    OrderStatus status = STATUSES[flags[row] & OrderLog.STATUS_BITS];
    boolean zero = openTotal == 0;
    boolean qualifies = rule.accepts(status, zero, !zero && openRefunded == openTotal);
    boolean qualifiesUnrefunded = rule.accepts(status, zero, false);
    flags[row] = (byte) flags(status, qualifies, qualifiesUnrefunded, openFirstRefund < refunds);
    if (!qualifies && !qualifiesUnrefunded) {
      // Kept for counting only, as OrderLog.from keeps an order it never converts.
      grossMinor.set(row, 0);
      Arrays.fill(refundMinor, openFirstRefund, refunds, 0);
    }
  }

  /** Returns the status and flags of a row as {@link OrderLog} encodes them. */
  static int flags(OrderStatus status, boolean qualifies, boolean qualifiesUnrefunded, boolean hasRefunds) {
    return status.ordinal() | (qualifies ? OrderLog.QUALIFIES : 0)
        | (qualifiesUnrefunded ? OrderLog.QUALIFIES_UNREFUNDED : 0) | (hasRefunds ? OrderLog.HAS_REFUNDS : 0);
  }

  OptionalInt firstDay() {
    return size == 0 ? OptionalInt.empty() : OptionalInt.of(firstDay);
  }

  OptionalInt lastDay() {
    return size == 0 ? OptionalInt.empty() : OptionalInt.of(lastDay);
  }

  /** Groups, sorts and trims the rows and refunds, and returns the log; the builder is spent. */
  OrderLog build() {
    requireState(!built, "order log must be built only once");
    completeOpenOrder();
    codePending();
    built = true;
    int customers = customerIds.size();
    customerStart = new int[customers + 1];
    for (int row = 0; row < size; row++) {
      customerStart[customer[row] + 1]++;
    }
    for (int c = 0; c < customers; c++) {
      customerStart[c + 1] += customerStart[c];
    }
    if (!grouped) {
      regroup(customers); // gathers into arrays of the exact size
    } else if (size < capacity) {
      resizeRows(size);
    }
    if (nano == null) {
      nano = new int[0];
    }
    customer = null;
    orders = null;
    sortRefunds();
    customerIds.trim();
    for (int i = 0; i < ATTRIBUTES.length; i++) {
      attributeValues[i].trim();
      attributeCodes[i].dropIfUnused(attributeValues[i].size() == 0);
    }
    return new OrderLog(this);
  }

  /** Places every customer's rows together in time order and maps the refunds to the rows' new places. */
  private void regroup(int customers) {
    int[] placeOf = new int[size]; // new place → old row
    int[] next = Arrays.copyOf(customerStart, customers);
    for (int row = 0; row < size; row++) {
      placeOf[next[customer[row]]++] = row;
    }
    // The counting sort kept each customer's rows in the order they were added: in time order when all
    // rows were (as in a chronological export); otherwise check and sort each customer's rows, in parallel
    // over ranges of customers.
    if (!chronological) {
      Columns.forChunks(customers, (from, to) -> {
        int[] scratch = new int[0];
        for (int c = from; c < to; c++) {
          scratch = sortByTime(placeOf, customerStart[c], customerStart[c + 1], scratch);
        }
      });
    }
    int[] newPlace = customer; // the customer column is spent: it becomes old row → new place
    Columns.forChunks(size, (from, to) -> {
      for (int place = from; place < to; place++) {
        newPlace[placeOf[place]] = place;
      }
    });
    for (int refund = 0; refund < refunds; refund++) {
      refundOrder[refund] = newPlace[refundOrder[refund]];
    }
    day = Columns.gather(day, placeOf, size);
    secondOfDay = Columns.gather(secondOfDay, placeOf, size);
    if (nano != null) {
      nano = Columns.gather(nano, placeOf, size);
    }
    grossMinor.gather(placeOf, size);
    flags = Columns.gather(flags, placeOf, size);
    for (CodeColumn codes : attributeCodes) {
      codes.gather(placeOf, size);
    }
  }

  /**
   * Sorts the old rows in {@code rows[from, to)} by placement instant, then order id, then the order they
   * were added. Returns the scratch array, grown if a merge needed more.
   */
  private int[] sortByTime(int[] rows, int from, int to, int[] scratch) {
    boolean sorted = true;
    for (int i = from + 1; i < to && sorted; i++) {
      sorted = compareRows(rows[i - 1], rows[i]) <= 0;
    }
    if (sorted) {
      return scratch;
    }
    if (to - from <= INSERTION_SORT_LIMIT) {
      for (int i = from + 1; i < to; i++) {
        int row = rows[i];
        int j = i - 1;
        while (j >= from && compareRows(rows[j], row) > 0) {
          rows[j + 1] = rows[j];
          j--;
        }
        rows[j + 1] = row;
      }
      return scratch;
    }
    int[] buffer = scratch.length >= to - from ? scratch : new int[to - from];
    mergeSort(rows, from, to, buffer);
    return buffer;
  }

  private void mergeSort(int[] rows, int from, int to, int[] buffer) {
    if (to - from <= INSERTION_SORT_LIMIT) {
      sortByTime(rows, from, to, buffer);
      return;
    }
    int middle = (from + to) >>> 1;
    mergeSort(rows, from, middle, buffer);
    mergeSort(rows, middle, to, buffer);
    System.arraycopy(rows, from, buffer, 0, to - from);
    int left = 0;
    int leftEnd = middle - from;
    int right = leftEnd;
    int rightEnd = to - from;
    for (int i = from; i < to; i++) {
      rows[i] = right >= rightEnd || left < leftEnd && compareRows(buffer[left], buffer[right]) <= 0
          ? buffer[left++] : buffer[right++];
    }
  }

  /** Compares two rows by instant, then order id (for rows made of orders), then position. */
  private int compareRows(int a, int b) {
    long secondA = day[a] * (long) OrderLog.SECONDS_PER_DAY + secondOfDay[a];
    long secondB = day[b] * (long) OrderLog.SECONDS_PER_DAY + secondOfDay[b];
    if (secondA != secondB) {
      return Long.compare(secondA, secondB);
    }
    if (nano != null && nano[a] != nano[b]) {
      return Integer.compare(nano[a], nano[b]);
    }
    if (orders != null) {
      int byId = orders.get(a).id().compareTo(orders.get(b).id());
      if (byId != 0) {
        return byId;
      }
    }
    return Integer.compare(a, b);
  }

  /** Orders the refunds by row, each row's by instant (then as added, which is list order), and trims them. */
  private void sortRefunds() {
    int[] placeOf = new int[refunds];
    if (grouped) {
      for (int i = 0; i < refunds; i++) {
        placeOf[i] = i; // rows were appended in order and refunds to the row just appended
      }
    } else {
      long[] keys = new long[refunds];
      for (int i = 0; i < refunds; i++) {
        keys[i] = (long) refundOrder[i] << 32 | i;
      }
      Arrays.parallelSort(keys);
      for (int i = 0; i < refunds; i++) {
        placeOf[i] = (int) keys[i];
      }
    }
    for (int start = 0, end; start < refunds; start = end) {
      end = start + 1;
      while (end < refunds && refundOrder[placeOf[end]] == refundOrder[placeOf[start]]) {
        end++;
      }
      for (int i = start + 1; i < end; i++) { // stable insertion sort by instant: an order has few refunds
        int refund = placeOf[i];
        int j = i - 1;
        while (j >= start && refundedAfter(placeOf[j], refund)) {
          placeOf[j + 1] = placeOf[j];
          j--;
        }
        placeOf[j + 1] = refund;
      }
    }
    refundOrder = Columns.gather(refundOrder, placeOf, refunds);
    refundDay = Columns.gather(refundDay, placeOf, refunds);
    refundSecondOfDay = Columns.gather(refundSecondOfDay, placeOf, refunds);
    refundNano = refundNano == null ? new int[0] : Columns.gather(refundNano, placeOf, refunds);
    refundMinor = Columns.gather(refundMinor, placeOf, refunds);
  }

  private boolean refundedAfter(int a, int b) {
    long secondA = refundDay[a] * (long) OrderLog.SECONDS_PER_DAY + refundSecondOfDay[a];
    long secondB = refundDay[b] * (long) OrderLog.SECONDS_PER_DAY + refundSecondOfDay[b];
    return secondA > secondB || secondA == secondB && refundNano != null && refundNano[a] > refundNano[b];
  }

  private boolean isBefore(long epochSecond, int nanos, int row) {
    long second = day[row] * (long) OrderLog.SECONDS_PER_DAY + secondOfDay[row];
    int rowNano = nano == null ? 0 : nano[row];
    return epochSecond < second || epochSecond == second && nanos < rowNano;
  }

  private void resizeRows(int rows) {
    customer = Arrays.copyOf(customer, rows);
    day = Arrays.copyOf(day, rows);
    secondOfDay = Arrays.copyOf(secondOfDay, rows);
    if (nano != null) {
      nano = Arrays.copyOf(nano, rows);
    }
    grossMinor.resize(rows);
    flags = Arrays.copyOf(flags, rows);
    for (CodeColumn codes : attributeCodes) {
      codes.resize(rows);
    }
    capacity = rows;
  }
}
