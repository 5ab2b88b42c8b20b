package org.newsgraph.extract.places;

import java.util.Objects;

/**
 * One place of the {@link Gazetteer}.
 *
 * @param geonameId GeoNames id, or 0 for a curated feature that GeoNames' city and admin tables lack
 * @param name its name as GeoNames writes it ({@code Jalālābād})
 * @param code GeoNames feature class and code ({@code P.PPLA}, {@code A.PCLI}, {@code A.ADM1}, {@code A.ADM2}, {@code L.CONT})
 * @param kind what it is, for resolution
 * @param country ISO 3166 alpha-2 code, or null for continents and oceans
 * @param admin1 GeoNames first-level division code ({@code AF.18}), or null
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param population people living there (0 when unknown)
 * @param names how many distinct Latin-script names GeoNames lists for it besides its main name (0 when unknown): how
 *     widely it is written about, a prominence the population alone does not show (Venice, Italy has 47; Venice,
 *     Florida, a town half its size, 6)
 * @param admin2 GeoNames second-level division code ({@code US.NE.177}) of a town or county, or null: a town in a
 *     county the article names is likelier than its namesakes elsewhere
 */
public record GeoPlace(
    long geonameId, String name, String code, Kind kind, String country, String admin1, double lat, double lon,
    long population, int names, String admin2) {
  /** The kinds of place the resolver tells apart. */
  public enum Kind { COUNTRY, ADMIN1, CITY, REGION, ADMIN2 }

  public GeoPlace {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    if (names < 0) {
      throw new IllegalArgumentException("negative name count for " + name);
    }
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("bad coordinates for " + name + ": " + lat + "," + lon);
    }
  }

  /** A place in no second-level division. */
  public GeoPlace(
      long geonameId, String name, String code, Kind kind, String country, String admin1, double lat, double lon,
      long population, int names) {
    this(geonameId, name, code, kind, country, admin1, lat, lon, population, names, null);
  }

  /** A place whose number of names is unknown, in no second-level division. */
  public GeoPlace(
      long geonameId, String name, String code, Kind kind, String country, String admin1, double lat, double lon,
      long population) {
    this(geonameId, name, code, kind, country, admin1, lat, lon, population, 0);
  }
}
