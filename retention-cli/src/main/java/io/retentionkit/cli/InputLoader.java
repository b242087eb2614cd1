package io.retentionkit.cli;

import io.retentionkit.io.CurrencyRates;
import io.retentionkit.io.ImportSummary;
import io.retentionkit.io.OrderImporter;
import io.retentionkit.io.RejectsCsvWriter;
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
 * Turns {@link InputOptions} into {@link LoadedInput}: imports the export (or takes the demo shop),
 * settles the reporting currency and its converter, builds the policy and resolves identities. The
 * orders are held in memory, since the reporting currency and the identity of guest checkouts are only
 * known once every order has been read; the importer itself streams, so memory grows with the orders, not
 * with the size of the file.
 */
final class InputLoader {
  private static final Logger LOG = LoggerFactory.getLogger(InputLoader.class);

  private InputLoader() {}

  /**
   * Loads the orders the options name.
   *
   * @param firstDayOfWeek the first day of weekly periods, for the policy
   * @throws UserError if the currencies cannot be reconciled or a file is used twice
   * @throws io.retentionkit.io.ImportException if the input or rates file is invalid
   */
  static LoadedInput load(InputOptions options, DayOfWeek firstDayOfWeek, Reporter reporter) {
    ZoneId zone = options.zone();
    List<Order> orders;
    String source;
    Optional<ImportSummary> summary;
    if (options.demo) {
      orders = DemoShop.orders();
      source = "demo";
      summary = Optional.empty();
    } else {
      Path input = options.input.orElseThrow();
      source = input.toString();
      orders = new ArrayList<>();
      summary = Optional.of(importOrders(options, input, zone, orders, reporter));
    }
    Map<Currency, Instant> firstOrderByCurrency = firstOrderByCurrency(orders);
    Currency currency = reportingCurrency(options, firstOrderByCurrency, source);
    CurrencyConverter converter = converter(options, currency, zone, firstOrderByCurrency, source);
    AnalysisPolicy policy = AnalysisPolicy.of(zone, currency)
        .withConverter(converter)
        .withRefundPolicy(options.refunds.policy())
        .withQualifyingOrders(options.qualifyingOrders())
        .withFirstDayOfWeek(firstDayOfWeek);
    List<Order> resolved = IdentityResolver.of(options.identity.rule(), List.of(), orders).resolveAll(orders);
    long customers = resolved.stream().map(Order::customerId).distinct().count();
    reporter.note(String.format(Locale.ROOT, "read %,d orders of %,d customers from %s", resolved.size(),
        customers, source));
    return new LoadedInput(resolved, policy, source, options.demo ? Optional.empty() : Optional.of(options.inputFormat()),
        options.identity.rule(), customers, summary);
  }

  private static ImportSummary importOrders(InputOptions options, Path input, ZoneId zone, List<Order> orders,
      Reporter reporter) {
    // A console exists only in an interactive terminal, the one place where progress may overwrite its line.
    StderrProgress progress = new StderrProgress(reporter, System.console() != null, System::nanoTime);
    OrderImporter.Builder importer = OrderImporter.newBuilder(options.inputFormat(), zone).progress(progress);
    options.wooCommerceRefunds.ifPresent(importer::refunds);
    ImportSummary summary;
    try {
      if (options.lenient) {
        Path rejectsFile = options.rejects.orElseThrow();
        requireDistinct(rejectsFile, "--rejects", options);
        try (RejectsCsvWriter rejects = RejectsCsvWriter.create(rejectsFile)) {
          summary = importer.lenient(rejects).build().read(input, orders::add);
        }
        String rejected = String.format(Locale.ROOT, "%,d of %,d records rejected, written to %s",
            summary.recordsRejected(), summary.recordsRead(), rejectsFile);
        if (summary.recordsRejected() > 0) {
          reporter.warn(rejected);
        } else {
          reporter.note(rejected);
        }
      } else {
        summary = importer.build().read(input, orders::add);
      }
    } finally {
      progress.finish();
    }
    if (summary.blankRowsSkipped() > 0) {
      // Not an error (spreadsheets end exports with ",,,,"), but never skipped without a word.
      reporter.note(summary.blankRowsSkipped() == 1
          ? "skipped 1 blank row of " + input + " (no value in any column, such as ,,,,)"
          : String.format(Locale.ROOT, "skipped %,d blank rows of %s (no value in any column, such as ,,,,)",
              summary.blankRowsSkipped(), input));
    }
    if (!summary.ignoredColumns().isEmpty()) {
      reporter.note("ignored columns of " + input + ": " + String.join(", ", summary.ignoredColumns()));
    }
    if (summary.refundsWithAssumedDate() > 0) {
      reporter.note(String.format(Locale.ROOT,
          "%,d refunds had no date in %s and were dated by the format's rule (e.g. at the order's date)",
          summary.refundsWithAssumedDate(), input));
    }
    return summary;
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

  private static Map<Currency, Instant> firstOrderByCurrency(List<Order> orders) {
    Map<Currency, Instant> first = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    for (Order order : orders) {
      first.merge(order.total().currency(), order.placedAt(), (a, b) -> a.isBefore(b) ? a : b);
    }
    return first;
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
