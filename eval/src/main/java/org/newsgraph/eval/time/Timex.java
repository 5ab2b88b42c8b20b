package org.newsgraph.eval.time;

import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * A temporal expression, gold or predicted.
 *
 * @param span its extent in the document's text
 * @param type TIMEX3 type ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}), or null
 * @param value TIMEX3 value ({@code 1998-01-08}, {@code P1W}), or null when not normalised
 */
public record Timex(Span span, String type, String value) {
  public Timex {
    Objects.requireNonNull(span, "span");
  }
}
