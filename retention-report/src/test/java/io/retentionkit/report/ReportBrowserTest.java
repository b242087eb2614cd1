package io.retentionkit.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.retentionkit.cohort.AverageCell;
import io.retentionkit.cohort.CohortRow;
import io.retentionkit.cohort.CohortTable;
import io.retentionkit.io.demo.DemoShop;
import io.retentionkit.model.IdentityResolver;
import io.retentionkit.model.IdentityRule;
import io.retentionkit.model.Order;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens reports in headless Chromium, the demo shop's and one full of hostile input: they render without a
 * single console message (no error, no blocked
 * script or request under the report's Content Security Policy), the heatmap has one cell per cohort-table
 * cell, hostile input stays text, and a screenshot is written under {@code target/} for people to look at.
 *
 * <p>Without a browser the tests are skipped with a loud warning, unless {@code RETENTIONKIT_REQUIRE_BROWSER=1}
 * (set by {@code .ci/run}), which makes them fail instead.
 */
final class ReportBrowserTest {
  private static final Pattern HEAT_CELL = Pattern.compile("<g class=\"heat-cell( incomplete)?\">");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private static HeadlessChromium chromium;
  private static Path directory;

  @BeforeAll
  static void findBrowser() throws Exception {
    Path build = Path.of(System.getProperty("retentionkit.buildDirectory", "target"));
    directory = Files.createDirectories(build.resolve("browser-test"));
    chromium = HeadlessChromium.find(directory).orElse(null);
    if (chromium == null) {
      String message = "No headless Chromium found (looked for $" + HeadlessChromium.BINARY_VARIABLE
          + ", /usr/bin/chromium and chromium on the PATH): the HTML report was NOT checked in a browser. "
          + "Install Debian's chromium (apt-get install chromium) to run these tests.";
      if (HeadlessChromium.required()) {
        fail(message + " " + HeadlessChromium.REQUIRE_VARIABLE + "=1 demands a browser.");
      }
      // A skipped browser check is easy to miss in a long build log, so say it on stderr as well.
      System.err.println("\n*** WARNING *** " + message + "\n");
      Assumptions.abort(message);
    }
  }

  @Test
  void reportRendersWithoutConsoleMessagesAndWithOneHeatCellPerTableCell() throws Exception {
    ReportData data = demoReport();
    Path page = write(data, "report.html");

    HeadlessChromium.Run run = chromium.dumpDom(page);

    assertEquals(List.of(), run.consoleMessages(), "console messages of " + page);
    assertTrue(run.stdout().contains("id=\"cohort-heatmap\""), "the dumped DOM must hold the heatmap");
    assertEquals(expectedHeatCells(data.cohorts().orElseThrow()), count(HEAT_CELL, run.stdout()));
  }

  @Test
  void screenshotIsWrittenUnderTarget() throws Exception {
    Path page = write(demoReport(), "report.html");
    Path png = directory.resolveSibling("report-screenshot.png");
    Files.deleteIfExists(png);

    HeadlessChromium.Run run = chromium.screenshot(page, png, 1280, 9600);

    assertEquals(List.of(), run.consoleMessages());
    assertTrue(Files.size(png) > 50_000, "a screenshot of a whole report is not tiny: " + Files.size(png));
    byte[] head = Arrays.copyOf(Files.readAllBytes(png), PNG_SIGNATURE.length);
    assertArrayEquals(PNG_SIGNATURE, head, "the screenshot must be a PNG");
  }

  @Test
  void hostileInputStaysTextInTheBrowser() throws Exception {
    List<Order> orders = SampleShop.orders(11, 400, true);
    ReportData data = ReportAnalysis.newBuilder(SampleShop.policy()).build()
        .analyze(orders, List.of(new InputSource(SampleShop.HOSTILE[0], "generic", orders.size(), orders.size(), 0)));
    Path page = write(data, "hostile-report.html");

    HeadlessChromium.Run run = chromium.dumpDom(page);

    // An injected element or handler would either show up in the DOM or be blocked by the Content
    // Security Policy, which Chromium reports on the console.
    assertEquals(List.of(), run.consoleMessages());
    assertEquals(expectedHeatCells(data.cohorts().orElseThrow()), count(HEAT_CELL, run.stdout()));
    assertTrue(count(Pattern.compile("<g class=\"heat-cell incomplete\">"), run.stdout()) > 0,
        "this shop's data end mid-month: its recent cohorts have incomplete cells");
    String dom = run.stdout().toLowerCase(Locale.ROOT);
    for (String element : List.of("<script", "<iframe", "<img", "<object", "<embed")) {
      assertFalse(dom.contains(element), "the DOM must not contain " + element);
    }
    assertEquals(List.of(), DomScan.eventHandlers(run.stdout()), "the DOM must not contain event handlers");
    assertTrue(run.stdout().contains("&lt;script&gt;console.error('xss')&lt;/script&gt;"),
        "hostile text must be shown as text");
  }

  @Test
  void consoleCheckCatchesAnErrorAndABlockedScript() throws Exception {
    // The assertions above are only worth something if a console message would be seen.
    Path page = directory.resolve("console-error.html");
    Files.writeString(page, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\""
        + HtmlReport.CONTENT_SECURITY_POLICY + "\"></head><body><p>x</p><script>console.error('boom')</script>"
        + "</body></html>", StandardCharsets.UTF_8);

    HeadlessChromium.Run run = chromium.dumpDom(page);

    assertEquals(1, run.consoleMessages().size(), run.stderr());
    assertTrue(run.consoleMessages().get(0).contains("Content Security Policy"), run.consoleMessages().get(0));
    assertEquals(List.of("img onerror"), DomScan.eventHandlers("<p title=\"a onclick=b\">x</p><img src=\"x\" onerror=\"y\">"));
  }

  /** The report of the built-in demo shop, as {@code retention report --demo} makes it. */
  private static ReportData demoReport() {
    List<Order> raw = DemoShop.orders();
    List<Order> orders = IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, List.of(), raw).resolveAll(raw);
    return ReportAnalysis.newBuilder(DemoShop.policy()).build()
        .analyze(orders, List.of(new InputSource("demo shop", "demo", orders.size(), orders.size(), 0)));
  }

  private static Path write(ReportData data, String name) {
    Path page = directory.resolve(name);
    HtmlReport.newBuilder().build().write(data, page);
    return page;
  }

  /** One cell per cell of the table, plus the average row's cells up to the first column no cohort observed. */
  private static int expectedHeatCells(CohortTable table) {
    int cells = table.rows().stream().mapToInt((CohortRow row) -> row.cells().size()).sum();
    for (AverageCell cell : table.average()) {
      if (cell.cohorts() == 0) {
        break;
      }
      cells++;
    }
    return cells;
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
