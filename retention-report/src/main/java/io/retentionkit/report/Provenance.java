package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.QualifyingOrders;
import io.retentionkit.model.RefundPolicy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * Where a report's numbers come from: the inputs and their import counts, the policy they were computed
 * under, the as-of date and the library version, so that a reader can tell how to reproduce them.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param inputs the inputs, in the order given; empty when the orders came from a Java program
 * @param zone the shop's time zone
 * @param currency the reporting currency every amount is in
 * @param refundPolicy how refunds entered revenue
 * @param qualifyingOrders which orders counted as purchases
 * @param asOf the analysis date: orders placed before the start of this shop-local day were counted
 * @param libraryVersion the retentionkit version that computed the report
 * @since 0.1.0
 */
public record Provenance(List<InputSource> inputs, ZoneId zone, Currency currency, RefundPolicy refundPolicy,
    QualifyingOrders qualifyingOrders, LocalDate asOf, String libraryVersion) {

  /**
   * Creates a {@code Provenance}, validating every component.
   *
   * @param inputs the inputs, in the order given; copied
   * @param zone the shop's time zone
   * @param currency the reporting currency
   * @param refundPolicy how refunds entered revenue
   * @param qualifyingOrders which orders counted
   * @param asOf the analysis date: orders placed before the start of this shop-local day were counted
   * @param libraryVersion the retentionkit version; not blank
   * @throws NullPointerException if a component or input is null
   * @throws IllegalArgumentException if {@code libraryVersion} is blank
   */
  public Provenance {
    inputs = List.copyOf(requireNonNull(inputs, "inputs"));
    requireNonNull(zone, "zone");
    requireNonNull(currency, "currency");
    requireNonNull(refundPolicy, "refundPolicy");
    requireNonNull(qualifyingOrders, "qualifyingOrders");
    requireNonNull(asOf, "asOf");
    requireNonNull(libraryVersion, "libraryVersion");
    if (libraryVersion.isBlank()) {
      throw new IllegalArgumentException("libraryVersion must not be blank");
    }
  }

  /**
   * Returns the provenance of an analysis under {@code policy}, with this library's version.
   *
   * @param policy the policy the numbers were computed under
   * @param asOf the analysis date: orders placed before the start of this shop-local day were counted
   * @param inputs the inputs, in the order given; empty when the orders came from a Java program
   * @return the provenance
   * @throws NullPointerException if an argument is null
   */
  public static Provenance of(AnalysisPolicy policy, LocalDate asOf, List<InputSource> inputs) {
    requireNonNull(policy, "policy");
    return new Provenance(inputs, policy.zone(), policy.reportingCurrency(), policy.refundPolicy(),
        policy.qualifyingOrders(), asOf, LibraryVersion.current());
  }

  /**
   * Returns the orders imported from all inputs.
   *
   * @return the sum of {@link InputSource#ordersImported()}
   */
  public long ordersImported() {
    return inputs.stream().mapToLong(InputSource::ordersImported).sum();
  }

  /**
   * Returns the records rejected in all inputs.
   *
   * @return the sum of {@link InputSource#recordsRejected()}
   */
  public long recordsRejected() {
    return inputs.stream().mapToLong(InputSource::recordsRejected).sum();
  }
}
