package org.newsgraph.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.corenlp.CoreNlpConfig;
import org.newsgraph.extract.actors.ActorDictionary;
import org.newsgraph.extract.actors.DictionaryActorResolver;
import org.newsgraph.extract.events.NoEventCoder;
import org.newsgraph.extract.places.Gazetteer;
import org.newsgraph.extract.places.GazetteerPlaceResolver;
import org.newsgraph.extract.quotes.ParseQuoteAttributor;
import org.newsgraph.extract.times.RuleTimeNormalizer;
import org.newsgraph.model.Annotation;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.SaveResult;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The store: saving one fully annotated article (DuckDB transaction plus Lucene indexing) and a full-text search.
 * The annotation is made once in setup by the real pipeline; each save stores it under a new article id, so every
 * invocation writes rows and none is skipped as already present. The save store grows during the run (a few
 * thousand articles); the search store holds {@value #SEARCH_ARTICLES} articles that all contain the query word.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class StoreBenchmark {
  static final int SEARCH_ARTICLES = 200;

  /** The benchmark article run once through the whole pipeline. */
  @State(Scope.Benchmark)
  public static class Annotated {
    Annotation annotation;

    @Setup
    public void annotate() {
      Pipeline pipeline = new Pipeline(new CoreNlpAnnotator(CoreNlpConfig.defaults()),
          new DictionaryActorResolver(ActorDictionary.phoenix()), new RuleTimeNormalizer(),
          new GazetteerPlaceResolver(Gazetteer.load()), new ParseQuoteAttributor(), new NoEventCoder());
      annotation = pipeline.process(NewsText.article(NewsText.text()));
      if (!annotation.problems().isEmpty()) {
        throw new IllegalStateException("the pipeline reported problems on the benchmark text: "
            + annotation.problems());
      }
    }

    /**
     * The annotation of a copy of the article with {@code n} appended to its text, which gives it another id.
     * Appending keeps every offset valid. Costs one SHA-256 of the text, microseconds against a save's milliseconds.
     */
    Annotation copy(long n) {
      Annotation a = annotation;
      return new Annotation(NewsText.article(a.article().text() + "\n\n" + n), a.actors(), a.places(), a.times(),
          a.quotes(), a.events(), a.problems(), a.tokens());
    }
  }

  /** An empty store in a temporary folder that the save benchmark fills. */
  @State(Scope.Benchmark)
  public static class SaveStore {
    Path dir;
    Store store;
    long saved;

    @Setup
    public void open() throws IOException {
      dir = Files.createTempDirectory("newsgraph-bench-save-");
      store = Store.open(dir);
    }

    @TearDown
    public void close() {
      closeAndDelete(store, dir);
    }
  }

  /** A store in a temporary folder holding {@value #SEARCH_ARTICLES} copies of the benchmark article. */
  @State(Scope.Benchmark)
  public static class SearchStore {
    Path dir;
    Store store;

    @Setup
    public void fill(Annotated annotated) throws IOException {
      dir = Files.createTempDirectory("newsgraph-bench-search-");
      store = Store.open(dir);
      for (int i = 0; i < SEARCH_ARTICLES; i++) {
        store.save(annotated.copy(i));
      }
      if (store.search("minister", 10).size() != 10) {
        throw new IllegalStateException("the search store does not find 10 articles for 'minister'");
      }
    }

    @TearDown
    public void close() {
      closeAndDelete(store, dir);
    }
  }

  @Benchmark
  public SaveResult save(Annotated annotated, SaveStore state) {
    SaveResult result = state.store.save(annotated.copy(state.saved++));
    if (result != SaveResult.STORED) {
      throw new IllegalStateException("article " + state.saved + " was not stored: " + result);
    }
    return result;
  }

  @Benchmark
  public List<SearchHit> search(SearchStore state) {
    return state.store.search("minister", 10);
  }

  private static void closeAndDelete(Store store, Path dir) {
    if (store != null) {
      store.close();
    }
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete benchmark store " + dir, e);
    }
  }
}
