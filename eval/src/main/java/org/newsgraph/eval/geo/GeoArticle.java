package org.newsgraph.eval.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.eval.internal.Jsonl;
import org.newsgraph.model.Span;

/**
 * One record of a geo JSONL file ({@code data/README.md} section 2).
 *
 * @param id the record id ({@code gwn-0})
 * @param source the corpus ({@code geowebnews}), or null
 * @param published the publication date, or null
 * @param title the title, or null
 * @param text the article text; offsets refer to it
 * @param toponyms its toponyms, sorted by offset
 * @param where file and line, for messages
 */
public record GeoArticle(
    String id, String source, LocalDate published, String title, String text, List<Toponym> toponyms, String where) {
  public GeoArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    toponyms = List.copyOf(toponyms);
  }

  static GeoArticle from(Jsonl.Line line) {
    String text = line.requiredText("text");
    JsonNode array = line.node().get("toponyms");
    if (array == null || !array.isArray()) {
      throw line.fail("missing list \"toponyms\"");
    }
    List<Toponym> toponyms = new ArrayList<>();
    for (JsonNode t : array) {
      Span span = line.span(t, text);
      Double lat = number(t, "lat");
      Double lon = number(t, "lon");
      if ((lat == null) != (lon == null)) {
        throw line.fail("toponym " + span + " has only one of lat and lon");
      }
      JsonNode geonameId = t.get("geonameid");
      Long id = geonameId == null || geonameId.isNull() ? null : geonameId.asLong();
      JsonNode kind = t.get("kind");
      toponyms.add(new Toponym(span, lat, lon, id, kind == null || kind.isNull() ? null : kind.asText()));
    }
    return new GeoArticle(line.requiredText("id"), line.text("source"), line.date("published"), line.text("title"),
        text, toponyms, line.where());
  }

  /** The record in the gold format, with other toponyms. */
  Map<String, Object> toJson(List<Toponym> others) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("source", source);
    out.put("published", published == null ? null : published.toString());
    out.put("title", title);
    out.put("text", text);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Toponym t : others) {
      Map<String, Object> m = Jsonl.span(t.span());
      m.put("lat", t.lat());
      m.put("lon", t.lon());
      m.put("geonameid", t.geonameId());
      m.put("kind", t.kind());
      list.add(m);
    }
    out.put("toponyms", list);
    return out;
  }

  private static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asDouble();
  }
}
