package io.retentionkit.cli;

import io.retentionkit.columnar.OrderLog;
import io.retentionkit.io.CurrencyRates;
import io.retentionkit.io.ImportSummary;
import io.retentionkit.io.demo.DemoShop;
import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CurrencyConverter;
import io.retentionkit.model.IdentityResolver;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@link InputOptions} into {@link LoadedInput}: reads the export (or takes the demo shop), settles
 * the reporting currency and its converter, builds the policy, resolves identities and builds the
 * {@link OrderLog} every command analyses.
 *
 * <p>An export is read twice, so that memory grows with the log (about 20 bytes an order), not with
 * {@code Order} objects (a few hundred bytes each). The first pass learns what must be known before any
 * order can be placed in the log: the currencies and each one's first order, for the reporting currency
 * and the check of the rates, and the e-mail addresses of accounts, which guest checkouts join under
 * {@code --identity customer-id-then-email}. The second pass resolves each order's customer, converts it
 * and appends it to the log. The log equals the one {@link OrderLog#from} builds of the same orders in a
 * list, so every result is the same as analysing the orders as objects: orders one customer placed at the
 * same instant are put in order id order by a third pass ({@link SameInstantOrders}), and the rare orders
 * whose conversion rounds a small amount to zero are reported ({@link LogAppender}). Input that cannot be
 * read twice (a pipe) is read once into objects, as is the demo shop.
 */
final class InputLoader {
  private static final Logger LOG = LoggerFactory.getLogger(InputLoader.class);
  /** Orders placed at the same instant by one customer: by order id, as the library breaks such ties. */
  private static final Comparator<Order> TIED_ORDERS = Comparator.comparing((Order order) -> order.customerId())
      .thenComparing(Order::placedAt).thenComparing(Order::id);

  private InputLoader() {}

  /**
   * Loads the orders the options name.
   *
   * @param firstDayOfWeek the first day of weekly periods, for the policy
   * @throws UserError if the currencies cannot be reconciled, a file is used twice or changes while read
   * @throws io.retentionkit.io.ImportException if the input or rates file is invalid
   */
  static LoadedInput load(InputOptions options, DayOfWeek firstDayOfWeek, Reporter reporter) {
    if (options.demo) {
      return fromOrders(DemoShop.orders(), "demo", Optional.empty(), options, firstDayOfWeek, reporter);
    }
    Path input = options.input.orElseThrow();
    if (!Files.isRegularFile(input)) {
      // A pipe or device can be read only once: its orders are held as objects, as before streaming.
      LOG.debug("{} is not a regular file: reading it once, into memory", input);
      List<Order> orders = new ArrayList<>();
      ImportSummary summary;
      try (ExportPasses passes = new ExportPasses(options, reporter, 1)) {
        summary = passes.first(orders::add);
      }
      return fromOrders(orders, input.toString(), Optional.of(summary), options, firstDayOfWeek, reporter);
    }
    return streamed(options, firstDayOfWeek, reporter);
  }

  private static LoadedInput fromOrders(List<Order> orders, String source, Optional<ImportSummary> summary,
      InputOptions options, DayOfWeek firstDayOfWeek, Reporter reporter) {
    AnalysisPolicy policy = policy(options, CurrencyFirsts.of(orders).byCurrency(), source, firstDayOfWeek);
    List<Order> resolved = IdentityResolver.of(options.identity.rule(), List.of(), orders).resolveAll(orders);
    return loaded(OrderLog.from(resolved, policy), source, summary, options, reporter);
  }

  private static LoadedInput streamed(InputOptions options, DayOfWeek firstDayOfWeek, Reporter reporter) {
    try (ExportPasses passes = new ExportPasses(options, reporter, 2)) {
      String source = passes.input().toString();
      CurrencyFirsts currencies = new CurrencyFirsts();
      IdentityResolver.Learner identities = IdentityResolver.learner(options.identity.rule());
      ImportSummary summary = passes.first(order -> {
        currencies.accept(order);
        identities.order(order);
      });
      AnalysisPolicy policy = policy(options, currencies.byCurrency(), source, firstDayOfWeek);
      IdentityResolver resolver = identities.build();
      int expected = expectedOrders(summary, source);
      Built built = build(passes, 2, policy, resolver, expected, Optional.empty());
      SameInstantOrders ties = SameInstantOrders.in(built.log());
      if (!ties.isEmpty()) {
        reporter.note(String.format(Locale.ROOT, "%,d orders share their customer and instant with another: reading "
            + "%s once more to order them by order id", ties.orders(), source));
        built = null; // the first log goes before the second is built: it is the load's largest object
        built = build(passes, 3, policy, resolver, expected, Optional.of(ties));
      }
      warnAboutRounding(built, policy, reporter);
      return loaded(built.log(), source, Optional.of(summary), options, reporter);
    }
  }

  /**
   * Reads the export once more and builds its log; with {@code ties}, the tied orders are held back and
   * appended at the end in order id order (where a customer's orders come in the input changes nothing:
   * the log sorts each customer's orders in time).
   */
  private static Built build(ExportPasses passes, int pass, AnalysisPolicy policy, IdentityResolver resolver,
      int expected, Optional<SameInstantOrders> ties) {
    LogAppender appender = new LogAppender(policy, expected);
    List<Order> tied = new ArrayList<>();
    passes.again(pass, order -> {
      Order resolved = resolver.resolve(order);
      if (ties.isPresent() && ties.get().contains(resolved)) {
        tied.add(resolved);
      } else {
        appender.append(resolved);
      }
    });
    tied.sort(TIED_ORDERS);
    tied.forEach(appender::append);
    return new Built(appender.build(), appender.requalified(), appender.zeroRefunds());
  }

  /** A log and what its conversion could not carry over exactly. */
  private record Built(OrderLog log, long requalified, long zeroRefunds) {}

  private static int expectedOrders(ImportSummary summary, String source) {
    // An order log numbers its orders with an int; an array holds a few less than Integer.MAX_VALUE.
    if (summary.ordersImported() > Integer.MAX_VALUE - 16) {
      throw new UserError(String.format(Locale.ROOT, "%s has %,d orders, more than one order log holds (%,d)",
          source, summary.ordersImported(), Integer.MAX_VALUE - 16));
    }
    return (int) summary.ordersImported();
  }

  private static void warnAboutRounding(Built built, AnalysisPolicy policy, Reporter reporter) {
    String currency = policy.reportingCurrency().getCurrencyCode();
    if (built.requalified() > 0) {
      reporter.warn(String.format(Locale.ROOT, "%,d orders became zero-value or refunded in full only through "
          + "rounding in the conversion into %s, or stopped being so; --exclude judges them on the converted "
          + "amounts", built.requalified(), currency));
    }
    if (built.zeroRefunds() > 0) {
      reporter.warn(String.format(Locale.ROOT, "%,d refunds round to 0 in the conversion into %s and are left "
          + "out: they change no amount, but are not counted as refunds", built.zeroRefunds(), currency));
    }
  }

  private static LoadedInput loaded(OrderLog log, String source, Optional<ImportSummary> summary,
      InputOptions options, Reporter reporter) {
    reporter.note(String.format(Locale.ROOT, "read %,d orders of %,d customers from %s", log.orderCount(),
        log.customerCount(), source));
    return new LoadedInput(log, source, options.demo ? Optional.empty() : Optional.of(options.inputFormat()),
        options.identity.rule(), summary);
  }

  /**
   * Returns the policy of the options for orders in {@code currencies}: the reporting currency (given, or
   * the only one) and a converter proven to convert every order.
   */
  private static AnalysisPolicy policy(InputOptions options, Map<Currency, Instant> currencies, String source,
      DayOfWeek firstDayOfWeek) {
    Currency currency = reportingCurrency(options, currencies, source);
    CurrencyConverter converter = converter(options, currency, options.zone(), currencies, source);
    return AnalysisPolicy.of(options.zone(), currency)
        .withConverter(converter)
        .withRefundPolicy(options.refunds.policy())
        .withQualifyingOrders(options.qualifyingOrders())
        .withFirstDayOfWeek(firstDayOfWeek);
  }

  /** Refuses to write a file over one of the inputs. */
  static void requireDistinct(Path output, String option, InputOptions options) {
    List<Path> inputs = new ArrayList<>();
    options.input.ifPresent(inputs::add);
    options.rates.ifPresent(inputs::add);
    options.wooCommerceRefunds.ifPresent(inputs::add);
    for (Path input : inputs) {
      if (sameFile(output, input)) {
        throw new UserError(option + " must not overwrite the input file " + input);
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
          : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    } catch (IOException e) {
      return false; // unreadable paths: the import or the write itself reports the problem
    }
  }

  private static Currency reportingCurrency(InputOptions options, Map<Currency, Instant> currencies, String source) {
    if (options.currency.isPresent()) {
      return options.currency.get();
    }
    if (currencies.size() == 1) {
      Currency only = currencies.keySet().iterator().next();
      LOG.debug("reporting currency {}: the only currency of {}", only, source);
      return only;
    }
    if (currencies.isEmpty()) {
      throw new UserError(source + " has no orders, so there is no currency to report in: give --currency");
    }
    throw new UserError(source + " has orders in " + codes(currencies.keySet()) + ": give --currency to choose the "
        + "reporting currency" + (options.rates.isPresent() ? "" : " and --rates FILE to convert the others"));
  }

  private static CurrencyConverter converter(InputOptions options, Currency reporting, ZoneId zone,
      Map<Currency, Instant> currencies, String source) {
    Map<Currency, Instant> foreign = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    foreign.putAll(currencies);
    foreign.remove(reporting);
    if (options.rates.isEmpty()) {
      if (!foreign.isEmpty()) {
        throw new UserError(source + " has orders in " + codes(foreign.keySet()) + ", which need --rates FILE to be "
            + "converted into the reporting currency " + reporting.getCurrencyCode());
      }
      return CurrencyConverter.none();
    }
    Path ratesFile = options.rates.get();
    CurrencyConverter converter = CurrencyRates.read(ratesFile, reporting, zone);
    // Every amount of an order converts at the order's instant, and rates only accumulate over time:
    // converting at each currency's first order proves that every conversion will succeed.
    foreign.forEach((currency, first) -> {
      try {
        converter.convert(Money.zero(currency), reporting, first);
      } catch (IllegalArgumentException e) {
        throw new UserError(ratesFile + ": " + e.getMessage() + " (" + source + " has " + currency.getCurrencyCode()
            + " orders from " + LocalDate.ofInstant(first, zone) + ")");
      }
    });
    return converter;
  }

  private static String codes(Collection<Currency> currencies) {
    List<String> codes = currencies.stream().map(Currency::getCurrencyCode).collect(Collectors.toList());
    return codes.size() == 1 ? codes.get(0)
        : String.join(", ", codes.subList(0, codes.size() - 1)) + " and " + codes.get(codes.size() - 1);
  }
}
