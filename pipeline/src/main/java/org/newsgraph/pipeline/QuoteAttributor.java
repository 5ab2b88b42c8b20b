package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Quote;
import org.newsgraph.model.TimeValue;

/**
 * Finds direct and reported speech and attributes it to a speaker among the article's actors.
 *
 * <p>Thread-safe; does not modify its arguments; never returns null.
 */
public interface QuoteAttributor {
  List<Quote> attribute(Article article, LinguisticAnnotation annotation, Actors actors);

  /**
   * The quotes with the date of each statement where the text gives one ("said on Monday", "in a tweet Monday"),
   * chosen among the time stage's values. By default the quotes are left undated.
   *
   * @param times the article's normalised time expressions
   */
  default List<Quote> attribute(
      Article article, LinguisticAnnotation annotation, Actors actors, List<TimeValue> times) {
    return attribute(article, annotation, actors);
  }
}
