package org.newsgraph.eval.geo;

import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * A toponym of a geo JSONL record: gold, or predicted.
 *
 * @param span where it is in the article text
 * @param lat latitude in degrees, or null when unresolved (predictions only; gold toponyms have coordinates)
 * @param lon longitude in degrees, or null when unresolved
 * @param geonameId GeoNames id, or null
 * @param kind the corpus's type label for gold, the GeoNames feature class and code for predictions, or null
 */
public record Toponym(Span span, Double lat, Double lon, Long geonameId, String kind) {
  public Toponym {
    Objects.requireNonNull(span, "span");
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("latitude and longitude must both be given or both be null: " + span);
    }
  }

  public boolean resolved() {
    return lat != null;
  }

  /** Kilometres to another resolved toponym. */
  public double km(Toponym other) {
    return GreatCircle.km(lat, lon, other.lat, other.lon);
  }
}
