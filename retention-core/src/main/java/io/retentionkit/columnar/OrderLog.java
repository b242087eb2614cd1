package io.retentionkit.columnar;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;

/**
 * An immutable, columnar log of orders bound to one {@link AnalysisPolicy}: the form in which the
 * library's calculators read millions of orders in one parallel pass ({@code CohortAnalysis.analyze},
 * {@code MetricsAnalysis.analyze}, {@code CustomerSummarizer.summarize} all accept one).
 *
 * <h2>Bound to its policy</h2>
 * The policy is applied once, when the log is built: amounts are converted into the reporting currency,
 * instants are placed on shop-local dates in the policy's zone, and the qualifying-order rule is
 * evaluated. A calculator therefore accepts a log only if it was built under an equal policy. Every order
 * is kept, qualifying or not, so that results can count what they leave out; an order that cannot
 * qualify under the policy (not even before its refunds) is kept for counting only, and its amounts read
 * as zero: they are never converted.
 *
 * <h2>Layout</h2>
 * Customers are numbered densely, {@code 0} to {@code customerCount() − 1}, in the order they first
 * appear; {@link #customerId} and {@link #customerIndex} translate. Orders are numbered {@code 0} to
 * {@code orderCount() − 1} in the log's own order, not the input's: grouped by customer, and each
 * customer's orders by the instant they were placed (orders placed at the same instant by order id when
 * built {@linkplain #from from orders}, else in the order they were added). Customer {@code c}'s orders
 * are thus {@code orderStart(c)} to {@code orderEnd(c) − 1}, and their first qualifying order is the first
 * of those that {@linkplain #qualifies qualifies}. Refunds are numbered likewise: grouped by order, and
 * each order's by the instant they were made.
 *
 * <h2>Memory</h2>
 * The hot columns, which every pass reads, take 13 bytes per order: the shop-local epoch day (4), the
 * time of day (4), the gross amount (4 while every amount fits in an {@code int} of minor units, else 8)
 * and a byte of status and flags; 4 more if some instant has a fraction of a second. Each
 * {@linkplain OrderAttribute attribute} that some order has adds 1 byte per order while it has at most 255
 * distinct values (2 up to 65,535, else 4). A customer costs 4 bytes of order offset plus their id's text
 * (1 byte per character for Latin-1 ids), a 4-byte text offset and 11 to 21 bytes of hash table, and 4
 * more once {@link #customerInIdOrder} was used; a refund costs 24 bytes. {@link #arrayBytes()} reports
 * the total: 49.6 million synthetic orders of 10 million customers with three attributes take 1,105 MiB,
 * 23.4 bytes per order. While a log is built from rows that do not arrive customer by customer, it needs
 * 4 more bytes per order and room for one spare column; {@link #from} also keeps about 30 bytes per order
 * (customer ids, their hash codes and numbers, attribute values) until the columns are filled.
 *
 * <p>Immutable and thread-safe. Two logs are equal only if they are the same instance.
 *
 * @since 0.1.0
 */
public final class OrderLog {
  static final int SECONDS_PER_DAY = 86_400;
  static final int STATUS_BITS = 0x07;
  static final int QUALIFIES = 0x08;
  static final int QUALIFIES_UNREFUNDED = 0x10;
  static final int HAS_REFUNDS = 0x20;
  private static final OrderStatus[] STATUSES = OrderStatus.values();
  private static final OrderAttribute[] ATTRIBUTES = OrderAttribute.values();

  private final AnalysisPolicy policy;
  private final StringIndex customerIds;
  /** Customer {@code c}'s orders are {@code customerStart[c]} to {@code customerStart[c + 1] − 1}. */
  private final int[] customerStart;

  private final int[] day;
  /** The placement instant's epoch second minus {@code day × 86,400}: a small {@code int}. */
  private final int[] secondOfDay;
  /** Nanoseconds of the placement instant; empty when every instant is a whole second. */
  private final int[] nano;
  private final LongColumn grossMinor;
  private final byte[] flags;
  private final CodeColumn[] attributeCodes;
  private final StringIndex[] attributeValues;

  private final int[] refundOrder;
  private final int[] refundDay;
  private final int[] refundSecondOfDay;
  private final int[] refundNano;
  private final long[] refundMinor;
  private final OptionalInt firstDay;
  private final OptionalInt lastDay;
  /** The customers in id order, computed on first use; a deterministic cache, like a string's hash. */
  private volatile int[] customersById;

  OrderLog(OrderLogBuilder built) {
    this.policy = built.policy;
    this.customerIds = built.customerIds;
    this.customerStart = built.customerStart;
    this.day = built.day;
    this.secondOfDay = built.secondOfDay;
    this.nano = built.nano;
    this.grossMinor = built.grossMinor;
    this.flags = built.flags;
    this.attributeCodes = built.attributeCodes;
    this.attributeValues = built.attributeValues;
    this.refundOrder = built.refundOrder;
    this.refundDay = built.refundDay;
    this.refundSecondOfDay = built.refundSecondOfDay;
    this.refundNano = built.refundNano;
    this.refundMinor = built.refundMinor;
    this.firstDay = built.firstDay();
    this.lastDay = built.lastDay();
  }

  /**
   * Returns the log of {@code orders} under {@code policy}. Every order that can qualify is converted
   * into the reporting currency now, so an amount that cannot be converted fails the build, even in an
   * order a later analysis would have ignored (one placed after its window or as-of instant).
   *
   * @param orders the orders, in any order
   * @param policy the policy to apply
   * @return the log
   * @throws NullPointerException if an argument or an order is null
   * @throws IllegalArgumentException if an amount cannot be converted into the reporting currency, or an
   *     order's date lies beyond five million years from 1970
   */
  public static OrderLog from(Iterable<? extends Order> orders, AnalysisPolicy policy) {
    requireNonNull(orders, "orders");
    requireNonNull(policy, "policy");
    List<? extends Order> list;
    if (orders instanceof List<? extends Order> randomAccess && orders instanceof RandomAccess) {
      list = randomAccess;
    } else {
      List<Order> copy = new ArrayList<>();
      orders.forEach(copy::add);
      list = copy;
    }
    OrderLogBuilder builder = new OrderLogBuilder(policy);
    builder.appendAll(list);
    return builder.build();
  }

  /**
   * Returns a builder that appends orders given as primitive values, for importers and generators that
   * never create {@link Order} objects.
   *
   * @param policy the policy the log is bound to; amounts given to the builder are already in its
   *     reporting currency
   * @return a new builder
   * @throws NullPointerException if {@code policy} is null
   */
  public static Builder newBuilder(AnalysisPolicy policy) {
    return new Builder(new OrderLogBuilder(policy));
  }

  /**
   * Returns the policy the log was built under.
   *
   * @return the policy
   */
  public AnalysisPolicy policy() {
    return policy;
  }

  /**
   * Returns the number of orders, qualifying or not.
   *
   * @return the order count
   */
  public int orderCount() {
    return day.length;
  }

  /**
   * Returns the number of distinct customers.
   *
   * @return the customer count
   */
  public int customerCount() {
    return customerStart.length - 1;
  }

  /**
   * Returns the number of refunds.
   *
   * @return the refund count
   */
  public int refundCount() {
    return refundOrder.length;
  }

  /**
   * Returns the id of customer {@code customer}.
   *
   * @param customer a customer index
   * @return the id
   * @throws IndexOutOfBoundsException if {@code customer} is out of range
   */
  public CustomerId customerId(int customer) {
    Objects.checkIndex(customer, customerCount());
    return CustomerId.of(customerIds.get(customer));
  }

  /**
   * Returns the index of the customer with id {@code id}.
   *
   * @param id the id
   * @return the index, or empty if the log has no order of that customer
   * @throws NullPointerException if {@code id} is null
   */
  public OptionalInt customerIndex(CustomerId id) {
    requireNonNull(id, "id");
    int index = customerIds.indexOf(id.value());
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /**
   * Returns the customer with the {@code rank}-th smallest id ({@link CustomerId} order), so that
   * {@code customerInIdOrder(0)}, {@code customerInIdOrder(1)}, ... lists the customers by id. The order
   * is sorted in parallel on first use and kept (4 bytes per customer).
   *
   * @param rank the rank, from 0
   * @return the customer index
   * @throws IndexOutOfBoundsException if {@code rank} is out of range
   */
  public int customerInIdOrder(int rank) {
    int[] order = customersById;
    if (order == null) {
      order = sortCustomersById();
      customersById = order;
    }
    return order[Objects.checkIndex(rank, order.length)];
  }

  private int[] sortCustomersById() {
    IdOf[] byId = new IdOf[customerCount()];
    Arrays.parallelSetAll(byId, customer -> new IdOf(customerIds.get(customer), customer));
    Arrays.parallelSort(byId, Comparator.comparing(IdOf::id));
    return Arrays.stream(byId).mapToInt(IdOf::customer).toArray();
  }

  private record IdOf(String id, int customer) {}

  /**
   * Returns the first of customer {@code customer}'s orders.
   *
   * @param customer a customer index
   * @return the order index
   * @throws IndexOutOfBoundsException if {@code customer} is out of range
   */
  public int orderStart(int customer) {
    Objects.checkIndex(customer, customerCount());
    return customerStart[customer];
  }

  /**
   * Returns the order after customer {@code customer}'s last.
   *
   * @param customer a customer index
   * @return the order index, exclusive; greater than {@link #orderStart}
   * @throws IndexOutOfBoundsException if {@code customer} is out of range
   */
  public int orderEnd(int customer) {
    Objects.checkIndex(customer, customerCount());
    return customerStart[customer + 1];
  }

  /**
   * Returns the customer who placed order {@code order}.
   *
   * @param order an order index
   * @return the customer index
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public int customerOf(int order) {
    Objects.checkIndex(order, orderCount());
    int low = 0;
    int high = customerCount() - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (customerStart[middle] <= order) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  /**
   * Returns the shop-local date order {@code order} was placed on, as an epoch day.
   *
   * @param order an order index
   * @return days since 1970-01-01 in the policy's zone
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public int day(int order) {
    return day[order];
  }

  /**
   * Returns the instant order {@code order} was placed.
   *
   * @param order an order index
   * @return the instant
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public Instant placedAt(int order) {
    return Instant.ofEpochSecond(day[order] * (long) SECONDS_PER_DAY + secondOfDay[order], nanoOf(nano, order));
  }

  /**
   * Returns whether order {@code order} was placed strictly before {@code instant}, without creating
   * objects.
   *
   * @param order an order index
   * @param instant the instant
   * @return {@code true} if placed before it
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public boolean isPlacedBefore(int order, Instant instant) {
    return isBefore(day[order], secondOfDay[order], nanoOf(nano, order), instant);
  }

  /**
   * Returns the status of order {@code order}.
   *
   * @param order an order index
   * @return the status
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public OrderStatus status(int order) {
    return STATUSES[flags[order] & STATUS_BITS];
  }

  /**
   * Returns whether order {@code order} counts as a purchase under the policy, with all its refunds.
   *
   * @param order an order index
   * @return {@code true} if it qualifies
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public boolean qualifies(int order) {
    return (flags[order] & QUALIFIES) != 0;
  }

  /**
   * Returns whether order {@code order} counted as a purchase before its refunds were made. It differs from
   * {@link #qualifies} only for an order refunded in full under a rule that excludes such orders; a
   * calculator that looks at an instant before the last refund uses it (no subset of the refunds refunds
   * the order in full).
   *
   * @param order an order index
   * @return {@code true} if it qualified before its refunds
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public boolean qualifiesUnrefunded(int order) {
    return (flags[order] & QUALIFIES_UNREFUNDED) != 0;
  }

  /**
   * Returns whether order {@code order} has refunds.
   *
   * @param order an order index
   * @return {@code true} if at least one refund belongs to it
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public boolean hasRefunds(int order) {
    return (flags[order] & HAS_REFUNDS) != 0;
  }

  /**
   * Returns what order {@code order} was charged, in minor units of the reporting currency
   * ({@link AnalysisPolicy#grossMinor}).
   *
   * @param order an order index
   * @return the gross amount; zero for an order that cannot qualify
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public long grossMinor(int order) {
    return grossMinor.get(order);
  }

  /**
   * Returns order {@code order}'s gross amount minus all its refunds, in minor units of the reporting
   * currency ({@link AnalysisPolicy#netMinor}).
   *
   * @param order an order index
   * @return the net amount; zero for an order that cannot qualify
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public long netMinor(int order) {
    long net = grossMinor.get(order);
    if (hasRefunds(order)) {
      for (int refund = refundStart(order); refund < refundOrder.length && refundOrder[refund] == order; refund++) {
        net -= refundMinor[refund];
      }
    }
    return net;
  }

  /**
   * Returns the dictionary code of {@code attribute} of order {@code order}: 0 for no value, else a code
   * from 1 to {@link #attributeValueCount}.
   *
   * @param attribute the attribute
   * @param order an order index
   * @return the code
   * @throws NullPointerException if {@code attribute} is null
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public int attributeCode(OrderAttribute attribute, int order) {
    return attributeCodes[attribute.ordinal()].get(Objects.checkIndex(order, orderCount()));
  }

  /**
   * Returns the value of {@code attribute} of order {@code order}.
   *
   * @param attribute the attribute
   * @param order an order index
   * @return the value, or empty if the order has none
   * @throws NullPointerException if {@code attribute} is null
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public Optional<String> attribute(OrderAttribute attribute, int order) {
    int code = attributeCode(attribute, order);
    return code == 0 ? Optional.empty() : Optional.of(attributeValue(attribute, code));
  }

  /**
   * Returns the value with dictionary code {@code code} of {@code attribute}.
   *
   * @param attribute the attribute
   * @param code a code from 1 to {@link #attributeValueCount}
   * @return the value
   * @throws NullPointerException if {@code attribute} is null
   * @throws IndexOutOfBoundsException if {@code code} is out of range
   */
  public String attributeValue(OrderAttribute attribute, int code) {
    StringIndex values = attributeValues[attribute.ordinal()];
    Objects.checkIndex(code - 1, values.size());
    return values.get(code - 1);
  }

  /**
   * Returns how many distinct values {@code attribute} takes in the log.
   *
   * @param attribute the attribute
   * @return the number of values, which are coded 1 to this number
   * @throws NullPointerException if {@code attribute} is null
   */
  public int attributeValueCount(OrderAttribute attribute) {
    return attributeValues[attribute.ordinal()].size();
  }

  /**
   * Returns the first refund of order {@code order}, or where it would be if it has none.
   *
   * @param order an order index
   * @return a refund index; the order's refunds are {@code refundStart(order)} to
   *     {@code refundEnd(order) − 1}
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public int refundStart(int order) {
    Objects.checkIndex(order, orderCount());
    return firstRefundAtOrAfter(order);
  }

  /**
   * Returns the refund after order {@code order}'s last.
   *
   * @param order an order index
   * @return a refund index, exclusive
   * @throws IndexOutOfBoundsException if {@code order} is out of range
   */
  public int refundEnd(int order) {
    Objects.checkIndex(order, orderCount());
    return firstRefundAtOrAfter(order + 1);
  }

  /**
   * Returns the order refund {@code refund} belongs to.
   *
   * @param refund a refund index
   * @return the order index
   * @throws IndexOutOfBoundsException if {@code refund} is out of range
   */
  public int refundOrder(int refund) {
    return refundOrder[refund];
  }

  /**
   * Returns the shop-local date refund {@code refund} was made on, as an epoch day.
   *
   * @param refund a refund index
   * @return days since 1970-01-01 in the policy's zone
   * @throws IndexOutOfBoundsException if {@code refund} is out of range
   */
  public int refundDay(int refund) {
    return refundDay[refund];
  }

  /**
   * Returns the instant refund {@code refund} was made.
   *
   * @param refund a refund index
   * @return the instant
   * @throws IndexOutOfBoundsException if {@code refund} is out of range
   */
  public Instant refundedAt(int refund) {
    return Instant.ofEpochSecond(refundDay[refund] * (long) SECONDS_PER_DAY + refundSecondOfDay[refund],
        nanoOf(refundNano, refund));
  }

  /**
   * Returns whether refund {@code refund} was made strictly before {@code instant}, without creating
   * objects.
   *
   * @param refund a refund index
   * @param instant the instant
   * @return {@code true} if made before it
   * @throws IndexOutOfBoundsException if {@code refund} is out of range
   */
  public boolean isRefundedBefore(int refund, Instant instant) {
    return isBefore(refundDay[refund], refundSecondOfDay[refund], nanoOf(refundNano, refund), instant);
  }

  /**
   * Returns refund {@code refund} in minor units of the reporting currency: the drop it caused in its
   * order's converted net total ({@link AnalysisPolicy#refundMinor}).
   *
   * @param refund a refund index
   * @return the amount; positive, or zero for a refund of an order that cannot qualify
   * @throws IndexOutOfBoundsException if {@code refund} is out of range
   */
  public long refundMinor(int refund) {
    return refundMinor[refund];
  }

  /**
   * Returns the earliest shop-local day an order was placed on (refunds never precede their orders).
   *
   * @return the epoch day, or empty for an empty log
   */
  public OptionalInt firstDay() {
    return firstDay;
  }

  /**
   * Returns the latest shop-local day an order was placed or a refund made on.
   *
   * @return the epoch day, or empty for an empty log
   */
  public OptionalInt lastDay() {
    return lastDay;
  }

  /**
   * Returns the bytes held in the log's arrays: its memory footprint but for a few object headers.
   *
   * @return the size in bytes
   */
  public long arrayBytes() {
    long bytes = 4L * customerStart.length + customerIds.arrayBytes()
        + 4L * day.length + 4L * secondOfDay.length + 4L * nano.length + grossMinor.arrayBytes() + flags.length
        + 4L * refundOrder.length + 4L * refundDay.length + 4L * refundSecondOfDay.length + 4L * refundNano.length
        + 8L * refundMinor.length;
    for (OrderAttribute attribute : ATTRIBUTES) {
      bytes += attributeCodes[attribute.ordinal()].arrayBytes() + attributeValues[attribute.ordinal()].arrayBytes();
    }
    int[] byId = customersById;
    return byId == null ? bytes : bytes + 4L * byId.length;
  }

  /**
   * Returns the log's size, for logs and debugging.
   *
   * @return e.g. {@code "OrderLog[orders=5000000, customers=1000000, refunds=330000]"}
   */
  @Override
  public String toString() {
    return "OrderLog[orders=" + orderCount() + ", customers=" + customerCount() + ", refunds=" + refundCount() + "]";
  }

  private int firstRefundAtOrAfter(int order) {
    int low = 0;
    int high = refundOrder.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (refundOrder[middle] < order) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static int nanoOf(int[] nanos, int index) {
    return nanos.length == 0 ? 0 : nanos[index];
  }

  private static boolean isBefore(int day, int secondOfDay, int nano, Instant instant) {
    long second = day * (long) SECONDS_PER_DAY + secondOfDay;
    return second < instant.getEpochSecond() || second == instant.getEpochSecond() && nano < instant.getNano();
  }

  /**
   * A mutable builder of one {@link OrderLog} from primitive values; not thread-safe, and good for one
   * {@link #build}. Each {@link #order} call starts an order, which the calls after it (status,
   * attributes, refunds) describe; arguments are checked at once.
   *
   * <p>The builder applies the policy's zone and qualifying-order rule but converts nothing: amounts are
   * given in minor units of the policy's reporting currency, and an order is zero-valued or refunded in
   * full in those units.
   *
   * <pre>{@code
   * OrderLog.Builder builder = OrderLog.newBuilder(policy);
   * builder.order("C0001", Instant.parse("2024-03-01T10:15:30Z"), 4_990).channel("web");
   * builder.order("C0001", Instant.parse("2024-04-02T18:00:00Z"), 2_500)
   *     .refund(2_500, Instant.parse("2024-04-09T09:00:00Z"));
   * OrderLog log = builder.build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final OrderLogBuilder rows;

    private Builder(OrderLogBuilder rows) {
      this.rows = rows;
    }

    /**
     * Reserves room for {@code orders} orders, so that a log of known size is built without copying its
     * columns as they grow.
     *
     * @param orders the expected number of orders; not negative
     * @return this builder
     * @throws IllegalArgumentException if {@code orders} is negative
     */
    public Builder expectedOrders(int orders) {
      requireArgument(orders >= 0, "expected orders must not be negative: %d", orders);
      rows.ensureCapacity(orders);
      return this;
    }

    /**
     * Starts an order with status {@link OrderStatus#PAID}, no attributes and no refunds.
     *
     * @param customerId the customer's id; not blank
     * @param placedAt when the order was placed
     * @param totalMinor what it was charged, in minor units of the reporting currency; not negative
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is out of range
     * @throws IllegalStateException if the log was already built
     */
    public Builder order(String customerId, Instant placedAt, long totalMinor) {
      rows.startOrder(customerId, placedAt, totalMinor);
      return this;
    }

    /**
     * Starts an order placed at the instant {@code epochSecond} plus {@code nanoOfSecond}, as
     * {@link #order(String, Instant, long)} does: for importers that parse instants into numbers and need
     * not create an {@link Instant} per order.
     *
     * @param customerId the customer's id; not blank
     * @param epochSecond seconds since 1970-01-01T00:00:00Z, within {@link Instant}'s range
     * @param nanoOfSecond nanoseconds within the second, from 0 to 999,999,999
     * @param totalMinor what it was charged, in minor units of the reporting currency; not negative
     * @return this builder
     * @throws NullPointerException if {@code customerId} is null
     * @throws IllegalArgumentException if an argument is out of range
     * @throws IllegalStateException if the log was already built
     */
    public Builder order(String customerId, long epochSecond, int nanoOfSecond, long totalMinor) {
      rows.startOrder(customerId, epochSecond, nanoOfSecond, totalMinor);
      return this;
    }

    /**
     * Sets the current order's status.
     *
     * @param status the status
     * @return this builder
     * @throws NullPointerException if {@code status} is null
     * @throws IllegalStateException if no order was started
     */
    public Builder status(OrderStatus status) {
      rows.status(status);
      return this;
    }

    /**
     * Sets an attribute of the current order.
     *
     * @param attribute the attribute
     * @param value its value; not blank
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code value} is blank
     * @throws IllegalStateException if no order was started
     */
    public Builder attribute(OrderAttribute attribute, String value) {
      rows.attribute(attribute, value);
      return this;
    }

    /**
     * Sets the current order's sales channel.
     *
     * @param value the channel; not blank
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     * @throws IllegalStateException if no order was started
     */
    public Builder channel(String value) {
      return attribute(OrderAttribute.CHANNEL, value);
    }

    /**
     * Sets the current order's discount code.
     *
     * @param value the code; not blank
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     * @throws IllegalStateException if no order was started
     */
    public Builder discountCode(String value) {
      return attribute(OrderAttribute.DISCOUNT_CODE, value);
    }

    /**
     * Sets the current order's country.
     *
     * @param value the country; not blank
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     * @throws IllegalStateException if no order was started
     */
    public Builder country(String value) {
      return attribute(OrderAttribute.COUNTRY, value);
    }

    /**
     * Sets the SKU of the current order's first line.
     *
     * @param value the SKU; not blank
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     * @throws IllegalStateException if no order was started
     */
    public Builder firstSku(String value) {
      return attribute(OrderAttribute.FIRST_SKU, value);
    }

    /**
     * Adds a refund to the current order.
     *
     * @param amountMinor the amount refunded, in minor units of the reporting currency; positive, and with
     *     the order's other refunds at most its total
     * @param refundedAt when; not before the order was placed
     * @return this builder
     * @throws NullPointerException if {@code refundedAt} is null
     * @throws IllegalArgumentException if an argument is out of range
     * @throws IllegalStateException if no order was started
     */
    public Builder refund(long amountMinor, Instant refundedAt) {
      rows.refund(amountMinor, refundedAt);
      return this;
    }

    /**
     * Adds a refund made at the instant {@code epochSecond} plus {@code nanoOfSecond} to the current
     * order, as {@link #refund(long, Instant)} does.
     *
     * @param amountMinor the amount refunded, in minor units of the reporting currency; positive, and with
     *     the order's other refunds at most its total
     * @param epochSecond seconds since 1970-01-01T00:00:00Z, within {@link Instant}'s range; not before
     *     the order was placed
     * @param nanoOfSecond nanoseconds within the second, from 0 to 999,999,999
     * @return this builder
     * @throws IllegalArgumentException if an argument is out of range
     * @throws IllegalStateException if no order was started
     */
    public Builder refund(long amountMinor, long epochSecond, int nanoOfSecond) {
      rows.refund(amountMinor, epochSecond, nanoOfSecond);
      return this;
    }

    /**
     * Returns the log of the orders added; the builder cannot be used afterwards.
     *
     * @return the log
     * @throws IllegalStateException if the log was already built
     */
    public OrderLog build() {
      return rows.build();
    }
  }
}
