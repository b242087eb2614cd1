package io.retentionkit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class MarkupTest {

  @Test
  void writesElementsWithEscapedTextAndAttributes() {
    Markup markup = new Markup().open("p", "title", "a\"b<c>").text("x & <y>").close("p")
        .leaf("rect", "width", "10").element("td", "'q'", "class", "num");
    assertEquals("<p title=\"a&quot;b&lt;c&gt;\">x &amp; &lt;y&gt;</p><rect width=\"10\"/>"
        + "<td class=\"num\">&#39;q&#39;</td>", markup.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"onclick", "onMouseOver", "ONLOAD", "style", "STYLE", "href", "src", "xlink:href",
      "action", "formaction", "srcset"})
  void refusesScriptingStyleAndUrlAttributes(String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("div", name, "x"));
    assertEquals("attribute must be a plain, non-scripting name: " + name, e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b", "x=\"y\"", "\"", "1a", "", "a>b"})
  void refusesMalformedAttributeNames(String name) {
    assertThrows(IllegalArgumentException.class, () -> new Markup().leaf("g", name, "x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Div", "scr ipt", "a>", "1p", "p/"})
  void refusesMalformedTagNames(String tag) {
    assertThrows(IllegalArgumentException.class, () -> new Markup().open(tag));
  }

  @Test
  void acceptsSvgCamelCaseNames() {
    assertEquals("<svg viewBox=\"0 0 1 1\"><linearGradient/></svg>",
        new Markup().open("svg", "viewBox", "0 0 1 1").leaf("linearGradient").close("svg").toString());
  }

  @Test
  void attributesMustComeInPairs() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Markup().open("div", "class"));
    assertEquals("attributes must come in name-value pairs: 1", e.getMessage());
  }

  @Test
  void closingMustMatchTheInnermostOpenElement() {
    Markup markup = new Markup().open("div").open("p");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> markup.close("div"));
    assertEquals("element to close must be the innermost open one, p: div", e.getMessage());
    assertThrows(IllegalStateException.class, () -> new Markup().close("p"));
  }

  @Test
  void aFragmentWithOpenElementsCannotBeReadOrAppended() {
    Markup open = new Markup().open("section");
    assertFalse(open.isComplete());
    assertThrows(IllegalStateException.class, open::toString);
    assertThrows(IllegalStateException.class, () -> new Markup().append(open));
    open.close("section");
    assertTrue(open.isComplete());
    assertEquals("<div><section></section></div>", new Markup().open("div").append(open).close("div").toString());
  }

  @Test
  void styleSheetCannotCloseItsElement() {
    assertEquals("<style>p{color:red}</style>", new Markup().styleSheet("p{color:red}").toString());
    assertThrows(IllegalArgumentException.class, () -> new Markup().styleSheet("p{}</style><script>"));
  }

  @Test
  void internalLinksPointOnlyIntoTheDocument() {
    assertEquals("<a href=\"#cohorts\">Cohorts &amp; more</a>",
        new Markup().internalLink("cohorts", "Cohorts & more").toString());
    for (String target : new String[] {"javascript:alert(1)", "//evil.example", "a b", "\"x", ""}) {
      assertThrows(IllegalArgumentException.class, () -> new Markup().internalLink(target, "x"), target);
    }
  }

  @Test
  void writesTheDoctype() {
    assertEquals("<!DOCTYPE html>\n", new Markup().doctype().toString());
  }
}
