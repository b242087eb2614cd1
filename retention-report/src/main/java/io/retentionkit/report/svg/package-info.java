/**
 * The report's SVG charts: scales, nice axis ticks, colour ramps, a heatmap, line and bar charts. Not
 * part of the API: an implementation detail of the report that may change in any release; every chart writes through
 * {@link io.retentionkit.report.html.Markup}, so its text is escaped.
 */
package io.retentionkit.report.svg;
