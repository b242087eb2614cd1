package io.retentionkit.report;

import static java.util.Objects.requireNonNull;

import io.retentionkit.cohort.CohortTable;
import io.retentionkit.metrics.MetricsSummary;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a report shows, as values: the provenance, and each section's results or the reason it is
 * missing. {@link HtmlReport} renders it; a JSON writer can write the same numbers from it.
 *
 * <p>A section is in one of three states: present; omitted with a reason (it was wanted but the data
 * could not support it, and the report says why); or absent without a reason (not wanted, and not shown).
 * Every amount in every section is in the provenance's reporting currency.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param provenance where the numbers come from
 * @param metrics the headline metrics, if computed
 * @param cohorts the cohort table, if computed
 * @param clv the CLV section, if computed
 * @param segments the segment sizes, if there are segments
 * @param omissions why a wanted section is missing, by section; unmodifiable, in section order
 * @since 0.1.0
 */
public record ReportData(Provenance provenance, Optional<MetricsSummary> metrics, Optional<CohortTable> cohorts,
    Optional<ClvSection> clv, Optional<SegmentSizes> segments, Map<ReportSection, String> omissions) {

  /**
   * Creates a {@code ReportData}, validating every component.
   *
   * @param provenance where the numbers come from
   * @param metrics the headline metrics, if computed
   * @param cohorts the cohort table, if computed
   * @param clv the CLV section, if computed
   * @param segments the segment sizes, if any
   * @param omissions why a wanted section is missing; copied; no key may be a present section
   * @throws NullPointerException if a component, key or value is null
   * @throws IllegalArgumentException if a present section has an omission reason or an amount is in
   *     another currency than the provenance's
   */
  public ReportData {
    requireNonNull(provenance, "provenance");
    requireNonNull(metrics, "metrics");
    requireNonNull(cohorts, "cohorts");
    requireNonNull(clv, "clv");
    requireNonNull(segments, "segments");
    EnumMap<ReportSection, String> reasons = new EnumMap<>(ReportSection.class);
    requireNonNull(omissions, "omissions").forEach((section, reason) ->
        reasons.put(requireNonNull(section, "section"), requireNonNull(reason, "reason")));
    omissions = Collections.unmodifiableMap(reasons);
    for (ReportSection section : omissions.keySet()) {
      boolean present = switch (section) {
        case METRICS -> metrics.isPresent();
        case COHORTS -> cohorts.isPresent();
        case CLV -> clv.isPresent();
        case SEGMENTS -> segments.isPresent();
      };
      if (present) {
        throw new IllegalArgumentException("section must not be both present and omitted: " + section);
      }
    }
    Currency currency = provenance.currency();
    metrics.ifPresent(m -> requireCurrency(currency, m.totals().revenue().currency(), "metrics"));
    cohorts.ifPresent(c -> requireCurrency(currency, c.currency(), "cohorts"));
    clv.flatMap(ClvSection::currency).ifPresent(c -> requireCurrency(currency, c, "clv"));
  }

  private static void requireCurrency(Currency expected, Currency actual, String section) {
    if (!expected.equals(actual)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must be in the reporting currency %s: %s", section, expected, actual));
    }
  }

  /**
   * Returns a builder of report data with the given provenance and no sections yet.
   *
   * @param provenance where the numbers come from
   * @return a new builder
   * @throws NullPointerException if {@code provenance} is null
   */
  public static Builder newBuilder(Provenance provenance) {
    return new Builder(provenance);
  }

  /** Builds {@link ReportData} section by section. Not thread-safe. */
  public static final class Builder {
    private final Provenance provenance;
    private Optional<MetricsSummary> metrics = Optional.empty();
    private Optional<CohortTable> cohorts = Optional.empty();
    private Optional<ClvSection> clv = Optional.empty();
    private Optional<SegmentSizes> segments = Optional.empty();
    private final EnumMap<ReportSection, String> omissions = new EnumMap<>(ReportSection.class);

    private Builder(Provenance provenance) {
      this.provenance = requireNonNull(provenance, "provenance");
    }

    /**
     * Sets the headline metrics.
     *
     * @param value the metrics
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder metrics(MetricsSummary value) {
      metrics = Optional.of(requireNonNull(value, "metrics"));
      omissions.remove(ReportSection.METRICS);
      return this;
    }

    /**
     * Sets the cohort table.
     *
     * @param value the table
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder cohorts(CohortTable value) {
      cohorts = Optional.of(requireNonNull(value, "cohorts"));
      omissions.remove(ReportSection.COHORTS);
      return this;
    }

    /**
     * Sets the CLV section.
     *
     * @param value the section
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder clv(ClvSection value) {
      clv = Optional.of(requireNonNull(value, "clv"));
      omissions.remove(ReportSection.CLV);
      return this;
    }

    /**
     * Sets the segment sizes.
     *
     * @param value the sizes
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder segments(SegmentSizes value) {
      segments = Optional.of(requireNonNull(value, "segments"));
      omissions.remove(ReportSection.SEGMENTS);
      return this;
    }

    /**
     * Records that a wanted section is missing, and why; this replaces the section if it was set.
     *
     * @param section the section
     * @param reason why it is missing, e.g. {@code "no customer has a repeat purchase"}
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder omit(ReportSection section, String reason) {
      requireNonNull(section, "section");
      omissions.put(section, requireNonNull(reason, "reason"));
      switch (section) {
        case METRICS -> metrics = Optional.empty();
        case COHORTS -> cohorts = Optional.empty();
        case CLV -> clv = Optional.empty();
        case SEGMENTS -> segments = Optional.empty();
      }
      return this;
    }

    /**
     * Returns the report data.
     *
     * @return the data
     * @throws IllegalArgumentException if a section's amounts are in another currency than the
     *     provenance's
     */
    public ReportData build() {
      return new ReportData(provenance, metrics, cohorts, clv, segments, omissions);
    }
  }
}
