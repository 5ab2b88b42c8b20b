package org.newsgraph.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a task's scorer found: sizes, metrics in a fixed order, readable notes and error lines.
 *
 * @param documents documents (or sentences, for events) scored
 * @param items gold items scored (entities, toponyms, timexes, attributions, events, clusters)
 * @param metrics metric name to value: a {@link Number}, null when undefined, a nested map, or a string
 * @param notes remarks for the readable table (how a figure was computed, which baseline ran)
 * @param errorLines misses and false alarms, at most as many of each as asked for
 */
public record Scores(
    int documents, int items, Map<String, Object> metrics, List<String> notes, List<String> errorLines) {
  public Scores {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    notes = List.copyOf(notes);
    errorLines = List.copyOf(errorLines);
  }
}
