package io.retentionkit.io.render;

import java.util.Locale;

/** Number formats of the text renderers: locale-independent, so output is the same everywhere. */
final class Texts {
  /** What a text renderer shows for an undefined value. */
  static final String UNDEFINED = "n/a";

  private Texts() {}

  /** Returns {@code 1234} as {@code "1,234"}. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Returns a share as a percentage with one decimal, {@code 0.4321} as {@code "43.2%"}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** Returns a plain number with {@code decimals} decimals, {@code 2.0827} as {@code "2.08"}. */
  static String decimal(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}
