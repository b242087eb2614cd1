package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import io.retentionkit.clv.CustomerPredictions;
import io.retentionkit.io.csv.SafeCsvWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Writes {@link CustomerPredictions} as CSV, one record per customer in the predictions' order (ascending
 * customer id for predictions from summaries):
 *
 * <pre>
 * customer_id,p_alive,expected_orders,expected_spend,predicted_clv,expected_next_order,churn_risk,dert
 * </pre>
 *
 * <ul>
 *   <li>{@code customer_id}: as in the input (or after identity resolution, for example
 *       {@code email:ann@example.com} for a guest checkout); text, so protected against spreadsheet formula
 *       injection by {@link SafeCsvWriter}. Empty for predictions from bare arrays.
 *   <li>{@code p_alive}: P(alive) at the calibration end, in [0, 1].
 *   <li>{@code expected_orders}: the expected transactions over the horizon after the calibration end,
 *       undiscounted (a transaction being the orders of one merge period, a day by default).
 *   <li>{@code expected_spend}: the expected value of one transaction; {@code predicted_clv}: the
 *       discounted residual value over the horizon. Both in major units of the currency, rounded to its
 *       minor unit; empty without a spend model.
 *   <li>{@code expected_next_order}: the calibration end plus the median time to the next transaction of
 *       an active customer (ISO date); empty when more than a million years ahead or unknown.
 *   <li>{@code churn_risk}: {@code LOW}, {@code MEDIUM} or {@code HIGH}.
 *   <li>{@code dert}: DERT, the discounted expected residual transactions: all the customer's expected
 *       transactions after the calibration end, over an unlimited horizon, each discounted continuously
 *       to the moment it happens at the continuous rate per time unit equivalent to the discount rate; a
 *       plain number, not money (times the expected spend it is the residual lifetime value). Empty where
 *       it was not predicted (at a zero rate, for example), for the reason
 *       {@link CustomerPredictions#dertUnavailableReason()} gives.
 * </ul>
 * The first seven columns are fixed in this order; later versions may add columns after them.
 * See {@link io.retentionkit.clv.ClvPredictor} for the definitions.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class PredictionsCsv {
  private PredictionsCsv() {}

  /**
   * Writes the header and one record per customer of {@code predictions}.
   *
   * @param predictions the predictions
   * @param csv where the records go
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(CustomerPredictions predictions, SafeCsvWriter csv) {
    requireNonNull(predictions, "predictions");
    requireNonNull(csv, "csv");
    csv.row("customer_id", "p_alive", "expected_orders", "expected_spend", "predicted_clv", "expected_next_order",
        "churn_risk", "dert");
    boolean ids = !predictions.customerIds().isEmpty();
    List<Object> record = new ArrayList<>(8);
    for (int i = 0; i < predictions.size(); i++) {
      record.clear();
      record.add(ids ? predictions.customerIds().get(i).value() : "");
      record.add(predictions.probabilityAlive(i));
      record.add(predictions.expectedTransactions(i));
      record.add(money(predictions.expectedSpend(i), predictions));
      record.add(money(predictions.predictedClv(i), predictions));
      record.add(predictions.expectedNextTransactionDate(i).<Object>map(date -> date).orElse(""));
      record.add(predictions.churnRisk(i));
      OptionalDouble dert = predictions.dert(i);
      record.add(dert.isPresent() ? (Object) dert.getAsDouble() : "");
      csv.row(record);
    }
  }

  private static Object money(OptionalDouble value, CustomerPredictions predictions) {
    if (value.isEmpty()) {
      return "";
    }
    double amount = value.getAsDouble();
    return predictions.currency().isPresent() ? MoneyFormat.round(amount, predictions.currency().get())
        : BigDecimal.valueOf(amount);
  }
}
