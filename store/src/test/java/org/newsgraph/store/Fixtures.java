package org.newsgraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorKind;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Problem;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeType;
import org.newsgraph.model.TimeValue;

/** Deterministic synthetic annotations: article {@code i} is always the same, with every kind of row. */
final class Fixtures {
  static final long KABUL = 1138958L;
  static final String[] NAMES = {
    "Amir Khan Muttaqi", "Zalmay Khalilzad", "United Nations", "Taliban", "Ned Price", "Reuters", "Al Jazeera"};
  static final ActorKind[] KINDS = {
    ActorKind.PERSON, ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP, ActorKind.PERSON,
    ActorKind.MEDIA, ActorKind.MEDIA};

  private Fixtures() {}

  static String actorId(int k) {
    return "actor-" + k;
  }

  static LocalDate published(int i) {
    return LocalDate.of(2022, 1, 1).plusDays(i % 60);
  }

  static String outlet(int i) {
    return "Outlet " + (i % 3);
  }

  /** The unique word of article {@code i}, for search. */
  static String marker(int i) {
    return "zqmarker" + i;
  }

  static Annotation annotation(int i) {
    int speaker = i % 5;
    int other = (i + 1) % 5;
    String speakerName = NAMES[speaker];
    String otherName = NAMES[other];
    String text = "Article " + i + " " + marker(i) + ". " + speakerName + " met " + otherName
        + " in Kabul on Monday. \"We will talk again,\" " + speakerName + " said, \"and soon.\" "
        + "According to " + NAMES[5] + ", talks went well. The weather was common to all articles.";
    Article article = Article.of("ext-" + i, "https://example.org/" + i, outlet(i), "Talks in Kabul number " + i,
        published(i), "en", text, "synthetic.jsonl:" + (i + 1));

    int speakerAt = text.indexOf(speakerName);
    int otherAt = text.indexOf(otherName, speakerAt + speakerName.length());
    int kabulAt = text.indexOf("Kabul");
    int mondayAt = text.indexOf("Monday");
    int quote1 = text.indexOf("We will");
    int quote1End = text.indexOf(",\"", quote1);
    int speaker2At = text.indexOf(speakerName, quote1End);
    int saidAt = text.indexOf("said", speaker2At);
    int quote2 = text.indexOf("and soon");
    int reutersAt = text.indexOf(NAMES[5]);
    int sentenceEnd = text.indexOf('.', speakerAt) + 1;

    List<Actor> actors = new ArrayList<>();
    actors.add(actor(speaker, i));
    actors.add(actor(other, i));
    actors.add(actor(5, i));
    List<Mention> mentions = List.of(
        new Mention(actorId(speaker), Span.of(text, speakerAt, speakerAt + speakerName.length())),
        new Mention(actorId(other), Span.of(text, otherAt, otherAt + otherName.length())),
        new Mention(actorId(speaker), Span.of(text, speaker2At, speaker2At + speakerName.length())),
        new Mention(actorId(5), Span.of(text, reutersAt, reutersAt + NAMES[5].length())));
    List<Place> places = List.of(
        new Place(Span.of(text, kabulAt, kabulAt + 5), KABUL, "Kabul", "P.PPLC", "AF", "13", 34.52813, 69.17233,
            0.9),
        Place.unresolved(Span.of(text, 0, 7)));
    List<TimeValue> times = List.of(new TimeValue(Span.of(text, mondayAt, mondayAt + 6),
        published(i).minusDays(1).toString(), TimeType.DATE, published(i).toString(), "day"));
    List<Quote> quotes = List.of(
        new Quote(List.of(Span.of(text, quote1, quote1End), Span.of(text, quote2, quote2 + 8)), true,
            actorId(speaker), Span.of(text, speaker2At, speaker2At + speakerName.length()),
            Span.of(text, saidAt, saidAt + 4), i % 2 == 0 ? "press conference" : null,
            i % 4 == 0 ? List.of(actorId(5)) : List.of(),
            i % 5 == 0 ? published(i).minusDays(1).toString() : null),
        new Quote(List.of(Span.of(text, text.indexOf("talks went"), text.indexOf("talks went") + 15)), false,
            null, null, Span.of(text, text.indexOf("According to"), text.indexOf("According to") + 12), null,
            List.of()));
    List<Event> events = List.of(
        new Event("CONSULT", "visit", "040", List.of(actorId(speaker)), List.of(actorId(other)), KABUL,
            published(i).minusDays(1).toString(), false, false, actorId(5), 0.8,
            Span.of(text, speakerAt, sentenceEnd)),
        new Event(i % 2 == 0 ? "COOPERATE" : "AGREE", null, null, List.of(actorId(speaker), actorId(other)),
            List.of(), null, null, i % 3 == 0, true, null, 0.5, Span.of(text, quote1, quote1End)));
    List<Problem> problems = i % 10 == 0
        ? List.of(new Problem(article.source(), null, "places", "unresolved toponym 'Article'"))
        : List.of();
    return new Annotation(article, new Actors(actors, mentions), places, times, quotes, events, problems,
        40 + i % 7);
  }

  /** Actor {@code k} as seen in article {@code i}: its variant and role differ with {@code i}. */
  static Actor actor(int k, int i) {
    Map<String, String> codes = k == 3 ? Map.of("cameo", "AFGREB", "wikidata", "Q42") : Map.of("cameo", "X" + k);
    return new Actor(actorId(k), NAMES[k], KINDS[k], k == 2 ? null : "AFG", k == 5 ? "media" : null, codes,
        List.of("role " + (i % 3)), List.of(NAMES[k] + " v" + (i % 4)));
  }
}
