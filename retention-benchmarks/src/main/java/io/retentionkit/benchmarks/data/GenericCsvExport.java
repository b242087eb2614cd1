package io.retentionkit.benchmarks.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Writes a large seeded export in the generic CSV layout, for measuring the command line's time and heap
 * on it: {@code order_id,customer_id,placed_at,amount,currency,channel,country,status}, orders placed over
 * 2022 to 2024 (local times, read in {@code --zone}), 5.00 to 204.99 EUR, customers drawn so that a few
 * buy often. 15 million orders of a million customers make 948 MB, the file the README's figures for
 * {@code retention report} were measured on.
 *
 * <pre>
 * java -cp retention-benchmarks/target/benchmarks.jar io.retentionkit.benchmarks.data.GenericCsvExport \
 *     FILE ORDERS CUSTOMERS SEED
 * </pre>
 */
public final class GenericCsvExport {
  private static final String[] CHANNELS = {"web", "app", "pos"};
  private static final String[] COUNTRIES = {"NL", "DE", "BE", "FR", "GB"};
  private static final long SECONDS_IN_THREE_YEARS = 3L * 365 * 86_400;

  private GenericCsvExport() {}

  /**
   * Writes the export.
   *
   * @param args the file, the number of orders, the number of customers and the seed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream err = System.err;
    if (args.length != 4) {
      err.println("usage: GenericCsvExport FILE ORDERS CUSTOMERS SEED");
      System.exit(2);
    }
    long seed = Long.parseLong(args[3]);
    err.println("seed " + seed);
    write(Path.of(args[0]), Long.parseLong(args[1]), Integer.parseInt(args[2]), seed);
  }

  /**
   * Writes {@code orders} orders of up to {@code customers} customers to {@code file}.
   *
   * @param file the file to write
   * @param orders how many orders
   * @param customers how many customers the orders are drawn from
   * @param seed the seed; the same seed writes the same file
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, long orders, int customers, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    long start = LocalDateTime.of(2022, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
        1 << 20)) {
      out.write("order_id,customer_id,placed_at,amount,currency,channel,country,status\n");
      StringBuilder row = new StringBuilder(128);
      for (long i = 0; i < orders; i++) {
        row.setLength(0);
        int customer = (int) (Math.pow(random.nextDouble(), 1.5) * customers); // skewed: a few buy often
        LocalDateTime placed = LocalDateTime.ofEpochSecond(start + random.nextLong(SECONDS_IN_THREE_YEARS), 0,
            ZoneOffset.UTC);
        long cents = 500 + random.nextInt(20_000);
        row.append('O').append(i).append(",C").append(customer).append(',').append(placed).append(',')
            .append(cents / 100).append('.').append(cents % 100 < 10 ? "0" : "").append(cents % 100).append(",EUR,")
            .append(CHANNELS[random.nextInt(CHANNELS.length)]).append(',')
            .append(COUNTRIES[random.nextInt(COUNTRIES.length)])
            .append(random.nextInt(4) == 0 ? ",paid\n" : ",fulfilled\n");
        out.append(row);
      }
    }
  }
}
