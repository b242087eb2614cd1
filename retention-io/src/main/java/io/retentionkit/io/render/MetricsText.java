package io.retentionkit.io.render;

import static java.util.Objects.requireNonNull;

import io.retentionkit.metrics.DaysBetween;
import io.retentionkit.metrics.MetricsSummary;
import io.retentionkit.metrics.MoneyAverage;
import io.retentionkit.metrics.MoneyShare;
import io.retentionkit.metrics.ParetoShare;
import io.retentionkit.metrics.Rate;
import io.retentionkit.metrics.RetentionRate;
import io.retentionkit.metrics.SequenceStep;
import io.retentionkit.metrics.SimpleClv;
import io.retentionkit.metrics.SpendRatio;
import io.retentionkit.metrics.WindowTotals;
import io.retentionkit.model.Period;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Renders a {@link MetricsSummary} as a readable table: one row per metric with its short definition,
 * its value and what it is based on. Rates are percentages with one decimal, amounts are rounded to the
 * currency's minor unit, and an undefined value reads {@code n/a} with its reason. The exact values are in
 * {@link MetricsJson}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class MetricsText {
  private MetricsText() {}

  /**
   * Returns the table for {@code summary}: a heading line, a blank line, the table and a line of totals.
   *
   * @param summary the metrics
   * @param style plain text or Markdown
   * @return the text, each line ending in {@code \n}
   * @throws NullPointerException if an argument is null
   */
  public static String render(MetricsSummary summary, TextStyle style) {
    requireNonNull(summary, "summary");
    requireNonNull(style, "style");
    TextTable table = new TextTable(List.of("metric", "value", "based on"), false, true, false);
    Rows rows = new Rows(table);
    retention(rows, summary.customerRetentionRate());
    Rate churn = summary.churnRate().rate();
    rows.rate("churn rate", churn, "active at the start had no order in the window's last "
        + Texts.count(summary.churnRate().inactivityDays()) + " days");
    rows.rate("repeat purchase rate", summary.repeatPurchaseRate(),
        "customers who ordered in the window ordered in it twice or more");
    rows.rate("returning customer rate", summary.returningCustomerRate(),
        "customers who ordered in the window had at least two orders by its end");
    OptionalDouble frequency = summary.purchaseFrequency().value();
    rows.add("purchase frequency", frequency.isPresent() ? Texts.decimal(frequency.getAsDouble(), 2) : Texts.UNDEFINED,
        summary.purchaseFrequency().undefinedReason(),
        Texts.count(summary.purchaseFrequency().numerator()) + " orders / "
            + Texts.count(summary.purchaseFrequency().denominator()) + " customers");
    rows.average("average order value, gross", summary.averageOrderValue().gross(), "orders");
    rows.average("average order value, net", summary.averageOrderValue().net(), "orders");
    days(rows, "days between orders", summary.daysBetweenOrders(), "gaps whose later order lies in the window");
    rows.rate("second-purchase rate within " + summary.secondPurchaseRate().withinDays() + " days",
        summary.secondPurchaseRate().rate(), "new customers observed long enough ordered again in time; "
            + Texts.count(summary.secondPurchaseRate().censored()) + " acquired later are left out");
    rows.share("revenue share of returning customers", summary.revenueSplit().returningShare(),
        summary.revenueSplit().returningCustomers());
    rows.share("revenue share of new customers", summary.revenueSplit().newShare(),
        summary.revenueSplit().newCustomers());
    spendRatio(rows, summary.revenueSplit().spendRatio());
    pareto(rows, summary.paretoShare());
    rows.average("historical CLV, mean", summary.historicalClv().mean(), "customers acquired before the end");
    Optional<String> median = summary.historicalClv().median().map(value -> MoneyFormat.format(value, currency(summary)));
    rows.add("historical CLV, median", median.orElse(Texts.UNDEFINED),
        summary.historicalClv().mean().undefinedReason(),
        Texts.count(summary.historicalClv().customers()) + " customers acquired before the end");
    simpleClv(rows, summary.simpleClv(), summary);
    for (SequenceStep step : summary.orderSequence()) {
      OptionalDouble days = step.daysToNextOrder().median();
      rows.rate("order " + (step.k() + 1) + " after order " + step.k(), step.nextOrderRate(),
          "customers with " + step.k() + (step.k() == 1 ? " order" : " orders") + " placed another"
              + (days.isPresent() ? ", a median " + Texts.decimal(days.getAsDouble(), 0) + " days later" : ""));
    }
    var byFirst = summary.repeatRateByFirstOrder();
    String repeated = "new customers ordered again";
    rows.rate("repeat rate, first order refunded", byFirst.refunded(), repeated);
    rows.rate("repeat rate, first order not refunded", byFirst.notRefunded(), repeated);
    rows.rate("repeat rate, first order with a discount code", byFirst.withDiscountCode(), repeated);
    rows.rate("repeat rate, first order without a discount code", byFirst.withoutDiscountCode(), repeated);
    for (Map.Entry<String, Rate> channel : byFirst.byChannel().entrySet()) {
      rows.rate("repeat rate, first order in channel " + channel.getKey(), channel.getValue(), repeated);
    }
    return heading(summary.window(), summary) + "\n" + table.render(style) + "\n" + totals(summary.totals());
  }

  private static String heading(Period window, MetricsSummary summary) {
    return "Retention metrics for " + window.start() + " to " + window.endExclusive().minusDays(1) + " ("
        + Texts.count(window.lengthInDays()) + " days, " + window.zone().getId() + "), amounts in "
        + currency(summary).getCurrencyCode() + "\n";
  }

  private static String totals(WindowTotals totals) {
    return "In the window: " + Texts.count(totals.orders()) + " orders by " + Texts.count(totals.customers())
        + " customers; revenue " + MoneyFormat.format(totals.grossRevenue()) + " gross, "
        + MoneyFormat.format(totals.refunds()) + " refunds, " + MoneyFormat.format(totals.netRevenue()) + " net. "
        + "Also read: " + Texts.count(totals.ordersBeforeWindow()) + " earlier orders (history), "
        + Texts.count(totals.ordersAfterWindow()) + " later orders and "
        + Texts.count(totals.nonQualifyingOrders()) + " non-qualifying orders (ignored).\n";
  }

  private static Currency currency(MetricsSummary summary) {
    return summary.totals().revenue().currency();
  }

  private static void retention(Rows rows, RetentionRate rate) {
    String active = "active = ordered in the previous " + Texts.count(rate.lookBackDays()) + " days";
    rows.add("customer retention rate (E-N)/S",
        rate.value().isPresent() ? Texts.percent(rate.value().getAsDouble()) : Texts.UNDEFINED,
        rate.undefinedReason(),
        "S = " + Texts.count(rate.s()) + " active at the start, E = " + Texts.count(rate.e())
            + " at the end, N = " + Texts.count(rate.n()) + " new; " + active);
    rows.rate("strict retention, share of S active at the end", rate.strict(),
        "active at the start were active at the end");
  }

  private static void days(Rows rows, String name, DaysBetween days, String basis) {
    String based = Texts.count(days.count()) + " " + basis;
    rows.add(name + ", mean", format(days.mean(), value -> Texts.decimal(value, 1)), days.undefinedReason(), based);
    rows.add(name + ", median", format(days.median(), value -> Texts.decimal(value, 1)), days.undefinedReason(),
        based);
  }

  private static void spendRatio(Rows rows, SpendRatio ratio) {
    String returning = ratio.returning().value().map(v -> MoneyFormat.format(v, ratio.returning().total().currency()))
        .orElse(Texts.UNDEFINED);
    String fresh = ratio.newCustomers().value().map(v -> MoneyFormat.format(v, ratio.newCustomers().total().currency()))
        .orElse(Texts.UNDEFINED);
    rows.add("spend ratio, returning to new customers", format(ratio.value(), value -> Texts.decimal(value, 2)),
        ratio.undefinedReason(), returning + " per returning customer vs " + fresh + " per new customer");
  }

  private static void pareto(Rows rows, ParetoShare share) {
    rows.add("Pareto share, top " + Texts.percent(share.topFraction()) + " of customers",
        format(share.value(), Texts::percent), share.undefinedReason(),
        MoneyFormat.format(share.topRevenue()) + " of " + MoneyFormat.format(share.totalRevenue()) + " from the top "
            + Texts.count(share.topCustomers()) + " of " + Texts.count(share.customers()) + " customers");
  }

  private static void simpleClv(Rows rows, SimpleClv clv, MetricsSummary summary) {
    String lifespan = clv.expectedLifespan().isPresent()
        ? Texts.decimal(clv.expectedLifespan().getAsDouble(), 2) + " windows" + (clv.lifespanGiven() ? "" : " (1 / churn)")
        : Texts.UNDEFINED;
    rows.add("simple CLV", format(clv.value(), value -> MoneyFormat.format(BigDecimal.valueOf(value), currency(summary))),
        clv.undefinedReason(), "net AOV x frequency x lifespan " + lifespan + " x margin "
            + Texts.decimal(clv.margin(), 2));
  }

  private static String format(OptionalDouble value, Function<Double, String> format) {
    return value.isPresent() ? format.apply(value.getAsDouble()) : Texts.UNDEFINED;
  }

  /** Adds rows to the table: a name, a value and what it is based on, or why it is undefined. */
  private static final class Rows {
    private final TextTable table;

    Rows(TextTable table) {
      this.table = table;
    }

    void add(String name, String value, Optional<String> undefinedReason, String basis) {
      table.row(List.of(name, value, undefinedReason.map(reason -> "undefined: " + reason).orElse(basis)));
    }

    void rate(String name, Rate rate, String basis) {
      add(name, format(rate.value(), Texts::percent), rate.undefinedReason(),
          Texts.count(rate.numerator()) + " of " + Texts.count(rate.denominator()) + " " + basis);
    }

    void share(String name, MoneyShare share, long customers) {
      add(name, format(share.value(), Texts::percent), share.undefinedReason(),
          MoneyFormat.format(share.part()) + " of " + MoneyFormat.format(share.whole()) + ", from "
              + Texts.count(customers) + " customers");
    }

    void average(String name, MoneyAverage average, String counted) {
      add(name, average.value().map(value -> MoneyFormat.format(value, average.total().currency())).orElse(Texts.UNDEFINED),
          average.undefinedReason(), MoneyFormat.format(average.total()) + " / " + Texts.count(average.count()) + " "
              + counted);
    }
  }
}
