package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import io.retentionkit.metrics.DaysBetween;
import io.retentionkit.metrics.HistoricalClv;
import io.retentionkit.metrics.MetricsSummary;
import io.retentionkit.metrics.MoneyAverage;
import io.retentionkit.metrics.MoneyShare;
import io.retentionkit.metrics.ParetoShare;
import io.retentionkit.metrics.Rate;
import io.retentionkit.metrics.RepeatRateByFirstOrder;
import io.retentionkit.metrics.RetentionRate;
import io.retentionkit.metrics.SequenceStep;
import io.retentionkit.metrics.SimpleClv;
import io.retentionkit.metrics.SpendRatio;
import io.retentionkit.metrics.WindowTotals;
import io.retentionkit.model.Period;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link MetricsSummary} as JSON: one member per metric, in lowerCamelCase, each an object with
 * its {@code value} and its inputs, so that a reader can check and recombine every number.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>An undefined value is {@code null}, and the object then has a {@code reason} member saying why.
 *   <li>Every quotient carries its {@code numerator} and {@code denominator}: counts, or money for
 *       revenue shares and averages of money. Rates ({@code ...Rate}, {@code ...Share}) are numbers in
 *       {@code [0, 1]}; a revenue share can leave {@code [0, 1]} only under the refund policy
 *       {@code NET_AT_REFUND_DATE}.
 *   <li>Money is a decimal string in major units of the reporting currency ({@code "1234.50"}), exact;
 *       averages carry two decimals more than the currency ({@code "26.1661"} euros) and the simple CLV,
 *       an estimate, is rounded to the currency's minor unit.
 *   <li>Day counts are shop-local calendar days. The window is {@code [start, endExclusive)}.
 * </ul>
 *
 * <h2>Members</h2>
 * {@code window} ({@code start}, {@code endExclusive}, {@code zone}, {@code days}); {@code currency};
 * {@code totals}; {@code customerRetentionRate} ({@code s}, {@code e}, {@code n}, {@code lookBackDays});
 * {@code strictRetentionRate}; {@code churnRate} ({@code inactivityDays}); {@code repeatPurchaseRate};
 * {@code returningCustomerRate}; {@code purchaseFrequency}; {@code averageOrderValue} (gross) and
 * {@code netAverageOrderValue}; {@code averageDaysBetweenOrders} and {@code medianDaysBetweenOrders}
 * ({@code gaps}); {@code secondPurchaseRate} ({@code withinDays}, {@code censored});
 * {@code returningCustomerRevenueShare} and {@code newCustomerRevenueShare} ({@code customers});
 * {@code returningToNewSpendRatio}; {@code paretoShare} ({@code topFraction}, {@code topCustomers},
 * {@code customers}); {@code averageHistoricalClv} and {@code medianHistoricalClv} ({@code customers});
 * {@code simpleClv} (its factors); {@code orderSequence} (an array over
 * {@code k = 1..5}); {@code repeatRateByFirstOrder}. The definitions are those of the
 * {@link io.retentionkit.metrics metrics package}.
 *
 * <p>Stateless and thread-safe; a generator is not, so give each thread its own.
 *
 * @since 0.1.0
 */
public final class MetricsJson {
  private MetricsJson() {}

  /**
   * Writes {@code summary} as a complete, pretty-printed JSON document (see {@link JsonOutput}), ending in a
   * line break. {@code out} is flushed, not closed.
   *
   * @param summary the metrics
   * @param out where the document goes
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(MetricsSummary summary, Writer out) {
    requireNonNull(summary, "summary");
    JsonOutput.document(out, generator -> write(summary, generator));
  }

  /**
   * Writes {@code summary} as one JSON object at the generator's current position.
   *
   * @param summary the metrics
   * @param generator where the object goes
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(MetricsSummary summary, JsonGenerator generator) {
    requireNonNull(summary, "summary");
    Json json = new Json(requireNonNull(generator, "generator")).startObject();
    writeMembers(summary, json);
    json.endObject();
  }

  /**
   * Writes the members of {@code summary} into the object the generator has open, so that a caller can
   * add members of its own (for example the analysis settings) to the same object.
   *
   * @param summary the metrics
   * @param generator a generator inside an object
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void writeMembers(MetricsSummary summary, JsonGenerator generator) {
    requireNonNull(summary, "summary");
    writeMembers(summary, new Json(requireNonNull(generator, "generator")));
  }

  private static void writeMembers(MetricsSummary summary, Json json) {
    Period window = summary.window();
    json.startObject("window")
        .string("start", window.start().toString())
        .string("endExclusive", window.endExclusive().toString())
        .string("zone", window.zone().getId())
        .number("days", window.lengthInDays())
        .endObject();
    json.string("currency", summary.totals().revenue().currency().getCurrencyCode());
    totals(json, summary.totals());
    retention(json, summary.customerRetentionRate());
    json.startObject("churnRate")
        .rateMembers(summary.churnRate().rate())
        .number("inactivityDays", summary.churnRate().inactivityDays())
        .endObject();
    json.rate("repeatPurchaseRate", summary.repeatPurchaseRate());
    json.rate("returningCustomerRate", summary.returningCustomerRate());
    json.startObject("purchaseFrequency")
        .number("value", summary.purchaseFrequency().value())
        .number("numerator", summary.purchaseFrequency().numerator())
        .number("denominator", summary.purchaseFrequency().denominator())
        .reason(summary.purchaseFrequency().undefinedReason())
        .endObject();
    average(json, "averageOrderValue", summary.averageOrderValue().gross());
    average(json, "netAverageOrderValue", summary.averageOrderValue().net());
    days(json, summary.daysBetweenOrders(), "averageDaysBetweenOrders", "medianDaysBetweenOrders");
    json.startObject("secondPurchaseRate")
        .rateMembers(summary.secondPurchaseRate().rate())
        .number("withinDays", summary.secondPurchaseRate().withinDays())
        .number("censored", summary.secondPurchaseRate().censored())
        .endObject();
    share(json, "returningCustomerRevenueShare", summary.revenueSplit().returningShare(),
        summary.revenueSplit().returningCustomers());
    share(json, "newCustomerRevenueShare", summary.revenueSplit().newShare(), summary.revenueSplit().newCustomers());
    spendRatio(json, summary.revenueSplit().spendRatio());
    pareto(json, summary.paretoShare());
    historicalClv(json, summary.historicalClv());
    simpleClv(json, summary.simpleClv());
    json.startArray("orderSequence");
    for (SequenceStep step : summary.orderSequence()) {
      json.startObject().number("k", step.k()).rate("nextOrderRate", step.nextOrderRate());
      days(json, step.daysToNextOrder(), "averageDaysToNextOrder", "medianDaysToNextOrder");
      json.endObject();
    }
    json.endArray();
    repeatByFirstOrder(json, summary.repeatRateByFirstOrder());
  }

  private static void totals(Json json, WindowTotals totals) {
    json.startObject("totals")
        .number("orders", totals.orders())
        .number("customers", totals.customers())
        .number("customersBeforeEnd", totals.customersBeforeEnd())
        .number("ordersBeforeWindow", totals.ordersBeforeWindow())
        .number("ordersAfterWindow", totals.ordersAfterWindow())
        .number("nonQualifyingOrders", totals.nonQualifyingOrders())
        .money("grossRevenue", totals.grossRevenue())
        .money("refunds", totals.refunds())
        .money("netRevenue", totals.netRevenue())
        .money("revenue", totals.revenue())
        .endObject();
  }

  private static void retention(Json json, RetentionRate rate) {
    json.startObject("customerRetentionRate")
        .number("value", rate.value())
        .number("s", rate.s())
        .number("e", rate.e())
        .number("n", rate.n())
        .number("lookBackDays", rate.lookBackDays())
        .reason(rate.undefinedReason())
        .endObject();
    json.startObject("strictRetentionRate")
        .rateMembers(rate.strict())
        .number("lookBackDays", rate.lookBackDays())
        .endObject();
  }

  private static void average(Json json, String name, MoneyAverage average) {
    json.startObject(name)
        .decimal("value", average.value())
        .money("numerator", average.total())
        .number("denominator", average.count())
        .reason(average.undefinedReason())
        .endObject();
  }

  private static void days(Json json, DaysBetween days, String meanName, String medianName) {
    json.startObject(meanName)
        .number("value", days.mean())
        .number("numerator", days.totalDays())
        .number("denominator", days.count())
        .reason(days.undefinedReason())
        .endObject();
    json.startObject(medianName)
        .number("value", days.median())
        .number("gaps", days.count())
        .reason(days.undefinedReason())
        .endObject();
  }

  private static void share(Json json, String name, MoneyShare share, long customers) {
    json.startObject(name)
        .number("value", share.value())
        .money("numerator", share.part())
        .money("denominator", share.whole())
        .number("customers", customers)
        .reason(share.undefinedReason())
        .endObject();
  }

  private static void spendRatio(Json json, SpendRatio ratio) {
    json.startObject("returningToNewSpendRatio")
        .number("value", ratio.value())
        .money("returningRevenue", ratio.returning().total())
        .number("returningCustomers", ratio.returning().count())
        .money("newRevenue", ratio.newCustomers().total())
        .number("newCustomers", ratio.newCustomers().count())
        .reason(ratio.undefinedReason())
        .endObject();
  }

  private static void pareto(Json json, ParetoShare share) {
    json.startObject("paretoShare")
        .number("value", share.value())
        .money("numerator", share.topRevenue())
        .money("denominator", share.totalRevenue())
        .number("topFraction", share.topFraction())
        .number("topCustomers", share.topCustomers())
        .number("customers", share.customers())
        .reason(share.undefinedReason())
        .endObject();
  }

  private static void historicalClv(Json json, HistoricalClv clv) {
    average(json, "averageHistoricalClv", clv.mean());
    json.startObject("medianHistoricalClv")
        .decimal("value", clv.median())
        .number("customers", clv.customers())
        .reason(clv.mean().undefinedReason())
        .endObject();
  }

  private static void simpleClv(Json json, SimpleClv clv) {
    int digits = clv.netAverageOrderValue().total().currency().getDefaultFractionDigits();
    Optional<BigDecimal> value = clv.value().isPresent()
        ? Optional.of(BigDecimal.valueOf(clv.value().getAsDouble()).setScale(digits, RoundingMode.HALF_EVEN))
        : Optional.empty();
    json.startObject("simpleClv")
        .decimal("value", value)
        .decimal("netAverageOrderValue", clv.netAverageOrderValue().value())
        .number("purchaseFrequency", clv.purchaseFrequency().value())
        .number("expectedLifespan", clv.expectedLifespan())
        .bool("lifespanGiven", clv.lifespanGiven())
        .number("margin", clv.margin())
        .reason(clv.undefinedReason())
        .endObject();
  }

  private static void repeatByFirstOrder(Json json, RepeatRateByFirstOrder repeat) {
    json.startObject("repeatRateByFirstOrder")
        .rate("refunded", repeat.refunded())
        .rate("notRefunded", repeat.notRefunded())
        .rate("withDiscountCode", repeat.withDiscountCode())
        .rate("withoutDiscountCode", repeat.withoutDiscountCode())
        .startObject("byChannel");
    for (Map.Entry<String, Rate> channel : repeat.byChannel().entrySet()) {
      json.rate(channel.getKey(), channel.getValue());
    }
    json.endObject().endObject();
  }
}
