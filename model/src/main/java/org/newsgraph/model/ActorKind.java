package org.newsgraph.model;

/** What an actor is. */
public enum ActorKind {
  PERSON, ORGANIZATION, GOVERNMENT, ARMED_GROUP, MEDIA, COUNTRY, COLLECTIVE, UNKNOWN;

  /** The lower-case name used in JSON and the store ({@code armed group}). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  public static ActorKind fromLabel(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
  }
}
