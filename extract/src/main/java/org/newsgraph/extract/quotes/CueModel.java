package org.newsgraph.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.parse.ParseTree;

/**
 * Logistic regression over {@link CueFeatures}: the probability that a verb introduces an attribution, and the
 * threshold from which the quotes stage takes it for a cue. Trained on PolNeAR's training split by
 * {@code org.newsgraph.cli.TrainQuoteCues} and shipped as the resource {@code cue-model.tsv} (feature, weight; a line
 * {@code #threshold} holds the threshold).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class CueModel {
  private static final String RESOURCE = "/org/newsgraph/extract/quotes/cue-model.tsv";

  private final Map<String, Double> weights;
  private final double threshold;
  private final double lone;

  CueModel(Map<String, Double> weights, double threshold, double lone) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("cue model threshold must lie in (0, 1): " + threshold);
    }
    if (!(lone > 0 && lone <= threshold)) {
      throw new IllegalArgumentException("cue model lone threshold must lie in (0, " + threshold + "]: " + lone);
    }
    this.weights = Map.copyOf(weights);
    this.threshold = threshold;
    this.lone = lone;
  }

  /** The model shipped with newsgraph. */
  public static CueModel load() {
    return of(WeightsFile.load(RESOURCE, "cue model"));
  }

  /**
   * A model in the resource format.
   *
   * @throws IllegalArgumentException naming the line when a line is not a feature and a weight, or the threshold is
   *     missing or outside (0, 1)
   */
  public static CueModel read(BufferedReader reader) throws IOException {
    return of(WeightsFile.read(reader, "cue model"));
  }

  private static CueModel of(WeightsFile.Contents file) {
    Double threshold = file.settings().get("#threshold");
    Double lone = file.settings().get("#lone-threshold");
    if (threshold == null) {
      throw new IllegalArgumentException("cue model has no #threshold line");
    }
    return new CueModel(file.weights(), threshold, lone == null ? threshold : lone);
  }

  /** Writes the model in the resource format, features sorted, so that the same model gives the same file. */
  public void write(Writer out, String comment) throws IOException {
    LinkedHashMap<String, Double> settings = new LinkedHashMap<>();
    settings.put("#threshold", threshold);
    if (lone != threshold) {
      settings.put("#lone-threshold", lone);
    }
    WeightsFile.write(out, comment, settings, weights, 6);
  }

  public double threshold() {
    return threshold;
  }

  /**
   * The threshold from which a sentence's best candidate is taken for a cue when no candidate of the sentence reaches
   * {@link #threshold()} and it has no "according to"; equal to it when there is no such second chance.
   */
  public double loneThreshold() {
    return lone;
  }

  /** The probability that token {@code i} of {@code tree} is a cue; 0 for words that are not candidates. */
  public double probability(ParseTree tree, int i) {
    return probability(tree, i, CueContext.NONE);
  }

  /** The probability that token {@code i} of {@code tree} is a cue, its sentence lying in {@code context}. */
  public double probability(ParseTree tree, int i, CueContext context) {
    return CueFeatures.isCandidate(tree, i) ? probability(CueFeatures.of(tree, i, context)) : 0;
  }

  /** The learned weight of feature {@code name}; 0 for a feature the model does not know. */
  public double weight(String name) {
    return weights.getOrDefault(name, 0.0);
  }

  /** Whether token {@code i} of {@code tree} is a cue. */
  public boolean isCue(ParseTree tree, int i) {
    return isCue(tree, i, CueContext.NONE);
  }

  /** Whether token {@code i} of {@code tree} is a cue, its sentence lying in {@code context}. */
  public boolean isCue(ParseTree tree, int i, CueContext context) {
    double p = probability(tree, i, context);
    if (p >= threshold) {
      return true;
    }
    if (p < lone || p == 0) {
      return false;
    }
    // a second chance for the sentence's best candidate when none of its candidates reaches the threshold and it has
    // no "according to" (a cue the stage takes without the model)
    for (int j = 0; j < tree.size(); j++) {
      if (CueFeatures.isAccordingTo(tree, j)) {
        return false;
      }
      if (j != i) {
        double q = probability(tree, j, context);
        if (q >= threshold || q > p || q == p && j < i) {
          return false;
        }
      }
    }
    return true;
  }

  double probability(List<String> features) {
    return probability(weights, features);
  }

  /** A training example: feature names and whether the word was a cue. */
  public record Example(List<String> features, boolean cue) {
    public Example {
      features = List.copyOf(features);
    }
  }

  /**
   * Fits the weights by stochastic gradient descent on the log loss with L2 regularisation ({@code l2} per example),
   * {@code epochs} passes in an order shuffled with {@code seed}, and returns the average of the weights over the steps
   * after the first pass (steadier than the last step's weights); the same arguments give the same model.
   */
  public static Map<String, Double> fit(List<Example> examples, int epochs, double l2, long seed) {
    return fit(examples, epochs, l2, seed, 1);
  }

  /**
   * As {@link #fit(List, int, double, long)}, leaving out the features that fewer than {@code minCount} examples have
   * (a feature seen once gets a weight that says little and takes a line of the model).
   */
  public static Map<String, Double> fit(List<Example> examples, int epochs, double l2, long seed, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    for (Example e : examples) {
      for (String f : e.features()) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    Map<String, Integer> index = new HashMap<>();
    List<int[]> rows = new ArrayList<>();
    for (Example e : examples) {
      int[] row = e.features().stream().filter(f -> counts.get(f) >= minCount)
          .mapToInt(f -> index.computeIfAbsent(f, x -> index.size())).toArray();
      rows.add(row);
    }
    AveragedWeights w = new AveragedWeights(index.size(), epochs > 1 ? rows.size() : 0);
    Epochs order = new Epochs(rows.size(), seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int k : order.next()) {
        int[] row = rows.get(k);
        double z = 0;
        for (int f : row) {
          z += w.get(f);
        }
        double p = 1 / (1 + Math.exp(-z));
        double gradient = (examples.get(k).cue() ? 1 : 0) - p;
        double rate = w.nextRate();
        for (int f : row) {
          w.add(f, gradient, l2, rate);
        }
      }
    }
    return w.averages(index, 1e6);
  }

  /** A model of fitted weights with a threshold. */
  public static CueModel of(Map<String, Double> weights, double threshold) {
    return new CueModel(weights, threshold, threshold);
  }

  /**
   * A model of fitted weights with a threshold, and a lower one from which a sentence's best candidate is taken when
   * none of its candidates reaches the first.
   */
  public static CueModel of(Map<String, Double> weights, double threshold, double lone) {
    return new CueModel(weights, threshold, lone);
  }

  /** The probability a model of {@code weights} gives {@code features}, for choosing a threshold. */
  public static double probability(Map<String, Double> weights, List<String> features) {
    double z = 0;
    for (String f : features) {
      z += weights.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }
}
