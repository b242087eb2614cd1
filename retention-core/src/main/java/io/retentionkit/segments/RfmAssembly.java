package io.retentionkit.segments;

import io.retentionkit.metrics.MoneyShare;
import io.retentionkit.metrics.Rate;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw per-customer values into a {@link RfmSegmentation}: scores, segments and segment sizes. Both
 * input paths end here, so every formula after the tally exists once.
 */
final class RfmAssembly {
  private RfmAssembly() {}

  /**
   * Scores and segments {@code tallies}, which are in customer-id order.
   *
   * @throws ArithmeticException if the total revenue overflows
   */
  static RfmSegmentation assemble(AnalysisPolicy policy, Instant asOf, List<CustomerTally> tallies,
      OrderCounts counts) {
    LocalDate asOfDate = policy.localDate(asOf);
    long asOfDay = asOfDate.toEpochDay();
    int n = tallies.size();
    long[] recency = new long[n];
    long[] frequency = new long[n];
    long[] monetary = new long[n];
    for (int i = 0; i < n; i++) {
      CustomerTally tally = tallies.get(i);
      // Where clocks go back across midnight an order before the as-of instant can bear a later local
      // date than the as-of instant itself; it was placed "today", so it counts as 0 days.
      recency[i] = Math.max(0, asOfDay - tally.lastDay());
      frequency[i] = tally.frequency();
      monetary[i] = tally.monetaryMinor();
    }
    int[] r = QuintileScores.lowerIsBetter(recency);
    int[] f = QuintileScores.higherIsBetter(frequency);
    int[] m = QuintileScores.higherIsBetter(monetary);

    RfmSegment[] segments = RfmSegment.values();
    long[] segmentCustomers = new long[segments.length];
    long[] segmentRevenue = new long[segments.length];
    long totalRevenue = 0;
    List<CustomerRfm> customers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CustomerTally tally = tallies.get(i);
      RfmScore score = RfmScore.of(r[i], f[i], m[i]);
      RfmSegment segment = RfmSegment.of(score);
      customers.add(new CustomerRfm(tally.customerId(), LocalDate.ofEpochDay(tally.lastDay()), recency[i],
          frequency[i], Money.ofMinor(monetary[i], policy.reportingCurrency()), score, segment));
      segmentCustomers[segment.ordinal()]++;
      segmentRevenue[segment.ordinal()] = Math.addExact(segmentRevenue[segment.ordinal()], monetary[i]);
      totalRevenue = Math.addExact(totalRevenue, monetary[i]);
    }
    Money total = Money.ofMinor(totalRevenue, policy.reportingCurrency());
    List<SegmentSize> sizes = new ArrayList<>(segments.length);
    for (RfmSegment segment : segments) {
      sizes.add(new SegmentSize(segment,
          Rate.of(segmentCustomers[segment.ordinal()], n, "no customer has a qualifying order before the as-of "
              + "instant"),
          MoneyShare.of(Money.ofMinor(segmentRevenue[segment.ordinal()], policy.reportingCurrency()), total,
              "the customers' total revenue is zero")));
    }
    return new RfmSegmentation(asOf, asOfDate, customers, sizes, total, counts);
  }
}
