package io.retentionkit.report.html;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes HTML and inline SVG so that untrusted text can only ever be text.
 *
 * <p>Tag and attribute names come from the library's own code and are checked against a strict pattern;
 * event-handler attributes ({@code on...}), {@code style} attributes and URL-carrying attributes cannot be
 * written at all. Every text and attribute value goes through {@link Html#escape}. The only unescaped
 * content is the document's own style sheet ({@link #styleSheet}), which may not contain {@code </}, and
 * other complete {@code Markup} fragments ({@link #append}), which were built by the same rules. Elements
 * must be closed in order; {@link #toString()} refuses a fragment with open elements.
 *
 * <p>Instances are mutable and not thread-safe.
 */
public final class Markup {
  private static final Pattern TAG = Pattern.compile("[a-z][a-zA-Z0-9]*");
  private static final Pattern FRAGMENT = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-zA-Z0-9-]*(:[a-z][a-zA-Z0-9-]*)?");

  private final StringBuilder out = new StringBuilder(1024);
  private final Deque<String> open = new ArrayDeque<>();

  /**
   * Writes the HTML5 document type declaration.
   *
   * @return this markup
   */
  public Markup doctype() {
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /**
   * Opens an element.
   *
   * @param tag the element name: a letter, then letters and digits (SVG names are camel case)
   * @param attributes alternating attribute names and (untrusted) values
   * @return this markup
   * @throws IllegalArgumentException if a name is not allowed or the attributes are not in pairs
   */
  public Markup open(String tag, String... attributes) {
    startTag(tag, attributes);
    out.append('>');
    open.push(tag);
    return this;
  }

  /**
   * Closes the innermost open element.
   *
   * @param tag the element's name, as a check
   * @return this markup
   * @throws IllegalStateException if {@code tag} is not the innermost open element
   */
  public Markup close(String tag) {
    if (!tag.equals(open.peek())) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "element to close must be the innermost open one, %s: %s", open.peek(), tag));
    }
    open.pop();
    out.append("</").append(tag).append('>');
    return this;
  }

  /**
   * Writes an element without content: {@code <tag .../>}, which HTML5 accepts both for void elements
   * ({@code meta}) and in SVG.
   *
   * @param tag the element name
   * @param attributes alternating attribute names and values
   * @return this markup
   * @throws IllegalArgumentException if a name is not allowed or the attributes are not in pairs
   */
  public Markup leaf(String tag, String... attributes) {
    startTag(tag, attributes);
    out.append("/>");
    return this;
  }

  /**
   * Writes an element holding only text.
   *
   * @param tag the element name
   * @param text the (untrusted) text
   * @param attributes alternating attribute names and values
   * @return this markup
   * @throws IllegalArgumentException if a name is not allowed or the attributes are not in pairs
   */
  public Markup element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /**
   * Writes a link to an element of the same document: {@code <a href="#fragment">text</a>}. Only links
   * within the document can be written, so no URL from the data can ever become a link.
   *
   * @param fragment the target element's id, a constant of the library
   * @param text the link text
   * @return this markup
   * @throws IllegalArgumentException if {@code fragment} is not a plain identifier
   */
  public Markup internalLink(String fragment, String text) {
    if (!FRAGMENT.matcher(fragment).matches()) {
      throw new IllegalArgumentException("link target must be a plain identifier: " + fragment);
    }
    out.append("<a href=\"#").append(fragment).append("\">");
    Html.escapeTo(text, out);
    out.append("</a>");
    return this;
  }

  /**
   * Writes (untrusted) text, escaped.
   *
   * @param text the text
   * @return this markup
   */
  public Markup text(String text) {
    Html.escapeTo(text, out);
    return this;
  }

  /**
   * Writes a line break between tags, to keep the document readable; it has no effect on rendering where
   * it is used (between block elements).
   *
   * @return this markup
   */
  public Markup newline() {
    out.append('\n');
    return this;
  }

  /**
   * Writes a {@code <style>} element with the library's own style sheet.
   *
   * @param css the style sheet, a constant of the library
   * @return this markup
   * @throws IllegalArgumentException if {@code css} contains {@code </}, which could end the element
   */
  public Markup styleSheet(String css) {
    if (css.contains("</")) {
      throw new IllegalArgumentException("style sheet must not contain '</'");
    }
    out.append("<style>").append(css).append("</style>");
    return this;
  }

  /**
   * Appends a complete fragment built by another {@code Markup}.
   *
   * @param fragment the fragment; all its elements closed
   * @return this markup
   * @throws IllegalStateException if the fragment has open elements
   */
  public Markup append(Markup fragment) {
    out.append(fragment.toString());
    return this;
  }

  /**
   * Returns whether every opened element has been closed.
   *
   * @return {@code true} if no element is open
   */
  public boolean isComplete() {
    return open.isEmpty();
  }

  /**
   * Returns the markup written.
   *
   * @return the markup
   * @throws IllegalStateException if an element is still open
   */
  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("markup must have no open element: " + open.peek());
    }
    return out.toString();
  }

  private void startTag(String tag, String[] attributes) {
    requireNonNull(tag, "tag");
    if (!TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException("tag must be a plain name: " + tag);
    }
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes must come in name-value pairs: " + attributes.length);
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      String name = requireNonNull(attributes[i], "attribute name");
      String value = requireNonNull(attributes[i + 1], "attribute value");
      if (!ATTRIBUTE.matcher(name).matches() || isForbiddenAttribute(name)) {
        throw new IllegalArgumentException("attribute must be a plain, non-scripting name: " + name);
      }
      out.append(' ').append(name).append("=\"");
      Html.escapeTo(value, out);
      out.append('"');
    }
  }

  /** Attributes that run script, load resources or inject CSS are never written, whatever their case. */
  private static boolean isForbiddenAttribute(String attribute) {
    String name = attribute.toLowerCase(Locale.ROOT);
    return name.startsWith("on") || name.equals("style") || name.equals("src") || name.equals("href")
        || name.equals("xlink:href") || name.equals("action") || name.equals("formaction")
        || name.equals("srcset");
  }
}
