package org.newsgraph.pipeline;

import java.util.List;
import java.util.Map;
import org.newsgraph.model.Article;

/**
 * Groups articles that report the same real-world event into stories, so that one event is counted once however
 * many outlets report it.
 *
 * <p>Thread-safe; does not modify its arguments; never returns null.
 */
public interface StoryClusterer {
  /** Maps the id of every given article to the id of its story; articles alone in their story get their own. */
  Map<String, String> cluster(List<Article> articles);
}
