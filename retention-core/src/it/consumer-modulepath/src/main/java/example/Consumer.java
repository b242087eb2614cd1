package example;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

/** Uses the published API and fails (exit status 1) unless it behaves and is packaged as promised. */
public final class Consumer {
  public static void main(String[] args) {
    Currency eur = Currency.getInstance("EUR");
    AnalysisPolicy policy = AnalysisPolicy.of(ZoneId.of("Europe/Amsterdam"), eur);
    Order order = Order.builder(OrderId.of("1001"), CustomerId.of("ann"), Instant.parse("2024-03-01T10:00:00Z"),
            Money.parse("25.00", "EUR"))
        .refund(Money.parse("5.00", "EUR"), Instant.parse("2024-03-02T10:00:00Z"))
        .build();
    check(policy.netMinor(order) == 2000, "net revenue");

    Module core = Money.class.getModule();
    check(core.isNamed() == true, "retention-core loaded as a named module: " + core.isNamed());
    if (core.isNamed()) {
      check(core.getName().equals("io.retentionkit.core"), "module name " + core.getName());
      check(core.isExported("io.retentionkit.model"), "model package exported");
      check(core.isExported("io.retentionkit.segments"), "segments package exported");
      check(!core.isExported("io.retentionkit.internal"), "internal package not exported");
    }
    System.out.println("consumer-modulepath OK");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      System.err.println("consumer check failed: " + what);
      System.exit(1);
    }
  }
}
