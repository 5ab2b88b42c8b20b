package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.internal.ProblemLog;

/**
 * One evaluation task: reads gold data of type {@code G}, produces predictions of type {@code P}, writes and reads
 * them in the gold format, and scores them. {@link #run} and {@link #rescore} share {@link #score}, so a predictions
 * file scored later gives the figures of the run that wrote it.
 *
 * <p>Implementations are not required to be thread-safe; the Evaluator makes one per run.
 */
public abstract class GoldTask<G, P> {
  /**
   * Reads the gold data.
   *
   * @throws IllegalArgumentException when it is missing, unreadable or malformed, naming the file (and line)
   */
  protected abstract G read(Path gold);

  /** Runs newsgraph on the gold documents; stage failures go to {@code problems}, not out as exceptions. */
  protected abstract P predict(G gold, ProblemLog problems);

  /** Writes the predictions in the task's gold format (see each task's class comment). */
  protected abstract void write(G gold, P predictions, Path file) throws IOException;

  /** Reads predictions written by {@link #write} for the same gold data. */
  protected abstract P readPredictions(G gold, Path file);

  /** Scores the predictions against the gold data, listing up to {@code errors} misses and false alarms. */
  protected abstract Scores score(G gold, P predictions, int errors);

  /** Reads the gold data, predicts, writes the predictions if asked, and scores. */
  public final EvalReport run(String task, Path gold, EvalOptions options) {
    long started = System.nanoTime();
    G data = read(gold);
    ProblemLog problems = new ProblemLog();
    P predictions = predict(data, problems);
    if (options.predictions() != null) {
      Path file = options.predictions();
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        write(data, predictions, file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write predictions to " + file + ": " + e.getMessage(), e);
      }
    }
    Scores scores = score(data, predictions, options.errors());
    Map<String, Object> metrics = new LinkedHashMap<>(scores.metrics());
    metrics.put("problems", problems.count());
    List<String> notes = new ArrayList<>(scores.notes());
    if (problems.count() > 0) {
      notes.add(problems.count() + " document(s) had stage failures, scored with what the other stages found; first: "
          + problems.first());
    }
    if (options.predictions() != null) {
      notes.add("predictions written to " + options.predictions());
    }
    Scores withProblems = new Scores(scores.documents(), scores.items(), metrics, notes, scores.errorLines());
    return EvalReport.of(task, gold.toString(), withProblems, (System.nanoTime() - started) / 1e9);
  }

  /** Scores a predictions file written earlier by {@link #run} against the gold data, without running newsgraph. */
  public final EvalReport rescore(String task, Path gold, Path predictionsFile, EvalOptions options) {
    long started = System.nanoTime();
    G data = read(gold);
    if (!Files.isRegularFile(predictionsFile)) {
      throw new IllegalArgumentException("predictions file not found: " + predictionsFile);
    }
    P predictions = readPredictions(data, predictionsFile);
    Scores scores = score(data, predictions, options.errors());
    return EvalReport.of(task, gold.toString(), scores, (System.nanoTime() - started) / 1e9);
  }
}
