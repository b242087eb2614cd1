package io.retentionkit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class HtmlTest {

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("plain text 123", "plain text 123"),
        Arguments.of("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        Arguments.of("\" onmouseover=\"x", "&quot; onmouseover=&quot;x"),
        Arguments.of("' onfocus='x", "&#39; onfocus=&#39;x"),
        Arguments.of("Tom & Jerry", "Tom &amp; Jerry"),
        Arguments.of("&amp;", "&amp;amp;"),
        Arguments.of("</svg></title>", "&lt;/svg&gt;&lt;/title&gt;"),
        Arguments.of("tab\tnew\nline\rreturn", "tab\tnew\nline\rreturn"),
        Arguments.of("nul\u0000bell\u0007esc\u001b", "nul\uFFFDbell\uFFFDesc\uFFFD"),
        Arguments.of("del\u007Fc1\u0085", "del\uFFFDc1\uFFFD"),
        Arguments.of("日本語 ✓ Ünïcödé", "日本語 ✓ Ünïcödé"),
        Arguments.of("emoji 😀", "emoji 😀"),
        Arguments.of("lone \uD83D high", "lone \uFFFD high"),
        Arguments.of("lone \uDE00 low", "lone \uFFFD low"),
        Arguments.of("end \uD83D", "end \uFFFD"),
        Arguments.of("non\uFFFEchar\uFFFF", "non\uFFFDchar\uFFFD"),
        Arguments.of("non\uFDD0char", "non\uFFFDchar"),
        Arguments.of("astral non\uD83F\uDFFEchar", "astral non\uFFFDchar"),
        Arguments.of("\u202Eevil\u202C and \u2066iso\u2069", "\uFFFDevil\uFFFD and \uFFFDiso\uFFFD"),
        Arguments.of("שלום עולם", "שלום עולם"));
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void escapesMarkupAndReplacesForbiddenCharacters(String input, String expected) {
    assertEquals(expected, Html.escape(input));
  }

  @Test
  void escapedTextNeverContainsMarkupCharacters() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      every.append(c);
    }
    String escaped = Html.escape(every.toString());
    assertFalse(escaped.contains("<"));
    assertFalse(escaped.contains(">"));
    assertFalse(escaped.contains("\""));
    assertFalse(escaped.contains("'"));
    assertFalse(escaped.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "").replace("&quot;", "")
        .replace("&#39;", "").contains("&"));
  }

  @Test
  void escapingAVeryLongValueKeepsEveryCharacter() {
    String value = "<a>".repeat(100_000);
    assertEquals("&lt;a&gt;".repeat(100_000), Html.escape(value));
  }

  @Test
  void abbreviateKeepsShortTextAndCutsLongTextWithAnEllipsis() {
    assertEquals("short", Html.abbreviate("short", 5));
    assertEquals("abcd…", Html.abbreviate("abcdefgh", 5));
    assertEquals(5, Html.abbreviate("x".repeat(10_000), 5).length());
  }

  @Test
  void abbreviateNeverSplitsASurrogatePair() {
    String cut = Html.abbreviate("abc😀def", 5);
    assertEquals("abc…", cut);
    assertTrue(cut.chars().noneMatch(c -> Character.isSurrogate((char) c)));
  }

  @Test
  void rejectsNullAndTinyLimits() {
    assertThrows(NullPointerException.class, () -> Html.escape(null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Html.abbreviate("abc", 1));
    assertEquals("maxChars must be at least 2: 1", e.getMessage());
  }
}
