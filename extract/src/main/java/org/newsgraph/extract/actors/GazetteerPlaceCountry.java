package org.newsgraph.extract.actors;

import java.util.Objects;
import org.newsgraph.extract.countries.CountryTable;
import org.newsgraph.extract.places.Gazetteer;
import org.newsgraph.extract.places.GeoPlace;

/**
 * {@link PlaceCountry} from the places stage's gazetteer: a first- or second-level division or region of that name,
 * else a town of 50,000 people or more, as long as one country clearly holds it (the most populous candidate is at
 * least four times the next one of another country). Countries themselves are left to the actor dictionaries.
 */
public final class GazetteerPlaceCountry implements PlaceCountry {
  private static final long TOWN = 50_000;

  private final Gazetteer gazetteer;

  public GazetteerPlaceCountry(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  @Override
  public String countryOf(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    GeoPlace division = null;
    GeoPlace best = null;
    GeoPlace rival = null;
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      GeoPlace p = e.place();
      if (p.country() == null || p.kind() == GeoPlace.Kind.COUNTRY) {
        continue;
      }
      boolean area = p.kind() == GeoPlace.Kind.ADMIN1 || p.kind() == GeoPlace.Kind.ADMIN2
          || p.kind() == GeoPlace.Kind.REGION;
      if (area && !e.alternate()) {
        if (division != null && !division.country().equals(p.country())) {
          return null;
        }
        division = p;
      }
      if (p.kind() == GeoPlace.Kind.CITY && p.population() >= TOWN) {
        if (best == null || p.population() > best.population()) {
          if (best != null && !best.country().equals(p.country())) {
            rival = best;
          }
          best = p;
        } else if (!best.country().equals(p.country()) && (rival == null || p.population() > rival.population())) {
          rival = p;
        }
      }
    }
    if (division != null) {
      return CountryTable.iso3(division.country());
    }
    if (best == null || (rival != null && rival.population() * 4 > best.population())) {
      return null;
    }
    return CountryTable.iso3(best.country());
  }
}
