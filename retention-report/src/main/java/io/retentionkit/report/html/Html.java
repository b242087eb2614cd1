package io.retentionkit.report.html;

import static java.util.Objects.requireNonNull;

/**
 * Escapes untrusted text for HTML and inline SVG, in element content and in double-quoted attribute
 * values alike.
 *
 * <p>The five characters with a meaning in markup ({@code & < > " '}) become character references, so a
 * value can neither open a tag, end an attribute, nor start an entity. Characters that HTML forbids or
 * that could change how the surrounding text reads become U+FFFD (the replacement character): NUL and the
 * other C0 and C1 controls except tab, line feed and carriage return, lone surrogates, noncharacters, and
 * the bidirectional embedding, override and isolate controls (which could visually reorder a number next
 * to a hostile customer id). Everything else, including astral characters and right-to-left scripts, is
 * kept as it is: the report is UTF-8.
 */
public final class Html {
  /** The replacement for characters that must not reach the document. */
  static final char REPLACEMENT = '\uFFFD';

  private Html() {}

  /**
   * Returns {@code text} escaped for element content or a double-quoted attribute value.
   *
   * @param text untrusted text
   * @return the escaped text
   * @throws NullPointerException if {@code text} is null
   */
  public static String escape(String text) {
    requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 16);
    escapeTo(text, out);
    return out.toString();
  }

  /**
   * Appends {@code text}, escaped as {@link #escape} does, to {@code out}.
   *
   * @param text untrusted text
   * @param out where to append
   * @throws NullPointerException if an argument is null
   */
  public static void escapeTo(CharSequence text, StringBuilder out) {
    requireNonNull(text, "text");
    requireNonNull(out, "out");
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
            int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            if (isNoncharacter(codePoint)) {
              out.append(REPLACEMENT);
            } else {
              out.append(c).append(text.charAt(i + 1));
            }
            i++;
          } else if (isForbidden(c)) {
            out.append(REPLACEMENT);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /**
   * Returns {@code text} cut to at most {@code maxChars} characters, ending in an ellipsis when cut, for
   * display where a hostile or accidental megabyte-long value would wreck the layout. A surrogate pair is
   * never split. The result is not escaped.
   *
   * @param text the text
   * @param maxChars the most characters to keep, at least 2
   * @return {@code text} itself if short enough, otherwise its start and {@code "…"}
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code maxChars} is less than 2
   */
  public static String abbreviate(String text, int maxChars) {
    requireNonNull(text, "text");
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must be at least 2: " + maxChars);
    }
    if (text.length() <= maxChars) {
      return text;
    }
    int end = maxChars - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /** Returns whether a single UTF-16 unit (not part of a valid pair) must be replaced. */
  private static boolean isForbidden(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return (c >= 0x7F && c <= 0x9F)
        || Character.isSurrogate(c)
        || isNoncharacter(c)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }
}
