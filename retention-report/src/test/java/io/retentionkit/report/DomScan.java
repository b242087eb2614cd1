package io.retentionkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tags of serialised HTML, as written by the report or dumped by a browser. Text is serialised
 * with {@code <} escaped, so every {@code <} starts a tag, and attribute values are double-quoted.
 */
final class DomScan {
  private static final Pattern TAG =
      Pattern.compile("<(/?)([a-zA-Z][\\w:-]*)((?:\\s+[^\\s=>/\"]+(?:=\"[^\"]*\")?)*)\\s*/?>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s([^\\s=>/\"]+)(=\"[^\"]*\")?");
  private static final Pattern TAG_START = Pattern.compile("<(?![!/])");

  private DomScan() {}

  /** Returns the names of the start tags, lower case, in document order. */
  static List<String> startTags(String html) {
    List<String> names = new ArrayList<>();
    Matcher tags = TAG.matcher(html);
    while (tags.find()) {
      if (tags.group(1).isEmpty()) {
        names.add(tags.group(2).toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  /** Returns how many {@code <} begin a start tag; equal to {@link #startTags} when every tag parsed. */
  static int tagStarts(String html) {
    Matcher matcher = TAG_START.matcher(html);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  /** Returns every event-handler attribute ({@code on...}) as {@code "tag attribute"}. */
  static List<String> eventHandlers(String html) {
    List<String> handlers = new ArrayList<>();
    Matcher tags = TAG.matcher(html);
    Matcher attributes = ATTRIBUTE.matcher("");
    while (tags.find()) {
      attributes.reset(tags.group(3));
      while (attributes.find()) {
        if (attributes.group(1).toLowerCase(Locale.ROOT).startsWith("on")) {
          handlers.add(tags.group(2) + " " + attributes.group(1));
        }
      }
    }
    return handlers;
  }
}
