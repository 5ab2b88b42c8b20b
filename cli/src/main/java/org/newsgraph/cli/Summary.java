package org.newsgraph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

/** A readable account of one annotation: who said what, who did what, when and where. */
final class Summary {
  private Summary() {}

  static String of(Annotation a) {
    StringBuilder sb = new StringBuilder();
    var article = a.article();
    sb.append("== ").append(article.title() == null ? article.id() : article.title()).append('\n');
    sb.append("   ").append(article.outlet() == null ? "unknown outlet" : article.outlet())
        .append(", published ").append(article.published() == null ? "unknown" : article.published())
        .append(", ").append(a.tokens()).append(" tokens, id ").append(article.id()).append('\n');

    sb.append("\nWho said what (").append(a.quotes().size()).append(" quotes)\n");
    for (Quote q : a.quotes()) {
      String speaker = speakerName(a, q);
      sb.append("  - ").append(speaker).append(q.cue() == null ? "" : " (" + q.cue().text() + ")")
          .append(q.channel() == null ? "" : " via " + q.channel())
          .append(q.date() == null ? "" : " [" + q.date() + "]").append(": ")
          .append(clip(String.join(" … ", q.content().stream().map(Span::text).toList()), 110)).append('\n');
    }

    sb.append("\nWho did what (").append(a.events().size()).append(" events)\n");
    for (Event e : a.events()) {
      sb.append("  - ").append(e.plover()).append(e.cameo() == null ? "" : " [" + e.cameo() + "]").append(": ")
          .append(names(a, e.source())).append(" -> ").append(names(a, e.target()))
          .append(e.date() == null ? "" : " on " + e.date()).append("  \"").append(clip(e.evidence().text(), 70))
          .append("\"\n");
    }
    if (a.events().isEmpty()) {
      sb.append("  (event coding is not built yet)\n");
    }

    sb.append("\nWhen (").append(a.times().size()).append(" time expressions)\n");
    for (TimeValue t : a.times()) {
      sb.append("  - \"").append(t.span().text()).append("\" = ").append(t.value() == null ? "?" : t.value())
          .append('\n');
    }

    sb.append("\nWhere (").append(a.places().size()).append(" places)\n");
    Map<String, Integer> places = new LinkedHashMap<>();
    for (Place p : a.places()) {
      String key = p.span().text() + (p.geonameId() == null ? " (unresolved)"
          : " -> " + p.name() + ", " + p.country() + " [geonames " + p.geonameId() + "]");
      places.merge(key, 1, Integer::sum);
    }
    places.forEach((k, n) -> sb.append("  - ").append(k).append(n > 1 ? " x" + n : "").append('\n'));

    sb.append("\nWho (").append(a.actors().actors().size()).append(" actors)\n");
    for (Actor actor : a.actors().actors()) {
      List<Mention> mentions = a.actors().mentionsOf(actor.id());
      sb.append("  - ").append(actor.name()).append(" (").append(actor.kind().label())
          .append(actor.codes().containsKey("cameo") ? ", " + actor.codes().get("cameo") : "").append(") ")
          .append(mentions.size()).append(mentions.size() == 1 ? " mention" : " mentions");
      if (actor.variants().size() > 1) {
        sb.append("; spelled ").append(String.join(" / ", actor.variants()));
      }
      if (!actor.roles().isEmpty()) {
        sb.append("; ").append(String.join(", ", actor.roles()));
      }
      sb.append('\n');
    }
    if (!a.problems().isEmpty()) {
      sb.append("\nProblems\n");
      a.problems().forEach(p -> sb.append("  - ").append(p.stage()).append(": ").append(p.message()).append('\n'));
    }
    return sb.toString();
  }

  private static String speakerName(Annotation a, Quote q) {
    if (q.speakerId() != null) {
      Actor actor = a.actors().byId(q.speakerId());
      if (actor != null) {
        return actor.name();
      }
    }
    return q.speakerMention() == null ? "(unknown speaker)" : q.speakerMention().text();
  }

  private static String names(Annotation a, List<String> ids) {
    if (ids.isEmpty()) {
      return "?";
    }
    return String.join(", ", ids.stream().map(id -> {
      Actor actor = a.actors().byId(id);
      return actor == null ? id : actor.name();
    }).toList());
  }

  static String clip(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
