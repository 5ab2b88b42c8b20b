package org.newsgraph.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConllevalTest {
  private static final Entity SIMMONS = new Entity(0, 0, 0, 2, "PER");
  private static final Entity LONDON = new Entity(0, 0, 5, 6, "LOC");

  @Test
  void metrics_duplicatePredictionCountsOnceAgainstOneGold() {
    Map<String, Object> m = Conlleval.metrics(List.of(SIMMONS), List.of(SIMMONS, SIMMONS));
    assertEquals(0.5, (double) m.get("precision"), 1e-12);
    assertEquals(1.0, (double) m.get("recall"), 1e-12);
  }

  @Test
  void metrics_wrongTypeOrBoundaryDoesNotMatch() {
    Map<String, Object> m = Conlleval.metrics(List.of(SIMMONS, LONDON),
        List.of(new Entity(0, 0, 0, 2, "ORG"), new Entity(0, 0, 1, 2, "PER"), LONDON));
    assertEquals(1.0 / 3, (double) m.get("precision"), 1e-12);
    assertEquals(0.5, (double) m.get("recall"), 1e-12);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Double>> perType = (Map<String, Map<String, Double>>) m.get("per_type");
    assertEquals(List.of("PER", "ORG", "LOC", "MISC"), List.copyOf(perType.keySet()));
    assertEquals(1.0, perType.get("LOC").get("f1"), 1e-12);
    assertEquals(0.0, perType.get("PER").get("precision"), 1e-12);
    assertEquals(0.0, perType.get("MISC").get("f1"), 1e-12);
  }

  @Test
  void metrics_emptyPredictionsAndEmptyGoldAreZero() {
    Map<String, Object> none = Conlleval.metrics(List.of(SIMMONS), List.of());
    assertEquals(0.0, none.get("precision"));
    assertEquals(0.0, none.get("f1"));
    Map<String, Object> noGold = Conlleval.metrics(List.of(), List.of(SIMMONS));
    assertEquals(0.0, noGold.get("recall"));
    assertEquals(0.0, noGold.get("f1"));
  }
}
