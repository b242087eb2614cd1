package io.retentionkit.report;

import io.retentionkit.report.html.Html;
import io.retentionkit.report.html.Markup;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/** The report's recurring HTML blocks: metric cards, tables and notes. */
final class Blocks {
  /** Table cells show at most this many characters of a value; the rest is on hover. */
  static final int MAX_CELL_CHARS = 120;
  /** Hover texts carry at most this many characters, so that a hostile megabyte stays out of the file. */
  static final int MAX_HOVER_CHARS = 2000;

  private Blocks() {}

  /** Opens a grid of cards. */
  static void openCards(Markup markup) {
    markup.open("div", "class", "cards");
  }

  /** Closes a grid of cards. */
  static void closeCards(Markup markup) {
    markup.close("div").newline();
  }

  /**
   * Writes one card: its label with the definition on hover, the value, and a detail line. An undefined
   * value shows "n/a" and the reason instead of a number.
   */
  static void card(Markup markup, String label, String definition, Optional<String> value, String detail,
      Optional<String> undefinedReason) {
    markup.open("div", "class", "card");
    markup.open("div", "class", "card-label").element("abbr", label, "title", definition).close("div");
    if (value.isPresent()) {
      markup.element("div", value.get(), "class", "card-value");
      if (!detail.isEmpty()) {
        markup.element("div", detail, "class", "card-detail");
      }
    } else {
      markup.element("div", Formats.NOT_AVAILABLE, "class", "card-value na");
      markup.element("div", undefinedReason.orElse("undefined"), "class", "card-detail na-reason");
    }
    markup.close("div").newline();
  }

  /**
   * One table cell: a text, or "n/a" with the reason on hover.
   *
   * @param text what the cell shows
   * @param reason why the value is undefined, for an "n/a" cell
   */
  record Cell(String text, Optional<String> reason) {
    static Cell of(String text) {
      return new Cell(text, Optional.empty());
    }

    static Cell na(String reason) {
      return new Cell(Formats.NOT_AVAILABLE, Optional.of(reason));
    }

    /** Returns the formatted value, or "n/a" with the reason (or a generic one) when it is empty. */
    static Cell of(OptionalDouble value, DoubleFunction<String> format, Optional<String> reason) {
      return value.isPresent() ? of(format.apply(value.getAsDouble())) : na(reason.orElse("undefined"));
    }
  }

  /** Writes a table of plain text; the first column is a row header, the others are right-aligned. */
  static void textTable(Markup markup, String caption, List<String> header, List<List<String>> rows) {
    table(markup, caption, header, rows.stream().map(row -> row.stream().map(Cell::of).toList()).toList());
  }

  /**
   * Writes a table; the first column is a row header, the others are numbers, right-aligned, and "n/a"
   * cells carry their reason on hover.
   */
  static void table(Markup markup, String caption, List<String> header, List<List<Cell>> rows) {
    markup.open("div", "class", "table-scroll");
    markup.open("table");
    if (!caption.isEmpty()) {
      markup.element("caption", caption);
    }
    markup.open("thead").open("tr");
    for (String cell : header) {
      markup.element("th", cell, "scope", "col");
    }
    markup.close("tr").close("thead").newline().open("tbody");
    for (List<Cell> row : rows) {
      markup.open("tr");
      for (int i = 0; i < row.size(); i++) {
        Cell cell = row.get(i);
        String shown = Html.abbreviate(cell.text(), MAX_CELL_CHARS);
        String hover = cell.reason().orElse(Html.abbreviate(cell.text(), MAX_HOVER_CHARS));
        String[] title = cell.reason().isPresent() || !shown.equals(cell.text()) ? new String[] {"title", hover}
            : new String[0];
        if (i == 0) {
          markup.element("th", shown, concat(new String[] {"scope", "row"}, title));
        } else {
          markup.element("td", shown, concat(new String[] {"class", cell.reason().isPresent() ? "na" : "num"}, title));
        }
      }
      markup.close("tr").newline();
    }
    markup.close("tbody").close("table").close("div").newline();
  }

  private static String[] concat(String[] first, String[] second) {
    String[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  /** Writes a paragraph of explanatory text. */
  static void note(Markup markup, String text) {
    markup.element("p", text, "class", "note").newline();
  }

  /** Writes the "n/a" block of a part of a section that could not be computed, with the reason. */
  static void unavailable(Markup markup, String what, String reason) {
    markup.open("p", "class", "unavailable");
    markup.element("strong", Formats.NOT_AVAILABLE);
    markup.text(" " + what + ": " + reason);
    markup.close("p").newline();
  }

  /** Writes a sub-heading with its term's definition on hover. */
  static void subheading(Markup markup, String text, String definition) {
    markup.open("h3").element("abbr", text, "title", definition).close("h3").newline();
  }
}
