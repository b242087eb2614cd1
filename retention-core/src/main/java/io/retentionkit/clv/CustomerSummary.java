package io.retentionkit.clv;

import static io.retentionkit.internal.Checks.requireArgument;
import static java.util.Objects.requireNonNull;

import io.retentionkit.model.CustomerId;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One customer's summary, as the CLV models see them (see {@link CustomerSummaries} for how each field is
 * computed). Times are in the summaries' {@link DurationUnit}.
 *
 * <p>This is a value-based, immutable and thread-safe class.
 *
 * @param customerId the customer
 * @param firstPurchaseDate the shop-local date of the first purchase
 * @param repeatTransactions x: transactions in the calibration period after the first one
 * @param lastPurchaseTime t_x: time from the first purchase to the last calibration purchase (0 if x = 0);
 *     not the time since the last purchase, which is {@code age - lastPurchaseTime}
 * @param age T: time from the first purchase to the end of the calibration period
 * @param meanRepeatSpend m̄: the mean value of the x repeat transactions in major units of the reporting
 *     currency; empty when x = 0
 * @param holdoutTransactions transactions in the holdout period; empty when there is no holdout
 * @since 0.1.0
 */
public record CustomerSummary(
    CustomerId customerId,
    LocalDate firstPurchaseDate,
    int repeatTransactions,
    double lastPurchaseTime,
    double age,
    OptionalDouble meanRepeatSpend,
    OptionalInt holdoutTransactions) {

  /**
   * Creates a {@code CustomerSummary}, validating every component.
   *
   * @param customerId the customer
   * @param firstPurchaseDate the shop-local date of the first purchase
   * @param repeatTransactions x; not negative
   * @param lastPurchaseTime t_x; between 0 and {@code age}, and 0 when x = 0
   * @param age T; finite and not negative
   * @param meanRepeatSpend m̄; present exactly when x &gt; 0
   * @param holdoutTransactions transactions in the holdout period; not negative when present
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is out of range, as described above
   */
  public CustomerSummary {
    requireNonNull(customerId, "customerId");
    requireNonNull(firstPurchaseDate, "firstPurchaseDate");
    requireNonNull(meanRepeatSpend, "meanRepeatSpend");
    requireNonNull(holdoutTransactions, "holdoutTransactions");
    SummaryChecks.requireRow(-1, repeatTransactions, lastPurchaseTime, age);
    requireArgument(meanRepeatSpend.isPresent() == (repeatTransactions > 0),
        "mean repeat spend must be present exactly when there are repeat transactions: x = %s",
        repeatTransactions);
    requireArgument(holdoutTransactions.orElse(0) >= 0,
        "holdout transactions must not be negative: %s", holdoutTransactions);
  }
}
