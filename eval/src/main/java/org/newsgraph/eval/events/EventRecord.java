package org.newsgraph.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.eval.internal.Jsonl;

/**
 * One sentence of an events JSONL file ({@code data/README.md} section 5).
 *
 * @param events the gold CAMEO events; empty when none should be coded; null when the record has no CAMEO coding
 * @param plover the PLOVER coding, or null
 * @param evaluate false for records the upstream validation does not run
 * @param folder the folder of the file it came from, which holds {@code validate-dictionaries/}
 * @param where file and line, for messages
 */
public record EventRecord(
    String id, String corpus, LocalDate date, String text, String dictionaries, List<CameoEvent> events,
    PloverGold plover, String category, boolean evaluate, Path folder, String where) {
  public EventRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    events = events == null ? null : List.copyOf(events);
  }

  /** Gold actor codes are case-sensitive PETRARCH codes; the key tells records of different corpora apart. */
  public String key() {
    return (corpus == null ? "" : corpus) + "/" + id;
  }

  static EventRecord from(Jsonl.Line line, Path folder) {
    JsonNode node = line.node();
    List<CameoEvent> events = null;
    JsonNode array = node.get("events");
    if (array != null && array.isArray()) {
      events = new ArrayList<>();
      for (JsonNode e : array) {
        events.add(new CameoEvent(text(e, "source"), text(e, "target"), text(e, "cameo")));
      }
    }
    PloverGold plover = null;
    JsonNode p = node.get("plover");
    if (p != null && p.isObject()) {
      plover = new PloverGold(text(p, "event"), text(p, "mode"), text(p, "context"), actors(p.get("source")),
          actors(p.get("target")));
    }
    JsonNode evaluate = node.get("evaluate");
    return new EventRecord(line.requiredText("id"), line.text("corpus"), line.date("date"), line.requiredText("text"),
        line.text("dictionaries"), events, plover, line.text("category"),
        evaluate == null || evaluate.isNull() || evaluate.asBoolean(true), folder, line.where());
  }

  private static List<PloverActor> actors(JsonNode array) {
    List<PloverActor> actors = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode a : array) {
        actors.add(new PloverActor(text(a, "actorText"), text(a, "code"), text(a, "sector")));
      }
    }
    return actors;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
