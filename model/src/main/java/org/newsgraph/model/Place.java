package org.newsgraph.model;

import java.util.Objects;

/**
 * A place mention, resolved to a GeoNames place where possible.
 *
 * @param span the toponym in the text
 * @param geonameId GeoNames id, or null while unresolved
 * @param name the place's GeoNames name, or null
 * @param featureClass GeoNames feature class and code ({@code P.PPLC}), or null
 * @param country ISO 3166 alpha-2 country code, or null
 * @param admin1 GeoNames first-level division code, or null
 * @param lat latitude in degrees, or null
 * @param lon longitude in degrees, or null
 * @param confidence confidence of the resolution in [0, 1]; 0 when unresolved
 */
public record Place(
    Span span, Long geonameId, String name, String featureClass, String country, String admin1,
    Double lat, Double lon, double confidence) {
  public Place {
    Objects.requireNonNull(span, "span");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
  }

  public static Place unresolved(Span span) {
    return new Place(span, null, null, null, null, null, null, null, 0);
  }
}
