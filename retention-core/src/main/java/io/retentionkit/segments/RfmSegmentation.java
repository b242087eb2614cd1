package io.retentionkit.segments;

import static java.util.Objects.requireNonNull;

import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The RFM segmentation of a shop's customers as of one instant: each customer's recency, frequency and
 * monetary value, their scores and segment, and the size of every segment. {@link RfmAnalysis} computes
 * it; the {@linkplain io.retentionkit.segments package documentation} defines every value.
 *
 * <p>Customers are listed in {@link CustomerId} order, segments in {@link RfmSegment}'s order (all eleven,
 * empty ones included). Every order the analysis was given is counted once: as
 * {@linkplain #ordersCounted counted}, {@linkplain #ordersNotQualifying not qualifying} or
 * {@linkplain #ordersAfterAsOf placed at or after the as-of instant}.
 *
 * <p>This is a value-based, immutable and thread-safe class; two segmentations are equal when all their
 * values are.
 *
 * @since 0.1.0
 */
public final class RfmSegmentation {
  private final Instant asOf;
  private final LocalDate asOfDate;
  private final Currency currency;
  private final List<CustomerRfm> customers;
  private final List<SegmentSize> sizes;
  private final Money totalRevenue;
  private final long ordersCounted;
  private final long ordersNotQualifying;
  private final long ordersAfterAsOf;

  RfmSegmentation(Instant asOf, LocalDate asOfDate, List<CustomerRfm> customers, List<SegmentSize> sizes,
      Money totalRevenue, OrderCounts counts) {
    this.asOf = requireNonNull(asOf, "asOf");
    this.asOfDate = requireNonNull(asOfDate, "asOfDate");
    this.customers = List.copyOf(customers);
    this.sizes = List.copyOf(sizes);
    this.totalRevenue = requireNonNull(totalRevenue, "totalRevenue");
    this.currency = totalRevenue.currency();
    this.ordersCounted = counts.counted();
    this.ordersNotQualifying = counts.notQualifying();
    this.ordersAfterAsOf = counts.afterAsOf();
  }

  /**
   * Returns the as-of instant: only orders placed before it were counted.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns the shop-local date of the as-of instant, from which recency is counted.
   *
   * @return the date
   */
  public LocalDate asOfDate() {
    return asOfDate;
  }

  /**
   * Returns the currency of every monetary value: the policy's reporting currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns every customer with a qualifying order before the as-of instant, in customer-id order.
   *
   * @return the customers; unmodifiable
   */
  public List<CustomerRfm> customers() {
    return customers;
  }

  /**
   * Returns one customer's values.
   *
   * @param id the customer
   * @return their values, or empty if they had no qualifying order before the as-of instant
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<CustomerRfm> customer(CustomerId id) {
    requireNonNull(id, "id");
    int low = 0;
    int high = customers.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int comparison = customers.get(middle).customerId().compareTo(id);
      if (comparison == 0) {
        return Optional.of(customers.get(middle));
      }
      if (comparison < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the size of every segment, in {@link RfmSegment}'s order, empty segments included.
   *
   * @return eleven sizes; unmodifiable
   */
  public List<SegmentSize> sizes() {
    return sizes;
  }

  /**
   * Returns the size of one segment.
   *
   * @param segment the segment
   * @return its size
   * @throws NullPointerException if {@code segment} is null
   */
  public SegmentSize size(RfmSegment segment) {
    return sizes.get(segment.ordinal());
  }

  /**
   * Returns the monetary value of all customers together: the whole of every segment's revenue share.
   *
   * @return the sum, in {@link #currency()}
   */
  public Money totalRevenue() {
    return totalRevenue;
  }

  /**
   * Returns how many orders were counted: qualifying orders placed before the as-of instant.
   *
   * @return the count
   */
  public long ordersCounted() {
    return ordersCounted;
  }

  /**
   * Returns how many orders placed before the as-of instant were left out because they do not qualify as
   * purchases under the policy.
   *
   * @return the count
   */
  public long ordersNotQualifying() {
    return ordersNotQualifying;
  }

  /**
   * Returns how many orders were left out because they were placed at or after the as-of instant.
   *
   * @return the count
   */
  public long ordersAfterAsOf() {
    return ordersAfterAsOf;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RfmSegmentation other
        && asOf.equals(other.asOf)
        && asOfDate.equals(other.asOfDate)
        && totalRevenue.equals(other.totalRevenue)
        && ordersCounted == other.ordersCounted
        && ordersNotQualifying == other.ordersNotQualifying
        && ordersAfterAsOf == other.ordersAfterAsOf
        && customers.equals(other.customers)
        && sizes.equals(other.sizes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, asOfDate, totalRevenue, ordersCounted, ordersNotQualifying, ordersAfterAsOf,
        customers, sizes);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "RfmSegmentation[asOf=%s, customers=%d, totalRevenue=%s, orders counted=%d, not qualifying=%d, "
            + "after as-of=%d, sizes=", asOf, customers.size(), totalRevenue, ordersCounted, ordersNotQualifying,
        ordersAfterAsOf));
    String separator = "";
    for (SegmentSize size : sizes) {
      out.append(separator).append(size.segment().key()).append('=').append(size.customers());
      separator = " ";
    }
    return out.append(']').toString();
  }
}
