package org.newsgraph.extract.places;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Floors on the invented local news of {@link LocalNewsStress} (200 US, 100 British and 100 Australian towns, seed 7),
 * a little under the figures the resolver reaches, so that a rule that loses local towns, or world cities to their
 * small namesakes, fails here. Raise a floor when a change lifts its kind.
 */
class LocalNewsStressTest {
  /** Least share of each kind's stories resolved to the intended place (the bare control has none). */
  private static final Map<LocalNewsStress.Kind, Double> FLOORS = Map.of(
      LocalNewsStress.Kind.QUALIFIED, 0.98,
      LocalNewsStress.Kind.STATE, 0.96,
      LocalNewsStress.Kind.COUNTY, 0.90,
      LocalNewsStress.Kind.NEIGHBOUR, 0.92,
      LocalNewsStress.Kind.DATELINE, 0.98,
      LocalNewsStress.Kind.REVERSE, 0.95,
      LocalNewsStress.Kind.REVERSE_LOCAL, 0.81);

  @Test
  void localNews_resolvesEachKindAboveItsFloor() {
    Gazetteer gazetteer = Gazetteer.load();
    LocalNewsStress stress = new LocalNewsStress(gazetteer);
    Map<LocalNewsStress.Kind, LocalNewsStress.Tally> table =
        LocalNewsStress.run(new GazetteerPlaceResolver(gazetteer), stress.stories(200, 100, 100, 7), false);
    StringBuilder below = new StringBuilder();
    for (Map.Entry<LocalNewsStress.Kind, Double> floor : FLOORS.entrySet()) {
      LocalNewsStress.Tally t = table.get(floor.getKey());
      double share = t.share(t.intended);
      if (t.stories == 0 || share < floor.getValue()) {
        below.append(floor.getKey()).append(' ').append(share).append(" < ").append(floor.getValue()).append("; ");
      }
    }
    assertTrue(below.length() == 0, below.toString());
  }
}
