package org.newsgraph.model;

import java.util.Objects;

/**
 * A temporal expression normalised to a TIMEX3 value.
 *
 * @param span the expression in the text
 * @param value TIMEX3 value ({@code 2022-01-10}, {@code 2022-W01-WE}, {@code P3D}, {@code PAST_REF}), or null when it
 *     could not be normalised
 * @param type TIMEX3 type
 * @param anchor the date the value was resolved against ({@code 2022-01-11}, usually the publication date), or null
 * @param granularity the precision of the value: {@code day}, {@code week}, {@code month}, {@code year}, ... or null
 */
public record TimeValue(Span span, String value, TimeType type, String anchor, String granularity) {
  public TimeValue {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }
}
