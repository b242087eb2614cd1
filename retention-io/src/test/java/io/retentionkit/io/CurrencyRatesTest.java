package io.retentionkit.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.retentionkit.model.AnalysisPolicy;
import io.retentionkit.model.CurrencyConverter;
import io.retentionkit.model.CustomerId;
import io.retentionkit.model.Money;
import io.retentionkit.model.Order;
import io.retentionkit.model.OrderId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class CurrencyRatesTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static CurrencyConverter rates(String csv) {
    return CurrencyRates.read(new ByteArrayInputStream(csv.getBytes(UTF_8)), "rates.csv", EUR, TOKYO);
  }

  @Test
  void convertsWithFixedRatesRoundingHalfEven() {
    CurrencyConverter converter = rates("currency,rate\nUSD,0.905\nJPY,0.006125\nEUR,1\n");
    Instant any = Instant.parse("2024-03-01T00:00:00Z");
    assertEquals(Money.parse("9.05", "EUR"), converter.convert(Money.parse("10.00", "USD"), EUR, any));
    assertEquals(Money.parse("0.90", "EUR"), converter.convert(Money.parse("1.00", "USD"), EUR, any), "0.905: half-even");
    assertEquals(Money.parse("0.61", "EUR"), converter.convert(Money.parse("100", "JPY"), EUR, any), "0.6125");
    assertEquals(Money.parse("3.00", "EUR"), converter.convert(Money.parse("3.00", "EUR"), EUR, any));
  }

  @Test
  void datedRatesTakeTheLatestRateOnOrBeforeTheLocalDate() {
    CurrencyConverter converter = rates("date,currency,rate\n2024-01-01,USD,0.90\n2024-03-01,USD,0.80\n");
    Money ten = Money.parse("10.00", "USD");
    assertEquals(Money.parse("9.00", "EUR"), converter.convert(ten, EUR, Instant.parse("2024-02-29T14:59:59Z")));
    // 15:00 UTC on 29 February is already 1 March in Tokyo.
    assertEquals(Money.parse("8.00", "EUR"), converter.convert(ten, EUR, Instant.parse("2024-02-29T15:00:00Z")));
    IllegalArgumentException early = assertThrows(IllegalArgumentException.class,
        () -> converter.convert(ten, EUR, Instant.parse("2023-12-31T00:00:00Z")));
    assertEquals("currency USD must have a rate into EUR on or before 2023-12-31: the first rate is on 2024-01-01",
        early.getMessage());
  }

  @Test
  void anUnknownCurrencyIsAClearErrorWhenAnAmountIsConverted() {
    CurrencyConverter converter = rates("currency,rate\nUSD,0.9\n");
    AnalysisPolicy policy = AnalysisPolicy.of(TOKYO, EUR).withConverter(converter);
    Order order = Order.of(OrderId.of("1"), CustomerId.of("c"), Instant.parse("2024-03-01T00:00:00Z"),
        Money.parse("5.00", "GBP"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> policy.grossMinor(order));
    assertEquals("currency must have a rate into EUR: GBP", e.getMessage());
    IllegalArgumentException dated = assertThrows(IllegalArgumentException.class,
        () -> rates("date,currency,rate\n2024-01-01,USD,0.9\n").convert(Money.parse("5.00", "GBP"), EUR,
            Instant.parse("2024-03-01T00:00:00Z")));
    assertEquals("currency must have a rate into EUR: GBP", dated.getMessage());
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("", 1, "the file is empty: expected a header line currency,rate or date,currency,rate"),
        Arguments.of("currency,rate\n", 1, "the file must have at least one rate"),
        Arguments.of("currency,rate,source\nUSD,0.9,ecb\n", 1, "column 'source' must be one of date, currency, rate"),
        Arguments.of("currency\nUSD\n", 1, "required column 'rate' is missing; the header has: currency"),
        Arguments.of("currency,rate\nUSD,0\n", 2, "rate must be positive: '0'"),
        Arguments.of("currency,rate\nUSD,0,9\n", 2, "record has 3 values but the header has 2 columns"),
        Arguments.of("currency,rate\nUSD,\"0,9\"\n", 2, "rate must be a decimal number with a dot, like 12.34: '0,9'"),
        Arguments.of("currency,rate\nDOLLAR,0.9\n", 2, "currency must be an ISO 4217 code like EUR: 'DOLLAR'"),
        Arguments.of("currency,rate\nEUR,1.1\n", 2, "rate of the reporting currency EUR must be 1: '1.1'"),
        Arguments.of("currency,rate\nUSD,0.9\nUSD,0.8\n", 3, "currency USD must have one rate: line 2 has one too"),
        Arguments.of("date,currency,rate\n2024-01-01,USD,0.9\n2024-01-01,USD,0.8\n", 3,
            "currency USD on 2024-01-01 must have one rate: line 2 has one too"),
        Arguments.of("date,currency,rate\n01/01/2024,USD,0.9\n", 2,
            "date must be an ISO date like 2024-03-01: '01/01/2024'"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("badFiles")
  void aBadRatesFileIsAnErrorNamingTheLine(String csv, long line, String reason) {
    ImportException e = assertThrows(ImportException.class, () -> rates(csv));
    assertEquals(line, e.line());
    assertEquals(reason, e.reason());
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("rates.csv"), "\uFEFFrate,currency\r\n1.17,GBP\r\n");
    assertEquals(Money.parse("11.70", "EUR"),
        CurrencyRates.read(file, EUR, TOKYO).convert(Money.parse("10.00", "GBP"), EUR, Instant.EPOCH));
  }
}
