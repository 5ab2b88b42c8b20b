package org.newsgraph.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * An attribution relation of PolNeAR: each role is a list of spans (BRAT spans may be discontinuous).
 *
 * @param source who is quoted; empty when the text names no source
 * @param cue the speech verb or phrase
 * @param content what is attributed
 */
public record Attribution(List<Span> source, List<Span> cue, List<Span> content) {
  public Attribution {
    source = List.copyOf(source);
    cue = List.copyOf(cue);
    content = List.copyOf(content);
  }

  /** The first character of any of its spans, for document order; {@link Integer#MAX_VALUE} when it has none. */
  public int first() {
    int first = Integer.MAX_VALUE;
    for (List<Span> role : List.of(source, cue, content)) {
      for (Span s : role) {
        first = Math.min(first, s.start());
      }
    }
    return first;
  }

  /**
   * The range {@code [min start, max end)} covered by {@code spans}, as {@code {start, end}}, or null when empty.
   * Exact matching compares these ranges, so a discontinuous gold role matches a prediction that spans it whole.
   */
  public static int[] cover(List<Span> spans) {
    if (spans.isEmpty()) {
      return null;
    }
    int start = Integer.MAX_VALUE;
    int end = Integer.MIN_VALUE;
    for (Span s : spans) {
      start = Math.min(start, s.start());
      end = Math.max(end, s.end());
    }
    return new int[] {start, end};
  }

  /** Whether some character lies in a span of both lists. */
  public static boolean overlap(List<Span> a, List<Span> b) {
    for (Span x : a) {
      for (Span y : b) {
        if (x.overlaps(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The text of the spans, joined by " .. ". */
  public static String show(List<Span> spans) {
    List<String> parts = new ArrayList<>();
    for (Span s : spans) {
      parts.add(s.text());
    }
    return parts.isEmpty() ? "none" : "\"" + String.join(" .. ", parts) + "\"";
  }
}
