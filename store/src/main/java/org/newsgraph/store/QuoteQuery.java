package org.newsgraph.store;

import java.time.LocalDate;

/**
 * A page of quotes, newest article first. Dates are the publication dates of the quoting articles.
 *
 * @param speakerId only quotes of this actor id, or null for all
 * @param textContains only quotes whose content contains this text, case-insensitively, or null
 * @param from only quotes from articles published on or after this date, or null
 * @param to only quotes from articles published on or before this date, or null
 * @param limit page size; clamped to [1, 1000]
 * @param offset rows to skip; negative counts as 0
 */
public record QuoteQuery(
    String speakerId, String textContains, LocalDate from, LocalDate to, int limit, int offset) {
  public static QuoteQuery all(int limit) {
    return new QuoteQuery(null, null, null, null, limit, 0);
  }
}
