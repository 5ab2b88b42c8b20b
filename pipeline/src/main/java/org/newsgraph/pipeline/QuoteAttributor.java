package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Quote;

/**
 * Finds direct and reported speech and attributes it to a speaker among the article's actors.
 *
 * <p>Thread-safe; does not modify its arguments; never returns null.
 */
public interface QuoteAttributor {
  List<Quote> attribute(Article article, LinguisticAnnotation annotation, Actors actors);
}
