package io.retentionkit.report;

import io.retentionkit.report.Glossary.Term;
import io.retentionkit.report.html.Html;
import io.retentionkit.report.html.Markup;
import io.retentionkit.report.svg.HorizontalBars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders segment sizes as horizontal bars and a table. */
final class SegmentsView {
  /** The scheme {@link SegmentSizes#of} names; only its segments have a glossary entry. */
  private static final String RFM = "RFM";

  private final Markup markup;
  private final Glossary glossary;

  SegmentsView(Markup markup, Glossary glossary) {
    this.markup = markup;
    this.glossary = glossary;
  }

  void render(SegmentSizes sizes) {
    long total = sizes.customers();
    String summary = String.format(Locale.ROOT, "%s segmentation: %s customers in %d segments.",
        Html.abbreviate(sizes.scheme(), Blocks.MAX_CELL_CHARS), Formats.count(total), sizes.segments().size());
    if (sizes.scheme().equals(RFM)) {
      Blocks.subheading(markup, "Customers by recency, frequency and monetary value",
          glossary.define(Term.RFM_SEGMENTS));
    }
    Blocks.note(markup, summary);
    // A caller's own segmentation may have no revenue: then the column would only say n/a.
    boolean revenue = sizes.segments().stream().anyMatch(segment -> segment.revenueShare().isPresent());
    List<HorizontalBars.Bar> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Segment segment : sizes.segments()) {
      String name = Html.abbreviate(segment.name(), Blocks.MAX_CELL_CHARS);
      String share = total == 0 ? Formats.NOT_AVAILABLE : Formats.percent((double) segment.customers() / total);
      String revenueShare = segment.revenueShare().isPresent()
          ? Formats.percent(segment.revenueShare().getAsDouble()) : Formats.NOT_AVAILABLE;
      bars.add(new HorizontalBars.Bar(name, segment.customers(),
          Formats.count(segment.customers()) + " (" + share + ")",
          name + ": " + Formats.count(segment.customers()) + " customers, " + share
              + (revenue ? ", " + revenueShare + " of revenue" : "")
              + segment.description().map(d -> "; " + Html.abbreviate(d, Blocks.MAX_CELL_CHARS)).orElse("")));
      List<String> row = new ArrayList<>(List.of(segment.name(), Formats.count(segment.customers()), share));
      if (revenue) {
        row.add(revenueShare);
      }
      row.add(segment.description().orElse(""));
      rows.add(row);
    }
    String scheme = Html.abbreviate(sizes.scheme(), Blocks.MAX_CELL_CHARS);
    markup.append(new HorizontalBars("segment-sizes", scheme + " segment sizes", "Customers per " + scheme
        + " segment.", bars).render());
    List<String> header = new ArrayList<>(List.of("Segment", "Customers", "Share"));
    if (revenue) {
      header.add("Revenue share");
    }
    header.add("Definition");
    Blocks.textTable(markup, "", header, rows);
  }
}
