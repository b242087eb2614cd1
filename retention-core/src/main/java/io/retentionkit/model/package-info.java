/**
 * The immutable domain model: {@link io.retentionkit.model.Order orders} with their refunds, status and
 * attributes; exact {@link io.retentionkit.model.Money money}; half-open
 * {@link io.retentionkit.model.Period periods} of shop-local dates and the
 * {@link io.retentionkit.model.PeriodCalendar calendars} that cut time into them; and the
 * {@link io.retentionkit.model.AnalysisPolicy policy} (zone, reporting currency, refunds, qualifying
 * orders) that every calculator shares.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Every type is immutable, validated at construction and thread-safe. Records are value-based.
 *   <li>No method accepts or returns {@code null}: absent values are {@link java.util.Optional}, "none"
 *       is an empty collection. A null argument throws {@link NullPointerException} naming it.
 *   <li>Bad values throw {@link IllegalArgumentException} with a message of the form
 *       {@code "<thing> must <rule>: <value>"}; personal data (e-mail addresses) is never repeated.
 *   <li>Money is exact {@code long} minor units. Two currencies never meet without a
 *       {@link io.retentionkit.model.CurrencyConverter}.
 *   <li>Time zones are always explicit; nothing reads the JVM's default zone, locale or clock.
 * </ul>
 *
 * @since 0.1.0
 */
package io.retentionkit.model;
