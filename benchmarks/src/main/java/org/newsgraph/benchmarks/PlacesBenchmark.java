package org.newsgraph.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.corenlp.CoreNlpConfig;
import org.newsgraph.extract.actors.ExactNameActorResolver;
import org.newsgraph.extract.places.Gazetteer;
import org.newsgraph.extract.places.GazetteerPlaceResolver;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Place;
import org.newsgraph.model.Span;
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
 * The place stage resolving the benchmark article's toponyms (loading the gazetteer: {@link GazetteerLoadBenchmark}).
 * Setup prints the number of toponyms. The primary scores are per article; the secondary results {@code
 * resolve:toponyms} and {@code resolveSpans:toponyms} are the same time per toponym (per place returned, and per span
 * handed over), which JMH computes from a counter of toponyms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class PlacesBenchmark {
  private GazetteerPlaceResolver resolver;
  private Article article;
  private LinguisticAnnotation annotation;
  private Actors actors;
  private List<Span> spans;

  /** Counts the toponyms resolved; JMH reports the time per counted toponym next to the primary score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class ToponymCounter {
    /** Toponyms resolved in this iteration. */
    public long toponyms;

    @Setup(Level.Iteration)
    public void reset() {
      toponyms = 0;
    }
  }

  @Setup
  public void annotateOnce() {
    resolver = new GazetteerPlaceResolver(Gazetteer.load());
    article = NewsText.article(NewsText.text());
    annotation = new CoreNlpAnnotator(CoreNlpConfig.defaults()).annotate(article.text(), article.published());
    actors = new ExactNameActorResolver().resolve(article, annotation);
    List<Place> places = resolver.resolve(article, annotation, actors);
    if (places.isEmpty()) {
      throw new IllegalStateException("the place stage finds nothing in the benchmark text");
    }
    spans = new ArrayList<>();
    for (Place p : places) {
      spans.add(p.span());
    }
    System.out.println("toponyms in the benchmark article: " + places.size());
  }

  /** Detection and resolution of every toponym of the article. */
  @Benchmark
  public List<Place> resolve(ToponymCounter counter) {
    List<Place> places = resolver.resolve(article, annotation, actors);
    counter.toponyms += places.size();
    return places;
  }

  /** Resolution of the article's toponyms handed over as spans. */
  @Benchmark
  public List<Place> resolveSpans(ToponymCounter counter) {
    counter.toponyms += spans.size();
    return resolver.resolveSpans(article, annotation, spans);
  }
}
