package org.newsgraph.extract.actors;

/**
 * The country of a place name the actor dictionaries do not list (a province, a district, a town):
 * {@code Sindh} → {@code PAK}, so that {@code the government of Sindh province} is Pakistan's.
 */
@FunctionalInterface
public interface PlaceCountry {
  /** Knows no place. */
  PlaceCountry NONE = name -> null;

  /** The ISO 3166 alpha-3 code of the one country the name's place lies in, or null when unknown or unclear. */
  String countryOf(String name);
}
