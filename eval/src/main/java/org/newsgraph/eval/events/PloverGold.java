package org.newsgraph.eval.events;

import java.util.List;

/** The PLOVER coding of a PLOVER GSR record: event type, mode, context, source and target actors. */
public record PloverGold(
    String event, String mode, String context, List<PloverActor> source, List<PloverActor> target) {
  public PloverGold {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }
}
