package io.retentionkit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a large seeded generic CSV export quickly, for the memory check of {@link RetentionJarIT}: rows as
 * a shop's own export has them, with an e-mail address, status, channel, country, sometimes a discount code,
 * and two columns the importer ignores (a shipping address and the browser's user agent), about 260 bytes
 * an order over three years.
 */
final class LargeExport {
  private static final String[] CHANNELS = {"web", "app", "pos"};
  private static final String[] COUNTRIES = {"NL", "DE", "BE", "FR"};
  private static final String USER_AGENT =
      "\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36\"";

  private LargeExport() {}

  /** Writes {@code orders} orders of {@code customers} customers to {@code file}; returns its size in bytes. */
  static long write(Path file, int orders, int customers, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("order_id,customer_id,placed_at,amount,currency,status,email,channel,country,discount_code,"
          + "shipping_address,user_agent\n");
      StringBuilder row = new StringBuilder(300);
      for (int i = 0; i < orders; i++) {
        int customer = random.nextInt(customers);
        int second = random.nextInt(86_400);
        long cents = 500 + random.nextInt(20_000);
        row.setLength(0);
        row.append("ORD-").append(1_000_000 + i).append(",CUST-").append(customer).append(',')
            .append(2022 + random.nextInt(3)).append('-').append(two(1 + random.nextInt(12))).append('-')
            .append(two(1 + random.nextInt(28))).append('T').append(two(second / 3600)).append(':')
            .append(two(second / 60 % 60)).append(':').append(two(second % 60)).append("+01:00,")
            .append(cents / 100).append('.').append(two((int) (cents % 100))).append(",EUR,")
            .append(random.nextInt(5) == 0 ? "paid" : "fulfilled").append(",customer").append(customer)
            .append("@example.com,").append(CHANNELS[random.nextInt(CHANNELS.length)]).append(',')
            .append(COUNTRIES[random.nextInt(COUNTRIES.length)]).append(',')
            .append(random.nextInt(6) == 0 ? "WELCOME10" : "").append(",\"Keizersgracht ").append(customer % 997)
            .append(", 1015 CJ Amsterdam, Netherlands\",").append(USER_AGENT).append('\n');
        out.append(row);
      }
    }
    return Files.size(file);
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
