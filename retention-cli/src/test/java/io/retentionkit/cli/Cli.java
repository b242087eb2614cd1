package io.retentionkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in-process, capturing what it prints, and writes the small input files of tests. */
final class Cli {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Cli() {}

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {

    /** Returns standard output parsed as JSON. */
    JsonNode json() {
      return parse(out);
    }
  }

  static Run run(String... args) {
    CommandLine commandLine = RetentionCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int status = commandLine.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  /** Returns the input options {@code args} set, as a command's mixin would hold them after parsing. */
  static InputOptions inputOptions(String... args) {
    return CommandLine.populateCommand(new InputOptions(), args);
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code lines} to {@code dir/name}, each ending in a line break, and returns the path as text. */
  static String file(Path dir, String name, String... lines) {
    Path file = dir.resolve(name);
    try {
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file.toString();
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns an importer fixture of {@code retention-io}'s tests, such as {@code "shopify/orders_export.csv"}:
   * exports written from the documented layouts, with multi-line orders, refunds, guests, a second
   * currency and invalid records. Tests run in the module's directory.
   */
  static String fixture(String name) {
    Path file = Path.of("..", "retention-io", "src", "test", "resources", "io", "retentionkit", "io").resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("fixture must exist: " + file.toAbsolutePath());
    }
    return file.toString();
  }

  /** Writes the rate that converts the fixtures' US dollars into euros. */
  static String usdRates(Path dir) {
    return file(dir, "rates.csv", "currency,rate", "USD,0.92");
  }

  /** A small shop: ann twice, bob once, a cancelled order of cem; hand-checked metrics for Q1 2024. */
  static String smallShop(Path dir) {
    return file(dir, "orders.csv",
        "order_id,customer_id,placed_at,amount,currency,status,email,channel",
        "1,ann,2024-01-05,20.00,EUR,,ann@example.com,web",
        "2,bob,2024-02-01T10:00:00+01:00,35.50,EUR,,,pos",
        "3,ann,2024-03-01 12:00,12.00,EUR,paid,,web",
        "4,cem,2024-03-15,50.00,EUR,cancelled,,web");
  }
}
