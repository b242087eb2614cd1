package io.retentionkit.io;

import io.retentionkit.model.CurrencyConverter;
import io.retentionkit.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Converts with dated rates into one target currency: an amount at an instant takes the latest rate on or
 * before that instant's date in the shop's zone, rounding half-even to the target's minor unit (as
 * {@link CurrencyConverter#ofFixedRates} does).
 */
final class DatedRateConverter implements CurrencyConverter {
  private final Currency target;
  private final ZoneId zone;
  private final Map<Currency, NavigableMap<LocalDate, BigDecimal>> rates;

  DatedRateConverter(Currency target, ZoneId zone, Map<Currency, NavigableMap<LocalDate, BigDecimal>> rates) {
    this.target = target;
    this.zone = zone;
    this.rates = Map.copyOf(rates);
  }

  @Override
  public Money convert(Money amount, Currency to, Instant at) {
    if (!to.equals(target)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "target currency must be %s: %s",
          target.getCurrencyCode(), to.getCurrencyCode()));
    }
    if (amount.currency().equals(target)) {
      return amount;
    }
    NavigableMap<LocalDate, BigDecimal> history = rates.get(amount.currency());
    if (history == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "currency must have a rate into %s: %s",
          target.getCurrencyCode(), amount.currency().getCurrencyCode()));
    }
    LocalDate date = LocalDate.ofInstant(at, zone);
    Map.Entry<LocalDate, BigDecimal> rate = history.floorEntry(date);
    if (rate == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "currency %s must have a rate into %s on or before %s: the first rate is on %s",
          amount.currency().getCurrencyCode(), target.getCurrencyCode(), date, history.firstKey()));
    }
    BigDecimal converted = amount.toBigDecimal().multiply(rate.getValue())
        .setScale(target.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    return Money.of(converted, target);
  }

  @Override
  public String toString() {
    return "dated rates into " + target.getCurrencyCode() + " for " + rates.keySet();
  }
}
