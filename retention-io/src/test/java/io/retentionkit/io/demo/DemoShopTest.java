package io.retentionkit.io.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.retentionkit.clv.CustomerSummaries;
import io.retentionkit.clv.CustomerSummarizer;
import io.retentionkit.clv.DurationUnit;
import io.retentionkit.clv.FitOptions;
import io.retentionkit.clv.FitStatus;
import io.retentionkit.clv.GammaGammaModel;
import io.retentionkit.clv.HoldoutReport;
import io.retentionkit.clv.ModelFit;
import io.retentionkit.clv.TransactionModel;
import io.retentionkit.clv.TransactionModelFamily;
import io.retentionkit.clv.WeightedSummaries;
import io.retentionkit.metrics.MetricsAnalysis;
import io.retentionkit.metrics.MetricsSummary;
import io.retentionkit.metrics.Rate;
import io.retentionkit.model.EmailAddress;
import io.retentionkit.model.IdentityResolver;
import io.retentionkit.model.IdentityRule;
import io.retentionkit.model.LineItem;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderStatus;
import io.retentionkit.model.Period;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class DemoShopTest {
  private static final List<Order> ORDERS = DemoShop.orders();

  @Test
  void isTheSameLogOnEveryRun() {
    // The demo's fingerprint: documentation and tests quote its numbers, so any change to the generation
    // process must be deliberate (update this test, the README and the CHANGELOG together).
    assertEquals(6885, ORDERS.size());
    assertEquals(2753, ORDERS.stream().map(Order::customerId).distinct().count());
    assertEquals(18_422_406, ORDERS.stream().mapToLong(order -> order.total().minorUnits()).sum());
    assertEquals(508, ORDERS.stream().filter(order -> !order.refunds().isEmpty()).count());
    assertEquals(1_111_009, ORDERS.stream().mapToLong(order -> order.refundedTotal().minorUnits()).sum());
    assertSame(ORDERS, DemoShop.orders());
    assertEquals(ORDERS, DemoGenerator.generate(DemoShop.SEED));
  }

  @Test
  void coversTwoYearsOfOneShopInOneCurrencyInOrder() {
    assertTrue(ORDERS.stream().allMatch(order -> order.total().currency().equals(DemoShop.CURRENCY)));
    Period history = Period.of(DemoShop.FIRST_DAY, DemoShop.END, DemoShop.ZONE);
    assertTrue(ORDERS.stream().allMatch(order -> history.contains(order.placedAt())
        && order.refunds().stream().allMatch(refund -> history.contains(refund.refundedAt()))));
    assertEquals(LocalDate.of(2023, 1, 1), DemoShop.policy().localDate(ORDERS.get(0).placedAt()));
    assertEquals(LocalDate.of(2024, 12, 31), DemoShop.policy().localDate(ORDERS.get(ORDERS.size() - 1).placedAt()));
    assertEquals(ORDERS, ORDERS.stream().sorted(Comparator.comparing(Order::placedAt)).toList());
    assertEquals("100001", ORDERS.get(0).id().value());
    assertEquals(Integer.toString(100_000 + ORDERS.size()), ORDERS.get(ORDERS.size() - 1).id().value());
  }

  @Test
  void hasSomethingForEveryKnob() {
    assertEquals(Set.of("web", "social", "marketplace", "app", "pos"), values(order -> order.channel()));
    assertEquals(Set.of("NL", "DE", "BE", "FR", "AT"), values(order -> order.country()));
    assertEquals(Set.of("WELCOME10", "BLACKFRIDAY25", "NEWSLETTER5"), values(order -> order.discountCode()));
    assertEquals(Set.of(OrderStatus.values()).size() - 1, ORDERS.stream().map(Order::status).distinct().count(),
        "every status but PLACED");
    assertTrue(ORDERS.stream().anyMatch(Order::isFullyRefunded));
    assertTrue(ORDERS.stream().anyMatch(order -> !order.refunds().isEmpty() && !order.isFullyRefunded()));
    assertTrue(ORDERS.stream().anyMatch(order -> order.total().isZero()), "free samples");
    assertTrue(ORDERS.stream().anyMatch(Order::guestCheckout));
    assertEquals(Set.of("BEANS-250", "BEANS-1KG", "TEA-100", "FILTERS-100", "MUG", "GRINDER", "KETTLE", "GIFT-BOX",
        "SAMPLE"), ORDERS.stream().flatMap(order -> order.lineItems().stream()).map(LineItem::sku)
        .collect(Collectors.toSet()));
  }

  @Test
  void guestsWhoCreateAnAccountBecomeOneCustomerByIdThenEmail() {
    Map<EmailAddress, Set<Boolean>> guestFlagsByEmail = ORDERS.stream().collect(Collectors.groupingBy(
        order -> order.email().orElseThrow(), Collectors.mapping(Order::guestCheckout, Collectors.toSet())));
    long guestsWithAccounts = guestFlagsByEmail.values().stream().filter(flags -> flags.size() == 2).count();
    assertTrue(guestsWithAccounts > 50, "guests who later created an account: " + guestsWithAccounts);

    List<Order> resolved = IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, List.of(), ORDERS)
        .resolveAll(ORDERS);
    long customers = resolved.stream().map(Order::customerId).distinct().count();
    assertEquals(guestFlagsByEmail.size(), customers, "one customer per e-mail address");
    assertEquals(2753 - guestsWithAccounts, customers);
  }

  @Test
  void dealSeekersAndMarketplaceBuyersRepeatLessThanAppUsers() {
    List<Order> resolved = IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, List.of(), ORDERS)
        .resolveAll(ORDERS);
    MetricsSummary history = MetricsAnalysis.newBuilder(DemoShop.policy()).build()
        .analyze(resolved, Period.of(DemoShop.FIRST_DAY, DemoShop.END, DemoShop.ZONE));
    var byFirstOrder = history.repeatRateByFirstOrder();
    assertTrue(rate(byFirstOrder.withDiscountCode()) < rate(byFirstOrder.withoutDiscountCode()));
    assertTrue(rate(byFirstOrder.byChannel().get("marketplace")) < rate(byFirstOrder.byChannel().get("web")));
    assertTrue(rate(byFirstOrder.byChannel().get("web")) < rate(byFirstOrder.byChannel().get("app")));
  }

  @Test
  void everyClvModelFitsItWithAnInteriorMaximumAndPredictsTheHoldout() {
    // retention clv fit --demo: calibrated to 2024-06-30, checked on the rest of 2024, in weeks.
    List<Order> resolved = IdentityResolver.of(IdentityRule.CUSTOMER_ID_THEN_EMAIL, List.of(), ORDERS)
        .resolveAll(ORDERS);
    CustomerSummaries summaries = CustomerSummarizer.newBuilder().policy(DemoShop.policy())
        .timeUnit(DurationUnit.WEEK).calibrationEnd(LocalDate.of(2024, 6, 30))
        .observationEnd(LocalDate.of(2024, 12, 31)).build().summarize(resolved);
    WeightedSummaries rows = WeightedSummaries.from(summaries);
    for (TransactionModelFamily family : List.of(TransactionModelFamily.BG_NBD, TransactionModelFamily.PARETO_NBD,
        TransactionModelFamily.MBG_NBD)) {
      ModelFit<TransactionModel> fit = family.fit(rows, FitOptions.defaults());
      HoldoutReport holdout = HoldoutReport.of(fit.model(), summaries);
      String what = family.shortName() + ": " + fit.diagnostics();
      assertEquals(FitStatus.CONVERGED, fit.diagnostics().status(), what);
      assertEquals(4, fit.diagnostics().standardErrors().size(), what);
      assertEquals(List.of(), fit.diagnostics().warnings(), what);
      assertEquals(1, holdout.expectedTotal() / holdout.actualTotal(), 0.1, what);
    }
    ModelFit<GammaGammaModel> spend = GammaGammaModel.fit(summaries);
    assertEquals(FitStatus.CONVERGED, spend.diagnostics().status(), spend.diagnostics()::toString);
    assertEquals(3, spend.diagnostics().standardErrors().size(), spend.diagnostics()::toString);
  }

  private static double rate(Rate rate) {
    return rate.value().orElseThrow();
  }

  private static Set<String> values(java.util.function.Function<Order, Optional<String>> attribute) {
    return ORDERS.stream().map(attribute).flatMap(Optional::stream).collect(Collectors.toSet());
  }
}
