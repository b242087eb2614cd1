package io.retentionkit.report;

import io.retentionkit.report.html.Markup;
import java.util.ArrayList;
import java.util.List;

/** Renders where the numbers come from: inputs, import counts, policy, as-of date and version. */
final class ProvenanceView {
  private final Markup markup;

  ProvenanceView(Markup markup) {
    this.markup = markup;
  }

  void render(Provenance provenance) {
    if (provenance.inputs().isEmpty()) {
      Blocks.note(markup, "The orders were supplied by a Java program, not read from files.");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (InputSource input : provenance.inputs()) {
        rows.add(List.of(input.name(), input.format(), Formats.count(input.recordsRead()),
            Formats.count(input.ordersImported()), Formats.count(input.recordsRejected())));
      }
      if (provenance.inputs().size() > 1) {
        rows.add(List.of("All inputs", "", "", Formats.count(provenance.ordersImported()),
            Formats.count(provenance.recordsRejected())));
      }
      Blocks.textTable(markup, "", List.of("Input", "Format", "Records read", "Orders imported", "Records rejected"),
          rows);
    }
    markup.open("dl", "class", "facts");
    fact("Time zone", provenance.zone().getId());
    fact("Reporting currency", provenance.currency().getCurrencyCode());
    fact("Refunds", Glossary.refundRule(provenance.refundPolicy()));
    fact("Qualifying orders", Glossary.qualifyingRule(provenance.qualifyingOrders()));
    fact("As of", provenance.asOf() + " (orders placed before the start of this day, shop time)");
    fact("Computed by", "retentionkit " + provenance.libraryVersion());
    markup.close("dl").newline();
  }

  private void fact(String term, String value) {
    markup.element("dt", term).element("dd", value);
  }
}
