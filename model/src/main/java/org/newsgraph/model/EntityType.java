package org.newsgraph.model;

/** Kinds of named and numeric entities found by the linguistic annotator. */
public enum EntityType {
  PERSON, ORGANIZATION, LOCATION, MISC, DATE, TIME, DURATION, SET, NUMBER, OTHER;

  /** The CoNLL-2003 type this kind is scored as, or null when CoNLL has no such type. */
  public String conllType() {
    return switch (this) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC -> "MISC";
      default -> null;
    };
  }
}
