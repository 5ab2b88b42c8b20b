package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newsgraph.eval.Counts;

/** Entity-level precision, recall and F1 as the {@code conlleval} script computes them: exact span and type. */
public final class Conlleval {
  /** The CoNLL-2003 types, always listed in {@code per_type} in this order. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  private Conlleval() {}

  /** Which gold entities and which predictions found a partner; each gold entity pairs with one prediction. */
  public record Match(boolean[] gold, boolean[] predicted) {}

  public static Match match(List<Entity> gold, List<Entity> predicted) {
    Map<Entity, List<Integer>> open = new HashMap<>();
    for (int g = 0; g < gold.size(); g++) {
      open.computeIfAbsent(gold.get(g), k -> new ArrayList<>()).add(g);
    }
    boolean[] goldFound = new boolean[gold.size()];
    boolean[] predictedRight = new boolean[predicted.size()];
    for (int p = 0; p < predicted.size(); p++) {
      List<Integer> candidates = open.get(predicted.get(p));
      if (candidates != null && !candidates.isEmpty()) {
        goldFound[candidates.remove(0)] = true;
        predictedRight[p] = true;
      }
    }
    return new Match(goldFound, predictedRight);
  }

  /** {@code precision}, {@code recall}, {@code f1} and {@code per_type} with the same three for each type. */
  public static Map<String, Object> metrics(List<Entity> gold, List<Entity> predicted) {
    Match match = match(gold, predicted);
    Map<String, int[]> byType = new HashMap<>();
    int correct = 0;
    for (int p = 0; p < predicted.size(); p++) {
      int[] c = byType.computeIfAbsent(predicted.get(p).type(), k -> new int[3]);
      c[1]++;
      if (match.predicted()[p]) {
        c[0]++;
        correct++;
      }
    }
    for (Entity g : gold) {
      byType.computeIfAbsent(g.type(), k -> new int[3])[2]++;
    }
    Counts all = new Counts(correct, predicted.size(), gold.size());
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("precision", all.precision());
    metrics.put("recall", all.recall());
    metrics.put("f1", all.f1());
    List<String> types = new ArrayList<>(TYPES);
    for (String type : new TreeSet<>(byType.keySet())) {
      if (!types.contains(type)) {
        types.add(type);
      }
    }
    Map<String, Object> perType = new LinkedHashMap<>();
    for (String type : types) {
      int[] c = byType.getOrDefault(type, new int[3]);
      Counts counts = new Counts(c[0], c[1], c[2]);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("precision", counts.precision());
      row.put("recall", counts.recall());
      row.put("f1", counts.f1());
      perType.put(type, row);
    }
    metrics.put("per_type", perType);
    return metrics;
  }
}
