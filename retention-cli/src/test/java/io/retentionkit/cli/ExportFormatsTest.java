package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every analysing command reads the Shopify and WooCommerce fixtures of {@code retention-io} through
 * {@code --input-format}: exports with multi-line orders, refunds (WooCommerce's in a refunds file), guest
 * checkouts, a second currency and invalid records, which {@code --lenient} writes to {@code --rejects}.
 */
final class ExportFormatsTest {
  @TempDir
  Path dir;

  private List<String> input(String format) {
    List<String> args = new ArrayList<>(List.of("--input-format", format, "--zone", "Europe/Amsterdam",
        "--currency", "EUR", "--rates", Cli.usdRates(dir), "--lenient", "--rejects",
        dir.resolve("rejects.csv").toString()));
    if (format.equals("shopify")) {
      args.addAll(0, List.of("--input", Cli.fixture("shopify/orders_export.csv")));
    } else {
      args.addAll(0, List.of("--input", Cli.fixture("woocommerce/orders.json"), "--woocommerce-refunds",
          Cli.fixture("woocommerce/refunds.json")));
    }
    return args;
  }

  private Cli.Run run(List<String> command, String format, String... more) {
    List<String> args = new ArrayList<>(command);
    args.addAll(input(format));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"shopify, 4", "woocommerce, 4"})
  void theReportReadsTheExportAndWritesItsRejects(String format, int orders) {
    Path html = dir.resolve("report.html");
    Path json = dir.resolve("report.json");

    Cli.Run run = run(List.of("report"), format, "--out", html.toString(), "--json", json.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("records rejected, written to " + dir.resolve("rejects.csv")), run.err());
    assertTrue(Cli.read(dir.resolve("rejects.csv")).startsWith("line,reason,record\r\n"));
    JsonNode document = Cli.parse(Cli.read(json));
    JsonNode source = document.at("/provenance/inputs/0");
    assertEquals(format, source.get("format").asText());
    assertEquals(orders, source.get("ordersImported").asInt());
    assertTrue(source.get("recordsRejected").asInt() > 0);
    assertTrue(document.get("metrics").isObject());
    assertTrue(document.get("cohorts").isObject());
    assertEquals("RFM", document.at("/segments/scheme").asText());
    String page = Cli.read(html);
    assertTrue(page.contains("<section id=\"segments\">"));
    assertTrue(page.contains("<td class=\"num\">" + format + "</td>"), "provenance names the format");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"shopify", "woocommerce"})
  void cohortReadsTheExport(String format) {
    Cli.Run run = run(List.of("cohort"), format, "--format", "json", "-q");

    assertEquals(0, run.status(), run.err());
    JsonNode json = run.json();
    assertEquals(format, json.at("/source/format").asText());
    assertTrue(json.get("cohorts").size() >= 1, run.out());
    assertEquals("EUR", json.get("currency").asText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"shopify", "woocommerce"})
  void clvFitReadsTheExport(String format) {
    // Shopify's only repeat purchase is a cancelled order: counting every order gives the model one to fit.
    Cli.Run run = run(List.of("clv", "fit"), format, "--calibration-end", "2024-04-30", "--exclude", "none",
        "--format", "json", "--spend", "none", "-q");

    assertEquals(0, run.status(), run.err());
    JsonNode json = run.json();
    assertEquals(format, json.at("/source/format").asText());
    assertEquals("bgnbd", json.get("model").asText());
    assertTrue(json.get("customers").asInt() >= 2, run.out());
  }
}
