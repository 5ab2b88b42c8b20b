package org.newsgraph.benchmarks;

import java.util.concurrent.TimeUnit;
import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.corenlp.CoreNlpConfig;
import org.newsgraph.model.LinguisticAnnotation;
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
 * The CoreNLP front end on one article of about 600 words: the dominant cost of the pipeline. {@code full} runs the
 * default pipeline, {@code withoutParser} the same without the dependency parser, so their difference is the
 * parser's share. Loading the models happens in setup and is not measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class AnnotatorBenchmark {

  /** The default pipeline, dependency parser included. */
  @State(Scope.Benchmark)
  public static class Full {
    CoreNlpAnnotator annotator;
    String text;

    @Setup
    public void load() {
      annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults());
      text = NewsText.text();
    }
  }

  /** The default pipeline without the dependency parser. */
  @State(Scope.Benchmark)
  public static class WithoutParser {
    CoreNlpAnnotator annotator;
    String text;

    @Setup
    public void load() {
      annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults().withDependencies(false));
      text = NewsText.text();
    }
  }

  @Benchmark
  public LinguisticAnnotation full(Full state) {
    return state.annotator.annotate(state.text, NewsText.PUBLISHED);
  }

  @Benchmark
  public LinguisticAnnotation withoutParser(WithoutParser state) {
    return state.annotator.annotate(state.text, NewsText.PUBLISHED);
  }
}
