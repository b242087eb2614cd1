package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar as a user does, {@code java -jar target/retention.jar ...}, in a fresh JVM: the
 * packaging, the exit statuses and what reaches the real standard output and error.
 */
final class RetentionJarIT {
  private static final Path JAR = Path.of(System.getProperty("retention.jar", "target/retention.jar"));

  @TempDir
  Path dir;

  @Test
  void printsHelpAndVersion() {
    Run help = retention("--help");
    assertEquals(0, help.status(), help.err());
    assertTrue(help.out().startsWith("Usage: retention [-hV] COMMAND"), help.out());

    Run version = retention("--version");
    assertTrue(version.out().startsWith("retention "), version.out());
  }

  @Test
  void analysesTheDemoShopWithNothingOnStandardErrorWhenQuiet() {
    Run run = retention("metrics", "--demo", "--quiet");

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err(), "no progress, notes or SLF4J warnings");
    assertTrue(run.out().startsWith("Retention metrics for 2024-01-01 to 2024-12-31"), run.out());
  }

  @Test
  void writesTheDemoReportFromTheShadedJar() throws IOException {
    Path html = dir.resolve("report.html");
    Path json = dir.resolve("report.json");

    Run run = retention("report", "--demo", "--out", html.toString(), "--json", json.toString(), "--quiet");

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 100));
    assertTrue(page.contains("id=\"cohort-heatmap\""));
    assertTrue(Cli.parse(Files.readString(json, StandardCharsets.UTF_8)).at("/provenance/libraryVersion").isTextual());
  }

  @Test
  void writesReportHtmlInTheWorkingDirectoryWithoutOut() throws IOException {
    Run run = retention("report", "--demo", "--quiet");

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    String page = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("<section id=\"segments\">"), "the demo report shows the RFM segment sizes");
    assertTrue(page.contains("id=\"segment-sizes\""));
  }

  @Test
  void writesTheRfmValuesOfTheDemoShopAsCsv() throws IOException {
    Path csv = dir.resolve("segments.csv");

    Run run = retention("segments", "--demo", "--output", csv.toString());

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out());
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals("customer_id,recency_days,frequency,monetary,r,f,m,segment", lines.get(0));
    assertTrue(run.err().contains("retention: wrote the RFM values of " + String.format(Locale.ROOT, "%,d",
        lines.size() - 1) + " customers to " + csv + ": "), run.err());
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExitStatusOne() throws IOException {
    // 400,000 orders do not fit in a 32 MiB heap: the command must say so, not die with the JVM's trace.
    Path orders = dir.resolve("big.csv");
    StringBuilder csv = new StringBuilder("order_id,customer_id,placed_at,amount,currency\n");
    for (int i = 0; i < 400_000; i++) {
      csv.append(i).append(",c").append(i % 50_000).append(",2024-01-").append(10 + i % 19).append(",12.50,EUR\n");
    }
    Files.writeString(orders, csv, StandardCharsets.UTF_8);

    Run run = run(List.of("-Xmx32m"), "metrics", "--input", orders.toString(), "--zone", "UTC", "--quiet");

    assertEquals(1, run.status(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("retention: out of memory (") && run.err().contains("with a maximum Java heap of "),
        run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void reportsOnAnExportTwiceTheSizeOfTheHeap() throws IOException {
    // About 185 MB of orders against a 96 MiB heap. Held as Order objects, as the CLI once did, 700,000 orders
    // need several hundred MiB; read twice into a columnar order log, the heap holds about 45 bytes an order
    // (the log and the importer's duplicate check) whatever the width of the rows.
    long seed = Long.getLong("retention.seed", 31_337L);
    System.out.println("reportsOnAnExportTwiceTheSizeOfTheHeap seed: " + seed);
    Path orders = dir.resolve("large.csv");
    long bytes = LargeExport.write(orders, 700_000, 20_000, seed);
    assertTrue(bytes > 2 * (96L << 20) * 0.9, bytes + " bytes");
    Path html = dir.resolve("large.html");

    Run run = run(List.of("-Xmx96m"), "report", "--input", orders.toString(), "--zone", "Europe/Amsterdam", "--out",
        html.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("retention: read 700,000 orders of 20,000 customers from " + orders), run.err());
    assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("id=\"cohort-heatmap\""));
    Files.delete(orders);
  }

  @Test
  void readsAPipeOnceWithTheResultsOfTheFile() throws IOException {
    // A pipe cannot be read twice: its orders are held as objects, and the results must not change.
    Path csv = dir.resolve("demo-orders.csv");
    assertEquals(0, retention("demo", "--output", csv.toString()).status());

    Run file = retention("cohort", "--input", csv.toString(), "--zone", "Europe/Amsterdam", "--format", "csv");
    Run pipe = run(List.of(), Optional.of(csv), "cohort", "--input", "/dev/stdin", "--zone", "Europe/Amsterdam",
        "--format", "csv");

    assertEquals(0, pipe.status(), pipe.err());
    assertEquals(file.out(), pipe.out());
    assertTrue(pipe.err().contains("retention: read 6,885 orders of 2,643 customers from /dev/stdin"), pipe.err());
  }

  @Test
  void keepsSlf4jQuietUnlessAskedOtherwise() {
    // The command logs a debug line while loading: without a backend, SLF4J would warn about it on
    // standard error, had the jar not set slf4j.internal.verbosity. Asking for warnings shows that path runs.
    Run run = run(List.of("-Dslf4j.internal.verbosity=WARN"), "metrics", "--demo", "--quiet");

    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains("SLF4J"), run.err());
  }

  @Test
  void printsJsonThatParses() {
    Run metrics = retention("metrics", "--demo", "--format", "json", "--quiet");
    JsonNode json = Cli.parse(metrics.out());
    assertEquals(0, metrics.status(), metrics.err());
    assertTrue(json.at("/customerRetentionRate/value").isNumber());
    assertEquals("EUR", json.get("currency").textValue());

    Run cohort = retention("cohort", "--demo", "--format", "json", "--quiet");
    JsonNode table = Cli.parse(cohort.out());
    assertEquals("MONTH", table.get("granularity").textValue());
    assertEquals(24, table.get("cohorts").size());
    assertTrue(table.at("/cohorts/0/cells/0/complete").booleanValue());
  }

  @Test
  void fitsTheCdnowSampleToThePublishedEstimates() {
    String cdnow = Cdnow.csv(dir);

    Run run = retention("clv", "fit", "--input", cdnow, "--zone", "UTC", "--model", "bgnbd", "--time-unit", "week",
        "--calibration-end", Cdnow.CALIBRATION_END, "--observation-end", Cdnow.OBSERVATION_END, "--format", "json",
        "--quiet");

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    JsonNode json = Cli.parse(run.out());
    assertEquals(0.243, json.at("/parameters/r").doubleValue(), 0.0005);
    assertEquals(4.414, json.at("/parameters/alpha").doubleValue(), 0.0005);
    assertEquals(0.793, json.at("/parameters/a").doubleValue(), 0.0005);
    assertEquals(2.426, json.at("/parameters/b").doubleValue(), 0.0005);
    assertEquals(6.25, json.at("/spend/p").doubleValue(), 0.005);
    assertEquals(3.74, json.at("/spend/q").doubleValue(), 0.005);
    assertEquals(15.44, json.at("/spend/gamma").doubleValue(), 0.005);
    assertEquals(2357, json.get("customers").intValue());
    assertEquals(1882, json.at("/holdout/actualTotal").intValue());
  }

  @Test
  void writesThePredictionsOfTheDemoShopAsCsv() throws IOException {
    Path csv = dir.resolve("predictions.csv");

    Run run = retention("clv", "predict", "--demo", "--discount-rate", "0.15", "--output", csv.toString());

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out());
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals("customer_id,p_alive,expected_orders,expected_spend,predicted_clv,expected_next_order,churn_risk,"
        + "dert", lines.get(0));
    assertTrue(run.err().contains("retention: wrote " + String.format(Locale.ROOT, "%,d", lines.size() - 1)
        + " predictions to " + csv + ": churn risk high "), run.err());
  }

  @Test
  void failsOnAMalformedLineNamingFileAndLineInOneLine() throws IOException {
    Path orders = write("orders.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR",
        "2,bob,2024-02-01,12;50,EUR");

    Run run = retention("metrics", "--input", orders.toString(), "--zone", "Europe/Amsterdam");

    assertEquals(1, run.status());
    assertEquals("", run.out());
    assertEquals("retention: " + orders + ", line 3: amount must be a decimal number with a dot, like 12.34: '12;50'\n",
        run.err());
  }

  @Test
  void leniencyWritesTheRejectsAndReportsTheirCount() throws IOException {
    Path orders = write("orders.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR",
        "2,bob,2024-02-01,12;50,EUR",
        "1,cem,2024-03-01,5.00,EUR");
    Path rejects = dir.resolve("rejects.csv");

    Run run = retention("metrics", "--input", orders.toString(), "--zone", "Europe/Amsterdam", "--lenient",
        "--rejects", rejects.toString(), "--quiet");

    assertEquals(0, run.status(), run.err());
    assertEquals("retention: warning: 2 of 3 records rejected, written to " + rejects + "\n", run.err());
    List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
    assertEquals(List.of("line,reason,record",
        "3,\"amount must be a decimal number with a dot, like 12.34: '12;50'\",\"2,bob,2024-02-01,12;50,EUR\"",
        "4,order_id '1' repeats the order on line 2,\"1,cem,2024-03-01,5.00,EUR\""), lines);
  }

  @Test
  void reportsInOneCurrencyOnlyWithRates() throws IOException {
    Path orders = write("orders.csv",
        "order_id,customer_id,placed_at,amount,currency",
        "1,ann,2024-01-05,20.00,EUR",
        "2,bob,2024-02-01,12.50,USD");
    Path rates = write("rates.csv", "currency,rate", "USD,0.92");

    Run without = retention("metrics", "--input", orders.toString(), "--zone", "Europe/Amsterdam", "--currency",
        "EUR", "--quiet");
    assertEquals(1, without.status());
    assertEquals("retention: " + orders + " has orders in USD, which need --rates FILE to be converted into the "
        + "reporting currency EUR\n", without.err());

    Run with = retention("metrics", "--input", orders.toString(), "--zone", "Europe/Amsterdam", "--currency", "EUR",
        "--rates", rates.toString(), "--format", "json", "--quiet");
    assertEquals(0, with.status(), with.err());
    assertEquals("31.50", Cli.parse(with.out()).at("/totals/grossRevenue").textValue());
  }

  @Test
  void exportsTheDemoShopAsCsvThatReadsBack() throws IOException {
    Path csv = dir.resolve("demo-orders.csv");
    Run demo = retention("demo", "--output", csv.toString());
    assertEquals(0, demo.status(), demo.err());
    assertEquals(6886, Files.readAllLines(csv, StandardCharsets.UTF_8).size());

    Run cohort = retention("cohort", "--input", csv.toString(), "--zone", "Europe/Amsterdam", "--format", "csv",
        "--quiet");
    assertEquals(0, cohort.status(), cohort.err());
    assertTrue(cohort.out().startsWith("cohort,cohort_start,key,size,"), cohort.out());
  }

  @Test
  void aUsageErrorExitsWithTwo() {
    Run run = retention("metrics", "--input", "orders.csv");

    assertEquals(2, run.status());
    assertEquals("retention: Missing required option: '--zone=ZONE' (the shop's time zone, e.g. Europe/Amsterdam; "
        + "there is no default) (see 'retention metrics --help')\n", run.err());
  }

  @Test
  void theWrapperScriptRunsTheJar() throws Exception {
    Path script = JAR.toAbsolutePath().getParent().getParent().getParent().resolve("retention");
    Process process = new ProcessBuilder("sh", script.toString(), "--version")
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), Files.readString(dir.resolve("err.txt")));
    assertTrue(Files.readString(dir.resolve("out.txt")).startsWith("retention "));
  }

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private Run retention(String... args) {
    return run(List.of(), args);
  }

  /** Runs {@code java [jvmOptions] -jar retention.jar args} in the temporary directory. */
  private Run run(List<String> jvmOptions, String... args) {
    return run(jvmOptions, Optional.empty(), args);
  }

  /** Runs {@code java [jvmOptions] -jar retention.jar args} with standard input from {@code stdin}, if given. */
  private Run run(List<String> jvmOptions, Optional<Path> stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      stdin.ifPresent(file -> builder.redirectInput(file.toFile()));
      Process process = builder.start();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not finish");
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private record Run(int status, String out, String err) {}
}
