package org.newsgraph.store;

import java.time.LocalDate;

/**
 * A page of quotes, newest first. A quote's date is the day its text gives for the statement ("said on Monday",
 * resolved by the time stage), else the publication date of the quoting article.
 *
 * @param speakerId only quotes of this actor id, or null for all
 * @param textContains only quotes whose content contains this text, case-insensitively, or null
 * @param from only quotes dated on or after this date, or null
 * @param to only quotes dated on or before this date, or null
 * @param limit page size; clamped to [1, 1000]
 * @param offset rows to skip; negative counts as 0
 */
public record QuoteQuery(
    String speakerId, String textContains, LocalDate from, LocalDate to, int limit, int offset) {
  public static QuoteQuery all(int limit) {
    return new QuoteQuery(null, null, null, null, limit, 0);
  }
}
