package io.retentionkit.io.render;

/**
 * How the text renderers lay out a table.
 *
 * @since 0.1.0
 */
public enum TextStyle {
  /** Columns aligned with spaces, for a terminal. */
  PLAIN,
  /** A GitHub-flavoured Markdown pipe table, also aligned, for documents and tickets. */
  MARKDOWN
}
