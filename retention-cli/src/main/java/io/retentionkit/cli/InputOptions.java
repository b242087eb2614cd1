package io.retentionkit.cli;

import io.retentionkit.io.InputFormat;
import io.retentionkit.io.demo.DemoShop;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.IdentityRule;
import io.retentionkit.model.QualifyingOrders;
import io.retentionkit.model.RefundPolicy;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of every command that analyses orders: where they come from, how to read them and what they
 * mean (zone, currency, refunds, identities, which orders count). A picocli mixin; {@link InputLoader}
 * acts on it.
 */
final class InputOptions {

  @Option(names = "--input", paramLabel = "FILE", order = 1,
      description = "The order export to read (see --input-format).")
  Optional<Path> input;

  @Option(names = "--demo", order = 2,
      description = "Analyse the built-in demo shop instead of an export ('retention demo' writes it as CSV).")
  boolean demo;

  @Option(names = "--input-format", paramLabel = "FORMAT", order = 3,
      description = "generic (the default: order_id,customer_id,placed_at,amount,currency,... one order per "
          + "line), shopify (orders export CSV) or woocommerce (REST API orders JSON).")
  Optional<InputFormat> format;

  @Option(names = "--woocommerce-refunds", paramLabel = "FILE", order = 4,
      description = "WooCommerce refunds JSON (GET /wp-json/wc/v3/refunds), which dates the refunds of "
          + "--input-format woocommerce.")
  Optional<Path> wooCommerceRefunds;

  @Option(names = "--zone", paramLabel = "ZONE", order = 5,
      description = "The shop's time zone, e.g. Europe/Amsterdam: it decides dates, days and periods, and reads "
          + "times without an offset. Required (there is no default zone), except with --demo.")
  Optional<ZoneId> zone;

  @Option(names = "--currency", paramLabel = "CODE", order = 6,
      description = "The reporting currency (ISO 4217, e.g. EUR). Default: the input's currency, if it has "
          + "only one; orders in any other currency need --rates.")
  Optional<Currency> currency;

  @Option(names = "--rates", paramLabel = "FILE", order = 7,
      description = "Currency rates CSV, 'currency,rate' or 'date,currency,rate': units of the reporting "
          + "currency per unit of 'currency'; converts orders in other currencies.")
  Optional<Path> rates;

  @Option(names = "--identity", paramLabel = "RULE", order = 8, defaultValue = "customer-id-then-email",
      description = "How orders are attributed to customers: ${COMPLETION-CANDIDATES}. Default: "
          + "${DEFAULT-VALUE} (guest checkouts join the account with the same e-mail address).")
  Identity identity;

  @Option(names = "--refunds", paramLabel = "POLICY", order = 9, defaultValue = "net",
      description = "How refunds count: gross (ignored), net (subtracted at the order's date) or "
          + "net-at-refund-date (subtracted at the refund's own date). Default: ${DEFAULT-VALUE}.")
  Refunds refunds;

  @Option(names = "--exclude", paramLabel = "ORDERS", order = 10, split = ",", defaultValue = "cancelled",
      description = "Orders that do not count as purchases, comma-separated: cancelled (with failed), "
          + "fully-refunded, zero-value; or none. Default: ${DEFAULT-VALUE}.")
  List<Exclusion> exclude;

  @Option(names = "--lenient", order = 11,
      description = "Skip invalid records instead of stopping at the first; needs --rejects.")
  boolean lenient;

  @Option(names = "--rejects", paramLabel = "FILE", order = 12,
      description = "With --lenient: the CSV every skipped record is written to, with its line and reason.")
  Optional<Path> rejects;

  @Option(names = {"-q", "--quiet"}, order = 13,
      description = "No progress or notes on standard error (warnings and errors still appear).")
  boolean quiet;

  /**
   * Checks the combination of options.
   *
   * @param commandLine the command, for the usage error
   * @throws ParameterException if the options do not go together
   */
  void validate(CommandLine commandLine) {
    if (demo == input.isPresent()) {
      throw new ParameterException(commandLine, demo
          ? "--input and --demo cannot be combined"
          : "Missing input: give --input FILE, or --demo for the built-in demo shop");
    }
    if (demo && (format.isPresent() || wooCommerceRefunds.isPresent() || lenient || rejects.isPresent())) {
      throw new ParameterException(commandLine,
          "--demo cannot be combined with --input-format, --woocommerce-refunds, --lenient or --rejects");
    }
    if (!demo && zone.isEmpty()) {
      throw new ParameterException(commandLine,
          "Missing required option: '--zone=ZONE' (the shop's time zone, e.g. Europe/Amsterdam; there is no default)");
    }
    if (lenient != rejects.isPresent()) {
      throw new ParameterException(commandLine, lenient
          ? "--lenient needs --rejects FILE: every skipped record is written there with its reason"
          : "--rejects only applies with --lenient");
    }
    if (wooCommerceRefunds.isPresent() && inputFormat() != InputFormat.WOOCOMMERCE_JSON) {
      throw new ParameterException(commandLine, "--woocommerce-refunds only applies with --input-format woocommerce");
    }
    if (exclude.contains(Exclusion.NONE) && exclude.size() > 1) {
      throw new ParameterException(commandLine, "--exclude none cannot be combined with other values: " + exclude);
    }
  }

  /** Returns the shop's time zone: the given one, or the demo shop's. */
  ZoneId zone() {
    return zone.orElse(DemoShop.ZONE);
  }

  /**
   * Returns the policy to check the other settings with before a possibly long import: the shop's zone
   * and a placeholder currency, since the reporting currency may only be known once every order is read.
   */
  AnalysisPolicy provisionalPolicy() {
    return AnalysisPolicy.of(zone(), Currency.getInstance("XXX"));
  }

  /** Returns the input format, generic unless given. */
  InputFormat inputFormat() {
    return format.orElse(InputFormat.GENERIC_CSV);
  }

  /** Returns the rule for which orders qualify as purchases. */
  QualifyingOrders qualifyingOrders() {
    return new QualifyingOrders(exclude.contains(Exclusion.CANCELLED), exclude.contains(Exclusion.FULLY_REFUNDED),
        exclude.contains(Exclusion.ZERO_VALUE));
  }

  /** The values of {@code --identity}. */
  enum Identity {
    CUSTOMER_ID(IdentityRule.BY_CUSTOMER_ID),
    EMAIL(IdentityRule.BY_EMAIL),
    CUSTOMER_ID_THEN_EMAIL(IdentityRule.CUSTOMER_ID_THEN_EMAIL);

    private final IdentityRule rule;

    Identity(IdentityRule rule) {
      this.rule = rule;
    }

    IdentityRule rule() {
      return rule;
    }

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }

  /** The values of {@code --refunds}. */
  enum Refunds {
    GROSS(RefundPolicy.GROSS),
    NET(RefundPolicy.NET_AT_ORDER_DATE),
    NET_AT_REFUND_DATE(RefundPolicy.NET_AT_REFUND_DATE);

    private final RefundPolicy policy;

    Refunds(RefundPolicy policy) {
      this.policy = policy;
    }

    RefundPolicy policy() {
      return policy;
    }

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }

  /** The values of {@code --exclude}. */
  enum Exclusion {
    NONE, CANCELLED, FULLY_REFUNDED, ZERO_VALUE;

    @Override
    public String toString() {
      return Choices.name(this);
    }
  }
}
