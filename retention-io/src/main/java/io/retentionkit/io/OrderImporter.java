package io.retentionkit.io;

import static java.util.Objects.requireNonNull;

import io.retentionkit.model.Order;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Reads an order export ({@linkplain InputFormat generic CSV, Shopify CSV or WooCommerce JSON}) and hands
 * each order to a consumer as soon as it is read, so memory does not grow with the file: a 1 GB export
 * needs no more heap than a small one, apart from the order ids kept to reject duplicates (each id's bytes
 * plus 12 to 16 bytes). The consumer can be any {@code Consumer<Order>}, such as a list's {@code add} or an
 * {@link io.retentionkit.metrics.Accumulator}.
 *
 * <pre>{@code
 * OrderImporter importer = OrderImporter.newBuilder(InputFormat.SHOPIFY_CSV, ZoneId.of("Europe/Amsterdam"))
 *     .lenient(rejects)                      // e.g. a RejectsCsvWriter; strict (fail fast) by default
 *     .build();
 * List<Order> orders = new ArrayList<>();
 * ImportSummary summary = importer.read(Path.of("orders_export.csv"), orders::add);
 * }</pre>
 *
 * <h2>Errors</h2>
 * <p>In <em>strict</em> mode (the default) the first invalid record ends the import with an
 * {@link ImportException} whose message names the file, the record's first physical line, and the reason
 * with the field and its value (never an e-mail address). In <em>lenient</em> mode every invalid record
 * goes to the reject sink as a {@link RejectedRecord} and the import goes on. Either way nothing is dropped
 * silently: every record is part of an imported order or rejected, and the {@link ImportSummary} counts
 * add up. A CSV row with no value in any column (an empty line, {@code ,,,,}) is not a record: it is
 * skipped in both modes and counted in {@link ImportSummary#blankRowsSkipped()}. A file whose structure is broken (bytes that are not UTF-8, an unterminated quote, truncated or
 * malformed JSON, a record over the size limit, a missing or misspelt column, an empty file) cannot be
 * read on reliably, so it ends the import with an {@link ImportException} in both modes. A file with a
 * header but no records imports nothing and succeeds.
 *
 * <h2>Input</h2>
 * <p>Text must be UTF-8; a byte-order mark is skipped; lines may end in CR, LF or CRLF, mixed. One record
 * may span at most {@link Builder#maxRecordChars} characters (default {@value #DEFAULT_MAX_RECORD_CHARS})
 * and JSON may nest at most 64 levels, so a hostile file cannot exhaust
 * memory or stack. A Shopify order, whose records are read together, may have at most 10,000 records and
 * 16 times {@code maxRecordChars} characters in them (16 Mi by default); a larger order is rejected with
 * its records. A WooCommerce refunds file is held in memory until the orders file reaches each refund's
 * order, so its refunds may have at most 64 times {@code maxRecordChars} characters together (64 Mi by
 * default); a larger file ends the import. Local times are read in the importer's zone, which has no
 * default.
 *
 * <p>Exceptions thrown by the consumer propagate unchanged and end the import.
 *
 * <p>An importer is immutable; each {@code read} is independent. It can be shared between threads when its
 * reject sink and progress listener can (both are called on the reading thread).
 *
 * @since 0.1.0
 */
public final class OrderImporter {
  /** The default limit on the characters one record may span: one mebi-character. */
  public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;

  private final InputFormat format;
  private final ZoneId zone;
  private final Optional<Consumer<? super RejectedRecord>> rejects;
  private final Consumer<? super ImportProgress> progress;
  private final int maxRecordChars;
  private final Optional<Path> refunds;

  private OrderImporter(Builder builder) {
    this.format = builder.format;
    this.zone = builder.zone;
    this.rejects = builder.rejects;
    this.progress = builder.progress;
    this.maxRecordChars = builder.maxRecordChars;
    this.refunds = builder.refunds;
  }

  /**
   * Returns a builder of a strict importer of {@code format} that reads local times in {@code zone}.
   *
   * @param format the export format
   * @param zone the shop's time zone, for timestamps without an offset
   * @return a new builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder newBuilder(InputFormat format, ZoneId zone) {
    return new Builder(format, zone);
  }

  /**
   * Returns the format this importer reads.
   *
   * @return the format
   */
  public InputFormat format() {
    return format;
  }

  /**
   * Returns the zone local times are read in.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Imports {@code file}, handing each order to {@code sink} as it is read.
   *
   * @param file the export
   * @param sink receives the orders, in input order
   * @return the counts
   * @throws NullPointerException if an argument is null
   * @throws ImportException if the file is unreadable, or (strict mode) a record is invalid
   * @throws UncheckedIOException if the file cannot be opened or read
   */
  public ImportSummary read(Path file, Consumer<? super Order> sink) {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    try (InputStream in = open(file)) {
      return run(new InputText(in, file.toString(), OptionalLong.of(Files.size(file)), maxRecordChars), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports the export {@code in}, handing each order to {@code sink} as it is read. The stream is read to
   * its end but not closed.
   *
   * @param in the export's bytes
   * @param sourceName the name used in messages and rejects, e.g. the file's name
   * @param sink receives the orders, in input order
   * @return the counts
   * @throws NullPointerException if an argument is null
   * @throws ImportException if the input is unreadable, or (strict mode) a record is invalid
   * @throws UncheckedIOException if reading fails
   */
  public ImportSummary read(InputStream in, String sourceName, Consumer<? super Order> sink) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    requireNonNull(sink, "sink");
    return run(new InputText(in, sourceName, OptionalLong.empty(), maxRecordChars), sink);
  }

  private ImportSummary run(InputText text, Consumer<? super Order> sink) {
    ImportRun run = new ImportRun(text.source(), sink, rejects, progress);
    FormatReader reader = switch (format) {
      case GENERIC_CSV -> new GenericCsvReader(zone);
      case SHOPIFY_CSV -> new ShopifyCsvReader(zone, maxRecordChars);
      case WOOCOMMERCE_JSON -> new WooCommerceJsonReader(zone, refunds, maxRecordChars);
    };
    reader.read(text, run);
    return run.summary();
  }

  /** Opens {@code file}, with an error message that names it. */
  static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(file + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * A builder of an {@link OrderImporter}; not thread-safe. Setters check their argument at once,
   * {@link #build} checks the combination.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final InputFormat format;
    private final ZoneId zone;
    private Optional<Consumer<? super RejectedRecord>> rejects = Optional.empty();
    private Consumer<? super ImportProgress> progress = report -> { };
    private int maxRecordChars = DEFAULT_MAX_RECORD_CHARS;
    private Optional<Path> refunds = Optional.empty();

    private Builder(InputFormat format, ZoneId zone) {
      this.format = requireNonNull(format, "format");
      this.zone = requireNonNull(zone, "zone");
    }

    /**
     * Makes the import lenient: invalid records go to {@code sink} and the import goes on.
     *
     * @param sink receives every rejected record, in input order
     * @return this builder
     * @throws NullPointerException if {@code sink} is null
     */
    public Builder lenient(Consumer<? super RejectedRecord> sink) {
      this.rejects = Optional.of(requireNonNull(sink, "sink"));
      return this;
    }

    /**
     * Makes the import strict (the default): the first invalid record ends it with an
     * {@link ImportException}.
     *
     * @return this builder
     */
    public Builder strict() {
      this.rejects = Optional.empty();
      return this;
    }

    /**
     * Sets the listener told of progress: after every mebibyte of input and at the end of each input.
     *
     * @param listener receives progress reports on the importing thread
     * @return this builder
     * @throws NullPointerException if {@code listener} is null
     */
    public Builder progress(Consumer<? super ImportProgress> listener) {
      this.progress = requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets how many characters one record may span; a longer record ends the import, since it is usually
     * an unterminated quote swallowing the rest of the file.
     *
     * @param value the limit; at least 1,024
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is below 1,024
     */
    public Builder maxRecordChars(int value) {
      if (value < 1024) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "max record chars must be at least 1024: %d", value));
      }
      this.maxRecordChars = value;
      return this;
    }

    /**
     * Sets the WooCommerce refunds file to read before the orders: the JSON array of refunds returned by
     * {@code GET /wp-json/wc/v3/refunds}, each with the {@code parent_id} of its order. It is held in
     * memory (refunds are few next to orders), up to 64 times {@link #maxRecordChars} characters of refunds;
     * a larger file ends the import with an {@link ImportException}. Each refund is imported with its order,
     * or rejected if its order is missing or rejected.
     *
     * @param file the refunds file
     * @return this builder
     * @throws NullPointerException if {@code file} is null
     */
    public Builder refunds(Path file) {
      this.refunds = Optional.of(requireNonNull(file, "file"));
      return this;
    }

    /**
     * Returns the importer.
     *
     * @return the importer
     * @throws IllegalStateException if a refunds file was set for a format other than WooCommerce
     */
    public OrderImporter build() {
      if (refunds.isPresent() && format != InputFormat.WOOCOMMERCE_JSON) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "refunds file must only be set for the woocommerce format: %s", format.shortName()));
      }
      return new OrderImporter(this);
    }
  }
}
