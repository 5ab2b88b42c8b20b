package org.newsgraph.store;

import java.time.LocalDate;

/**
 * A page of events, newest article first. Dates are the publication dates of the reporting articles, because an
 * event's own TIMEX3 date may be a range, a week or missing.
 *
 * @param actorId only events with this actor as source or target, or null for all
 * @param plover only this PLOVER type (case-insensitive), or null
 * @param from only events from articles published on or after this date, or null
 * @param to only events from articles published on or before this date, or null
 * @param limit page size; clamped to [1, 1000]
 * @param offset rows to skip; negative counts as 0
 */
public record EventQuery(String actorId, String plover, LocalDate from, LocalDate to, int limit, int offset) {
  public static EventQuery all(int limit) {
    return new EventQuery(null, null, null, null, limit, 0);
  }
}
