package org.newsgraph.eval.events;

import java.util.List;

/**
 * What newsgraph coded in one sentence.
 *
 * @param events CAMEO triples: one per source and target actor of each event that has a CAMEO code (a missing
 *     side gives a null code)
 * @param plover the PLOVER type of each event
 * @param actors every actor found in the sentence
 */
public record SentencePrediction(List<CameoEvent> events, List<String> plover, List<ActorCode> actors) {
  public SentencePrediction {
    events = List.copyOf(events);
    plover = List.copyOf(plover);
    actors = List.copyOf(actors);
  }

  public static SentencePrediction none() {
    return new SentencePrediction(List.of(), List.of(), List.of());
  }
}
