package org.newsgraph.eval;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorKind;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeType;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.LinguisticAnnotator;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StoryClusterer;

/** Stages built from lambdas that find fixed phrases in the text: fast, no models, known mistakes. */
public final class Fakes {
  private Fakes() {}

  /** A test resource under {@code org/newsgraph/eval/}. */
  public static Path resource(String name) {
    URL url = Fakes.class.getResource("/org/newsgraph/eval/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every occurrence of {@code phrase} in {@code text}. */
  public static List<Span> find(String text, String phrase) {
    List<Span> spans = new ArrayList<>();
    for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      spans.add(Span.of(text, i, i + phrase.length()));
    }
    return spans;
  }

  /** The {@code nth} occurrence (from 0) of {@code phrase}, or null. */
  public static Span nth(String text, String phrase, int nth) {
    List<Span> all = find(text, phrase);
    return nth < all.size() ? all.get(nth) : null;
  }

  /** An annotator that marks every occurrence of each phrase as an entity of its type. */
  public static LinguisticAnnotator annotator(Map<String, EntityType> phrases) {
    return (text, published) -> {
      List<EntityMention> entities = new ArrayList<>();
      for (Map.Entry<String, EntityType> e : phrases.entrySet()) {
        for (Span s : find(text, e.getKey())) {
          entities.add(new EntityMention(s, e.getValue(), 0, null));
        }
      }
      return new LinguisticAnnotation(List.of(), entities);
    };
  }

  /**
   * A pipeline that finds: actors Arnor (ARN), Gondor (GON), Jordan (JOR), Britain (GBRMIL, sector military);
   * times "Monday" (the Monday on or before publication), "last week" (P1W), "this year" (the year before
   * publication, wrongly), "Prices" (a false DATE); places Paris (right), London (put in Paris), Springfield
   * (unresolved), "Kabul is" (near Kabul), "far" (a false place); the quotes of the quotes fixture; events for the
   * verbs restore (064), praised (052), watched (010, no target), agreed (AGREE, 030).
   */
  public static Pipeline pipeline() {
    return new Pipeline(
        (text, published) -> LinguisticAnnotation.empty(),
        (article, ling) -> actors(article.text()),
        (article, ling) -> times(article.text(), article.published()),
        (article, ling, actors) -> places(article.text()),
        (article, ling, actors) -> quotes(article.text()),
        extraction -> events(extraction.article().text(), extraction.actors()));
  }

  /** Clusters articles by the first word of their text. */
  public static StoryClusterer firstWordStories() {
    return articles -> {
      Map<String, String> stories = new HashMap<>();
      for (Article a : articles) {
        stories.put(a.id(), "story-" + a.text().split("\\s+")[0].toLowerCase(Locale.ROOT));
      }
      return stories;
    };
  }

  private static Actors actors(String text) {
    record Known(String name, String code, String country, String sector) {}
    List<Known> known = List.of(
        new Known("Arnor", "ARN", null, null), new Known("Gondor", "GON", null, null),
        new Known("Jordan", "JOR", "JOR", null), new Known("Britain", "GBRMIL", "GBR", "military"));
    List<Actor> actors = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (Known k : known) {
      List<Span> found = find(text, k.name());
      if (found.isEmpty()) {
        continue;
      }
      String id = "actor-" + k.code();
      actors.add(new Actor(id, k.name(), ActorKind.COUNTRY, k.country(), k.sector(), Map.of("cameo", k.code()),
          List.of(), List.of(k.name())));
      for (Span s : found) {
        mentions.add(new Mention(id, s));
      }
    }
    actors.sort(Comparator.comparingInt(a -> text.indexOf(a.name())));
    return new Actors(actors, mentions);
  }

  private static List<TimeValue> times(String text, LocalDate published) {
    List<TimeValue> times = new ArrayList<>();
    for (Span s : find(text, "Monday")) {
      String value = published == null ? null
          : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
      times.add(new TimeValue(s, value, TimeType.DATE, null, "day"));
    }
    for (Span s : find(text, "last week")) {
      times.add(new TimeValue(s, "P1W", TimeType.DURATION, null, null));
    }
    for (Span s : find(text, "this year")) {
      times.add(new TimeValue(s, published == null ? null : String.valueOf(published.getYear() - 1), TimeType.DATE,
          null, "year"));
    }
    for (Span s : find(text, "Prices")) {
      times.add(new TimeValue(s, "XXXX", TimeType.DATE, null, null));
    }
    return times;
  }

  private static List<Place> places(String text) {
    List<Place> places = new ArrayList<>();
    for (Span s : find(text, "Paris")) {
      places.add(new Place(s, 2988507L, "Paris", "P.PPLC", "FR", null, 48.8566, 2.3522, 0.9));
    }
    for (Span s : find(text, "London")) {
      places.add(new Place(s, 2988507L, "Paris", "P.PPLC", "FR", null, 48.8566, 2.3522, 0.5));
    }
    for (Span s : find(text, "Springfield")) {
      places.add(Place.unresolved(s));
    }
    for (Span s : find(text, "Kabul is")) {
      places.add(new Place(s, 1138958L, "Kabul", "P.PPLC", "AF", null, 34.6, 69.2, 0.8));
    }
    for (Span s : find(text, " far ")) {
      Span word = Span.of(text, s.start() + 1, s.end() - 1);
      places.add(new Place(word, 1L, "Far", "P.PPL", null, null, 0.0, 0.0, 0.1));
    }
    return places;
  }

  private static List<Quote> quotes(String text) {
    List<Quote> quotes = new ArrayList<>();
    Span win = nth(text, "\"We will win,\"", 0);
    if (win != null) {
      quotes.add(new Quote(List.of(win), true, null, nth(text, "Smith", 0), nth(text, "said", 0), null, List.of()));
      quotes.add(new Quote(List.of(nth(text, "The mayor", 0)), false, null, nth(text, "Smith", 0), null, null,
          List.of()));
    }
    Span no = nth(text, "\"No,\"", 0);
    Span never = nth(text, "\"never.\"", 0);
    if (no != null && never != null) {
      quotes.add(new Quote(List.of(no, never), true, null, nth(text, "Jones", 0), nth(text, "said", 1), null,
          List.of()));
    }
    Span taxes = nth(text, "taxes rise", 0);
    if (taxes != null) {
      quotes.add(new Quote(List.of(taxes), false, null, null, nth(text, "announced", 0), null, List.of()));
    }
    Span prices = nth(text, "Prices reportedly fell", 0);
    if (prices != null) {
      quotes.add(new Quote(List.of(prices), false, null, null, null, null, List.of()));
    }
    return quotes;
  }

  private static List<Event> events(String text, Actors actors) {
    List<Event> events = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Actor a : actors.actors()) {
      ids.add(a.id());
    }
    String first = ids.isEmpty() ? null : ids.get(0);
    String second = ids.size() < 2 ? null : ids.get(1);
    record Verb(String word, String plover, String cameo, boolean target) {}
    for (Verb v : List.of(new Verb("restore", "COOPERATE", "064", true), new Verb("praised", "APPROVE", "052", true),
        new Verb("watched", "CONSULT", "010", false), new Verb("agreed", "AGREE", "030", true))) {
      Span verb = nth(text, v.word(), 0);
      if (verb == null || first == null) {
        continue;
      }
      List<String> target = v.target() && second != null ? List.of(second) : List.of();
      events.add(new Event(v.plover(), null, v.cameo(), List.of(first), target, null, null, false, false, null, 0.5,
          verb));
    }
    return events;
  }
}
