package org.newsgraph.pipeline;

import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;

/**
 * Finds the actors of an article and groups the mentions that refer to each.
 *
 * <p>Thread-safe; does not modify its arguments; never returns null.
 */
public interface ActorResolver {
  Actors resolve(Article article, LinguisticAnnotation annotation);
}
