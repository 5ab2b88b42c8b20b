package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/** Everything the pipeline found in one article. */
public record Annotation(
    Article article,
    Actors actors,
    List<Place> places,
    List<TimeValue> times,
    List<Quote> quotes,
    List<Event> events,
    List<Problem> problems,
    int tokens) {
  public Annotation {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(actors, "actors");
    places = List.copyOf(places);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    problems = List.copyOf(problems);
  }
}
