package io.retentionkit.benchmarks.columnar;

import io.retentionkit.clv.CustomerSummaries;
import java.util.ArrayList;
import java.util.List;

/**
 * One customer's summary as every implementation of benchmark (b) reports it: repeat transactions x,
 * t_x and T in weeks, repeat spend in minor units and holdout transactions.
 *
 * @param customerId the customer's id
 * @param repeatTransactions x: calibration transactions after the first
 * @param lastPurchaseWeeks t_x: weeks from the first to the last calibration transaction
 * @param ageWeeks T: weeks from the first transaction to the calibration end
 * @param repeatSpendMinor the spend of the x repeat transactions, in minor units
 * @param holdoutTransactions transactions in the holdout period
 */
public record SummaryRow(String customerId, int repeatTransactions, double lastPurchaseWeeks, double ageWeeks,
    long repeatSpendMinor, int holdoutTransactions) {

  /**
   * Returns the rows of library summaries, in their (customer id) order.
   *
   * @param summaries weekly summaries with a holdout period, in a two-digit currency
   * @return the rows
   */
  public static List<SummaryRow> of(CustomerSummaries summaries) {
    List<SummaryRow> rows = new ArrayList<>(summaries.size());
    for (int i = 0; i < summaries.size(); i++) {
      rows.add(new SummaryRow(summaries.customerId(i).value(), summaries.repeatTransactions(i),
          summaries.lastPurchaseTime(i), summaries.age(i),
          summaries.repeatSpend(i).movePointRight(2).longValueExact(), summaries.holdoutTransactions(i)));
    }
    return rows;
  }
}
