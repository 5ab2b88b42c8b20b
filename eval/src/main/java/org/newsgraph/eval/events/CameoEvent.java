package org.newsgraph.eval.events;

/**
 * A CAMEO-coded event of one sentence: PETRARCH actor codes of source and target and the CAMEO code.
 *
 * @param source PETRARCH code of the source actor ({@code ARNGOV}), or null when newsgraph has none
 * @param target PETRARCH code of the target actor, or null
 * @param cameo CAMEO code with leading zeros ({@code 064})
 */
public record CameoEvent(String source, String target, String cameo) {
  /** The same event with the CAMEO root code (its first two digits). */
  public CameoEvent root() {
    return new CameoEvent(source, target, cameo == null || cameo.length() < 2 ? cameo : cameo.substring(0, 2));
  }

  @Override
  public String toString() {
    return source + " " + target + " " + cameo;
  }
}
