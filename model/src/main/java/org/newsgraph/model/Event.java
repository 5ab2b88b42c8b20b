package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Who did what to whom, where and when.
 *
 * @param plover PLOVER event type ({@code CONSULT})
 * @param mode PLOVER mode, or null
 * @param cameo CAMEO code with leading zeros ({@code 042}), or null
 * @param source ids of source actors
 * @param target ids of target actors
 * @param place GeoNames id of where it happened, or null
 * @param date TIMEX3 date or range, or null
 * @param negated the text says it did not happen
 * @param hypothetical future, conditional or hypothetical
 * @param attributedTo id of the actor the claim is attributed to, or null
 * @param confidence in [0, 1]
 * @param evidence the text that states it
 */
public record Event(
    String plover, String mode, String cameo, List<String> source, List<String> target, Long place,
    String date, boolean negated, boolean hypothetical, String attributedTo, double confidence,
    Span evidence) {
  public Event {
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(evidence, "evidence");
    source = List.copyOf(source);
    target = List.copyOf(target);
  }
}
