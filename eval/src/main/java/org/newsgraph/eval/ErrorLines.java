package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects up to {@code limit} misses and up to {@code limit} false alarms as readable lines:
 * {@code MISS  gwn-12  ...context [Kabul] context...  (gold 34.5,69.2; predicted none)}. Not thread-safe.
 */
public final class ErrorLines {
  /** Characters of context shown on each side of a span. */
  public static final int CONTEXT = 30;
  /** Longest span text shown whole; longer spans are cut in the middle. */
  public static final int LONGEST_SPAN = 60;

  private final int limit;
  private final List<String> misses = new ArrayList<>();
  private final List<String> falseAlarms = new ArrayList<>();
  private int missCount;
  private int falseCount;

  public ErrorLines(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    this.limit = limit;
  }

  public void miss(String document, String text, int start, int end, String detail) {
    miss(document, text, start, end, () -> detail);
  }

  /** Counts a miss and lists it while fewer than the limit are listed; {@code detail} is computed only then. */
  public void miss(String document, String text, int start, int end, Supplier<String> detail) {
    missCount++;
    if (misses.size() < limit) {
      misses.add(line("MISS ", document, text, start, end, detail.get()));
    }
  }

  public void falseAlarm(String document, String text, int start, int end, String detail) {
    falseAlarm(document, text, start, end, () -> detail);
  }

  /** Counts a false alarm and lists it while fewer than the limit are listed. */
  public void falseAlarm(String document, String text, int start, int end, Supplier<String> detail) {
    falseCount++;
    if (falseAlarms.size() < limit) {
      falseAlarms.add(line("FALSE", document, text, start, end, detail.get()));
    }
  }

  /** The misses, then the false alarms, each preceded by a count line when there are any. */
  public List<String> lines() {
    List<String> all = new ArrayList<>();
    if (limit == 0) {
      return all;
    }
    if (missCount > 0) {
      all.add("misses: " + missCount + (missCount > misses.size() ? ", first " + misses.size() : ""));
      all.addAll(misses);
    }
    if (falseCount > 0) {
      all.add("false alarms: " + falseCount + (falseCount > falseAlarms.size() ? ", first " + falseAlarms.size() : ""));
      all.addAll(falseAlarms);
    }
    return all;
  }

  private static String line(String label, String document, String text, int start, int end, String detail) {
    return label + " " + document + "  " + context(text, start, end) + (detail == null ? "" : "  (" + detail + ")");
  }

  /**
   * The span in brackets with {@link #CONTEXT} characters either side, line breaks and tabs shown as spaces:
   * {@code ...held talks in [Kabul] on Monday...}.
   */
  public static String context(String text, int start, int end) {
    int s = Math.max(0, Math.min(start, text.length()));
    int e = Math.max(s, Math.min(end, text.length()));
    int from = Math.max(0, s - CONTEXT);
    int to = Math.min(text.length(), e + CONTEXT);
    String span = text.substring(s, e);
    if (span.length() > LONGEST_SPAN) {
      span = span.substring(0, LONGEST_SPAN / 2 - 2) + " .. " + span.substring(span.length() - LONGEST_SPAN / 2 + 2);
    }
    String shown = (from > 0 ? "..." : "") + text.substring(from, s) + "[" + span + "]" + text.substring(e, to)
        + (to < text.length() ? "..." : "");
    return shown.replaceAll("[\\r\\n\\t\\u0085\\u2028\\u2029]", " ");
  }
}
