package io.retentionkit.cli;

import io.retentionkit.io.GenericCsvWriter;
import io.retentionkit.io.demo.DemoShop;
import io.retentionkit.model.Order;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retention demo}: the built-in demo shop as a generic CSV, to see the input format. */
@Command(
    name = "demo",
    header = "Writes the built-in demo shop's orders as a generic CSV.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Writes the built-in demo shop's orders as a generic CSV (the default --input-format): two years "
            + "(2023 and 2024) of a coffee and tea shop in Europe/Amsterdam, in EUR, generated from a fixed seed, with acquisition channels, discount codes, refunds, cancelled orders, guests and "
            + "repeat buyers. Every command takes --demo to analyse it directly.",
        "The generic CSV has no line items, so a breakdown by first-sku needs --demo itself."},
    footer = {"", "Example:", "  retention demo --output demo-orders.csv",
        "  retention metrics --input demo-orders.csv --zone Europe/Amsterdam"})
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-q", "--quiet"}, order = 1, description = "No notes on standard error.")
  boolean quiet;

  @Mixin
  OutputOptions output;

  @Override
  public Integer call() {
    long written;
    try (GenericCsvWriter csv = GenericCsvWriter.of(output.open(spec.commandLine()), DemoShop.ZONE)) {
      for (Order order : DemoShop.orders()) {
        csv.accept(order);
      }
      written = csv.written();
    }
    new Reporter(spec.commandLine().getErr(), quiet).note(String.format(Locale.ROOT, "wrote %,d demo orders%s",
        written, output.output.map(file -> " to " + file).orElse("")));
    return 0;
  }
}
