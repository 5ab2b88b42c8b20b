package org.newsgraph.model;

import java.util.Objects;

/**
 * Something that went wrong with one input or one stage, recorded instead of stopping the batch.
 *
 * @param source the file (and line, {@code path:12}) or URL, or null
 * @param articleId the article concerned, or null when no article could be read
 * @param stage where it happened: {@code read}, {@code annotate}, {@code actors}, ...
 * @param message what was wrong, in one line
 */
public record Problem(String source, String articleId, String stage, String message) {
  public Problem {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(message, "message");
  }

  /** One line for a terminal: {@code path:12: read: malformed JSON ...}. */
  public String describe() {
    return (source == null ? "" : source + ": ") + stage + ": " + message;
  }
}
