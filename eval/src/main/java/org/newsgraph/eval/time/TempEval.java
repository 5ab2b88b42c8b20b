package org.newsgraph.eval.time;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.eval.Counts;
import org.newsgraph.eval.Matching;

/**
 * TempEval-3 task A scores (UzZaman et al. 2013). Extent: a strict match has the same span, a relaxed match
 * overlaps; each gold expression and each prediction is matched at most once, exact matches first, then in
 * document order. Attributes: type and value accuracy over the relaxed matches, compared as exact strings;
 * {@code value_f1} = {@code relaxed_f1} x {@code value_accuracy}, {@code type_f1} likewise.
 */
public final class TempEval {
  private TempEval() {}

  /** For each gold expression of one document, the index of its relaxed match among the predictions, or -1. */
  public static int[] relaxed(List<Timex> gold, List<Timex> predicted) {
    return Matching.greedy(gold.size(), predicted.size(),
        (g, p) -> sameSpan(gold.get(g), predicted.get(p)),
        (g, p) -> gold.get(g).span().overlaps(predicted.get(p).span()));
  }

  public static int[] strict(List<Timex> gold, List<Timex> predicted) {
    return Matching.greedy(gold.size(), predicted.size(), (g, p) -> sameSpan(gold.get(g), predicted.get(p)), null);
  }

  /** The metrics over documents: gold and predicted expressions per document. */
  public static Map<String, Object> metrics(List<List<Timex>> gold, List<List<Timex>> predicted) {
    Counts strict = Counts.zero();
    Counts relaxed = Counts.zero();
    int typeRight = 0;
    int valueRight = 0;
    for (int d = 0; d < gold.size(); d++) {
      List<Timex> g = gold.get(d);
      List<Timex> p = predicted.get(d);
      strict = strict.plus(Matching.matched(strict(g, p)), p.size(), g.size());
      int[] match = relaxed(g, p);
      relaxed = relaxed.plus(Matching.matched(match), p.size(), g.size());
      for (int i = 0; i < match.length; i++) {
        if (match[i] >= 0) {
          Timex t = p.get(match[i]);
          if (Objects.equals(g.get(i).type(), t.type())) {
            typeRight++;
          }
          if (Objects.equals(g.get(i).value(), t.value())) {
            valueRight++;
          }
        }
      }
    }
    double typeAccuracy = Counts.ratio(typeRight, relaxed.correct());
    double valueAccuracy = Counts.ratio(valueRight, relaxed.correct());
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("strict_precision", strict.precision());
    metrics.put("strict_recall", strict.recall());
    metrics.put("strict_f1", strict.f1());
    metrics.put("relaxed_precision", relaxed.precision());
    metrics.put("relaxed_recall", relaxed.recall());
    metrics.put("relaxed_f1", relaxed.f1());
    metrics.put("type_accuracy", typeAccuracy);
    metrics.put("value_accuracy", valueAccuracy);
    metrics.put("type_f1", relaxed.f1() * typeAccuracy);
    metrics.put("value_f1", relaxed.f1() * valueAccuracy);
    return metrics;
  }

  static boolean sameSpan(Timex a, Timex b) {
    return a.span().start() == b.span().start() && a.span().end() == b.span().end();
  }
}
