package io.retentionkit.io;

import static java.util.Objects.requireNonNull;

import io.retentionkit.model.CurrencyConverter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Reads a currency rates file into a {@link CurrencyConverter} for
 * {@link io.retentionkit.model.AnalysisPolicy#withConverter}, so that orders in several currencies are
 * reported in one.
 *
 * <p>The file is CSV (UTF-8) with the header {@code currency,rate}, or {@code date,currency,rate} for rates
 * that change over time; columns may come in any order. {@code rate} is how many units of the reporting
 * currency one unit of {@code currency} is worth (a positive decimal with a dot: {@code USD,0.92} for a EUR
 * report). {@code date} is an ISO date; an amount takes the latest rate on or before its date in the
 * shop's zone (an order's amounts convert at the order's date). Conversions round half-even to the
 * reporting currency's minor unit. The reporting currency needs no row (a row for it must have rate 1).
 *
 * <p>Rates are not a place for leniency: any bad row, a repeated currency (or currency and date), an
 * unknown column or a file without rates is an {@link ImportException} naming the file and line. Converting
 * an amount in a currency without a rate (or, with dates, before its first rate) throws an
 * {@link IllegalArgumentException} naming the currency.
 *
 * @since 0.1.0
 */
public final class CurrencyRates {
  private static final List<String> REQUIRED = List.of("currency", "rate");
  private static final List<String> OPTIONAL = List.of("date");

  private CurrencyRates() {}

  /**
   * Reads the rates file {@code file}.
   *
   * @param file the rates file
   * @param reportingCurrency the currency the rates convert into
   * @param zone the shop's time zone, which decides an amount's date for dated rates
   * @return the converter into {@code reportingCurrency}
   * @throws NullPointerException if an argument is null
   * @throws ImportException if the file is malformed or has no rates
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CurrencyConverter read(Path file, Currency reportingCurrency, ZoneId zone) {
    requireNonNull(file, "file");
    try (InputStream in = OrderImporter.open(file)) {
      return read(new InputText(in, file.toString(), OptionalLong.of(Files.size(file)),
          OrderImporter.DEFAULT_MAX_RECORD_CHARS), reportingCurrency, zone);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a rates file from {@code in}, which is read to its end but not closed.
   *
   * @param in the file's bytes
   * @param sourceName the name used in messages, e.g. the file's name
   * @param reportingCurrency the currency the rates convert into
   * @param zone the shop's time zone, which decides an amount's date for dated rates
   * @return the converter into {@code reportingCurrency}
   * @throws NullPointerException if an argument is null
   * @throws ImportException if the file is malformed or has no rates
   * @throws UncheckedIOException if reading fails
   */
  public static CurrencyConverter read(InputStream in, String sourceName, Currency reportingCurrency,
      ZoneId zone) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return read(new InputText(in, sourceName, OptionalLong.empty(), OrderImporter.DEFAULT_MAX_RECORD_CHARS),
        reportingCurrency, zone);
  }

  private static CurrencyConverter read(InputText text, Currency reportingCurrency, ZoneId zone) {
    requireNonNull(reportingCurrency, "reportingCurrency");
    requireNonNull(zone, "zone");
    String source = text.source();
    CsvInput csv = CsvInput.of(text);
    CsvRow header = csv.next().orElseThrow(() -> new ImportException(source, 1,
        "the file is empty: expected a header line currency,rate or date,currency,rate"));
    Columns columns = Columns.of(header, source, REQUIRED, OPTIONAL, false);
    if (!columns.ignored().isEmpty()) {
      throw new ImportException(source, header.line(), String.format(Locale.ROOT,
          "column '%s' must be one of date, currency, rate", columns.ignored().get(0)));
    }
    boolean dated = columns.has("date");
    Map<Currency, NavigableMap<LocalDate, BigDecimal>> rates = new HashMap<>();
    Map<String, Long> lineOfKey = new HashMap<>();
    for (Optional<CsvRow> next = csv.next(); next.isPresent(); next = csv.next()) {
      CsvRow row = next.get();
      try {
        columns.requireWidth(row);
        Currency currency = Amounts.currency(columns.value(row, "currency"), "currency");
        BigDecimal rate = rate(columns.value(row, "rate"), currency, reportingCurrency);
        LocalDate date = dated ? date(columns.value(row, "date")) : LocalDate.MIN;
        String key = currency.getCurrencyCode() + (dated ? " on " + date : "");
        Long firstLine = lineOfKey.putIfAbsent(key, row.line());
        if (firstLine != null) {
          throw InvalidRecordException.of("currency %s must have one rate: line %d has one too", key, firstLine);
        }
        if (!currency.equals(reportingCurrency)) {
          rates.computeIfAbsent(currency, c -> new TreeMap<>()).put(date, rate);
        }
      } catch (InvalidRecordException e) {
        throw new ImportException(source, row.line(), e.getMessage());
      }
    }
    if (lineOfKey.isEmpty()) {
      throw new ImportException(source, header.line(), "the file must have at least one rate");
    }
    if (dated) {
      return new DatedRateConverter(reportingCurrency, zone, rates);
    }
    Map<Currency, BigDecimal> fixed = new HashMap<>();
    rates.forEach((currency, history) -> fixed.put(currency, history.firstEntry().getValue()));
    return CurrencyConverter.ofFixedRates(reportingCurrency, fixed);
  }

  private static BigDecimal rate(String text, Currency currency, Currency reportingCurrency) {
    BigDecimal rate = Amounts.decimal(text, "rate");
    if (rate.signum() == 0) {
      throw InvalidRecordException.of("rate must be positive: '%s'", text);
    }
    if (currency.equals(reportingCurrency) && rate.compareTo(BigDecimal.ONE) != 0) {
      throw InvalidRecordException.of("rate of the reporting currency %s must be 1: '%s'",
          currency.getCurrencyCode(), text);
    }
    return rate;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw InvalidRecordException.of("date must be an ISO date like 2024-03-01: '%s'", text);
    }
  }
}
