package io.retentionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DemoCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesTheDemoShopAsGenericCsvThatAnalysesLikeTheDemoItself() {
    Path csv = dir.resolve("demo-orders.csv");

    Cli.Run written = Cli.run("demo", "--output", csv.toString());

    assertEquals(0, written.status(), written.err());
    assertEquals("retention: wrote 6,885 demo orders to " + csv + "\n", written.err());
    String content = Cli.read(csv);
    assertTrue(content.startsWith("order_id,customer_id,placed_at,amount,currency,status,email,channel,discount_code,"
        + "country,refunded_amount,refunded_at\r\n100001,"), content.substring(0, 200));
    assertEquals(6886, content.lines().count());

    JsonNode fromCsv = Cli.run("metrics", "--input", csv.toString(), "--zone", "Europe/Amsterdam", "--format", "json",
        "-q").json();
    JsonNode fromDemo = Cli.run("metrics", "--demo", "--format", "json", "-q").json();
    ((ObjectNode) fromCsv).remove("source");
    ((ObjectNode) fromDemo).remove("source");
    assertEquals(fromDemo, fromCsv);
  }

  @Test
  void writesToStandardOutputByDefault() {
    Cli.Run run = Cli.run("demo", "--quiet");

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("order_id,customer_id,placed_at,"));
    assertEquals(6886, run.out().lines().count());
  }
}
