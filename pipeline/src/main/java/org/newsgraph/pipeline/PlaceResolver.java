package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Place;

/**
 * Finds toponyms and resolves them to places, using the article's context.
 *
 * <p>Thread-safe; does not modify its arguments; never returns null. Mentions that the actors stage took for
 * organisations ({@code Washington Post}) are not places.
 */
public interface PlaceResolver {
  List<Place> resolve(Article article, LinguisticAnnotation annotation, Actors actors);
}
