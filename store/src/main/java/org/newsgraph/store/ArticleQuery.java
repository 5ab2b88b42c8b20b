package org.newsgraph.store;

import java.time.LocalDate;

/**
 * A page of articles, newest first.
 *
 * @param outlet only this outlet (exact match), or null for all
 * @param from only articles published on or after this date, or null
 * @param to only articles published on or before this date, or null
 * @param limit page size; clamped to [1, 1000]
 * @param offset rows to skip; negative counts as 0
 */
public record ArticleQuery(String outlet, LocalDate from, LocalDate to, int limit, int offset) {
  /** The first {@code limit} articles of every outlet and date. */
  public static ArticleQuery all(int limit) {
    return new ArticleQuery(null, null, null, limit, 0);
  }
}
