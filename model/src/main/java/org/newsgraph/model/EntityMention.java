package org.newsgraph.model;

import java.util.Objects;

/**
 * A named or numeric entity found by the linguistic annotator.
 *
 * @param span where it is
 * @param type its kind
 * @param sentence index of the sentence that holds it
 * @param normalized a normalised value where the annotator gives one (a TIMEX3 value for dates), else null
 */
public record EntityMention(Span span, EntityType type, int sentence, String normalized) {
  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }
}
