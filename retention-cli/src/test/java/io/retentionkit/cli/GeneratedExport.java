package io.retentionkit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a seeded generic CSV export with everything the loader must carry over exactly: account orders,
 * guest checkouts that join an account by e-mail and guests of their own, a second currency, cancelled,
 * refunded and zero-value orders, channels, discount codes and countries, and orders one customer placed at
 * the same second whose order ids run against the file's order. Order ids are a shuffled sequence, so
 * neither the file nor a customer's orders are in order id order.
 */
final class GeneratedExport {
  static final String HEADER = "order_id,customer_id,placed_at,amount,currency,status,email,channel,discount_code,"
      + "country,refunded_amount,refunded_at";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
  private static final LocalDateTime START = LocalDateTime.of(2023, 1, 1, 0, 0);
  private static final String[] CHANNELS = {"web", "app", "pos"};
  private static final String[] COUNTRIES = {"NL", "DE", "BE", "FR"};

  private GeneratedExport() {}

  /**
   * Writes about {@code orders} orders of {@code customers} customers over two years to {@code file}.
   *
   * @return the number of orders written
   */
  static int write(Path file, long seed, int orders, int customers) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] ids = shuffled(orders + orders / 10 + 1, random);
    int written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      while (written < orders) {
        int customer = (int) Math.floor(Math.pow(random.nextDouble(), 2) * customers); // a few buy often
        LocalDateTime placed = START.plusSeconds(random.nextLong(2L * 365 * 86_400));
        int copies = random.nextInt(40) == 0 ? 2 : 1; // the same customer and second, twice
        for (int copy = 0; copy < copies && written < orders; copy++) {
          out.write(record(random, ids[written++], customer, placed));
          out.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }

  private static String record(SplittableRandom random, int id, int customer, LocalDateTime placed) {
    boolean guest = random.nextInt(8) == 0;
    // A guest is usually a customer with an account who did not log in; now and then someone new.
    String email = guest && random.nextInt(4) == 0 ? "guest" + random.nextInt(500) + "@example.org"
        : random.nextInt(5) == 0 ? "" : "c" + customer + "@example.com";
    if (guest && email.isEmpty()) {
      email = "c" + customer + "@example.com";
    }
    boolean usd = random.nextInt(6) == 0;
    long cents = random.nextInt(30) == 0 ? 0 : 500 + random.nextInt(20_000);
    String status = "paid";
    String refunded = "";
    String refundedAt = "";
    int fate = random.nextInt(40);
    if (fate == 0) {
      status = "cancelled";
    } else if (fate == 1 && cents > 0) {
      status = "refunded";
      refundedAt = LOCAL.format(placed.plusDays(random.nextInt(30)));
    } else if (fate < 5 && cents > 100) {
      status = "partially_refunded";
      refunded = amount(50 + random.nextLong(cents - 50));
      refundedAt = LOCAL.format(placed.plusDays(random.nextInt(60)).plusSeconds(random.nextInt(86_400)));
    }
    return String.join(",", String.format(Locale.ROOT, "o%07d", id), guest ? "" : "c" + customer,
        LOCAL.format(placed), amount(cents), usd ? "USD" : "EUR", status, email,
        CHANNELS[random.nextInt(CHANNELS.length)], random.nextInt(7) == 0 ? "WELCOME" + random.nextInt(3) : "",
        COUNTRIES[random.nextInt(COUNTRIES.length)], refunded, refundedAt);
  }

  private static String amount(long cents) {
    return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
  }

  private static int[] shuffled(int n, SplittableRandom random) {
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
    return values;
  }
}
