package org.newsgraph.model;

import java.util.ArrayList;
import java.util.List;

/** The actors of one article and the mentions that refer to them. */
public record Actors(List<Actor> actors, List<Mention> mentions) {
  public Actors {
    actors = List.copyOf(actors);
    mentions = List.copyOf(mentions);
  }

  public static Actors none() {
    return new Actors(List.of(), List.of());
  }

  public List<Mention> mentionsOf(String actorId) {
    List<Mention> result = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.actorId().equals(actorId)) {
        result.add(m);
      }
    }
    return result;
  }

  /** The actor with this id, or null. */
  public Actor byId(String actorId) {
    for (Actor a : actors) {
      if (a.id().equals(actorId)) {
        return a;
      }
    }
    return null;
  }

  /** The mention that covers the span's characters most tightly, or null. */
  public Mention mentionCovering(int start, int end) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.span().start() <= start && end <= m.span().end()
          && (best == null || m.span().length() < best.span().length())) {
        best = m;
      }
    }
    return best;
  }
}
