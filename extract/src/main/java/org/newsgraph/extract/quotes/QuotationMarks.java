package org.newsgraph.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Finds text between quotation marks: “…”, "…", «…», ‘…’, and the mismatched pairs that machine translation leaves
 * (“…“). A quote left open at the end of a paragraph continues when the next paragraph opens with a quotation mark,
 * as news style writes quotes over several paragraphs; otherwise it is dropped.
 *
 * <p>Stateless and thread-safe.
 */
final class QuotationMarks {
  private static final int MAX_QUOTE_CHARS = 5000;

  private QuotationMarks() {}

  /** The spans inside the marks (marks excluded), in text order, not overlapping. */
  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    char opener = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (c == '“' || c == '"' || c == '«' || c == '„' || (c == '‘' && startsWord(text, i))) {
          open = i;
          opener = c;
        }
        continue;
      }
      if (i - open > MAX_QUOTE_CHARS) {
        i = open;
        open = -1;
        continue;
      }
      if (closes(opener, c, text, i)) {
        if (i > open + 1) {
          spans.add(trimmed(text, open + 1, i));
        }
        open = -1;
      } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        int next = i;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        boolean continues = next < text.length() && text.charAt(next) == opener;
        if (continues) {
          if (i > open + 1) {
            spans.add(trimmed(text, open + 1, i));
          }
          open = next;
          i = next;
        } else {
          open = -1;
        }
      }
    }
    spans.removeIf(s -> s.text().isBlank());
    return spans;
  }

  private static boolean closes(char opener, char c, String text, int i) {
    return switch (opener) {
      case '“', '„' -> c == '”' || c == '“' || c == '"';
      case '"' -> c == '"' || c == '”';
      case '«' -> c == '»';
      case '‘' -> c == '’' && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)));
      default -> false;
    };
  }

  private static boolean startsWord(String text, int i) {
    return (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
        && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static Span trimmed(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return Span.of(text, start, end);
  }
}
