package org.newsgraph.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.extract.places.Gazetteer;
import org.newsgraph.extract.places.GeoPlace;

/**
 * {@link PlaceCountry} from the places stage's gazetteer: a first- or second-level division or region of that name,
 * else a town of 50,000 people or more, as long as one country clearly holds it (the most populous candidate is at
 * least four times the next one of another country). Countries themselves are left to the actor dictionaries.
 */
public final class GazetteerPlaceCountry implements PlaceCountry {
  private static final String COUNTRY_INFO = "/org/newsgraph/extract/places/countryInfo.txt";
  private static final long TOWN = 50_000;
  private static final Map<String, String> ISO3 = iso3();

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
      return ISO3.get(division.country());
    }
    if (best == null || (rival != null && rival.population() * 4 > best.population())) {
      return null;
    }
    return ISO3.get(best.country());
  }

  private static Map<String, String> iso3() {
    Map<String, String> codes = new HashMap<>();
    try (InputStream in = GazetteerPlaceCountry.class.getResourceAsStream(COUNTRY_INFO)) {
      if (in == null) {
        throw new IllegalStateException("resource " + COUNTRY_INFO + " is missing from the build");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (!line.startsWith("#") && f.length > 1 && f[0].length() == 2 && f[1].length() == 3) {
          codes.put(f[0], f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + COUNTRY_INFO, e);
    }
    return Map.copyOf(codes);
  }
}
