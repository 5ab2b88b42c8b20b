package org.newsgraph.eval.dedup;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.Counts;

/**
 * Clustering scores over documents, each with a gold and a predicted cluster label.
 *
 * <p>B-cubed (Bagga and Baldwin 1998): for each document, precision = the share of its predicted cluster that is in
 * its gold cluster, recall = the share of its gold cluster that is in its predicted cluster (the document itself
 * included); both averaged over documents; F1 of the two averages. Pairwise: over unordered document pairs, a pair
 * is predicted when both share a predicted cluster and true when both share a gold cluster.
 */
public final class ClusterScorer {
  private ClusterScorer() {}

  /**
   * {@code bcubed_precision}, {@code bcubed_recall}, {@code bcubed_f1}, {@code pairwise_precision},
   * {@code pairwise_recall}, {@code pairwise_f1}.
   *
   * @param gold gold cluster label per document
   * @param predicted predicted cluster label per document, in the same order
   */
  public static Map<String, Object> metrics(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predicted");
    }
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      goldSize.merge(gold.get(i), 1, Integer::sum);
      predictedSize.merge(predicted.get(i), 1, Integer::sum);
      both.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (int i = 0; i < gold.size(); i++) {
      double common = both.get(gold.get(i) + "\u0000" + predicted.get(i));
      precision += common / predictedSize.get(predicted.get(i));
      recall += common / goldSize.get(gold.get(i));
    }
    int n = gold.size();
    double p = n == 0 ? 0 : precision / n;
    double r = n == 0 ? 0 : recall / n;
    long truePairs = pairs(both);
    long predictedPairs = pairs(predictedSize);
    long goldPairs = pairs(goldSize);
    double pp = Counts.ratio(truePairs, predictedPairs);
    double pr = Counts.ratio(truePairs, goldPairs);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("bcubed_precision", p);
    metrics.put("bcubed_recall", r);
    metrics.put("bcubed_f1", Counts.f1(p, r));
    metrics.put("pairwise_precision", pp);
    metrics.put("pairwise_recall", pr);
    metrics.put("pairwise_f1", Counts.f1(pp, pr));
    return metrics;
  }

  private static long pairs(Map<String, Integer> sizes) {
    long pairs = 0;
    for (int size : sizes.values()) {
      pairs += (long) size * (size - 1) / 2;
    }
    return pairs;
  }
}
