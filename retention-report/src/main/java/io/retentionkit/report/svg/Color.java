package io.retentionkit.report.svg;

import java.util.Locale;

/**
 * An opaque sRGB colour.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param red the red channel, 0 to 255
 * @param green the green channel, 0 to 255
 * @param blue the blue channel, 0 to 255
 */
public record Color(int red, int green, int blue) {
  /**
   * Text colour on light backgrounds: black, because only black and white together guarantee a WCAG AA
   * contrast of at least 4.5 on every background (mid-tones sit near 4.6 with both).
   */
  public static final Color INK = of("#000000");
  /** Text colour on dark backgrounds. */
  public static final Color WHITE = of("#ffffff");

  /**
   * Creates a colour, validating every component.
   *
   * @param red the red channel, 0 to 255
   * @param green the green channel, 0 to 255
   * @param blue the blue channel, 0 to 255
   * @throws IllegalArgumentException if a channel is out of range
   */
  public Color {
    if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "colour channels must lie in [0, 255]: %d, %d, %d", red, green, blue));
    }
  }

  /**
   * Returns the colour written as {@code #rrggbb}.
   *
   * @param hex six hexadecimal digits after a {@code #}
   * @return the colour
   * @throws IllegalArgumentException if {@code hex} is not of that form
   */
  public static Color of(String hex) {
    if (!hex.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("colour must be written #rrggbb: " + hex);
    }
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return new Color(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF);
  }

  /**
   * Returns the colour as {@code #rrggbb} in lower case.
   *
   * @return the hexadecimal form
   */
  public String hex() {
    return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
  }

  /**
   * Returns the relative luminance of WCAG 2: 0 for black, 1 for white.
   *
   * @return the luminance
   */
  public double luminance() {
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
  }

  /**
   * Returns the WCAG contrast ratio between this colour and {@code other}.
   *
   * @param other the other colour
   * @return a ratio from 1 (same luminance) to 21 (black on white)
   */
  public double contrastWith(Color other) {
    double a = luminance() + 0.05;
    double b = other.luminance() + 0.05;
    return Math.max(a, b) / Math.min(a, b);
  }

  /**
   * Returns the text colour, {@link #INK} or {@link #WHITE}, that contrasts more with this background.
   *
   * @return the text colour
   */
  public Color readableText() {
    return contrastWith(INK) >= contrastWith(WHITE) ? INK : WHITE;
  }

  /**
   * Returns the colour a fraction of the way to {@code other}, channel by channel.
   *
   * @param other the colour at {@code t = 1}
   * @param t the fraction, clamped to [0, 1]
   * @return the mixed colour
   */
  public Color mix(Color other, double t) {
    double f = Math.max(0, Math.min(1, t));
    return new Color(
        (int) Math.round(red + (other.red - red) * f),
        (int) Math.round(green + (other.green - green) * f),
        (int) Math.round(blue + (other.blue - blue) * f));
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
