package org.newsgraph.extract.places;

import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * A toponym found in a text, before resolution.
 *
 * @param span the toponym, with a division word it carries ({@code Nangarhar province})
 * @param name the name to look up ({@code Nangarhar})
 * @param hint the kind of place the words around it ask for, or null ({@code the province of Panjshir} → ADMIN1)
 * @param fromNer whether the named-entity recogniser also took it for a location
 */
record Candidate(Span span, String name, GeoPlace.Kind hint, boolean fromNer) {
  Candidate {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
  }
}
