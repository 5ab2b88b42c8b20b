package org.newsgraph.model;

import java.util.Objects;

/** A mention of an actor in an article's text. */
public record Mention(String actorId, Span span) {
  public Mention {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(span, "span");
  }
}
