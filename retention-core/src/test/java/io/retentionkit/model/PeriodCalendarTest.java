package io.retentionkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PeriodCalendarTest {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @ParameterizedTest
  @CsvSource({
      "DAY, 2011-01-17, 2011-01-17, 2011-01-18, 2011-01-17",
      "WEEK, 2011-02-02, 2011-01-31, 2011-02-07, 2011-W05",
      "MONTH, 2011-01-17, 2011-01-01, 2011-02-01, 2011-01",
      "QUARTER, 2011-05-17, 2011-04-01, 2011-07-01, 2011-Q2",
      "YEAR, 2011-05-17, 2011-01-01, 2012-01-01, 2011",
      "WEEK, 2021-01-01, 2020-12-28, 2021-01-04, 2020-W53",
      "WEEK, 1969-12-31, 1969-12-29, 1970-01-05, 1970-W01",
  })
  void findsThePeriodHoldingADate(PeriodUnit unit, LocalDate date, LocalDate start, LocalDate end, String label) {
    PeriodCalendar calendar = PeriodCalendar.of(unit, AMSTERDAM);
    assertEquals(Period.of(start, end, AMSTERDAM), calendar.periodOf(date));
    assertEquals(label, calendar.label(date));
  }

  @Test
  void weeksStartOnTheConfiguredDay() {
    PeriodCalendar sundays = PeriodCalendar.of(PeriodUnit.WEEK, AMSTERDAM).withFirstDayOfWeek(DayOfWeek.SUNDAY);
    Period week = sundays.periodOf(LocalDate.of(2024, 3, 6)); // a Wednesday
    assertEquals(LocalDate.of(2024, 3, 3), week.start());
    assertEquals(LocalDate.of(2024, 3, 10), week.endExclusive());
    assertEquals(week, sundays.periodOf(LocalDate.of(2024, 3, 9)));
    assertEquals(sundays.index(LocalDate.of(2024, 3, 3)) + 1, sundays.index(LocalDate.of(2024, 3, 10)));
  }

  @Test
  void indexesAreConsecutiveAndRoundTripForEveryUnitAndWeekStart() {
    for (PeriodUnit unit : PeriodUnit.values()) {
      for (DayOfWeek first : DayOfWeek.values()) {
        PeriodCalendar calendar = PeriodCalendar.of(unit, AMSTERDAM).withFirstDayOfWeek(first);
        LocalDate date = LocalDate.of(1968, 12, 25);
        long previous = calendar.index(date);
        for (int day = 0; day < 3 * 366; day++, date = date.plusDays(1)) {
          long index = calendar.index(date);
          Period period = calendar.periodAt(index);
          assertTrue(period.contains(date), unit + " " + first + " " + date);
          assertTrue(index == previous || index == previous + 1, unit + " " + first + " " + date);
          assertEquals(index, calendar.index(period.start()));
          assertEquals(index + 1, calendar.index(period.endExclusive()));
          previous = index;
        }
      }
    }
  }

  @Test
  void placesInstantsByLocalDateAcrossDaylightSavingChanges() {
    PeriodCalendar days = PeriodCalendar.of(PeriodUnit.DAY, AMSTERDAM);
    // 2024-03-31: clocks jump from 02:00 to 03:00 (UTC+1 -> UTC+2); the local day is 23 hours long.
    Period springForward = days.periodOf(LocalDate.of(2024, 3, 31));
    assertEquals(Instant.parse("2024-03-30T23:00:00Z"), springForward.startInstant());
    assertEquals(Instant.parse("2024-03-31T22:00:00Z"), springForward.endInstant());
    assertTrue(springForward.contains(Instant.parse("2024-03-31T21:59:59Z")));
    assertFalse(springForward.contains(Instant.parse("2024-03-31T22:00:00Z")));
    // 2024-10-27: clocks fall back from 03:00 to 02:00; the local day is 25 hours long.
    Period fallBack = days.periodOf(LocalDate.of(2024, 10, 27));
    assertEquals(25 * 3600, fallBack.endInstant().getEpochSecond() - fallBack.startInstant().getEpochSecond());
    // 00:30 local on the night of the change belongs to that day, not to the previous one.
    assertEquals(LocalDate.of(2024, 10, 27), days.localDate(Instant.parse("2024-10-26T22:30:00Z")));
  }

  @Test
  void aMidnightThatDoesNotExistStartsTheDayAtTheFirstValidInstant() {
    // Chile (America/Santiago) springs forward at 24:00, so 2022-09-11 has no 00:00.
    ZoneId santiago = ZoneId.of("America/Santiago");
    Period day = PeriodCalendar.of(PeriodUnit.DAY, santiago).periodOf(LocalDate.of(2022, 9, 11));
    assertEquals(Instant.parse("2022-09-11T04:00:00Z"), day.startInstant());
  }

  @Test
  void listsThePeriodsCoveringARange() {
    PeriodCalendar months = PeriodCalendar.of(PeriodUnit.MONTH, AMSTERDAM);
    List<Period> periods = months.periodsCovering(LocalDate.of(2011, 1, 15), LocalDate.of(2011, 4, 1));
    assertEquals(List.of("2011-01", "2011-02", "2011-03"),
        periods.stream().map(p -> months.label(p.start())).toList());
    assertEquals(1, months.periodsCovering(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 1, 2)).size());
    assertThrows(IllegalArgumentException.class,
        () -> months.periodsCovering(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 1, 1)));
  }

  @Test
  void periodsAreHalfOpen() {
    Period q1 = Period.of(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 4, 1), AMSTERDAM);
    assertTrue(q1.contains(LocalDate.of(2011, 1, 1)));
    assertTrue(q1.contains(LocalDate.of(2011, 3, 31)));
    assertFalse(q1.contains(LocalDate.of(2011, 4, 1)));
    assertFalse(q1.contains(Instant.parse("2011-03-31T22:00:00Z"))); // 00:00 on 1 April in Amsterdam (CEST)
    assertTrue(q1.contains(Instant.parse("2011-03-31T21:59:59Z")));
    assertEquals(90, q1.lengthInDays());
    assertEquals("period start must be before its end: [2011-04-01, 2011-04-01)",
        assertThrows(IllegalArgumentException.class,
            () -> Period.of(LocalDate.of(2011, 4, 1), LocalDate.of(2011, 4, 1), AMSTERDAM)).getMessage());
  }
}
