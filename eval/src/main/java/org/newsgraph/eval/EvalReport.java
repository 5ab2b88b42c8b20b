package org.newsgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@code newsgraph eval}: the JSON object of {@code CLI.md} and a readable table.
 *
 * @param task {@code ner}, {@code geo}, {@code time}, {@code quotes}, {@code events} or {@code dedup}
 * @param gold the gold path as given
 * @param documents documents (sentences for events) scored
 * @param items gold items scored
 * @param metrics metric name to value, in a fixed order: fractions in [0, 1], kilometres ({@code *_km}), counts;
 *     null when undefined; {@code per_type} (ner) is a nested map of type to its precision, recall and F1
 * @param seconds wall-clock time of the run
 * @param errorLines misses and false alarms asked for with {@link EvalOptions#errors()}
 * @param notes remarks shown under the table (how a figure was computed, which baseline ran); not in the JSON
 */
public record EvalReport(
    String task, String gold, int documents, int items, Map<String, Object> metrics, double seconds,
    List<String> errorLines, List<String> notes) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public EvalReport {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(gold, "gold");
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    errorLines = List.copyOf(errorLines);
    notes = List.copyOf(notes);
  }

  public EvalReport(
      String task, String gold, int documents, int items, Map<String, Object> metrics, double seconds,
      List<String> errorLines) {
    this(task, gold, documents, items, metrics, seconds, errorLines, List.of());
  }

  static EvalReport of(String task, String gold, Scores scores, double seconds) {
    return new EvalReport(task, gold, scores.documents(), scores.items(), scores.metrics(), seconds,
        scores.errorLines(), scores.notes());
  }

  /**
   * {@code {"task", "gold", "documents", "items", "metrics": {...}, "seconds"}} on one line, as {@code CLI.md}
   * specifies; seconds rounded to milliseconds.
   */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("task", task);
    root.put("gold", gold);
    root.put("documents", documents);
    root.put("items", items);
    root.put("metrics", metrics);
    root.put("seconds", Math.round(seconds * 1000) / 1000.0);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("metrics of task " + task + " cannot be written as JSON", e);
    }
  }

  /** An aligned table for a terminal: the sizes, one metric a line, nested tables, notes, then the error lines. */
  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-11s%s%n", "task", task));
    out.append(String.format(Locale.ROOT, "%-11s%s%n", "gold", gold));
    out.append(String.format(Locale.ROOT, "%-11s%d%n", "documents", documents));
    out.append(String.format(Locale.ROOT, "%-11s%d%n", "items", items));
    out.append(String.format(Locale.ROOT, "%-11s%.1f%n", "seconds", seconds));
    out.append(System.lineSeparator());
    int width = 6;
    for (String key : metrics.keySet()) {
      width = Math.max(width, key.length());
    }
    out.append(String.format(Locale.ROOT, "%-" + (width + 2) + "s%s%n", "metric", "value"));
    List<String> nested = new ArrayList<>();
    for (Map.Entry<String, Object> e : metrics.entrySet()) {
      if (e.getValue() instanceof Map<?, ?>) {
        nested.add(e.getKey());
        continue;
      }
      out.append(String.format(Locale.ROOT, "%-" + (width + 2) + "s%s%n", e.getKey(), show(e.getKey(), e.getValue())));
    }
    for (String key : nested) {
      appendNested(out, key, (Map<?, ?>) metrics.get(key));
    }
    if (!notes.isEmpty()) {
      out.append(System.lineSeparator());
      for (String note : notes) {
        out.append("note: ").append(note).append(System.lineSeparator());
      }
    }
    if (!errorLines.isEmpty()) {
      out.append(System.lineSeparator());
      for (String line : errorLines) {
        out.append(line).append(System.lineSeparator());
      }
    }
    return out.toString();
  }

  private static void appendNested(StringBuilder out, String key, Map<?, ?> rows) {
    List<String> columns = new ArrayList<>();
    for (Object row : rows.values()) {
      if (row instanceof Map<?, ?> cells) {
        for (Object column : cells.keySet()) {
          if (!columns.contains(String.valueOf(column))) {
            columns.add(String.valueOf(column));
          }
        }
      }
    }
    out.append(System.lineSeparator());
    out.append(String.format(Locale.ROOT, "%-10s", key));
    for (String column : columns) {
      out.append(String.format(Locale.ROOT, "%12s", column));
    }
    out.append(System.lineSeparator());
    for (Map.Entry<?, ?> row : rows.entrySet()) {
      out.append(String.format(Locale.ROOT, "%-10s", row.getKey()));
      Map<?, ?> cells = row.getValue() instanceof Map<?, ?> m ? m : Map.of();
      for (String column : columns) {
        out.append(String.format(Locale.ROOT, "%12s", show(column, cells.get(column))));
      }
      out.append(System.lineSeparator());
    }
  }

  private static String show(String key, Object value) {
    if (value == null) {
      return "n/a";
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return key.endsWith("_km")
          ? String.format(Locale.ROOT, "%.1f", d)
          : String.format(Locale.ROOT, "%.3f", d);
    }
    return String.valueOf(value);
  }
}
