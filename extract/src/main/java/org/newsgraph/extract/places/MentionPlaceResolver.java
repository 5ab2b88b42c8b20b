package org.newsgraph.extract.places;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Place;
import org.newsgraph.pipeline.PlaceResolver;

/**
 * First version of the place stage: every LOCATION entity that is not part of an actor's mention, unresolved. The
 * gazetteer and the resolver come with the places issue.
 *
 * <p>Cost: linear in the number of mentions. Stateless and thread-safe.
 */
public final class MentionPlaceResolver implements PlaceResolver {
  @Override
  public List<Place> resolve(Article article, LinguisticAnnotation annotation, Actors actors) {
    List<Place> places = new ArrayList<>();
    for (EntityMention e : annotation.entities()) {
      if (e.type() == EntityType.LOCATION
          && actors.mentions().stream().noneMatch(m -> m.span().overlaps(e.span()))) {
        places.add(Place.unresolved(e.span()));
      }
    }
    return places;
  }
}
