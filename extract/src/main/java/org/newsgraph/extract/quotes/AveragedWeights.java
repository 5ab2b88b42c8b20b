package org.newsgraph.extract.quotes;

import java.util.HashMap;
import java.util.Map;

/**
 * The weights of the quotes stage's learners ({@link CueModel}, {@link SourceRanker}) as stochastic gradient descent
 * changes them, with their average over the steps after a burn-in (the first pass, whose early steps are far from the
 * optimum): {@code u} sums {@code (s - burn - 1)} times each change at step {@code s > burn}, and the average is
 * {@code w - u / (steps - burn)}. The learning rate decays as {@code 0.1 / (1 + step * 1e-5)}.
 */
final class AveragedWeights {
  private final double[] w;
  private final double[] u;
  private final long burn;
  private long step;

  AveragedWeights(int features, long burn) {
    this.w = new double[features];
    this.u = new double[features];
    this.burn = burn;
  }

  /** The current weight of feature {@code f}. */
  double get(int f) {
    return w[f];
  }

  /** Starts a step: its learning rate. */
  double nextRate() {
    return 0.1 / (1 + step++ * 1e-5);
  }

  /** Moves feature {@code f} along {@code gradient}, less the L2 pull, at {@code rate}. */
  void add(int f, double gradient, double l2, double rate) {
    double change = rate * (gradient - l2 * w[f]);
    w[f] += change;
    if (step > burn) {
      u[f] += (step - burn - 1) * change;
    }
  }

  /** The averaged weight of each feature of {@code index}, rounded to {@code 1 / scale}; zero weights left out. */
  Map<String, Double> averages(Map<String, Integer> index, double scale) {
    Map<String, Double> weights = new HashMap<>();
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      int f = e.getValue();
      double average = step > burn ? w[f] - u[f] / (step - burn) : w[f];
      double value = Math.round(average * scale) / scale;
      if (value != 0) {
        weights.put(e.getKey(), value);
      }
    }
    return weights;
  }
}
