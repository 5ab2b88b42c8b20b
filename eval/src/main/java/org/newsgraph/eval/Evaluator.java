package org.newsgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.newsgraph.eval.dedup.DedupTask;
import org.newsgraph.eval.events.EventTask;
import org.newsgraph.eval.geo.GeoTask;
import org.newsgraph.eval.ner.NerTask;
import org.newsgraph.eval.quotes.QuoteTask;
import org.newsgraph.eval.time.TimeTask;
import org.newsgraph.pipeline.LinguisticAnnotator;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StoryClusterer;

/**
 * {@code newsgraph eval TASK --gold PATH}: scores newsgraph against gold data in the formats of
 * {@code data/README.md}.
 *
 * <p>Documents are processed by a pool of {@link Runtime#availableProcessors()} threads, so the pipeline, the
 * annotator and the clusterer must be thread-safe (their interfaces promise it). Immutable; thread-safe when
 * they are.
 *
 * <p>As {@code EvaluatorTest} builds and runs it, with the CLI's stages in place of the fakes:
 *
 * <pre>{@code
 * Evaluator evaluator = new Evaluator(pipeline, annotator, stories)
 *     .withValidationPipeline(folder -> pipelineFor(folder));
 * EvalReport report = evaluator.run("geo", Path.of("data/dev/geo/geowebnews.jsonl"), new EvalOptions(20, null));
 * System.out.println(json ? report.toJson() : report.toTable());
 * }</pre>
 */
public final class Evaluator {
  /** The task names, in the order of {@code CLI.md}. */
  public static final List<String> TASKS = List.of("ner", "geo", "time", "quotes", "events", "dedup");

  private final Pipeline pipeline;
  private final LinguisticAnnotator annotator;
  private final StoryClusterer stories;
  private final Function<Path, Pipeline> validation;

  /**
   * @param pipeline the pipeline to score (geo, time, quotes, events), or null when only other tasks are run
   * @param stories the story clusterer (dedup), or null: dedup then scores a baseline that leaves each document
   *     alone, and says so
   */
  public Evaluator(Pipeline pipeline, StoryClusterer stories) {
    this(pipeline, null, stories);
  }

  /**
   * @param pipeline the pipeline to score (geo, time, quotes, events), or null when only other tasks are run
   * @param annotator the linguistic annotator whose entities ner scores (the pipeline does not expose them), or
   *     null when ner is not run
   * @param stories the story clusterer (dedup), or null for the each-document-alone baseline
   */
  public Evaluator(Pipeline pipeline, LinguisticAnnotator annotator, StoryClusterer stories) {
    this(pipeline, annotator, stories, null);
  }

  private Evaluator(
      Pipeline pipeline, LinguisticAnnotator annotator, StoryClusterer stories, Function<Path, Pipeline> validation) {
    this.pipeline = pipeline;
    this.annotator = annotator;
    this.stories = stories;
    this.validation = validation;
  }

  /**
   * This evaluator, but events records coded against the toy dictionaries ({@code "dictionaries": "validate"}) are
   * run with the pipeline that {@code forDictionaryFolder} builds for their folder:
   * {@code <folder of the gold file>/validate-dictionaries/petrarch2} for corpus {@code petrarch2-unittest},
   * {@code .../udpetrarch-2_02} for {@code udpetrarch-validate-2_02}. Called at most once per folder, only when such
   * records are scored. Without it, those records run with the main pipeline.
   */
  public Evaluator withValidationPipeline(Function<Path, Pipeline> forDictionaryFolder) {
    return new Evaluator(pipeline, annotator, stories,
        Objects.requireNonNull(forDictionaryFolder, "forDictionaryFolder"));
  }

  /**
   * Runs newsgraph on the gold data of {@code task} and scores it.
   *
   * @param task {@code ner}, {@code geo}, {@code time}, {@code quotes}, {@code events} or {@code dedup}
   * @param gold a file; for time also a folder searched recursively for {@code .tml}, for events also a folder of
   *     {@code .jsonl}
   * @throws IllegalArgumentException for an unknown task, gold data that is missing, unreadable or malformed, or a
   *     task whose stage this evaluator was not given
   * @throws java.io.UncheckedIOException when the predictions file cannot be written
   */
  public EvalReport run(String task, Path gold, EvalOptions options) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(options, "options");
    GoldTask<?, ?> scorer = task(task);
    requireExists(gold);
    return scorer.run(task, gold, options);
  }

  /**
   * Scores a predictions file that {@link #run} wrote with {@link EvalOptions#predictions()} against the same gold
   * data, with the same metric code and without running newsgraph; {@code options.predictions()} is ignored.
   *
   * @throws IllegalArgumentException as {@link #run}, and when the predictions do not fit the gold data
   */
  public EvalReport rescore(String task, Path gold, Path predictions, EvalOptions options) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predictions, "predictions");
    Objects.requireNonNull(options, "options");
    GoldTask<?, ?> scorer = task(task);
    requireExists(gold);
    return scorer.rescore(task, gold, predictions, options);
  }

  private GoldTask<?, ?> task(String name) {
    if (name == null) {
      throw new IllegalArgumentException("no eval task given; expected one of " + String.join(", ", TASKS));
    }
    return switch (name) {
      case "ner" -> new NerTask(annotator);
      case "geo" -> new GeoTask(pipeline);
      case "time" -> new TimeTask(pipeline);
      case "quotes" -> new QuoteTask(pipeline);
      case "events" -> new EventTask(pipeline, validation);
      case "dedup" -> new DedupTask(stories);
      default -> throw new IllegalArgumentException(
          "unknown eval task \"" + name + "\"; expected one of " + String.join(", ", TASKS));
    };
  }

  private static void requireExists(Path gold) {
    if (!Files.exists(gold)) {
      throw new IllegalArgumentException("gold data not found: " + gold);
    }
    if (!Files.isReadable(gold)) {
      throw new IllegalArgumentException("gold data not readable: " + gold);
    }
  }
}
