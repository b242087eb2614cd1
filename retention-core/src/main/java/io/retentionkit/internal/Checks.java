package io.retentionkit.internal;

import java.util.Locale;

/**
 * Argument and state checks with the library's message format, {@code "<thing> must <rule>: <value>"},
 * always formatted in {@link Locale#ROOT}.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class Checks {
  private Checks() {}

  /**
   * Throws an {@link IllegalArgumentException} with the formatted message unless {@code ok}.
   *
   * @param ok the condition that must hold
   * @param template a {@link String#format} template
   * @param args the template's arguments
   * @throws IllegalArgumentException if {@code ok} is false
   */
  public static void requireArgument(boolean ok, String template, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
    }
  }

  /**
   * Throws an {@link IllegalStateException} with the formatted message unless {@code ok}.
   *
   * @param ok the condition that must hold
   * @param template a {@link String#format} template
   * @param args the template's arguments
   * @throws IllegalStateException if {@code ok} is false
   */
  public static void requireState(boolean ok, String template, Object... args) {
    if (!ok) {
      throw new IllegalStateException(String.format(Locale.ROOT, template, args));
    }
  }

  /**
   * Returns {@code value} if it is finite and strictly positive.
   *
   * @param value the value to check
   * @param name the parameter's name, used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is not finite or not positive
   */
  public static double requirePositiveFinite(double value, String name) {
    requireArgument(Double.isFinite(value) && value > 0, "%s must be positive and finite: %s", name, value);
    return value;
  }

  /**
   * Returns {@code value} if it is not negative.
   *
   * @param value the value to check
   * @param name the parameter's name, used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static long requireNonNegative(long value, String name) {
    requireArgument(value >= 0, "%s must not be negative: %s", name, value);
    return value;
  }

  /**
   * Returns {@code text} if it is not blank.
   *
   * @param text the text to check
   * @param name the parameter's name, used in the message
   * @return {@code text}
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static String requireNonBlank(String text, String name) {
    if (text == null) {
      throw new NullPointerException(name);
    }
    requireArgument(!text.isBlank(), "%s must not be blank", name);
    return text;
  }
}
