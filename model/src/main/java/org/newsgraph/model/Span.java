package org.newsgraph.model;

import java.util.Objects;

/**
 * A half-open character range {@code [start, end)} of an article's text, with the text it covers.
 * Offsets are Java {@code String} indices (UTF-16 code units) into the text exactly as read, so that
 * {@code articleText.substring(start, end).equals(text)}.
 */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") has text of length " + text.length() + ": " + text);
    }
  }

  /** The span of {@code text.substring(start, end)}. */
  public static Span of(String text, int start, int end) {
    return new Span(start, end, text.substring(start, end));
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
