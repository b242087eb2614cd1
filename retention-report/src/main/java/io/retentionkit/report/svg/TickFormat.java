package io.retentionkit.report.svg;

import java.util.Locale;

/** How an axis labels its ticks. */
public interface TickFormat {
  /** Plain numbers with thousands separators: {@code 1,500}, {@code 0.25}. */
  TickFormat NUMBER = NiceTicks::label;
  /** Shares of 1 as percentages: 0.25 is {@code 25%}. */
  TickFormat PERCENT = (ticks, value) ->
      String.format(Locale.ROOT, "%." + Math.max(0, ticks.decimals() - 2) + "f%%", value * 100);

  /**
   * Returns the label of one tick.
   *
   * @param ticks the axis' ticks
   * @param value one of their values
   * @return the label
   */
  String label(NiceTicks ticks, double value);
}
