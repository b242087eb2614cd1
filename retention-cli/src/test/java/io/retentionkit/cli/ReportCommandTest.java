package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

final class ReportCommandTest {
  @TempDir
  Path dir;

  @Test
  void theDemoReportHasEverySectionAndItsNumbersAsJson() {
    Path html = dir.resolve("report.html");
    Path json = dir.resolve("report.json");

    Cli.Run run = Cli.run("report", "--demo", "--out", html.toString(), "--json", json.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("retention: wrote the report to " + html + "\n"), run.err());
    assertTrue(run.err().contains("retention: wrote its numbers to " + json + "\n"), run.err());
    assertEquals("", run.out(), "standard output stays empty");
    String page = Cli.read(html);
    for (String section : new String[] {"metrics", "cohorts", "clv", "segments", "provenance", "glossary"}) {
      assertTrue(page.contains("<section id=\"" + section + "\">"), section);
    }
    assertTrue(page.contains("demo shop (DemoShop, seed "));
    JsonNode document = Cli.parse(Cli.read(json));
    assertEquals("bgnbd", document.at("/clv/fit/model").asText());
    assertEquals("gamma-gamma", document.at("/clv/fit/spend/model").asText());
    assertTrue(document.at("/clv/holdoutCheck/holdout/bins").size() > 0);
    assertEquals(20, document.at("/clv/predictions/topCustomers").size());
    assertEquals("demo", document.get("provenance").get("inputs").get(0).get("format").asText());
    assertEquals("RFM", document.at("/segments/scheme").asText());
    assertEquals(11, document.at("/segments/segments").size());
    assertEquals(document.at("/clv/fit/summaries/customers").asLong(), document.at("/segments/customers").asLong(),
        "every customer with a qualifying order before the as-of date is segmented, as the CLV model fits them");
  }

  @Test
  void withoutOutTheReportIsReportHtmlInTheWorkingDirectory() {
    // Running it would write into the module's directory: the jar's test runs it in a directory of its own.
    CommandLine report = RetentionCommand.newCommandLine().getSubcommands().get("report");

    CommandLine.Model.OptionSpec out = report.getCommandSpec().findOption("--out");
    assertEquals("report.html", out.defaultValue());
    assertFalse(out.required());
    assertTrue(String.join(" ", out.description()).endsWith("Default: report.html in the working directory."),
        String.join(" ", out.description()));
  }

  @Test
  void theReportsMetricsAreThoseOfRetentionMetricsOverTheSameWindow() {
    Path json = dir.resolve("report.json");
    Cli.Run report = Cli.run("report", "--demo", "--as-of", "2024-07-01", "--metrics-months", "6", "--no-holdout",
        "--out", dir.resolve("r.html").toString(), "--json", json.toString(), "-q");
    assertEquals(0, report.status(), report.err());
    JsonNode metrics = Cli.run("metrics", "--demo", "--from", "2024-01-01", "--to", "2024-07-01", "--format", "json",
        "-q").json();
    ((ObjectNode) metrics).remove("policy");
    ((ObjectNode) metrics).remove("source");

    JsonNode document = Cli.parse(Cli.read(json));

    assertEquals(metrics, document.get("metrics"));
    assertEquals("2024-07-01", document.get("provenance").get("asOf").asText());
    assertEquals("the holdout check was switched off", document.at("/clv/holdoutCheckReason").asText());
  }

  @Test
  void modelSpendAndBreakdownOptionsReachTheReport() {
    Path json = dir.resolve("report.json");
    Cli.Run run = Cli.run("report", "--demo", "--model", "mbgnbd", "--spend", "none", "--time-unit", "month",
        "--horizon", "6", "--breakdown", "channel", "--granularity", "quarter", "--top", "5", "--title", "Q <b>",
        "--out", dir.resolve("r.html").toString(), "--json", json.toString(), "-q");

    assertEquals(0, run.status(), run.err());
    JsonNode document = Cli.parse(Cli.read(json));
    JsonNode clv = document.get("clv");
    assertEquals("mbgnbd", clv.at("/fit/model").asText());
    assertTrue(clv.at("/fit/spend").isNull());
    assertEquals("spend modelling was switched off", clv.get("spendReason").asText());
    assertEquals("MONTH", clv.at("/predictions/timeUnit").asText());
    assertEquals(6, clv.at("/predictions/horizon").asDouble());
    assertEquals(5, clv.at("/predictions/topCustomers").size());
    assertEquals("QUARTER", document.get("cohorts").get("granularity").asText());
    assertTrue(Cli.read(dir.resolve("r.html")).contains("<h1>Q &lt;b&gt;</h1>"));
  }

  @Test
  void readsAnExportAndSaysWhatItLeftOut() {
    // Nobody bought twice, so there is no CLV model to fit: the report leaves that section out and says why.
    String orders = Cli.file(dir, "orders.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR",
        "2,bob,2024-02-01,35.50,EUR",
        "3,cem,2024-03-15,50.00,EUR");
    Path html = dir.resolve("small.html");

    Cli.Run run = Cli.run("report", "--input", orders, "--zone", "Europe/Amsterdam", "--out", html.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("\nretention: customer lifetime value left out: the BG/NBD model cannot be fitted: "
        + "data must contain at least one repeat transaction to fit BG/NBD"), run.err());
    assertTrue(run.err().endsWith("retention: wrote the report to " + html + "\n"), run.err());
    String page = Cli.read(html);
    assertTrue(page.contains("<th scope=\"row\">" + orders + "</th><td class=\"num\">generic</td>"), "provenance");
    assertTrue(page.contains("<strong>n/a</strong> customer lifetime value: the BG/NBD model cannot be fitted"),
        "the page says why too");
    assertFalse(page.contains("<script"));
  }

  @Test
  void aLenientReportWritesTheRejectsAndCountsThemInItsProvenance() {
    String orders = Cli.file(dir, "orders.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR",
        "2,bob,2024-02-01,12;50,EUR",
        "3,ann,2024-03-01,12.00,EUR");
    Path rejects = dir.resolve("rejects.csv");
    Path json = dir.resolve("report.json");

    Cli.Run run = Cli.run("report", "--input", orders, "--zone", "UTC", "--lenient", "--rejects", rejects.toString(),
        "--out", dir.resolve("r.html").toString(), "--json", json.toString(), "-q");

    assertEquals(0, run.status(), run.err());
    assertEquals("retention: warning: 1 of 3 records rejected, written to " + rejects + "\n", run.err());
    assertEquals("line,reason,record\r\n"
        + "3,\"amount must be a decimal number with a dot, like 12.34: '12;50'\",\"2,bob,2024-02-01,12;50,EUR\"\r\n",
        Cli.read(rejects));
    JsonNode input = Cli.parse(Cli.read(json)).at("/provenance/inputs/0");
    assertEquals(3, input.get("recordsRead").asInt());
    assertEquals(1, input.get("recordsRejected").asInt());
    assertEquals(2, input.get("ordersImported").asInt());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      report --demo --out r.html --model bgbb        | Invalid value for option '--model': must be one of bgnbd, pnbd, mbgnbd: 'bgbb'
      report --demo --out r.html --spend lognormal   | Invalid value for option '--spend': must be one of gamma-gamma, none
      report --demo --out r.html --time-unit decade  | Invalid value for option '--time-unit': must be one of day, week, month, quarter, year
      report --demo --out r.html --discount-rate -1  | Invalid value for option '--discount-rate': must be a fraction in [0, 1), like 0.15 for 15% a year: -1.0
      report --demo --out r.html --horizon 0         | Invalid value for option '--horizon': horizon must be positive and finite: 0.0
      report --demo --out r.html --metrics-months 0  | Invalid value for option '--metrics-months': metrics months must lie in [1, 120]: 0
      report --demo --out r.html --top -1            | Invalid value for option '--top': top customers must not be negative: -1
      report --demo --out r.html --json r.html       | --json must name another file than --out:
      report --demo --out r.html --no-holdout --calibration-end 2024-06-30 | calibrationEnd must not be set when the holdout check is off: 2024-06-30
      """)
  void aUsageErrorIsOneLineAndExitStatusTwo(String args, String message) {
    // Files go to the test's directory, should a regression ever write one.
    Cli.Run run = Cli.run(args.replace("r.html", dir.resolve("r.html").toString()).split(" "));

    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("retention: " + message), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void refusesADiscountRateInPercentAsClvPredictDoes() {
    Cli.Run run = Cli.run("report", "--demo", "--out", dir.resolve("r.html").toString(), "--discount-rate", "15");

    assertEquals(2, run.status(), run.err());
    assertEquals("retention: Invalid value for option '--discount-rate': must be a fraction in [0, 1), like 0.15 for "
        + "15% a year: 15.0 (see 'retention report --help')\n", run.err());
  }

  @Test
  void aBlankTitleIsAUsageError() {
    Cli.Run run = Cli.run("report", "--demo", "--out", dir.resolve("r.html").toString(), "--title", " ");

    assertEquals(2, run.status(), run.err());
    assertTrue(run.err().startsWith("retention: Invalid value for option '--title': title must not be blank"),
        run.err());
  }

  @Test
  void anUnwritableReportIsOneLineNamingTheFile() {
    Path html = dir.resolve("missing").resolve("report.html");

    Cli.Run run = Cli.run("report", "--demo", "--out", html.toString(), "-q");

    assertEquals(1, run.status(), run.err());
    assertEquals("retention: " + html + ": cannot be written: no such file or directory\n", run.err());
    assertFalse(Files.exists(html));
  }
}
