package org.newsgraph.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.eval.internal.Jsonl;

/**
 * One article of a PolNeAR JSONL file ({@code data/README.md} section 4).
 *
 * @param where file and line, for messages
 */
public record QuoteDocument(
    String id, String outlet, LocalDate published, String split, String annotator, String text,
    List<Attribution> attributions, String where) {
  public QuoteDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    attributions = List.copyOf(attributions);
  }

  /** Every article of a PolNeAR JSONL file; a bad record fails with its file and line. */
  public static List<QuoteDocument> readAll(Path file) {
    List<QuoteDocument> documents = new ArrayList<>();
    for (Jsonl.Line line : Jsonl.read(file)) {
      documents.add(from(line));
    }
    return documents;
  }

  static QuoteDocument from(Jsonl.Line line) {
    String text = line.requiredText("text");
    JsonNode array = line.node().get("attributions");
    if (array == null || !array.isArray()) {
      throw line.fail("missing list \"attributions\"");
    }
    List<Attribution> attributions = new ArrayList<>();
    for (JsonNode a : array) {
      attributions.add(new Attribution(
          line.spans(a, "source", text), line.spans(a, "cue", text), line.spans(a, "content", text)));
    }
    return new QuoteDocument(line.requiredText("id"), line.text("outlet"), line.date("published"),
        line.text("split"), line.text("annotator"), text, attributions, line.where());
  }

  /** The record in the PolNeAR format with other attributions, annotator {@code newsgraph}. */
  Map<String, Object> toJson(List<Attribution> others) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("outlet", outlet);
    out.put("published", published == null ? null : published.toString());
    out.put("split", split);
    out.put("annotator", "newsgraph");
    out.put("text", text);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Attribution a : others) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", Jsonl.spans(a.source()));
      m.put("cue", Jsonl.spans(a.cue()));
      m.put("content", Jsonl.spans(a.content()));
      list.add(m);
    }
    out.put("attributions", list);
    return out;
  }
}
