package org.newsgraph.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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
    assertEquals("afrin", Gazetteer.key("\u2018Afr\u012Bn"));
    assertEquals(Gazetteer.key("Cote d'Ivoire"), Gazetteer.key("Côte d\u2019Ivoire"));
  }

  @Test
  void load_holdsCountriesDivisionsAndCities() {
    assertTrue(gazetteer.size() > 190_000, "size " + gazetteer.size());
    assertEquals(1149361L, gazetteer.country("AF").geonameId());
    assertEquals(1132366L, gazetteer.admin1("AF.18").geonameId());
    assertTrue(gazetteer.lookup("Jalalabad").stream().anyMatch(e -> e.place().geonameId() == 1139715L));
  }

  @Test
  void lookup_aCitysOtherNameThatABigPartOfItBears_isThatPartOnly() {
    // "Victoria" is one of Hong Kong's other names and the main name of its central district
    List<Gazetteer.Entry> hongKong = gazetteer.lookup("Victoria").stream()
        .filter(e -> "HK".equals(e.place().country())).toList();
    assertEquals(1, hongKong.size(), hongKong.toString());
    assertEquals("Victoria", hongKong.get(0).place().name());
    assertFalse(hongKong.get(0).alternate());
  }

  @Test
  void lookup_anEnglishCeremonialCountyTheAdmin2TableLacks_isAnEnglishDivision() {
    for (String name : List.of("Yorkshire", "Northamptonshire", "Cheshire", "Berkshire")) {
      assertTrue(gazetteer.lookup(name).stream().anyMatch(e -> !e.alternate() && "GB".equals(e.place().country())
          && "A.ADM2".equals(e.place().code())), name);
    }
  }

  @Test
  void lookup_aTribalAgencyWithoutItsDivisionWord_isThatAgencyByAnAlternateName() {
    // news writes "Khyber" for Pakistan's Khyber Agency, as it writes "Kabul" for Kabul Province
    assertTrue(gazetteer.lookup("Khyber").stream().anyMatch(e -> e.alternate() && "PK".equals(e.place().country())
        && "A.ADM2".equals(e.place().code())), gazetteer.lookup("Khyber").toString());
  }

  @Test
  void lookup_aNorwegianCountyTheAdmin1TableLacks_isANorwegianDivision_andASubcontinentIsARegion() {
    for (String name : List.of("Hedmark", "Vest-Agder", "Østfold", "Viken", "Innlandet")) {
      assertTrue(gazetteer.lookup(name).stream().anyMatch(e -> !e.alternate() && "NO".equals(e.place().country())
          && e.place().kind() == GeoPlace.Kind.ADMIN1), name);
    }
    for (String name : List.of("Northern Europe", "South Asia", "Appalachians", "Eastern Ghouta")) {
      assertTrue(gazetteer.lookup(name).stream().anyMatch(e -> e.place().kind() == GeoPlace.Kind.REGION), name);
    }
  }

  @Test
  void lookup_aCountrysAbbreviation_isTheCountryOnlyInCapitals() {
    assertTrue(gazetteer.lookup("CAR").stream().anyMatch(e -> "CF".equals(e.place().country())
        && e.place().kind() == GeoPlace.Kind.COUNTRY));
    assertTrue(gazetteer.lookup("Car").stream().noneMatch(e -> e.place().kind() == GeoPlace.Kind.COUNTRY));
    assertTrue(gazetteer.lookup("the US").stream().anyMatch(e -> "US".equals(e.place().country())
        && e.place().kind() == GeoPlace.Kind.COUNTRY));
    assertTrue(gazetteer.lookup("Us").stream().noneMatch(e -> e.place().kind() == GeoPlace.Kind.COUNTRY));
    // short names that are no one's initials stay names: Gaza, Iran, Chad
    for (String name : List.of("Gaza", "Iran", "Chad")) {
      assertTrue(gazetteer.lookup(name).stream().anyMatch(e -> e.place().kind() == GeoPlace.Kind.COUNTRY
          || e.place().kind() == GeoPlace.Kind.REGION), name);
    }
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

  @Test
  void admin1Point_isTheMiddleOfTheDivisionsArea_notOfItsPeople() {
    // most of British Columbia's towns lie in its south; GeoNames puts the province at 54 N, 125 W
    GeoPlace bc = gazetteer.admin1("CA.02");
    assertTrue(bc.lat() > 53 && bc.lon() < -123, bc.toString());
    // inland New South Wales is thinly settled; GeoNames puts the state at 32.2 S, 147 E, the coast is at 151 E
    GeoPlace nsw = gazetteer.admin1("AU.02");
    assertTrue(nsw.lon() > 145 && nsw.lon() < 148.3, nsw.toString());
    // a country still leaves its outlying islands out (Rodrigues lies 560 km east of Mauritius, at 63.4 E)
    GeoPlace mauritius = gazetteer.country("MU");
    assertTrue(mauritius.lon() > 57 && mauritius.lon() < 59, mauritius.toString());
  }

  @Test
  void load_readsTheBinaryThatTheBuildCompiled() {
    assertNotNull(Gazetteer.class.getResource(Gazetteer.BINARY), "the build did not write " + Gazetteer.BINARY);
  }

  @Test
  void binary_readsBackTheSameGazetteer() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    gazetteer.write(out);
    Gazetteer back = Gazetteer.read(out.toByteArray());
    assertEquals(gazetteer.size(), back.size());
    for (String name : new String[] {"Kabul", "Washington", "Georgia", "Herat", "Panjshir Valley", "U.S.", "Jalālābād",
        "Springfield", "Nangarhar Province", "NSW", "São Paulo", "nowhere at all", ""}) {
      assertEquals(gazetteer.lookup(name), back.lookup(name), name);
    }
    assertEquals(gazetteer.admin1("AF.42"), back.admin1("AF.42"));
    assertEquals(gazetteer.demonym("Iranian"), back.demonym("Iranian"));
  }

  @Test
  void read_corruptOrForeignBytes_failsWithAClearMessage() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    gazetteer.write(out);
    byte[] bytes = out.toByteArray();
    IllegalStateException cut = assertThrows(IllegalStateException.class,
        () -> Gazetteer.read(Arrays.copyOf(bytes, bytes.length / 2)));
    assertTrue(cut.getMessage().contains("corrupt gazetteer"), cut.getMessage());
    IllegalStateException foreign = assertThrows(IllegalStateException.class,
        () -> Gazetteer.read("not a gazetteer at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertTrue(foreign.getMessage().contains("not a newsgraph gazetteer"), foreign.getMessage());
  }

  @Test
  void lookup_findsEveryNameOfAPlace_throughTheSortedKeys() {
    assertTrue(gazetteer.lookup("Djelalabad").stream().anyMatch(e -> e.place().geonameId() == 1139715L
        && e.alternate()));
    assertTrue(gazetteer.lookup("JALALABAD").stream().anyMatch(e -> !e.alternate()));
    assertTrue(gazetteer.lookup("zzzzzz").isEmpty());
    assertTrue(gazetteer.lookup("aaaaaa").isEmpty());
  }

  @Test
  void load_countsEachTownsOtherNames_andTheBinaryKeepsThem() throws IOException {
    GeoPlace italy = city("Venice", 3164603L);
    GeoPlace florida = city("Venice", 4176380L);
    assertTrue(italy.names() > 30 && florida.names() < 15, italy + " / " + florida);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    gazetteer.write(out);
    GeoPlace back = Gazetteer.read(out.toByteArray()).lookup("Venice").stream().map(Gazetteer.Entry::place)
        .filter(p -> p.geonameId() == 3164603L).findFirst().orElseThrow();
    assertEquals(italy.names(), back.names());
  }

  @Test
  void nameCount_leavesOutTheMainNameRepeatsAndBlanks() {
    assertEquals(0, Gazetteer.nameCount("Herat", ""));
    assertEquals(2, Gazetteer.nameCount("Herat", "Herat|Hérat| |Harat|Hérat"));
  }

  private static GeoPlace city(String name, long id) {
    return gazetteer.lookup(name).stream().map(Gazetteer.Entry::place).filter(p -> p.geonameId() == id)
        .findFirst().orElseThrow(() -> new AssertionError("no " + name + " " + id));
  }
}
