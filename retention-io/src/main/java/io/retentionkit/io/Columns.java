package io.retentionkit.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header of a CSV input: which column holds which field. Names are matched after trimming, exactly or
 * regardless of case. A nameless or repeated column, a missing required column and (when matching exactly)
 * an unknown column that differs from an expected one only in case are errors; other unknown columns are
 * ignored and listed.
 */
final class Columns {
  private final Map<String, Integer> positions;
  private final int width;
  private final List<String> ignored;

  private Columns(Map<String, Integer> positions, int width, List<String> ignored) {
    this.positions = positions;
    this.width = width;
    this.ignored = ignored;
  }

  /**
   * Reads the header {@code header} of {@code source}.
   *
   * @param ignoreCase whether names match regardless of case (for a shop's export, whose capitalisation
   *     we do not control); otherwise a name that differs from an expected one only in case is an error
   * @throws ImportException if the header is not usable
   */
  static Columns of(CsvRow header, String source, List<String> required, List<String> optional,
      boolean ignoreCase) {
    Set<String> expected = new LinkedHashSet<>(required);
    expected.addAll(optional);
    Map<String, Integer> positions = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<String> ignored = new ArrayList<>();
    List<String> names = header.values().stream().map(String::strip).toList();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.isEmpty()) {
        throw fail(source, header, "column %d of the header has no name", i + 1);
      }
      Integer earlier = seen.putIfAbsent(name, i);
      if (earlier != null) {
        throw fail(source, header, "column '%s' appears twice in the header (columns %d and %d)",
            name, earlier + 1, i + 1);
      }
      Optional<String> known = expected.contains(name) ? Optional.of(name) : sameButCase(name, expected);
      if (known.isPresent() && !known.get().equals(name) && !ignoreCase) {
        throw fail(source, header,
            "column '%s' differs from the expected column '%s' only in case (names are case-sensitive)",
            name, known.get());
      }
      if (known.isEmpty()) {
        ignored.add(name);
        continue;
      }
      earlier = positions.putIfAbsent(known.get(), i);
      if (earlier != null) {
        throw fail(source, header, "columns %d and %d both name the column '%s'", earlier + 1, i + 1, known.get());
      }
    }
    for (String name : required) {
      if (!positions.containsKey(name)) {
        throw fail(source, header, "required column '%s' is missing; the header has: %s%s",
            name, String.join(",", names), separatorHint(names));
      }
    }
    return new Columns(Map.copyOf(positions), names.size(), List.copyOf(ignored));
  }

  private static Optional<String> sameButCase(String name, Set<String> expected) {
    return expected.stream().filter(known -> known.equalsIgnoreCase(name)).findFirst();
  }

  /** Spreadsheets in many locales save CSV with semicolons or tabs, which then reads as one column. */
  private static String separatorHint(List<String> names) {
    if (names.size() == 1 && (names.get(0).contains(";") || names.get(0).contains("\t"))) {
      return " (the file seems to separate values with semicolons or tabs; it must use commas)";
    }
    return "";
  }

  private static ImportException fail(String source, CsvRow header, String template, Object... args) {
    return new ImportException(source, header.line(), String.format(Locale.ROOT, template, args));
  }

  /** Returns the header names that the format does not use, in header order. */
  List<String> ignored() {
    return ignored;
  }

  /** Returns whether the header has the column {@code name}. */
  boolean has(String name) {
    return positions.containsKey(name);
  }

  /**
   * Throws unless {@code row} has one value per column.
   *
   * @throws InvalidRecordException if the count differs
   */
  void requireWidth(CsvRow row) {
    if (row.values().size() != width) {
      throw InvalidRecordException.of("record has %d values but the header has %d columns",
          row.values().size(), width);
    }
  }

  /** Returns the trimmed value of column {@code name} in {@code row}; empty if the header lacks it. */
  String value(CsvRow row, String name) {
    Integer position = positions.get(name);
    return position == null ? "" : row.values().get(position).strip();
  }

  /** Returns the trimmed value of column {@code name} in {@code row}; empty if blank or the header lacks it. */
  Optional<String> optional(CsvRow row, String name) {
    String value = value(row, name);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
