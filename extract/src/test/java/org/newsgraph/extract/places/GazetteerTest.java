package org.newsgraph.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
  }

  @Test
  void key_foldsCaseDiacriticsPeriodsAndLeadingThe() {
    assertEquals("us", Gazetteer.key("the U.S."));
    assertEquals("us", Gazetteer.key("US"));
    assertEquals("jalalabad", Gazetteer.key("Jalālābād"));
    assertEquals("gilgit baltistan", Gazetteer.key("Gilgit-Baltistan"));
  }

  @Test
  void load_holdsCountriesDivisionsAndCities() {
    assertTrue(gazetteer.size() > 190_000, "size " + gazetteer.size());
    assertEquals(1149361L, gazetteer.country("AF").geonameId());
    assertEquals(1132366L, gazetteer.admin1("AF.18").geonameId());
    assertTrue(gazetteer.lookup("Jalalabad").stream().anyMatch(e -> e.place().geonameId() == 1139715L));
  }

  @Test
  void demonym_namesItsCountryAndIsNoPlaceName() {
    assertEquals("AF", gazetteer.demonym("Afghan").country());
    assertEquals("IR", gazetteer.demonym("Iranian").country());
    assertNull(gazetteer.demonym("Kabul"));
  }

  @Test
  void admin1Point_liesInsideTheDivision() {
    GeoPlace texas = gazetteer.admin1("US.TX");
    assertTrue(texas.lat() > 28 && texas.lat() < 34 && texas.lon() > -103 && texas.lon() < -96, texas.toString());
    GeoPlace fiji = gazetteer.country("FJ");
    assertTrue(Math.abs(fiji.lon()) > 170, fiji.toString());
  }
}
