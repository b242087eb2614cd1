package io.retentionkit.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LocalDays} gives every instant the local date {@link LocalDate#ofInstant} gives it, in zones with
 * and without daylight saving, half-hour shifts, skipped days and clocks going back across midnight, for
 * instants in time order, at random and on and around every transition.
 */
final class LocalDaysProperties {
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Amsterdam"), ZoneId.of("America/St_Johns"),
      ZoneId.of("America/Sao_Paulo"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Pacific/Apia"),
      ZoneId.of("Asia/Kathmandu"), ZoneId.of("UTC"), ZoneId.of("+05:45"), ZoneId.of("America/New_York"));
  private static final long FROM = Instant.parse("1995-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2035-01-01T00:00:00Z").getEpochSecond();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.retentionkit.testing.Seeds#of")
  void everyInstantGetsTheDateOfItsZone(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (ZoneId zone : ZONES) {
      LocalDays days = new LocalDays(zone);
      for (Instant instant : instants(zone, random)) {
        assertEquals(LocalDate.ofInstant(instant, zone).toEpochDay(), days.epochDay(instant),
            () -> instant + " in " + zone);
      }
    }
  }

  /** Instants on and around the zone's transitions, steps forward and back, and random jumps, mixed. */
  private static List<Instant> instants(ZoneId zone, SplittableRandom random) {
    List<Instant> instants = new ArrayList<>();
    ZoneOffsetTransition transition = zone.getRules().nextTransition(Instant.ofEpochSecond(FROM));
    while (transition != null && transition.toEpochSecond() < TO) {
      Instant at = transition.getInstant();
      instants.add(at);
      instants.add(at.minusNanos(1));
      instants.add(at.plusNanos(1));
      instants.add(at.minusSeconds(1 + random.nextInt(7_200)));
      transition = zone.getRules().nextTransition(at);
    }
    long second = FROM + random.nextLong(TO - FROM);
    for (int i = 0; i < 2_000; i++) {
      second = switch (random.nextInt(4)) {
        case 0 -> FROM + random.nextLong(TO - FROM);
        case 1 -> second - random.nextInt(100_000);
        default -> second + random.nextInt(100_000);
      };
      instants.add(Instant.ofEpochSecond(second, random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0));
    }
    for (int i = instants.size() - 1; i > 0; i--) {
      if (random.nextInt(4) == 0) { // shuffle a quarter of the instants, keep runs of the rest in order
        int j = random.nextInt(i + 1);
        Instant swap = instants.get(i);
        instants.set(i, instants.get(j));
        instants.set(j, swap);
      }
    }
    return instants;
  }
}
