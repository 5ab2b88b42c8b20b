package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;

class NerLabelsTest {
  @Test
  void of_mapsEveryCoreNlpLabel() {
    assertEquals(EntityType.PERSON, NerLabels.of("PERSON"));
    assertEquals(EntityType.ORGANIZATION, NerLabels.of("ORGANIZATION"));
    assertEquals(EntityType.LOCATION, NerLabels.of("LOCATION"));
    assertEquals(EntityType.MISC, NerLabels.of("MISC"));
    assertEquals(EntityType.DATE, NerLabels.of("DATE"));
    assertEquals(EntityType.TIME, NerLabels.of("TIME"));
    assertEquals(EntityType.DURATION, NerLabels.of("DURATION"));
    assertEquals(EntityType.SET, NerLabels.of("SET"));
    assertEquals(EntityType.NUMBER, NerLabels.of("MONEY"));
    assertEquals(EntityType.OTHER, NerLabels.of("O"));
    assertEquals(EntityType.OTHER, NerLabels.of(null));
  }
}
