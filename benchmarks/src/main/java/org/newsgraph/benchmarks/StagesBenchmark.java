package org.newsgraph.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.corenlp.CoreNlpConfig;
import org.newsgraph.extract.actors.ActorDictionary;
import org.newsgraph.extract.actors.DictionaryActorResolver;
import org.newsgraph.extract.actors.ExactNameActorResolver;
import org.newsgraph.extract.places.Gazetteer;
import org.newsgraph.extract.places.GazetteerPlaceResolver;
import org.newsgraph.extract.quotes.ParseQuoteAttributor;
import org.newsgraph.extract.times.RuleTimeNormalizer;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;
import org.newsgraph.model.TimeValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each extraction stage alone on one article, annotated by CoreNLP once in setup: what a stage adds on top of the
 * linguistic annotation, which it must stay far below. The events stage ({@code NoEventCoder}) returns an empty list
 * and is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class StagesBenchmark {
  private final DictionaryActorResolver actorResolver = new DictionaryActorResolver(ActorDictionary.phoenix());
  private final ExactNameActorResolver exactNames = new ExactNameActorResolver();
  private final RuleTimeNormalizer timeNormalizer = new RuleTimeNormalizer();
  private GazetteerPlaceResolver placeResolver;
  private final ParseQuoteAttributor quoteAttributor = new ParseQuoteAttributor();

  private Article article;
  private LinguisticAnnotation annotation;
  private Actors actors;

  @Setup
  public void annotateOnce() {
    article = NewsText.article(NewsText.text());
    placeResolver = new GazetteerPlaceResolver(Gazetteer.load());
    annotation = new CoreNlpAnnotator(CoreNlpConfig.defaults()).annotate(article.text(), article.published());
    actors = actorResolver.resolve(article, annotation);
    // The text was written to give every stage work; a stage that finds nothing would be timed on its empty path.
    requireFound("actors", actors.actors());
    requireFound("times", timeNormalizer.normalize(article, annotation));
    requireFound("places", placeResolver.resolve(article, annotation, actors));
    requireFound("quotes", quoteAttributor.attribute(article, annotation, actors));
  }

  private static void requireFound(String stage, List<?> found) {
    if (found.isEmpty()) {
      throw new IllegalStateException("the " + stage + " stage finds nothing in the benchmark text");
    }
  }

  @Benchmark
  public Actors actors() {
    return actorResolver.resolve(article, annotation);
  }

  /** The first version (exact NER names, no codes), as the yardstick for what dictionary resolution costs. */
  @Benchmark
  public Actors actorsByExactName() {
    return exactNames.resolve(article, annotation);
  }

  @Benchmark
  public List<TimeValue> times() {
    return timeNormalizer.normalize(article, annotation);
  }

  @Benchmark
  public List<Place> places() {
    return placeResolver.resolve(article, annotation, actors);
  }

  @Benchmark
  public List<Quote> quotes() {
    return quoteAttributor.attribute(article, annotation, actors);
  }
}
