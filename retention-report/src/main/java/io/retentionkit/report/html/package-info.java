/**
 * Writing HTML and inline SVG so that untrusted text can only ever be text. Not part of the API: an
 * implementation detail of the report that may change in any release.
 */
package io.retentionkit.report.html;
