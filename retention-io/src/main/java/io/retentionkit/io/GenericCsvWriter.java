package io.retentionkit.io;

import static java.util.Objects.requireNonNull;

import io.retentionkit.io.csv.SafeCsvWriter;
import io.retentionkit.model.EmailAddress;
import io.retentionkit.model.Order;
import io.retentionkit.model.Refund;
import java.io.Closeable;
import java.io.Flushable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes orders as a {@linkplain InputFormat#GENERIC_CSV generic CSV} that {@link OrderImporter} reads back:
 * to convert another export into the generic layout, or to show what the layout looks like.
 *
 * <p>Every column of the layout is written, in the order {@code order_id, customer_id, placed_at, amount,
 * currency, status, email, channel, discount_code, country, refunded_amount, refunded_at}. Instants are
 * written as ISO-8601 date-times with the offset of the writer's zone ({@code 2024-03-01T09:30:00+01:00}),
 * so they read back as the same instants in any zone. Statuses are the lower-case
 * {@link io.retentionkit.model.OrderStatus} names. A guest checkout is written with a blank
 * {@code customer_id}, which is how the layout marks one; it reads back with the customer
 * {@link io.retentionkit.model.CustomerId#ofEmail} of its e-mail address.
 *
 * <p>What the layout cannot hold is not written: line items are left out, and an order with more than one
 * refund is refused (the layout has one refund per order) rather than silently merged. Text cells are
 * protected against formula injection by {@link SafeCsvWriter}, so a value that starts with {@code =},
 * {@code +}, {@code -} or {@code @} reads back with a leading apostrophe.
 *
 * <pre>{@code
 * try (GenericCsvWriter csv = GenericCsvWriter.create(Path.of("orders.csv"), ZoneId.of("Europe/Amsterdam"))) {
 *   orders.forEach(csv);
 * }
 * }</pre>
 *
 * <p>Not thread-safe. Closing it closes the underlying writer.
 *
 * @since 0.1.0
 */
public final class GenericCsvWriter implements Consumer<Order>, Closeable, Flushable {
  private final SafeCsvWriter csv;
  private final ZoneId zone;
  private long written;

  private GenericCsvWriter(SafeCsvWriter csv, ZoneId zone) {
    this.csv = csv;
    this.zone = zone;
    List<String> header = new ArrayList<>(GenericCsvReader.REQUIRED);
    header.addAll(GenericCsvReader.OPTIONAL);
    csv.row(header);
  }

  /**
   * Creates (or truncates) {@code file}, in UTF-8, and writes the header.
   *
   * @param file the CSV file
   * @param zone the zone whose offsets the timestamps are written with
   * @return the writer
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the file cannot be written
   */
  public static GenericCsvWriter create(Path file, ZoneId zone) {
    requireNonNull(zone, "zone");
    return new GenericCsvWriter(SafeCsvWriter.create(file), zone);
  }

  /**
   * Returns a writer into {@code out}, after writing the header.
   *
   * @param out where the CSV goes; closed when this writer is closed
   * @param zone the zone whose offsets the timestamps are written with
   * @return the writer
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static GenericCsvWriter of(Writer out, ZoneId zone) {
    requireNonNull(zone, "zone");
    return new GenericCsvWriter(SafeCsvWriter.of(out), zone);
  }

  /**
   * Writes one order as one record.
   *
   * @param order the order
   * @throws NullPointerException if {@code order} is null
   * @throws IllegalArgumentException if the order has more than one refund
   * @throws UncheckedIOException if writing fails
   */
  @Override
  public void accept(Order order) {
    requireNonNull(order, "order");
    if (order.refunds().size() > 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "order must have at most one refund to be written as generic CSV: order %s has %d",
          order.id(), order.refunds().size()));
    }
    Optional<Refund> refund = order.refunds().stream().findFirst();
    csv.row(
        order.id().value(),
        order.guestCheckout() ? "" : order.customerId().value(),
        timestamp(order.placedAt()),
        order.total().toBigDecimal(),
        order.total().currency().getCurrencyCode(),
        order.status().name().toLowerCase(Locale.ROOT),
        order.email().map(EmailAddress::value).orElse(""),
        order.channel().orElse(""),
        order.discountCode().orElse(""),
        order.country().orElse(""),
        refund.<Object>map(r -> r.amount().toBigDecimal()).orElse(""),
        refund.map(r -> timestamp(r.refundedAt())).orElse(""));
    written++;
  }

  private String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
  }

  /**
   * Returns how many orders have been written.
   *
   * @return the count, not counting the header
   */
  public long written() {
    return written;
  }

  /**
   * Flushes what has been written.
   *
   * @throws UncheckedIOException if flushing fails
   */
  @Override
  public void flush() {
    csv.flush();
  }

  /**
   * Flushes and closes the file.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    csv.close();
  }
}
