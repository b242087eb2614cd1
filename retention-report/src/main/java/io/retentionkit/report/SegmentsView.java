package io.retentionkit.report;

import io.retentionkit.report.html.Html;
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
    Blocks.note(markup, String.format(Locale.ROOT, "%s segmentation: %s customers in %d segments.",
        Html.abbreviate(sizes.scheme(), Blocks.MAX_CELL_CHARS),
        Formats.count(total), sizes.segments().size()));
    List<HorizontalBars.Bar> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Segment segment : sizes.segments()) {
      String name = Html.abbreviate(segment.name(), Blocks.MAX_CELL_CHARS);
      String share = total == 0 ? Formats.NOT_AVAILABLE : Formats.percent((double) segment.customers() / total);
      bars.add(new HorizontalBars.Bar(name, segment.customers(),
          Formats.count(segment.customers()) + " (" + share + ")",
          name + ": " + Formats.count(segment.customers()) + " customers, " + share
              + segment.description().map(d -> "; " + Html.abbreviate(d, Blocks.MAX_CELL_CHARS)).orElse("")));
      rows.add(List.of(segment.name(), Formats.count(segment.customers()), share, segment.description().orElse("")));
    }
    String scheme = Html.abbreviate(sizes.scheme(), Blocks.MAX_CELL_CHARS);
    markup.append(new HorizontalBars("segment-sizes", scheme + " segment sizes", "Customers per " + scheme
        + " segment.", bars).render());
    Blocks.textTable(markup, "", List.of("Segment", "Customers", "Share", "Definition"), rows);
  }
}
