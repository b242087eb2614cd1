/**
 * Writing HTML and inline SVG so that untrusted text can only ever be text. Not exported: an
 * implementation detail of the report.
 */
package io.retentionkit.report.html;
