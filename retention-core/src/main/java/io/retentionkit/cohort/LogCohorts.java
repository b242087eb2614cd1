package io.retentionkit.cohort;

import static io.retentionkit.internal.Checks.requireArgument;

import io.retentionkit.columnar.OrderAttribute;
import io.retentionkit.columnar.OrderLog;
import io.retentionkit.internal.CustomerRanges;
import io.retentionkit.model.RefundPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the cohort table of an {@link OrderLog} in one parallel pass. The customers are cut into
 * ranges ({@link CustomerRanges}); each range reads its customers' orders, which the log keeps together
 * and in time order, and adds each customer to its row's {@link RowTally}; the ranges' tallies of one row
 * are then combined, so threads never share a counter. Tallies and the table are the object path's
 * ({@link TableAssembler}), so both paths apply the same definitions.
 *
 * <p>A customer reaches the tally in one of two ways. Usually their qualifying orders, offsets and revenue
 * are read in log order straight into {@link RowTally#addInOrder}: the hot path, with no per-day
 * bookkeeping. A pass that cuts orders at an explicit as-of instant or books refunds at their own dates,
 * and a customer whose order days go back (where clocks go back across midnight), go through a reused
 * {@link DayLedger} and {@link RowTally#add} instead, which sort and merge days.
 *
 * <p>The log gives each customer's first qualifying order directly (the first such row) and the
 * refunds of an order in the order they were made, so cutting at an as-of instant keeps a prefix of
 * them; that is why every amount the object path converts for a cut order can be read from the log.
 */
final class LogCohorts {
  private final CohortAnalysis analysis;
  private final OrderLog log;
  private final Optional<OrderAttribute> attribute;
  private final Instant asOf;
  /** False when the as-of instant follows every order and refund of the log. */
  private final boolean cut;
  private final Timeline timeline;
  private final boolean netAtOrderDate;
  private final boolean refundsBookedSeparately;
  /** Breakdown keys per cohort: "no value" and each dictionary code of the attribute. */
  private final int keys;

  private LogCohorts(CohortAnalysis analysis, OrderLog log, Optional<OrderAttribute> attribute, Instant asOf,
      boolean cut) {
    this.analysis = analysis;
    this.log = log;
    this.attribute = attribute;
    this.asOf = asOf;
    this.cut = cut;
    this.timeline = TableAssembler.timeline(analysis, asOf, log.firstDay());
    this.netAtOrderDate = analysis.policy().refundPolicy() == RefundPolicy.NET_AT_ORDER_DATE;
    this.refundsBookedSeparately = analysis.policy().refundsBookedSeparately();
    this.keys = attribute.map(log::attributeValueCount).orElse(0) + 1;
  }

  /**
   * Returns the table of {@code log}, cut into {@code ranges} ranges of customers.
   *
   * @throws IllegalArgumentException if the log was built under another policy, or the breakdown is not
   *     one of the attributes a log encodes
   */
  static CohortTable analyze(CohortAnalysis analysis, OrderLog log, int ranges) {
    requireArgument(log.policy().equals(analysis.policy()),
        "order log must be built under the analysis' policy: %s", analysis);
    Optional<OrderAttribute> attribute = Optional.empty();
    if (analysis.breakdown().isPresent()) {
      CohortBreakdown breakdown = analysis.breakdown().get();
      requireArgument(breakdown.attribute().isPresent(),
          "breakdown must be channel, discount-code, country or first-sku to analyse an order log: %s",
          breakdown.name());
      attribute = breakdown.attribute();
    }
    Optional<Instant> asOf = analysis.asOf().or(() -> log.lastDay().isPresent()
        ? Optional.of(analysis.asOfAfter(LocalDate.ofEpochDay(log.lastDay().getAsInt())))
        : Optional.empty());
    if (asOf.isEmpty()) {
      return TableAssembler.table(analysis, asOf, List.of(), new InputCounts(0, 0, 0, 0, 0));
    }
    // An as-of instant no earlier than the one derived from the log cuts nothing.
    boolean cut = log.lastDay().isPresent()
        && asOf.get().isBefore(analysis.asOfAfter(LocalDate.ofEpochDay(log.lastDay().getAsInt())));
    LogCohorts pass = new LogCohorts(analysis, log, attribute, asOf.get(), cut);
    Partial total = CustomerRanges.reduce(log.customerCount(), log.orderCount(), log::orderStart, ranges,
        pass::scan, Partial::combine);
    return TableAssembler.table(analysis, asOf, total.tallies(), total.inputCounts(log.orderCount()));
  }

  /** Tallies the customers {@code [from, to)}. */
  private Partial scan(int from, int to) {
    Partial partial = new Partial();
    if (from == to) {
      return partial;
    }
    RangeScan range = new RangeScan(partial, log.refundStart(log.orderStart(from)));
    // Without cut orders or refunds booked apart, a customer's ledger would hold only their qualifying
    // orders, in the log's time order, which the tally can take as they come.
    boolean inOrder = !cut && !refundsBookedSeparately;
    for (int customer = from; customer < to; customer++) {
      if (!inOrder || !range.tallyInOrder(customer)) {
        range.tallyByDay(customer);
      }
    }
    return partial;
  }

  /** Returns the breakdown key of a customer whose first qualifying order is {@code entry}. */
  private int key(int entry) {
    return attribute.isPresent() ? log.attributeCode(attribute.get(), entry) : 0;
  }

  /** One range's pass over its customers: a cursor into the refunds, and buffers reused for every customer. */
  private final class RangeScan {
    private final Partial partial;
    private final int refunds = log.refundCount();
    /** The first refund of the next order to read; the log keeps refunds in the order of their orders. */
    private int refund;
    private final DayLedger ledger = new DayLedger();
    /** The offsets and revenue of one customer's qualifying orders, for {@link RowTally#addInOrder}. */
    private int[] offsets = new int[8];
    private long[] revenue = new long[8];

    RangeScan(Partial partial, int firstRefund) {
      this.partial = partial;
      this.refund = firstRefund;
    }

    /**
     * Tallies {@code customer} straight from their orders and returns {@code true}; or, if the days of
     * their qualifying orders ever decrease (possible only in the hour repeated when clocks go back across
     * midnight), changes nothing and returns {@code false}, leaving them to {@link #tallyByDay}. Only for a
     * pass that cuts nothing and books no refund apart from its order.
     */
    boolean tallyInOrder(int customer) {
      int end = log.orderEnd(customer);
      int start = log.orderStart(customer);
      int next = refund;
      int count = 0;
      int entry = -1;
      int entryDay = 0;
      int lastDay = Integer.MIN_VALUE;
      long cohortIndex = 0;
      for (int row = start; row < end; row++) {
        long amount = log.grossMinor(row);
        if (log.hasRefunds(row)) {
          for (; next < refunds && log.refundOrder(next) == row; next++) {
            amount -= netAtOrderDate ? log.refundMinor(next) : 0;
          }
        }
        if (!log.qualifies(row)) {
          continue;
        }
        int day = log.day(row);
        if (day < lastDay) {
          return false;
        }
        lastDay = day;
        if (entry < 0) {
          entry = row;
          entryDay = day;
          cohortIndex = timeline.cohortIndex(day);
        }
        append(timeline.offset(cohortIndex, entryDay, day), amount, count++);
      }
      refund = next;
      partial.qualifyingOrders += count;
      partial.nonQualifyingOrders += end - start - count;
      if (entry >= 0) {
        partial.tally(cohortIndex, key(entry)).addInOrder(offsets, revenue, count);
      }
      return true;
    }

    private void append(int offset, long amount, int index) {
      if (index == offsets.length) {
        offsets = Arrays.copyOf(offsets, 2 * index);
        revenue = Arrays.copyOf(revenue, 2 * index);
      }
      offsets[index] = offset;
      revenue[index] = amount;
    }

    /**
     * Tallies {@code customer} through a day ledger, which takes orders cut at the as-of instant, refunds
     * booked at their own dates and days out of order.
     */
    void tallyByDay(int customer) {
      ledger.clear();
      int entry = -1;
      int end = log.orderEnd(customer);
      for (int row = log.orderStart(customer); row < end; row++) {
        // The order's refunds, in the order they were made; those made before the as-of instant are kept.
        int firstRefund = refund;
        int kept = 0;
        while (refund < refunds && log.refundOrder(refund) == row) {
          if (kept == refund - firstRefund && (!cut || log.isRefundedBefore(refund, asOf))) {
            kept++;
          }
          refund++;
        }
        if (cut && !log.isPlacedBefore(row, asOf)) {
          partial.ordersAfterAsOf++;
          continue;
        }
        int made = refund - firstRefund;
        partial.refundsAfterAsOf += made - kept;
        // No proper subset of an order's refunds refunds it in full, so a cut order qualifies as it did
        // before its refunds.
        if (!(kept == made ? log.qualifies(row) : log.qualifiesUnrefunded(row))) {
          partial.nonQualifyingOrders++;
          continue;
        }
        partial.qualifyingOrders++;
        if (entry < 0) {
          entry = row;
        }
        long revenue = log.grossMinor(row);
        if (netAtOrderDate) {
          for (int r = firstRefund; r < firstRefund + kept; r++) {
            revenue -= log.refundMinor(r);
          }
        }
        ledger.add(log.day(row), 1, revenue);
        if (refundsBookedSeparately) {
          for (int r = firstRefund; r < firstRefund + kept; r++) {
            ledger.add(log.refundDay(r), 0, -log.refundMinor(r));
          }
        }
      }
      if (entry >= 0) {
        int entryDay = log.day(entry);
        ledger.normalize();
        partial.tally(timeline.cohortIndex(entryDay), key(entry)).add(entryDay, ledger);
      }
    }
  }

  /** The tallies and input counts of one range of customers. */
  private final class Partial {
    /** Tallies by {@code (cohortIndex − firstCohort) × keys + key}; grown as cohorts appear. */
    private RowTally[] tallies = new RowTally[0];
    private long firstCohort;
    /** The cohorts {@code tallies} covers: its length over {@code keys}, kept to save a division per customer. */
    private int cohorts;
    private long qualifyingOrders;
    private long nonQualifyingOrders;
    private long ordersAfterAsOf;
    private long refundsAfterAsOf;

    RowTally tally(long cohortIndex, int key) {
      int slot = slot(cohortIndex, key);
      RowTally tally = tallies[slot];
      if (tally == null) {
        Optional<String> value = key == 0 ? Optional.empty() : Optional.of(log.attributeValue(attribute.get(), key));
        tally = TableAssembler.newTally(analysis, timeline, cohortIndex, value);
        tallies[slot] = tally;
      }
      return tally;
    }

    /** Returns the slot of a row, growing the array to cover its cohort. */
    private int slot(long cohortIndex, int key) {
      if (cohorts == 0) {
        tallies = new RowTally[keys];
        firstCohort = cohortIndex;
        cohorts = 1;
      } else if (cohortIndex < firstCohort || cohortIndex >= firstCohort + cohorts) {
        long first = Math.min(firstCohort, cohortIndex);
        long last = Math.max(firstCohort + cohorts - 1, cohortIndex);
        RowTally[] grown = new RowTally[Math.multiplyExact(Math.toIntExact(last - first + 1), keys)];
        System.arraycopy(tallies, 0, grown, Math.toIntExact(firstCohort - first) * keys, tallies.length);
        tallies = grown;
        firstCohort = first;
        cohorts = Math.toIntExact(last - first + 1);
      }
      return Math.toIntExact(cohortIndex - firstCohort) * keys + key;
    }

    Partial combine(Partial other) {
      for (int slot = 0; slot < other.tallies.length; slot++) {
        RowTally theirs = other.tallies[slot];
        if (theirs != null) {
          int key = slot % keys;
          int mine = slot(other.firstCohort + slot / keys, key);
          if (tallies[mine] == null) {
            tallies[mine] = theirs;
          } else {
            tallies[mine].combine(theirs);
          }
        }
      }
      qualifyingOrders += other.qualifyingOrders;
      nonQualifyingOrders += other.nonQualifyingOrders;
      ordersAfterAsOf += other.ordersAfterAsOf;
      refundsAfterAsOf += other.refundsAfterAsOf;
      return this;
    }

    List<RowTally> tallies() {
      return Arrays.stream(tallies).filter(Objects::nonNull).toList();
    }

    InputCounts inputCounts(long orders) {
      return new InputCounts(orders, qualifyingOrders, nonQualifyingOrders, ordersAfterAsOf, refundsAfterAsOf);
    }
  }
}
