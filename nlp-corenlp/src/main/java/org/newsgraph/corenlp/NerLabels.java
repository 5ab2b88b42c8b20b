package org.newsgraph.corenlp;

import org.newsgraph.model.EntityType;

/** CoreNLP's NER labels mapped to the model's entity kinds, in one place. */
final class NerLabels {
  private NerLabels() {}

  static EntityType of(String label) {
    if (label == null) {
      return EntityType.OTHER;
    }
    return switch (label) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      case "DATE" -> EntityType.DATE;
      case "TIME" -> EntityType.TIME;
      case "DURATION" -> EntityType.DURATION;
      case "SET" -> EntityType.SET;
      case "NUMBER", "ORDINAL", "MONEY", "PERCENT" -> EntityType.NUMBER;
      default -> EntityType.OTHER;
    };
  }
}
