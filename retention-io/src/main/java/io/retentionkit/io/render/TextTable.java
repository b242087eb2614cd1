package io.retentionkit.io.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of text cells laid out with aligned columns, plainly or as a Markdown pipe table. Cells are
 * cleaned first: control characters (which could move a terminal's cursor or recolour it) become
 * {@code ?}, and in Markdown a pipe is escaped.
 */
final class TextTable {
  private final List<String> header;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * Starts a table.
   *
   * @param header the column names
   * @param rightAligned per column, whether its cells are right-aligned (numbers)
   */
  TextTable(List<String> header, boolean... rightAligned) {
    this.header = List.copyOf(header);
    this.rightAligned = rightAligned.clone();
  }

  /** Adds a row; missing trailing cells are blank. */
  void row(List<String> cells) {
    rows.add(List.copyOf(cells));
  }

  /** Returns the table, one line per row, each ending in {@code \n}. */
  String render(TextStyle style) {
    int columns = header.size();
    List<List<String>> lines = new ArrayList<>();
    lines.add(clean(header, style));
    for (List<String> row : rows) {
      lines.add(clean(row, style));
    }
    int[] widths = new int[columns];
    for (List<String> line : lines) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], cell(line, c).length());
      }
    }
    if (style == TextStyle.MARKDOWN) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], 3); // room for the alignment row's ---
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      line(out, lines.get(i), widths, style);
      if (i == 0 && style == TextStyle.MARKDOWN) {
        alignmentRow(out, widths);
      }
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] widths, TextStyle style) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String cell = cell(cells, c);
      String pad = " ".repeat(widths[c] - cell.length());
      if (style == TextStyle.MARKDOWN) {
        line.append(c == 0 ? "| " : " | ");
      } else if (c > 0) {
        line.append("  ");
      }
      line.append(isRightAligned(c) ? pad + cell : cell + pad);
    }
    if (style == TextStyle.MARKDOWN) {
      line.append(" |");
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private void alignmentRow(StringBuilder out, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      line.append(c == 0 ? "| " : " | ");
      line.append(isRightAligned(c) ? "-".repeat(widths[c] - 1) + ":" : "-".repeat(widths[c]));
    }
    out.append(line).append(" |\n");
  }

  private boolean isRightAligned(int column) {
    return column < rightAligned.length && rightAligned[column];
  }

  private static String cell(List<String> cells, int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  private static List<String> clean(List<String> cells, TextStyle style) {
    List<String> cleaned = new ArrayList<>(cells.size());
    for (String cell : cells) {
      cleaned.add(clean(cell, style));
    }
    return cleaned;
  }

  /** Returns {@code text} safe to print: no control characters, and in Markdown no unescaped pipe. */
  static String clean(String text, TextStyle style) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        clean.append('?');
      } else if (c == '|' && style == TextStyle.MARKDOWN) {
        clean.append("\\|");
      } else {
        clean.appendCodePoint(c);
      }
    });
    return clean.toString();
  }
}
