package org.newsgraph.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.extract.parse.ParseTree;
import org.newsgraph.model.Sentence;

/**
 * Logistic regression over {@link CueFeatures}: the probability that a verb introduces an attribution, and the
 * threshold from which the quotes stage takes it for a cue. Trained on PolNeAR's training split by
 * {@code org.newsgraph.cli.TrainQuoteCues} and shipped as the resource {@code cue-model.tsv} (feature, weight; a line
 * {@code #threshold} holds the threshold).
 *
 * <p>Besides the sparse features, a candidate's contextual word vector ({@link WordEncoder}) enters the score through
 * dense weights, one per dimension and family, named {@code v:<d>} (verbs), {@code n:v:<d>} (nouns) and {@code
 * a:v:<d>} (adjectives) in the same file. A model without such weights never asks for vectors.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class CueModel {
  private static final String RESOURCE = "/org/newsgraph/extract/quotes/cue-model.tsv";
  private static final String VECTORS_RESOURCE = "/org/newsgraph/extract/quotes/cue-model-vectors.tsv";
  /** The feature-name prefixes of the candidate families ({@link #family}): verbs, nouns, adjectives. */
  private static final String[] FAMILY_PREFIXES = {"", "n:", "a:"};
  /** The names of the dense weights by family and dimension: {@code v:<d>}, {@code n:v:<d>}, {@code a:v:<d>}. */
  private static final String[][] VECTOR_FEATURES = new String[FAMILY_PREFIXES.length][WordEncoder.DIMENSIONS];

  static {
    for (int k = 0; k < FAMILY_PREFIXES.length; k++) {
      for (int d = 0; d < WordEncoder.DIMENSIONS; d++) {
        VECTOR_FEATURES[k][d] = FAMILY_PREFIXES[k] + "v:" + d;
      }
    }
  }

  private final Map<String, Double> weights;
  private final double threshold;
  private final double lone;
  /** The dense weights of each family ({@link #FAMILY_PREFIXES}), or null when the model has none. */
  private final float[][] dense;
  /** Where a sentence's word vectors come from (the encoder, or vectors computed before, in training). */
  private final Function<Sentence, float[][]> vectors;


  CueModel(Map<String, Double> weights, double threshold, double lone) {
    this(weights, threshold, lone, CueModel::encode);
  }

  private CueModel(Map<String, Double> weights, double threshold, double lone,
      Function<Sentence, float[][]> vectors) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("cue model threshold must lie in (0, 1): " + threshold);
    }
    if (!(lone > 0 && lone <= threshold)) {
      throw new IllegalArgumentException("cue model lone threshold must lie in (0, " + threshold + "]: " + lone);
    }
    this.weights = Map.copyOf(weights);
    this.threshold = threshold;
    this.lone = lone;
    this.dense = denseWeights(weights);
    this.vectors = vectors;
  }

  private static float[][] denseWeights(Map<String, Double> weights) {
    float[][] dense = new float[FAMILY_PREFIXES.length][WordEncoder.DIMENSIONS];
    boolean any = false;
    for (int k = 0; k < FAMILY_PREFIXES.length; k++) {
      for (int d = 0; d < WordEncoder.DIMENSIONS; d++) {
        Double w = weights.get(vectorFeature(k, d));
        if (w != null) {
          dense[k][d] = w.floatValue();
          any = true;
        }
      }
    }
    return any ? dense : null;
  }

  /** The name of the dense weight of dimension {@code d} for candidates of {@code family} ({@link #family}). */
  public static String vectorFeature(int family, int d) {
    return VECTOR_FEATURES[family][d];
  }

  /**
   * The family of a feature, and so of the candidate that has it: 0 for verbs, 1 for nouns ({@code n:…}), 2 for
   * adjectives ({@code a:…}); {@link CueFeatures} gives the families no feature in common.
   */
  public static int family(String feature) {
    return feature.startsWith("n:") ? 1 : feature.startsWith("a:") ? 2 : 0;
  }

  private static float[][] encode(Sentence sentence) {
    List<String> words = new ArrayList<>(sentence.tokens().size());
    sentence.tokens().forEach(t -> words.add(t.word()));
    return WordEncoder.shared().encode(words);
  }

  /**
   * This model reading each sentence's word vectors from {@code source} instead of the encoder (a trainer that has
   * computed them once for many passes); {@code source} gives a row for each candidate word at least.
   */
  public CueModel withVectors(Function<Sentence, float[][]> source) {
    return new CueModel(weights, threshold, lone, source);
  }

  /** Whether the model reads word vectors (it has dense weights). */
  public boolean readsVectors() {
    return dense != null;
  }

  /** The model shipped with newsgraph, of sparse features alone: the stage's default. */
  public static CueModel load() {
    return of(WeightsFile.load(RESOURCE, "cue model"));
  }

  /**
   * The shipped model that also reads each candidate's word vector ({@code cue-model-vectors.tsv}, trained by the
   * same command with {@code -Dcues.vectors=true}): more accurate, but the encoder then takes most of the quotes
   * stage's time (README), so the stage uses it only when asked ({@code NEWSGRAPH_QUOTE_VECTORS=on}).
   */
  public static CueModel loadWithVectors() {
    return of(WeightsFile.load(VECTORS_RESOURCE, "cue model with vectors"));
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
    if (!CueFeatures.isCandidate(tree, i)) {
      return 0;
    }
    List<String> features = CueFeatures.of(tree, i, context);
    double z = sparse(weights, features);
    if (dense != null) {
      float[] w = dense[family(features.get(0))];
      float[] x = context.vector(tree, i, vectors);
      for (int d = 0; d < w.length; d++) {
        z += w[d] * x[d];
      }
    }
    return 1 / (1 + Math.exp(-z));
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

  /**
   * A training example: feature names, the word's vector ({@link WordEncoder}; null when the trainer reads none) and
   * whether the word was a cue.
   */
  public record Example(List<String> features, float[] vector, boolean cue) {
    public Example {
      features = List.copyOf(features);
    }

    public Example(List<String> features, boolean cue) {
      this(features, null, cue);
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
    Standardized vectors = Standardized.of(examples);
    int first = index.size();
    if (vectors != null) {
      for (int d = 0; d < WordEncoder.DIMENSIONS; d++) {
        index.put(vectorFeature(vectors.family, d), first + d);
      }
    }
    AveragedWeights w = new AveragedWeights(index.size(), epochs > 1 ? rows.size() : 0);
    Epochs order = new Epochs(rows.size(), seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int k : order.next()) {
        int[] row = rows.get(k);
        float[] x = vectors == null ? null : vectors.rows[k];
        double z = 0;
        for (int f : row) {
          z += w.get(f);
        }
        for (int d = 0; x != null && d < x.length; d++) {
          z += w.get(first + d) * x[d];
        }
        double p = 1 / (1 + Math.exp(-z));
        double gradient = (examples.get(k).cue() ? 1 : 0) - p;
        double rate = w.nextRate();
        for (int f : row) {
          w.add(f, gradient, l2, rate);
        }
        for (int d = 0; x != null && d < x.length; d++) {
          w.add(first + d, gradient * x[d], l2, rate);
        }
      }
    }
    Map<String, Double> weights = w.averages(index, 1e6);
    if (vectors != null) {
      vectors.unscale(weights, examples.get(0).features().get(0));
    }
    return weights;
  }

  /**
   * The examples' vectors standardized per dimension and scaled by {@code 2 / sqrt(dimensions)}, so that a vector
   * moves the score about as much as a few sparse features do and stochastic gradient descent stays stable; the
   * fitted weights are then turned back into weights on the raw vectors ({@link #unscale}), the bias taking up the
   * means. Null when no example has a vector. All examples are of one {@code family}.
   */
  private static final class Standardized {
    final int family;
    final float[][] rows;
    final double[] mean;
    final double[] scale;

    private Standardized(int family, float[][] rows, double[] mean, double[] scale) {
      this.family = family;
      this.rows = rows;
      this.mean = mean;
      this.scale = scale;
    }

    static Standardized of(List<Example> examples) {
      int n = 0;
      int dims = WordEncoder.DIMENSIONS;
      double[] sum = new double[dims];
      double[] squares = new double[dims];
      for (Example e : examples) {
        if (e.vector() != null) {
          n++;
          for (int d = 0; d < dims; d++) {
            sum[d] += e.vector()[d];
            squares[d] += (double) e.vector()[d] * e.vector()[d];
          }
        }
      }
      if (n == 0) {
        return null;
      }
      double[] mean = new double[dims];
      double[] scale = new double[dims];
      for (int d = 0; d < dims; d++) {
        mean[d] = sum[d] / n;
        double sd = Math.sqrt(Math.max(0, squares[d] / n - mean[d] * mean[d]));
        scale[d] = sd > 1e-6 ? 2 / (Math.sqrt(dims) * sd) : 0;
      }
      float[][] rows = new float[examples.size()][];
      for (int k = 0; k < examples.size(); k++) {
        float[] v = examples.get(k).vector();
        if (v != null) {
          rows[k] = new float[dims];
          for (int d = 0; d < dims; d++) {
            rows[k][d] = (float) ((v[d] - mean[d]) * scale[d]);
          }
        }
      }
      return new Standardized(family(examples.get(0).features().get(0)), rows, mean, scale);
    }

    /** Turns the weights on standardized vectors into weights on raw ones, {@code bias} taking up the means. */
    void unscale(Map<String, Double> weights, String bias) {
      double shift = 0;
      for (int d = 0; d < mean.length; d++) {
        String name = vectorFeature(family, d);
        Double w = weights.get(name);
        if (w != null) {
          double raw = w * scale[d];
          shift += raw * mean[d];
          weights.put(name, Math.round(raw * 1e6) / 1e6);
        }
      }
      weights.merge(bias, -shift, (a, b) -> Math.round((a + b) * 1e6) / 1e6);
    }
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
    return probability(weights, new Example(features, false));
  }

  /** The probability a model of {@code weights} gives example {@code e}, its vector included. */
  public static double probability(Map<String, Double> weights, Example e) {
    double z = sparse(weights, e.features());
    if (e.vector() != null) {
      int family = family(e.features().get(0));
      for (int d = 0; d < e.vector().length; d++) {
        z += weights.getOrDefault(vectorFeature(family, d), 0.0) * e.vector()[d];
      }
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The sum of the weights of {@code features}, a feature the weights do not know counting 0. */
  private static double sparse(Map<String, Double> weights, List<String> features) {
    double z = 0;
    for (String f : features) {
      z += weights.getOrDefault(f, 0.0);
    }
    return z;
  }
}
