package io.retentionkit.cli;

import io.retentionkit.io.csv.SafeCsvWriter;
import io.retentionkit.io.render.SegmentsCsv;
import io.retentionkit.io.render.SegmentsText;
import io.retentionkit.io.render.TextStyle;
import io.retentionkit.segments.RfmAnalysis;
import io.retentionkit.segments.RfmSegment;
import io.retentionkit.segments.RfmSegmentation;
import io.retentionkit.segments.SegmentSize;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retention segments}: RFM segments of the customers as of one instant. */
@Command(
    name = "segments",
    header = "RFM segments: customers by recency, frequency and monetary value, Champions to Lost.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Scores every customer with a qualifying order before --as-of from 1 to 5 on recency (days since the last "
            + "order), frequency (orders) and monetary value (revenue under --refunds), by rank: 1 + floor(5 w / n) "
            + "with w the customers strictly worse, so ties share a score. The recency score R and FM = floor((F + M) "
            + "/ 2) name the segment: Champions (R 5, FM 4-5), Loyal (R 3-4, FM 4-5), Potential loyalists (R 4-5, FM "
            + "2-3), New (R 5, FM 1), Promising (R 4, FM 1), Need attention (R 3, FM 3), About to sleep (R 3, FM "
            + "1-2), At risk (R 1-2, FM 3-4), Can't lose them (R 1-2, FM 5), Hibernating (R 2, FM 1-2), Lost (R 1, FM "
            + "1-2).",
        "With --output FILE, writes one CSV record per customer: customer_id, recency_days, frequency, monetary, r, "
            + "f, m, segment. Without it, prints the size of every segment: customers and revenue, and their shares."},
    footer = {"", "Examples:",
        "  retention segments --demo",
        "  retention segments --input orders.csv --zone Europe/Amsterdam --as-of 2025-01-01 \\",
        "      --output segments.csv"})
final class SegmentsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  AsOf asOf;

  @Option(names = "--format", paramLabel = "FORMAT", order = 30,
      description = "Output format: csv (a record per customer), or the segment sizes as text, markdown or json. "
          + "Default: csv with --output, text without.")
  Optional<Format> format;

  @Mixin
  OutputOptions output;

  @Override
  public Integer call() {
    input.validate(spec.commandLine());
    output.requireDistinctFrom(input);
    // Check the option before reading a possibly large export.
    Optional<Instant> explicit = asOf.instant(input.zone(), spec.commandLine());
    Reporter reporter = new Reporter(spec.commandLine().getErr(), input.quiet);
    LoadedInput loaded = InputLoader.load(input, DayOfWeek.MONDAY, reporter);
    Instant instant = explicit.or(() -> AsOf.dayAfterLastEvent(loaded.log()))
        .orElseThrow(() -> new UserError(loaded.source() + " has no orders, so there is no date to segment as of: "
            + "give --as-of"));
    if (explicit.isEmpty()) {
      reporter.note("as of " + loaded.policy().localDate(instant) + " (the day after the last order or refund)");
    }
    RfmSegmentation segmentation = RfmAnalysis.newBuilder(loaded.policy()).asOf(instant).build()
        .analyze(loaded.log());
    Format chosen = format.orElse(output.output.isPresent() ? Format.CSV : Format.TEXT);
    switch (chosen) {
      case CSV -> writeCsv(segmentation);
      case TEXT -> output.write(SegmentsText.render(segmentation, TextStyle.PLAIN), spec.commandLine());
      case MARKDOWN -> output.write(SegmentsText.render(segmentation, TextStyle.MARKDOWN), spec.commandLine());
      case JSON -> output.write(Documents.segments(segmentation, loaded), spec.commandLine());
    }
    output.output.ifPresent(file -> reporter.note(written(segmentation, chosen, file.toString())));
    return 0;
  }

  /** Streams the records to the output, so that a million customers need no second copy in memory. */
  private void writeCsv(RfmSegmentation segmentation) {
    try (SafeCsvWriter csv = SafeCsvWriter.of(output.open(spec.commandLine()))) {
      SegmentsCsv.write(segmentation, csv);
    } catch (UncheckedIOException e) {
      throw output.failure(e.getCause());
    }
  }

  /** Returns the note about what went into a file, with the best and the lost customers. */
  private static String written(RfmSegmentation segmentation, Format format, String file) {
    SegmentSize champions = segmentation.size(RfmSegment.CHAMPIONS);
    SegmentSize lost = segmentation.size(RfmSegment.LOST);
    String what = format == Format.CSV ? "the RFM values of" : "the RFM segment sizes of";
    return String.format(Locale.ROOT, "wrote %s %,d customers to %s: %,d champions, %,d lost", what,
        segmentation.customers().size(), file, champions.customers(), lost.customers());
  }

  /** The values of {@code --format}. */
  enum Format {
    CSV, TEXT, MARKDOWN, JSON;

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }
}
