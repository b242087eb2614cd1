package io.retentionkit.report;

import io.retentionkit.report.html.Markup;
import io.retentionkit.report.svg.HorizontalBars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders segment sizes as horizontal bars and a table. */
final class SegmentsView {
  private final Markup markup;

  SegmentsView(Markup markup) {
    this.markup = markup;
  }

  void render(SegmentSizes sizes) {
    long total = sizes.customers();
    Blocks.note(markup, String.format(Locale.ROOT, "%s segmentation: %s customers in %d segments.", sizes.scheme(),
        Formats.count(total), sizes.segments().size()));
    List<HorizontalBars.Bar> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Segment segment : sizes.segments()) {
      String share = total == 0 ? Formats.NOT_AVAILABLE : Formats.percent((double) segment.customers() / total);
      bars.add(new HorizontalBars.Bar(segment.name(), segment.customers(),
          Formats.count(segment.customers()) + " (" + share + ")",
          segment.name() + ": " + Formats.count(segment.customers()) + " customers, " + share
              + segment.description().map(d -> "; " + d).orElse("")));
      rows.add(List.of(segment.name(), Formats.count(segment.customers()), share, segment.description().orElse("")));
    }
    markup.append(new HorizontalBars("segment-sizes", sizes.scheme() + " segment sizes",
        "Customers per " + sizes.scheme() + " segment.", bars).render());
    Blocks.textTable(markup, "", List.of("Segment", "Customers", "Share", "Definition"), rows);
  }
}
