package org.newsgraph.store;

import java.util.Objects;

/**
 * One article found by full-text search.
 *
 * @param articleId the article's id
 * @param title its headline, or null
 * @param score Lucene relevance score; only comparable within one search
 * @param snippet a window of the article text around the first matching term (its start when no term of the text
 *     matched), never null
 */
public record SearchHit(String articleId, String title, float score, String snippet) {
  public SearchHit {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(snippet, "snippet");
  }
}
