package io.retentionkit.report;

import io.retentionkit.metrics.DaysBetween;
import io.retentionkit.metrics.MetricsSummary;
import io.retentionkit.metrics.MoneyShare;
import io.retentionkit.metrics.Rate;
import io.retentionkit.metrics.RepeatRateByFirstOrder;
import io.retentionkit.metrics.RetentionRate;
import io.retentionkit.metrics.SequenceStep;
import io.retentionkit.metrics.SimpleClv;
import io.retentionkit.metrics.SpendRatio;
import io.retentionkit.metrics.WindowTotals;
import io.retentionkit.report.Blocks.Cell;
import io.retentionkit.report.Glossary.Term;
import io.retentionkit.report.html.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/** Renders the headline metrics: cards with definitions on hover, the window's totals and two tables. */
final class MetricsView {
  private final Markup markup;
  private final Glossary glossary;

  MetricsView(Markup markup, Glossary glossary) {
    this.markup = markup;
    this.glossary = glossary;
  }

  void render(MetricsSummary summary) {
    WindowTotals totals = summary.totals();
    Blocks.note(markup, String.format(Locale.ROOT,
        "Window %s to %s (%d days, inclusive). %s qualifying orders from %s customers; revenue %s (gross %s, "
            + "refunds %s). Ignored: %s non-qualifying orders, %s orders after the window.",
        summary.window().start(), summary.window().endExclusive().minusDays(1), summary.window().lengthInDays(),
        Formats.count(totals.orders()), Formats.count(totals.customers()), Formats.money(totals.revenue()),
        Formats.money(totals.grossRevenue()), Formats.money(totals.refunds()),
        Formats.count(totals.nonQualifyingOrders()), Formats.count(totals.ordersAfterWindow())));
    glossary.define(Term.QUALIFYING_ORDER);
    glossary.define(Term.REVENUE);

    Blocks.openCards(markup);
    retention(summary.customerRetentionRate());
    rate(Term.STRICT_RETENTION, summary.customerRetentionRate().strict(), "of S still active at the end");
    rate(Term.CHURN_RATE, summary.churnRate().rate(), "of S inactive at the end");
    rate(Term.REPEAT_PURCHASE_RATE, summary.repeatPurchaseRate(), "customers ordered twice or more in the window");
    rate(Term.RETURNING_CUSTOMER_RATE, summary.returningCustomerRate(), "window customers with an earlier order");
    Blocks.card(markup, "Purchase frequency", glossary.define(Term.PURCHASE_FREQUENCY),
        value(summary.purchaseFrequency().value(), v -> Formats.decimal(v, 2)),
        "orders per customer (" + Formats.count(summary.purchaseFrequency().numerator()) + " / "
            + Formats.count(summary.purchaseFrequency().denominator()) + ")",
        summary.purchaseFrequency().undefinedReason());
    Blocks.card(markup, "Average order value (net)", glossary.define(Term.AVERAGE_ORDER_VALUE),
        summary.averageOrderValue().net().value().map(v -> Formats.money(summary.averageOrderValue().net())),
        "gross " + Formats.money(summary.averageOrderValue().gross()),
        summary.averageOrderValue().net().undefinedReason());
    daysBetween(summary.daysBetweenOrders());
    rate(Term.SECOND_PURCHASE_RATE, summary.secondPurchaseRate().rate(),
        "within " + summary.secondPurchaseRate().withinDays() + " days; "
            + Formats.count(summary.secondPurchaseRate().censored()) + " too recent to judge");
    share(Term.RETURNING_REVENUE_SHARE, summary.revenueSplit().returningShare());
    spendRatio(summary.revenueSplit().spendRatio());
    Blocks.card(markup, "Pareto share", glossary.define(Term.PARETO_SHARE),
        value(summary.paretoShare().value(), Formats::percent),
        "of revenue from the top " + Formats.count(summary.paretoShare().topCustomers()) + " of "
            + Formats.count(summary.paretoShare().customers()) + " customers",
        summary.paretoShare().undefinedReason());
    Blocks.card(markup, "Historical CLV (mean)", glossary.define(Term.HISTORICAL_CLV),
        summary.historicalClv().mean().value().map(v -> Formats.money(summary.historicalClv().mean())),
        "median " + summary.historicalClv().median()
            .map(m -> Formats.money(m, summary.historicalClv().mean().total().currency())).orElse(Formats.NOT_AVAILABLE)
            + " over " + Formats.count(summary.historicalClv().customers()) + " customers",
        summary.historicalClv().mean().undefinedReason());
    simpleClv(summary.simpleClv());
    Blocks.closeCards(markup);

    sequencing(summary.orderSequence());
    repeatByFirstOrder(summary.repeatRateByFirstOrder());
  }

  private void retention(RetentionRate crr) {
    Blocks.card(markup, "Customer retention rate", glossary.define(Term.CUSTOMER_RETENTION_RATE),
        value(crr.value(), Formats::percent),
        String.format(Locale.ROOT, "(E − N) / S = (%s − %s) / %s", Formats.count(crr.e()), Formats.count(crr.n()),
            Formats.count(crr.s())),
        crr.undefinedReason());
  }

  private void rate(Term term, Rate rate, String what) {
    Blocks.card(markup, title(term), glossary.define(term), value(rate.value(), Formats::percent),
        Formats.count(rate.numerator()) + " of " + Formats.count(rate.denominator()) + " " + what,
        rate.undefinedReason());
  }

  private void share(Term term, MoneyShare share) {
    Blocks.card(markup, title(term), glossary.define(term), value(share.value(), Formats::percent),
        Formats.money(share.part()) + " of " + Formats.money(share.whole()), share.undefinedReason());
  }

  private void daysBetween(DaysBetween days) {
    Blocks.card(markup, "Days between orders (median)", glossary.define(Term.DAYS_BETWEEN_ORDERS),
        value(days.median(), Formats::days),
        "mean " + days.mean().stream().mapToObj(Formats::days).findFirst().orElse(Formats.NOT_AVAILABLE)
            + " over " + Formats.count(days.count()) + " gaps",
        days.undefinedReason());
  }

  private void spendRatio(SpendRatio ratio) {
    Blocks.card(markup, title(Term.SPEND_RATIO), glossary.define(Term.SPEND_RATIO),
        value(ratio.value(), v -> Formats.decimal(v, 2) + "×"),
        Formats.money(ratio.returning()) + " vs " + Formats.money(ratio.newCustomers()) + " per customer",
        ratio.undefinedReason());
  }

  private void simpleClv(SimpleClv clv) {
    String lifespan = clv.expectedLifespan().isPresent()
        ? Formats.decimal(clv.expectedLifespan().getAsDouble(), 2) + " windows" + (clv.lifespanGiven() ? " (given)" : "")
        : Formats.NOT_AVAILABLE;
    Blocks.card(markup, title(Term.SIMPLE_CLV), glossary.define(Term.SIMPLE_CLV),
        value(clv.value(), v -> Formats.money(v, clv.netAverageOrderValue().total().currency())),
        "lifespan " + lifespan + ", margin " + Formats.percent(clv.margin()), clv.undefinedReason());
  }

  private void sequencing(List<SequenceStep> steps) {
    if (steps.isEmpty()) {
      return;
    }
    Blocks.subheading(markup, title(Term.ORDER_SEQUENCING), glossary.define(Term.ORDER_SEQUENCING));
    List<List<Cell>> rows = new ArrayList<>();
    for (SequenceStep step : steps) {
      rows.add(List.of(Cell.of("Order " + step.k() + " → " + (step.k() + 1)),
          Cell.of(Formats.count(step.nextOrderRate().denominator())),
          Cell.of(Formats.count(step.nextOrderRate().numerator())),
          Cell.of(step.nextOrderRate().value(), Formats::percent, step.nextOrderRate().undefinedReason()),
          Cell.of(step.daysToNextOrder().median(), Formats::days, step.daysToNextOrder().undefinedReason())));
    }
    Blocks.table(markup, "", List.of("Step", "Customers with k orders", "…with a (k+1)-th", "Share",
        "Median days between"), rows);
  }

  private void repeatByFirstOrder(RepeatRateByFirstOrder byFirst) {
    Blocks.subheading(markup, title(Term.REPEAT_BY_FIRST_ORDER), glossary.define(Term.REPEAT_BY_FIRST_ORDER));
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(rateRow("First order refunded", byFirst.refunded()));
    rows.add(rateRow("First order not refunded", byFirst.notRefunded()));
    rows.add(rateRow("With a discount code", byFirst.withDiscountCode()));
    rows.add(rateRow("Without a discount code", byFirst.withoutDiscountCode()));
    for (Map.Entry<String, Rate> channel : byFirst.byChannel().entrySet()) {
      rows.add(rateRow("Channel: " + channel.getKey(), channel.getValue()));
    }
    Blocks.table(markup, "", List.of("First order", "New customers", "Ordered again", "Repeat rate"), rows);
  }

  private static List<Cell> rateRow(String label, Rate rate) {
    return List.of(Cell.of(label), Cell.of(Formats.count(rate.denominator())), Cell.of(Formats.count(rate.numerator())),
        Cell.of(rate.value(), Formats::percent, rate.undefinedReason()));
  }

  private static String title(Term term) {
    return term.title();
  }

  private static Optional<String> value(OptionalDouble value, DoubleFunction<String> format) {
    return value.isPresent() ? Optional.of(format.apply(value.getAsDouble())) : Optional.empty();
  }
}
