package org.newsgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {

  @Test
  void dateTimeWithOffset_keepsTheDateOfItsOwnZone() {
    assertEquals(LocalDate.of(2024, 3, 5), PublishedDates.parse("2024-03-05T23:30:00-05:00"));
    assertEquals(LocalDate.of(2024, 3, 6), PublishedDates.parse("2024-03-06T00:30:00+09:00"));
    assertEquals(LocalDate.of(2024, 3, 5), PublishedDates.parse("2024-03-05T23:30:00Z"));
    assertEquals(LocalDate.of(2024, 3, 5), PublishedDates.parse("2024-03-05T23:30:00+01:00[Europe/Paris]"));
  }

  @Test
  void bareDateAndNonIsoTimes_areRead() {
    assertEquals(LocalDate.of(2022, 1, 11), PublishedDates.parse("2022-01-11"));
    assertEquals(LocalDate.of(2022, 1, 11), PublishedDates.parse(" 2022-01-11 10:00 "));
    assertEquals(LocalDate.of(2022, 1, 11), PublishedDates.parse("2022-01-11T10:00:00+0100"));
  }

  @Test
  void nonDates_areNull() {
    assertNull(PublishedDates.parse(null));
    assertNull(PublishedDates.parse(" "));
    assertNull(PublishedDates.parse("yesterday"));
    assertNull(PublishedDates.parse("2022-13-45"));
    assertNull(PublishedDates.parse("20220111"));
  }
}
