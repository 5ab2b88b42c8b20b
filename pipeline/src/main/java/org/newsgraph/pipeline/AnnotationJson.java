package org.newsgraph.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Problem;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

/**
 * Renders an {@link Annotation} as the JSON object that {@code newsgraph annotate --json} prints (the shape in
 * CLI.md, a public interface: fields may be added, never renamed or removed). Thread-safe.
 */
public final class AnnotationJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnnotationJson() {}

  public static String render(Annotation a) {
    try {
      return MAPPER.writeValueAsString(tree(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render annotation of " + a.article().id(), e);
    }
  }

  public static ObjectNode tree(Annotation a) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode article = root.putObject("article");
    article.put("id", a.article().id());
    article.put("externalId", a.article().externalId());
    article.put("title", a.article().title());
    article.put("published", a.article().published() == null ? null : a.article().published().toString());
    article.put("language", a.article().language());
    article.put("outlet", a.article().outlet());
    article.put("url", a.article().url());
    article.put("tokens", a.tokens());

    ArrayNode actors = root.putArray("actors");
    for (Actor actor : a.actors().actors()) {
      ObjectNode n = actors.addObject();
      n.put("id", actor.id());
      n.put("name", actor.name());
      n.put("kind", actor.kind().label());
      n.put("country", actor.country());
      n.put("sector", actor.sector());
      ObjectNode codes = n.putObject("codes");
      actor.codes().forEach(codes::put);
      strings(n.putArray("roles"), actor.roles());
      strings(n.putArray("variants"), actor.variants());
      ArrayNode mentions = n.putArray("mentions");
      for (Mention m : a.actors().mentionsOf(actor.id())) {
        span(mentions.addObject(), m.span());
      }
    }

    ArrayNode places = root.putArray("places");
    for (Place p : a.places()) {
      ObjectNode n = places.addObject();
      span(n, p.span());
      n.put("geonameid", p.geonameId());
      n.put("name", p.name());
      n.put("feature", p.featureClass());
      n.put("country", p.country());
      n.put("admin1", p.admin1());
      n.put("lat", p.lat());
      n.put("lon", p.lon());
      n.put("confidence", p.confidence());
    }

    ArrayNode times = root.putArray("times");
    for (TimeValue t : a.times()) {
      ObjectNode n = times.addObject();
      span(n, t.span());
      n.put("value", t.value());
      n.put("type", t.type().name());
      n.put("anchor", t.anchor());
      n.put("granularity", t.granularity());
    }

    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : a.quotes()) {
      ObjectNode n = quotes.addObject();
      ArrayNode spans = n.putArray("spans");
      for (Span s : q.content()) {
        span(spans.addObject(), s);
      }
      n.put("direct", q.direct());
      n.put("speaker", q.speakerId());
      if (q.speakerMention() == null) {
        n.putNull("speakerMention");
      } else {
        span(n.putObject("speakerMention"), q.speakerMention());
      }
      n.put("cue", q.cue() == null ? null : q.cue().text());
      if (q.cue() == null) {
        n.putNull("cueSpan");
      } else {
        span(n.putObject("cueSpan"), q.cue());
      }
      n.put("channel", q.channel());
      n.put("date", q.date());
      strings(n.putArray("reportedBy"), q.reportedBy());
    }

    ArrayNode events = root.putArray("events");
    for (Event e : a.events()) {
      ObjectNode n = events.addObject();
      n.put("plover", e.plover());
      n.put("mode", e.mode());
      n.put("cameo", e.cameo());
      strings(n.putArray("source"), e.source());
      strings(n.putArray("target"), e.target());
      n.put("place", e.place());
      n.put("date", e.date());
      n.put("negated", e.negated());
      n.put("hypothetical", e.hypothetical());
      n.put("attributedTo", e.attributedTo());
      n.put("confidence", e.confidence());
      span(n.putObject("evidence"), e.evidence());
    }

    ArrayNode problems = root.putArray("problems");
    for (Problem p : a.problems()) {
      ObjectNode n = problems.addObject();
      n.put("stage", p.stage());
      n.put("message", p.message());
    }
    return root;
  }

  private static void span(ObjectNode n, Span s) {
    n.put("start", s.start());
    n.put("end", s.end());
    n.put("text", s.text());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
