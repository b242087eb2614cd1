package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.retentionkit.model.AnalysisPolicy;
import java.io.UncheckedIOException;

/**
 * Writes the settings of an {@link AnalysisPolicy} as a JSON object, to record next to results what an
 * order meant: {@code zone}, {@code currency} (the reporting currency), {@code refundPolicy}
 * ({@code GROSS}, {@code NET_AT_ORDER_DATE} or {@code NET_AT_REFUND_DATE}), {@code qualifyingOrders}
 * ({@code excludeCancelled}, {@code excludeFullyRefunded}, {@code excludeZeroValue}) and
 * {@code firstDayOfWeek}. The currency converter is code, not data, and is not written.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class PolicyJson {
  private PolicyJson() {}

  /**
   * Writes {@code policy} as one JSON object at the generator's current position.
   *
   * @param policy the policy
   * @param generator where the object goes
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(AnalysisPolicy policy, JsonGenerator generator) {
    requireNonNull(policy, "policy");
    new Json(requireNonNull(generator, "generator")).startObject()
        .string("zone", policy.zone().getId())
        .string("currency", policy.reportingCurrency().getCurrencyCode())
        .string("refundPolicy", policy.refundPolicy().name())
        .startObject("qualifyingOrders")
        .bool("excludeCancelled", policy.qualifyingOrders().excludeCancelled())
        .bool("excludeFullyRefunded", policy.qualifyingOrders().excludeFullyRefunded())
        .bool("excludeZeroValue", policy.qualifyingOrders().excludeZeroValue())
        .endObject()
        .string("firstDayOfWeek", policy.firstDayOfWeek().name())
        .endObject();
  }
}
