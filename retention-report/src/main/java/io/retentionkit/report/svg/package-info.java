/**
 * The report's SVG charts: scales, nice axis ticks, colour ramps, a heatmap, line and bar charts. Not
 * exported: an implementation detail of the report; every chart writes through
 * {@link io.retentionkit.report.html.Markup}, so its text is escaped.
 */
package io.retentionkit.report.svg;
