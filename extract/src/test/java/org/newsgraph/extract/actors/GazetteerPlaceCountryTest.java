package org.newsgraph.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.places.Gazetteer;

class GazetteerPlaceCountryTest {
  private static final PlaceCountry PLACES = new GazetteerPlaceCountry(Gazetteer.load());

  @Test
  void countryOf_aProvinceOrAClearTown_isItsCountryInIso3() {
    assertEquals("PAK", PLACES.countryOf("Sindh"));
    assertEquals("AFG", PLACES.countryOf("Panjshir"));
    assertEquals("PAK", PLACES.countryOf("Peshawar"));
  }

  @Test
  void countryOf_countriesUnknownNamesAndNothing_areNull() {
    assertNull(PLACES.countryOf("France"), "countries are the dictionaries' business");
    assertNull(PLACES.countryOf("Qwxzyville"));
    assertNull(PLACES.countryOf(""));
    assertNull(PLACES.countryOf(null));
  }
}
