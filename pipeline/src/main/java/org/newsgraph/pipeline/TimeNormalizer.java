package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.TimeValue;

/**
 * Finds temporal expressions and normalises them against the article's publication date.
 *
 * <p>Thread-safe; does not modify its arguments; never returns null.
 */
public interface TimeNormalizer {
  List<TimeValue> normalize(Article article, LinguisticAnnotation annotation);
}
