/**
 * Reading order exports into the {@linkplain io.retentionkit.model domain model}, and the files that go
 * with them.
 *
 * <ul>
 *   <li>{@link io.retentionkit.io.OrderImporter}: streams a generic CSV, Shopify CSV or WooCommerce JSON
 *       export ({@link io.retentionkit.io.InputFormat}) into any {@code Consumer<Order>}, strict or
 *       lenient, returning an {@link io.retentionkit.io.ImportSummary} whose counts add up;
 *   <li>{@link io.retentionkit.io.RejectedRecord} and {@link io.retentionkit.io.RejectsCsvWriter}: what a
 *       lenient import refused, and a {@code rejects.csv} of it;
 *   <li>{@link io.retentionkit.io.ImportException}: an unreadable file or (strict) an invalid record,
 *       naming file, line and reason;
 *   <li>{@link io.retentionkit.io.ImportProgress}: progress reports for long imports;
 *   <li>{@link io.retentionkit.io.CurrencyRates}: a rates file as a
 *       {@link io.retentionkit.model.CurrencyConverter};
 *   <li>{@link io.retentionkit.io.csv.SafeCsvWriter}: CSV output protected against formula injection.
 * </ul>
 *
 * <p>No method accepts or returns {@code null}. Messages never contain e-mail addresses. Importers are
 * immutable and thread-safe; writers are not thread-safe.
 *
 * @since 0.1.0
 */
package io.retentionkit.io;
