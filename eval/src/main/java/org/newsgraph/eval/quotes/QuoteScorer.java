package org.newsgraph.eval.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.eval.Counts;
import org.newsgraph.eval.Matching;
import org.newsgraph.model.Span;

/**
 * Attribution scores per role (source, cue, content).
 *
 * <p>Exact: a prediction matches a gold role when the ranges {@code [min start, max end)} of their spans are equal
 * (a discontinuous gold role thus needs a prediction over its whole range). Overlap: when a character lies in
 * both. Matching is one-to-one and greedy in document order, exact pairs first. Attributions whose role has no
 * span (gold {@code source: []}, a quote without a speaker mention) take no part in that role's scores.
 *
 * <p>{@code speaker_accuracy}: the share of all gold attributions whose content was found (the overlap matching
 * of content pairs it with a prediction) and whose source that prediction got right: its source overlaps the gold
 * source, or both have none.
 */
public final class QuoteScorer {
  /** The roles of an attribution. */
  public enum Role {
    SOURCE(Attribution::source), CUE(Attribution::cue), CONTENT(Attribution::content);

    private final Function<Attribution, List<Span>> spans;

    Role(Function<Attribution, List<Span>> spans) {
      this.spans = spans;
    }

    public List<Span> of(Attribution a) {
      return spans.apply(a);
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A matching of one role in one document.
   *
   * @param gold indices of the gold attributions that have the role, in document order
   * @param predicted indices of the predictions that have it, in document order
   * @param match for each of {@code gold}, the position in {@code predicted} of its match, or -1
   */
  public record RoleMatch(List<Integer> gold, List<Integer> predicted, int[] match) {
    public int matched() {
      return Matching.matched(match);
    }

    /** The index of the prediction matched to gold attribution {@code g}, or -1. */
    public int predictedFor(int g) {
      int i = gold.indexOf(g);
      return i < 0 || match[i] < 0 ? -1 : predicted.get(match[i]);
    }
  }

  private QuoteScorer() {}

  public static RoleMatch match(List<Attribution> gold, List<Attribution> predicted, Role role, boolean overlap) {
    List<Integer> g = having(gold, role);
    List<Integer> p = having(predicted, role);
    Matching.Pairs exact = (i, j) -> {
      int[] a = Attribution.cover(role.of(gold.get(g.get(i))));
      int[] b = Attribution.cover(role.of(predicted.get(p.get(j))));
      return a[0] == b[0] && a[1] == b[1];
    };
    Matching.Pairs loose = overlap
        ? (i, j) -> Attribution.overlap(role.of(gold.get(g.get(i))), role.of(predicted.get(p.get(j))))
        : null;
    return new RoleMatch(g, p, Matching.greedy(g.size(), p.size(), exact, loose));
  }

  /** Whether the prediction whose content matched {@code gold} (null when none did) got its source right. */
  public static boolean speakerRight(Attribution gold, Attribution predicted) {
    if (predicted == null) {
      return false;
    }
    if (gold.source().isEmpty()) {
      return predicted.source().isEmpty();
    }
    return Attribution.overlap(gold.source(), predicted.source());
  }

  /**
   * {@code <role>_precision_<mode>}, {@code <role>_recall_<mode>}, {@code <role>_f1_<mode>} for the roles source,
   * cue, content and the modes exact and overlap, then {@code speaker_accuracy}.
   */
  public static Map<String, Object> metrics(List<List<Attribution>> gold, List<List<Attribution>> predicted) {
    Map<String, Object> metrics = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      for (boolean overlap : new boolean[] {false, true}) {
        Counts counts = Counts.zero();
        for (int d = 0; d < gold.size(); d++) {
          RoleMatch m = match(gold.get(d), predicted.get(d), role, overlap);
          counts = counts.plus(m.matched(), m.predicted().size(), m.gold().size());
        }
        String mode = overlap ? "overlap" : "exact";
        metrics.put(role.label() + "_precision_" + mode, counts.precision());
        metrics.put(role.label() + "_recall_" + mode, counts.recall());
        metrics.put(role.label() + "_f1_" + mode, counts.f1());
      }
    }
    int all = 0;
    int right = 0;
    for (int d = 0; d < gold.size(); d++) {
      List<Attribution> g = gold.get(d);
      RoleMatch content = match(g, predicted.get(d), Role.CONTENT, true);
      all += g.size();
      for (int i = 0; i < g.size(); i++) {
        int p = content.predictedFor(i);
        if (speakerRight(g.get(i), p < 0 ? null : predicted.get(d).get(p))) {
          right++;
        }
      }
    }
    metrics.put("speaker_accuracy", Counts.ratio(right, all));
    return metrics;
  }

  private static List<Integer> having(List<Attribution> attributions, Role role) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < attributions.size(); i++) {
      if (!role.of(attributions.get(i)).isEmpty()) {
        indices.add(i);
      }
    }
    indices.sort(Comparator.comparingInt((Integer i) -> Attribution.cover(role.of(attributions.get(i)))[0])
        .thenComparingInt(i -> Attribution.cover(role.of(attributions.get(i)))[1]));
    return indices;
  }
}
