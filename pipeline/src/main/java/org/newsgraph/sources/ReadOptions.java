package org.newsgraph.sources;

import java.time.LocalDate;

/**
 * What the user said about the inputs; each value only fills a gap the article leaves.
 *
 * @param published publication date ({@code --published}) for articles that carry none of their own, or null
 * @param outlet outlet name ({@code --outlet}) for articles that name none of their own, or null
 * @param title headline ({@code --title}) for a single plain-text or HTML file given alone, used when neither its
 *     metadata nor its markup has a title; it wins over the first-line guess of a plain-text file. Ignored for
 *     folders, several inputs and multi-article files (JSONL, WARC, feeds).
 * @param maxChars the longest article text accepted, in characters ({@code --max-chars}); longer texts are
 *     reported as {@link SourceItem.Failed}, not read
 */
public record ReadOptions(LocalDate published, String outlet, String title, int maxChars) {

  /** The default {@code --max-chars}: one million characters, about 150,000 words. */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  public ReadOptions {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
    }
  }

  /** No user metadata and the default character limit. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, null, null, DEFAULT_MAX_CHARS);
  }

  public ReadOptions withMaxChars(int limit) {
    return new ReadOptions(published, outlet, title, limit);
  }
}
