package org.newsgraph.pipeline;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;
import org.newsgraph.model.TimeValue;

/** What the stages before event coding found in one article. */
public record Extraction(
    Article article, LinguisticAnnotation annotation, Actors actors, List<Place> places,
    List<TimeValue> times, List<Quote> quotes) {
  public Extraction {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(annotation, "annotation");
    Objects.requireNonNull(actors, "actors");
    places = List.copyOf(places);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
  }
}
