package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Place;
import org.newsgraph.model.Problem;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

/**
 * Runs the stages over one article in a fixed order: linguistic annotation, actors, times, places, quotes, events.
 *
 * <p>A stage that throws on an article does not stop the others: its failure is recorded as a {@link Problem} of
 * that article and the stage's result is empty. Thread-safe when its stages are.
 */
public final class Pipeline {
  private final LinguisticAnnotator annotator;
  private final ActorResolver actors;
  private final TimeNormalizer times;
  private final PlaceResolver places;
  private final QuoteAttributor quotes;
  private final EventCoder events;

  public Pipeline(
      LinguisticAnnotator annotator, ActorResolver actors, TimeNormalizer times, PlaceResolver places,
      QuoteAttributor quotes, EventCoder events) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.actors = Objects.requireNonNull(actors, "actors");
    this.times = Objects.requireNonNull(times, "times");
    this.places = Objects.requireNonNull(places, "places");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.events = Objects.requireNonNull(events, "events");
  }

  /** Annotates one article. Never throws for bad text; failures are in {@link Annotation#problems()}. */
  public Annotation process(Article article) {
    return process(article, null).annotation();
  }

  /**
   * The annotation of an article together with the places of the given toponym spans, resolved by the place stage in
   * the article's context ({@link PlaceResolver#resolveSpans}); used by evaluations that hand gold spans over.
   *
   * @param annotation what {@link #process(Article)} returns
   * @param given one place per given span, in order; empty when no spans were given or the stage failed
   */
  public record WithGivenPlaces(Annotation annotation, List<Place> given) {
    public WithGivenPlaces {
      Objects.requireNonNull(annotation, "annotation");
      given = List.copyOf(given);
    }
  }

  /** Annotates one article and resolves the given toponym spans (null for none). Never throws for bad text. */
  public WithGivenPlaces process(Article article, List<Span> toponyms) {
    List<Problem> problems = new ArrayList<>();
    LinguisticAnnotation ling = run(article, "annotate", problems,
        () -> annotator.annotate(article.text(), article.published()), LinguisticAnnotation.empty());
    Actors found = run(article, "actors", problems, () -> actors.resolve(article, ling), Actors.none());
    List<TimeValue> foundTimes = run(article, "times", problems, () -> times.normalize(article, ling), List.of());
    List<Place> foundPlaces = run(article, "places", problems, () -> places.resolve(article, ling, found), List.of());
    List<Quote> foundQuotes = run(article, "quotes", problems,
        () -> quotes.attribute(article, ling, found, foundTimes), List.of());
    Extraction extraction = new Extraction(article, ling, found, foundPlaces, foundTimes, foundQuotes);
    List<Event> foundEvents = run(article, "events", problems, () -> events.code(extraction), List.of());
    List<Place> given = toponyms == null || toponyms.isEmpty() ? List.of()
        : run(article, "places", problems, () -> places.resolveSpans(article, ling, toponyms), List.of());
    return new WithGivenPlaces(new Annotation(article, found, foundPlaces, foundTimes, foundQuotes, foundEvents,
        problems, ling.tokenCount()), given);
  }

  private static <T> T run(Article article, String stage, List<Problem> problems, Supplier<T> work, T empty) {
    try {
      T result = work.get();
      return result == null ? empty : result;
    } catch (RuntimeException | StackOverflowError e) {
      StackTraceElement[] trace = e.getStackTrace();
      String where = trace.length == 0 ? "" : " (at " + trace[0].getClassName().replaceAll(".*\\.", "") + "."
          + trace[0].getMethodName() + ":" + trace[0].getLineNumber() + ")";
      problems.add(new Problem(article.source(), article.id(), stage,
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().strip()) + where));
      return empty;
    }
  }
}
