package io.retentionkit.report;

import io.retentionkit.clv.ChurnRiskBands;
import io.retentionkit.cohort.ReturnCriterion;
import io.retentionkit.metrics.MetricsAnalysis;
import io.retentionkit.metrics.MetricsSummary;
import io.retentionkit.model.QualifyingOrders;
import io.retentionkit.model.RefundPolicy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The definition of every term the report uses, worded from the library's own documentation and filled
 * in with the settings of this report's data (look-back, thresholds, refund policy, return criterion).
 * A view asks for a term's definition to put it on hover, which also records the term, so that the
 * glossary at the end lists exactly the terms the report showed.
 */
final class Glossary {
  /** The terms, in the order the glossary lists them. */
  enum Term {
    QUALIFYING_ORDER("Qualifying order"),
    REVENUE("Revenue"),
    CUSTOMER_RETENTION_RATE("Customer retention rate (CRR)"),
    STRICT_RETENTION("Strict retention"),
    CHURN_RATE("Churn rate"),
    REPEAT_PURCHASE_RATE("Repeat purchase rate"),
    RETURNING_CUSTOMER_RATE("Returning customer rate"),
    PURCHASE_FREQUENCY("Purchase frequency"),
    AVERAGE_ORDER_VALUE("Average order value (AOV)"),
    DAYS_BETWEEN_ORDERS("Days between orders"),
    SECOND_PURCHASE_RATE("Second-purchase rate"),
    RETURNING_REVENUE_SHARE("Revenue from returning customers"),
    SPEND_RATIO("Returning-to-new spend ratio"),
    PARETO_SHARE("Pareto share"),
    HISTORICAL_CLV("Historical CLV"),
    SIMPLE_CLV("Simple CLV"),
    ORDER_SEQUENCING("Order sequencing"),
    REPEAT_BY_FIRST_ORDER("Repeat rate by first order"),
    COHORT("Cohort"),
    COHORT_RETENTION("Cohort retention"),
    INCOMPLETE_CELL("Incomplete cell"),
    WEIGHTED_AVERAGE("Weighted average"),
    REVENUE_PER_CUSTOMER("Cumulative revenue per customer"),
    TRANSACTION("Transaction"),
    MODEL_FIT("Maximum-likelihood fit"),
    STANDARD_ERROR("Standard error"),
    SPEND_MODEL("Gamma-Gamma spend model"),
    CUSTOMERS_PREDICTED("Customers predicted"),
    P_ALIVE("P(alive)"),
    EXPECTED_TRANSACTIONS("Expected transactions"),
    PREDICTED_CLV("Predicted CLV"),
    CHURN_RISK("Churn risk"),
    HOLDOUT_CHECK("Holdout check"),
    HOLDOUT_ERRORS("MAE, RMSE and bias"),
    TRACKING_CURVE("Tracking curve"),
    RFM_SEGMENTS("RFM segments");

    private final String title;

    Term(String title) {
      this.title = title;
    }

    String title() {
      return title;
    }
  }

  private final Map<Term, String> definitions = new EnumMap<>(Term.class);
  private final Set<Term> used = EnumSet.noneOf(Term.class);

  /** Words every definition for the settings of {@code data}. */
  Glossary(ReportData data) {
    Provenance provenance = data.provenance();
    int lookBack = data.metrics().map(m -> m.customerRetentionRate().lookBackDays())
        .orElse(MetricsAnalysis.DEFAULT_LOOK_BACK_DAYS);
    MetricsSummary metrics = data.metrics().orElse(null);
    int churnDays = metrics == null ? lookBack : metrics.churnRate().inactivityDays();
    int secondDays = metrics == null ? MetricsAnalysis.DEFAULT_SECOND_PURCHASE_DAYS
        : metrics.secondPurchaseRate().withinDays();
    double top = metrics == null ? MetricsAnalysis.DEFAULT_PARETO_FRACTION : metrics.paretoShare().topFraction();
    ReturnCriterion returns = data.cohorts().map(c -> c.returns()).orElse(ReturnCriterion.ON);
    String unit = data.cohorts().map(c -> c.granularity().name().toLowerCase(Locale.ROOT)).orElse("month");
    ChurnRiskBands bands = data.clv().map(ClvSection::churnRiskBands).orElse(ChurnRiskBands.defaults());

    put(Term.QUALIFYING_ORDER, "An order that counts as a purchase. " + qualifyingRule(provenance.qualifyingOrders())
        + " Other orders, their refunds included, are ignored everywhere in this report.");
    put(Term.REVENUE, refundRule(provenance.refundPolicy()) + " Amounts are in "
        + provenance.currency().getCurrencyCode() + ".");
    put(Term.CUSTOMER_RETENTION_RATE, String.format(Locale.ROOT, "(E − N) / S, where S = customers active at the "
        + "window's start, E = customers active at its end and N = customers whose first qualifying order lies in "
        + "the window. A customer is active at a date when they placed a qualifying order in the %d days before "
        + "it. It can exceed 100%% when lapsed customers come back; undefined when S = 0.", lookBack));
    put(Term.STRICT_RETENTION, "The share of the customers active at the window's start (S) who are still active "
        + "at its end: |S ∩ E| / |S|.");
    put(Term.CHURN_RATE, String.format(Locale.ROOT, "The share of the customers active at the window's start (S) "
        + "with no qualifying order in the last %d days before the window's end.", churnDays));
    put(Term.REPEAT_PURCHASE_RATE, "Customers with at least two qualifying orders in the window over customers with "
        + "at least one in the window. Only the window's orders count: a customer who first ordered before the "
        + "window is a repeat purchaser if they ordered twice in it.");
    put(Term.RETURNING_CUSTOMER_RATE, "Customers who ordered in the window and have at least two qualifying orders "
        + "up to its end (so they ordered before the window, or twice in it), over customers who ordered in the "
        + "window. Shopify's definition.");
    put(Term.PURCHASE_FREQUENCY, "Qualifying orders in the window over the customers who ordered in it.");
    put(Term.AVERAGE_ORDER_VALUE, "Gross: the totals of the window's qualifying orders over their number. Net: the "
        + "window's net revenue, after refunds, over the same number.");
    put(Term.DAYS_BETWEEN_ORDERS, "The gaps, in shop-local calendar days, between consecutive qualifying orders of "
        + "a customer where the later order lies in the window: their median and mean.");
    put(Term.SECOND_PURCHASE_RATE, String.format(Locale.ROOT, "Of the customers whose first qualifying order lies in "
        + "the window more than %1$d days before its end, the share whose second qualifying order came within %1$d "
        + "days. Customers acquired later cannot be judged yet and are counted as censored.", secondDays));
    put(Term.RETURNING_REVENUE_SHARE, "The window revenue of returning customers (first qualifying order before the "
        + "window) as a share of the window revenue; the rest comes from new customers.");
    put(Term.SPEND_RATIO, "(Returning customers' window revenue / returning customers who ordered) over (new "
        + "customers' window revenue / new customers): how many times as much a returning customer spent.");
    put(Term.PARETO_SHARE, String.format(Locale.ROOT, "The share of the window revenue earned by the top %s of the "
        + "customers who ordered in the window, ranked by their window revenue.", Formats.percent(top)));
    put(Term.HISTORICAL_CLV, "Per customer, the net revenue of all their qualifying orders placed before the "
        + "window's end (totals minus the refunds dated before the end: a later refund is not known yet); mean and "
        + "median over every customer acquired by then.");
    put(Term.SIMPLE_CLV, "Net average order value × purchase frequency × expected lifespan (in windows; 1 / churn "
        + "rate unless configured) × margin. A rule of thumb, not a model.");
    put(Term.ORDER_SEQUENCING, "For k = 1 to 5: of the customers with at least k qualifying orders before the "
        + "window's end, the share who placed a (k+1)-th, and the median days from order k to order k+1.");
    put(Term.REPEAT_BY_FIRST_ORDER, "Customers whose first qualifying order lies in the window, grouped by whether "
        + "that order was refunded, whether it used a discount code, and its channel; per group, the share who "
        + "placed a second qualifying order before the window's end.");
    put(Term.COHORT, "The customers whose first qualifying order fell in the same " + unit
        + " (in the shop's time zone).");
    put(Term.COHORT_RETENTION, cohortRetention(returns, unit));
    put(Term.INCOMPLETE_CELL, "A cell whose period was not over at the as-of date: it shows what was observed so "
        + "far, is hatched rather than shown as a low value, and is left out of the weighted average.");
    put(Term.WEIGHTED_AVERAGE, "Per column, the sums over the cohorts that fully observed it: Σ active customers / "
        + "Σ cohort sizes, so large cohorts weigh more and incomplete cells are left out.");
    put(Term.REVENUE_PER_CUSTOMER, "The revenue a cohort's customers spent from their first order up to and "
        + "including offset k, divided by the cohort's size: the cohort's historical value curve.");
    put(Term.TRANSACTION, "All of a customer's qualifying orders on one shop-local day, their amounts added. The "
        + "first transaction starts the customer's clock; the CLV models count repeat transactions after it.");
    put(Term.MODEL_FIT, "The parameter values under which the customers' observed histories (repeat transactions, "
        + "time of the last one, time since the first) are most likely. Check that the fit converged before "
        + "trusting them.");
    put(Term.STANDARD_ERROR, "The asymptotic standard error of an estimate, from the inverse of the Hessian of "
        + "the log-likelihood at the estimates; missing when the Hessian is not invertible.");
    put(Term.SPEND_MODEL, "Gamma-Gamma (Fader, Hardie & Lee 2005): the value of a customer's transactions varies "
        + "around the customer's own mean, which varies across customers; fitted on repeat customers' mean repeat "
        + "spend. It gives each customer's expected spend per transaction.");
    put(Term.CUSTOMERS_PREDICTED, "Every customer with a qualifying order up to the date the predictions start "
        + "from; each gets P(alive), expected transactions and, with a spend model, a predicted CLV.");
    put(Term.P_ALIVE, "The model's probability that the customer has not silently stopped buying, at the date the "
        + "predictions start from.");
    put(Term.EXPECTED_TRANSACTIONS, "The transactions the model expects from the customer over the horizon, "
        + "undiscounted; it weighs in P(alive).");
    put(Term.PREDICTED_CLV, "Residual value over the horizon: the transactions expected in each time unit × the "
        + "expected spend per transaction, discounted from the end of each unit at the discount rate. Revenue "
        + "already earned is not included.");
    put(Term.CHURN_RISK, String.format(Locale.ROOT, "P(alive) in bands: high below %s, medium below %s, low "
        + "otherwise.", Formats.percent(bands.highBelow()), Formats.percent(bands.mediumBelow())));
    put(Term.HOLDOUT_CHECK, "The model refitted on a calibration period only, then its expected transactions in "
        + "the following holdout period compared with what the same customers actually did, grouped by the "
        + "number of repeat transactions in the calibration period.");
    put(Term.HOLDOUT_ERRORS, "Per customer, e = expected − actual holdout transactions. MAE is the mean of |e|, "
        + "RMSE the square root of the mean of e², bias the mean of e: positive when the model over-predicts.");
    put(Term.TRACKING_CURVE, "Cumulative repeat transactions of the calibration customers by time since the start "
        + "of the data, actual against what the model expects; the marker shows the end of the calibration "
        + "period.");
    put(Term.RFM_SEGMENTS, "Each customer with a qualifying order before the as-of date is scored 1 to 5 on recency "
        + "(R: days since the last order), frequency (F: orders) and monetary value (M: revenue), by rank: "
        + "1 + ⌊5w / n⌋, where w of the n customers are strictly worse, so equal values share a score. R and "
        + "FM = ⌊(F + M) / 2⌋ name the segment: Champions R 5, FM 4–5; Loyal R 3–4, FM 4–5; Potential "
        + "loyalists R 4–5, FM 2–3; New R 5, FM 1; Promising R 4, FM 1; Need attention R 3, FM 3; About to "
        + "sleep R 3, FM 1–2; At risk R 1–2, FM 3–4; Can't lose them R 1–2, FM 5; Hibernating R 2, FM 1–2; "
        + "Lost R 1, FM 1–2.");
  }

  private void put(Term term, String definition) {
    definitions.put(term, definition);
  }

  /** Returns the definition of {@code term} and records that the report uses it. */
  String define(Term term) {
    used.add(term);
    return definitions.get(term);
  }

  /** Returns the terms the report used, in glossary order, with their definitions. */
  List<Map.Entry<Term, String>> usedTerms() {
    List<Map.Entry<Term, String>> entries = new ArrayList<>();
    for (Term term : used) {
      entries.add(Map.entry(term, definitions.get(term)));
    }
    return entries;
  }

  /** Describes a qualifying-order rule in words. */
  static String qualifyingRule(QualifyingOrders rule) {
    List<String> excluded = new ArrayList<>();
    if (rule.excludeCancelled()) {
      excluded.add("cancelled and failed orders");
    }
    if (rule.excludeFullyRefunded()) {
      excluded.add("fully refunded orders");
    }
    if (rule.excludeZeroValue()) {
      excluded.add("zero-value orders");
    }
    return excluded.isEmpty() ? "Every order qualifies."
        : "Every order qualifies except " + String.join(", ", excluded) + ".";
  }

  /** Describes a refund policy in words. */
  static String refundRule(RefundPolicy policy) {
    return switch (policy) {
      case GROSS -> "Gross: what was charged, at the order's date; refunds are ignored.";
      case NET_AT_ORDER_DATE -> "Net at the order date: each order's total minus all its refunds, booked at the "
          + "order's date.";
      case NET_AT_REFUND_DATE -> "Net at the refund date: each order's total at its date, and each refund "
          + "subtracted at its own date, as accounts do.";
    };
  }

  private static String cohortRetention(ReturnCriterion returns, String unit) {
    return switch (returns) {
      case ON -> "The share of a cohort's customers with a qualifying order in the " + unit + " k " + unit
          + "s after the cohort's own (offset k). Offset 0 is 100% by definition.";
      case ON_OR_AFTER -> "The share of a cohort's customers with a qualifying order in the " + unit + " k " + unit
          + "s after the cohort's own or any later one (\"on or after\" offset k).";
      case BRACKETS -> "The share of a cohort's customers with a qualifying order in any " + unit
          + " of the column's bracket of offsets.";
    };
  }
}
