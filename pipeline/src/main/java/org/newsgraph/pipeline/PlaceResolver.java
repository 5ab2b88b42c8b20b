package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Place;
import org.newsgraph.model.Span;

/**
 * Finds toponyms and resolves them to places, using the article's context.
 *
 * <p>Thread-safe; does not modify its arguments; never returns null. Mentions that the actors stage took for
 * organisations ({@code Washington Post}) are not places.
 */
public interface PlaceResolver {
  List<Place> resolve(Article article, LinguisticAnnotation annotation, Actors actors);

  /**
   * Resolves toponyms whose spans are given (by a user, or by gold data in an evaluation), in the article's context:
   * one place per span, in the same order, unresolved where the resolver does not know the name. This is how most
   * geocoders are compared.
   *
   * <p>The default resolves the article as {@link #resolve} does, without actors, and takes the place found at exactly
   * each span; other spans are unresolved.
   */
  default List<Place> resolveSpans(Article article, LinguisticAnnotation annotation, List<Span> toponyms) {
    List<Place> found = resolve(article, annotation, Actors.none());
    List<Place> places = new ArrayList<>(toponyms.size());
    for (Span span : toponyms) {
      Place match = Place.unresolved(span);
      for (Place p : found) {
        if (p.span().equals(span)) {
          match = p;
          break;
        }
      }
      places.add(match);
    }
    return places;
  }
}
