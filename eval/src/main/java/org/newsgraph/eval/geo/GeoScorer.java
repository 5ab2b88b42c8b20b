package org.newsgraph.eval.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.Counts;

/**
 * The geoparsing metrics of {@code CLI.md}. Gold toponyms without coordinates are not scored.
 *
 * <p>A gold toponym is found and resolved when some resolved prediction overlaps its span; its error distance is
 * the smallest distance among those predictions, and it is right when that distance is at most {@link #KM}.
 */
public final class GeoScorer {
  /** The accuracy radius: 161 km, i.e. 100 miles. */
  public static final double KM = 161;

  private GeoScorer() {}

  /** The error distance of {@code gold} (see the class comment), or null when not found and resolved. */
  public static Double errorKm(Toponym gold, List<Toponym> predicted) {
    Double best = null;
    for (Toponym p : predicted) {
      if (p.resolved() && p.span().overlaps(gold.span())) {
        double km = p.km(gold);
        if (best == null || km < best) {
          best = km;
        }
      }
    }
    return best;
  }

  /**
   * The gold toponyms that the resolver, handed their spans, put within {@link #KM}.
   *
   * @param gold the scored gold toponyms of one document
   * @param given the resolver's place for each of them, in the same order
   * @return correct gold toponyms, to be divided by the number of gold toponyms
   */
  public static int resolvedGivenSpans(List<Toponym> gold, List<Toponym> given) {
    if (given.size() != gold.size()) {
      throw new IllegalArgumentException(
          "given-span results: " + given.size() + " places for " + gold.size() + " gold toponyms");
    }
    int correct = 0;
    for (int i = 0; i < gold.size(); i++) {
      Toponym p = given.get(i);
      if (p.resolved() && p.km(gold.get(i)) <= KM) {
        correct++;
      }
    }
    return correct;
  }

  /**
   * Stand-in for given-span results when only predictions are at hand (rescoring a predictions file): the prediction
   * at exactly each gold span, else unresolved.
   */
  static List<Toponym> atGoldSpans(List<Toponym> gold, List<Toponym> predicted) {
    List<Toponym> out = new ArrayList<>(gold.size());
    for (Toponym g : gold) {
      Toponym match = new Toponym(g.span(), null, null, null, null);
      for (Toponym p : predicted) {
        if (p.span().equals(g.span())) {
          match = p;
          break;
        }
      }
      out.add(match);
    }
    return out;
  }

  /** {@link #metrics(List, List, List)} with given-span results approximated by {@link #atGoldSpans}. */
  public static Map<String, Object> metrics(List<List<Toponym>> gold, List<List<Toponym>> predicted) {
    return metrics(gold, predicted, null);
  }

  /**
   * {@code acc161}, {@code mean_km}, {@code median_km} (null when no gold toponym was found and resolved),
   * {@code detect_precision}, {@code detect_recall}, {@code detect_f1}, {@code resolve_acc161}, and
   * {@code found_resolved}, the number of gold toponyms the distances are over, and {@code per_kind} where the gold
   * toponyms carry kinds ({@link #perKind}).
   *
   * @param gold gold toponyms per document
   * @param predicted predicted toponyms per document, resolved or not
   * @param given per document, the resolver's place for each scored gold toponym when handed its span (in gold
   *     order), or null to approximate them with {@link #atGoldSpans}
   */
  public static Map<String, Object> metrics(
      List<List<Toponym>> gold, List<List<Toponym>> predicted, List<List<Toponym>> given) {
    int goldCount = 0;
    int right = 0;
    int overlapped = 0;
    int predictedCount = 0;
    int predictedRight = 0;
    int givenSpans = 0;
    List<Double> distances = new ArrayList<>();
    for (int d = 0; d < gold.size(); d++) {
      List<Toponym> g = scored(gold.get(d));
      List<Toponym> p = predicted.get(d);
      goldCount += g.size();
      for (Toponym t : g) {
        Double km = errorKm(t, p);
        if (km != null) {
          distances.add(km);
          if (km <= KM) {
            right++;
          }
        }
        if (overlapsAny(t, p)) {
          overlapped++;
        }
      }
      predictedCount += p.size();
      for (Toponym t : p) {
        if (overlapsAny(t, g)) {
          predictedRight++;
        }
      }
      givenSpans += resolvedGivenSpans(g, given == null ? atGoldSpans(g, p) : given.get(d));
    }
    Collections.sort(distances);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("acc161", Counts.ratio(right, goldCount));
    metrics.put("mean_km",
        distances.isEmpty() ? null : distances.stream().mapToDouble(x -> x).sum() / distances.size());
    metrics.put("median_km", median(distances));
    double precision = Counts.ratio(predictedRight, predictedCount);
    double recall = Counts.ratio(overlapped, goldCount);
    metrics.put("detect_precision", precision);
    metrics.put("detect_recall", recall);
    metrics.put("detect_f1", Counts.f1(precision, recall));
    metrics.put("resolve_acc161", Counts.ratio(givenSpans, goldCount));
    metrics.put("found_resolved", distances.size());
    Map<String, Object> perKind = perKind(gold, predicted, given);
    if (!perKind.isEmpty()) {
      metrics.put("per_kind", perKind);
    }
    return metrics;
  }

  /**
   * Per gold kind (GeoWebNews' toponym types: {@code Literal}, {@code Metonymic}, {@code Non_Literal_Modifier},
   * {@code Embedded_Non_Lit}, ...), the scored toponyms ({@code items}) and their {@code acc161},
   * {@code resolve_acc161} and {@code detect_recall}; empty when the gold has no kinds (GeoVirus, LGL, TR-News).
   *
   * <p>The headline figures stay over every kind with coordinates, which is the published protocol: Gritta et al.,
   * "A Pragmatic Guide to Geoparsing Evaluation" (LREC 2019 / Language Resources and Evaluation 54, 2020), score
   * geocoding on GeoWebNews over all of its GeoNames-linked toponyms ({@code data/Geocoding/gwn_full.txt}, 2,400
   * toponyms of every type, modifiers and names inside organisations included), and Mordecai 3 (Halterman, 2023)
   * reports its GeoWebNews figure on that full set "so we can compare it with the Gritta results". The breakdown shows
   * how much of a score comes from demonym modifiers ({@code Non_Literal_Modifier}) and names inside organisations
   * ({@code Embedded_Non_Lit}), which newsgraph by design does not report as places.
   */
  static Map<String, Object> perKind(
      List<List<Toponym>> gold, List<List<Toponym>> predicted, List<List<Toponym>> given) {
    Map<String, int[]> counts = new java.util.TreeMap<>();
    for (int d = 0; d < gold.size(); d++) {
      List<Toponym> g = scored(gold.get(d));
      List<Toponym> p = predicted.get(d);
      List<Toponym> r = given == null ? atGoldSpans(g, p) : given.get(d);
      for (int i = 0; i < g.size(); i++) {
        Toponym t = g.get(i);
        if (t.kind() == null) {
          continue;
        }
        int[] c = counts.computeIfAbsent(t.kind(), k -> new int[4]);
        c[0]++;
        Double km = errorKm(t, p);
        if (km != null && km <= KM) {
          c[1]++;
        }
        if (i < r.size() && r.get(i).resolved() && r.get(i).km(t) <= KM) {
          c[2]++;
        }
        if (overlapsAny(t, p)) {
          c[3]++;
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("items", c[0]);
      m.put("acc161", Counts.ratio(c[1], c[0]));
      m.put("resolve_acc161", Counts.ratio(c[2], c[0]));
      m.put("detect_recall", Counts.ratio(c[3], c[0]));
      out.put(e.getKey(), m);
    }
    return out;
  }

  /** The gold toponyms that can be scored: those with coordinates. */
  static List<Toponym> scored(List<Toponym> gold) {
    List<Toponym> out = new ArrayList<>();
    for (Toponym t : gold) {
      if (t.resolved()) {
        out.add(t);
      }
    }
    return out;
  }

  static boolean overlapsAny(Toponym t, List<Toponym> others) {
    for (Toponym o : others) {
      if (o.span().overlaps(t.span())) {
        return true;
      }
    }
    return false;
  }

  /** The median of sorted values, or null for none. */
  static Double median(List<Double> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
