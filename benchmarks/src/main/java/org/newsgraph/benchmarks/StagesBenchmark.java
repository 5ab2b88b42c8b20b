package org.newsgraph.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.corenlp.CoreNlpConfig;
import org.newsgraph.extract.actors.ActorDictionary;
import org.newsgraph.extract.actors.DictionaryActorResolver;
import org.newsgraph.extract.actors.GazetteerPlaceCountry;
import org.newsgraph.extract.actors.ExactNameActorResolver;
import org.newsgraph.extract.events.NoEventCoder;
import org.newsgraph.extract.places.Gazetteer;
import org.newsgraph.extract.places.GazetteerPlaceResolver;
import org.newsgraph.extract.quotes.ParseQuoteAttributor;
import org.newsgraph.extract.times.RuleTimeNormalizer;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.Pipeline;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * and is not measured. The stages are the ones the CLI wires, built the same way.
 *
 * <p>{@code pipeline} is the whole pipeline on the raw article (CoreNLP annotation included), so a stage's score over
 * {@code pipeline}'s, in the same run, is the share of the time per article that the stage adds. {@code
 * timesThroughput} is the time stage again in throughput mode; its secondary result {@code timesThroughput:tokens} is
 * the article's tokens (CoreNLP's, punctuation included; setup prints how many) normalized per second, i.e. the time
 * stage's tokens per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class StagesBenchmark {
  private DictionaryActorResolver actorResolver;
  private final ExactNameActorResolver exactNames = new ExactNameActorResolver();
  private final RuleTimeNormalizer timeNormalizer = new RuleTimeNormalizer();
  private GazetteerPlaceResolver placeResolver;
  private final ParseQuoteAttributor quoteAttributor = new ParseQuoteAttributor();
  /** The quotes stage with the cue model that reads word vectors ({@code NEWSGRAPH_QUOTE_VECTORS=on}). */
  private final ParseQuoteAttributor vectorQuoteAttributor = ParseQuoteAttributor.withWordVectors();

  private Pipeline pipeline;

  private Article article;
  private LinguisticAnnotation annotation;
  private int tokens;
  private Actors actors;
  private List<TimeValue> times;

  /** Counts the tokens the time stage has read; JMH reports the count per second next to the primary score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class TokenCounter {
    /** Tokens normalized in this iteration. */
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }

  @Setup
  public void annotateOnce() {
    article = NewsText.article(NewsText.text());
    Gazetteer gazetteer = Gazetteer.load();
    // as Wiring builds them: the actors stage asks the gazetteer for places its dictionaries do not list
    actorResolver = new DictionaryActorResolver(ActorDictionary.phoenix(), new GazetteerPlaceCountry(gazetteer));
    placeResolver = new GazetteerPlaceResolver(gazetteer);
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults());
    pipeline = new Pipeline(annotator, actorResolver, timeNormalizer, placeResolver, quoteAttributor,
        new NoEventCoder());
    annotation = annotator.annotate(article.text(), article.published());
    tokens = annotation.tokenCount();
    System.out.println("tokens in the benchmark article: " + tokens);
    actors = actorResolver.resolve(article, annotation);
    // The text was written to give every stage work; a stage that finds nothing would be timed on its empty path.
    requireFound("actors", actors.actors());
    times = timeNormalizer.normalize(article, annotation);
    requireFound("times", times);
    requireFound("places", placeResolver.resolve(article, annotation, actors));
    requireFound("quotes", quoteAttributor.attribute(article, annotation, actors, times));
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

  /** The time stage as {@link #times}, in articles per second and (secondary result) tokens per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public List<TimeValue> timesThroughput(TokenCounter counter) {
    counter.tokens += tokens;
    return timeNormalizer.normalize(article, annotation);
  }

  @Benchmark
  public List<Place> places() {
    return placeResolver.resolve(article, annotation, actors);
  }

  /** The quotes stage as the pipeline runs it: attribution, then each statement's date among the stage's times. */
  @Benchmark
  public List<Quote> quotes() {
    return quoteAttributor.attribute(article, annotation, actors, times);
  }

  /** {@link #quotes} with the cue model that reads word vectors: what the encoder costs. */
  @Benchmark
  public List<Quote> quotesVectors() {
    return vectorQuoteAttributor.attribute(article, annotation, actors, times);
  }

  /** The whole pipeline on the raw article, CoreNLP annotation included: the time per article the stages add to. */
  @Benchmark
  public Annotation pipeline() {
    Annotation result = pipeline.process(article);
    if (!result.problems().isEmpty()) {
      throw new IllegalStateException("the pipeline reported problems on the benchmark text: " + result.problems());
    }
    return result;
  }
}
