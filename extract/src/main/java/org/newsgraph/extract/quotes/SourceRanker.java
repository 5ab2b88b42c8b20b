package org.newsgraph.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.extract.parse.ParseTree;
import org.newsgraph.model.Token;

/**
 * Chooses the source of a verb cue among the words of its sentence: each nominal word (noun, proper noun, pronoun, a
 * number heading a noun phrase) and the rule cascade's own pick are candidates, and so is "no source"; a conditional
 * logistic model (one score per candidate, a softmax over them) weighs the dependency path from the cue to the
 * candidate, the cue's lemma with the path's first relation, side and distance, tag, entity type, whether the rules
 * picked it, passive voice, whether it lies inside quotation marks or inside what the cue reports, the pronoun, and
 * which of the words over the cue it is the subject of (the nearest with a subject, the next, the root), its
 * preposition, and whether it is the subject nearest the cue when the parser gives the cue several. The
 * best candidate is the source when its score beats that of "no source" by the model's margin.
 *
 * <p>Trained on PolNeAR's training split by {@code org.newsgraph.cli.TrainQuoteSources} and shipped as the resource
 * {@code source-model.tsv} (feature, weight; a line {@code #margin} holds the margin). Immutable and thread-safe.
 */
public final class SourceRanker {
  private static final String RESOURCE = "/org/newsgraph/extract/quotes/source-model.tsv";
  /** The pseudo-candidate "no source". */
  public static final int NONE = -1;
  private static final int MAX_PATH = 3;
  private static final Set<String> MARK_WORDS = Set.of("``", "''", "\"", "“", "”", "«", "»", "„");

  private final Map<String, Double> weights;
  private final double margin;

  SourceRanker(Map<String, Double> weights, double margin) {
    if (!Double.isFinite(margin)) {
      throw new IllegalArgumentException("source model margin is not finite: " + margin);
    }
    this.weights = Map.copyOf(weights);
    this.margin = margin;
  }

  /**
   * A verb cue as the ranker sees it: its sentence's tree, the cue word, the rules' pick of the source's head (or
   * {@link #NONE}), the first and last token of what the cue reports before the source is cut out (null if none), and
   * whether that is the cue's own object ("…, citing the attack").
   */
  public record Cue(ParseTree tree, int verb, int rules, int[] content, boolean ownObject) {}

  /** The model shipped with newsgraph. */
  public static SourceRanker load() {
    return of(WeightsFile.load(RESOURCE, "source model"));
  }

  /**
   * A model in the resource format.
   *
   * @throws IllegalArgumentException naming the line when a line is not a feature and a weight, or the margin is
   *     missing
   */
  public static SourceRanker read(BufferedReader reader) throws IOException {
    return of(WeightsFile.read(reader, "source model"));
  }

  private static SourceRanker of(WeightsFile.Contents file) {
    Double margin = file.settings().get("#margin");
    if (margin == null) {
      throw new IllegalArgumentException("source model has no #margin line");
    }
    return new SourceRanker(file.weights(), margin);
  }

  /** A model of fitted weights with a margin. */
  public static SourceRanker of(Map<String, Double> weights, double margin) {
    return new SourceRanker(weights, margin);
  }

  /** Writes the model in the resource format, features sorted, so that the same model gives the same file. */
  public void write(Writer out, String comment) throws IOException {
    LinkedHashMap<String, Double> settings = new LinkedHashMap<>();
    settings.put("#margin", margin);
    WeightsFile.write(out, comment, settings, weights, 4);
  }

  public double margin() {
    return margin;
  }

  /** The same weights with another margin. */
  public SourceRanker withMargin(double m) {
    return new SourceRanker(weights, m);
  }

  /** The chosen source head of a cue: the best candidate if it beats "no source" by the margin, else {@link #NONE}. */
  public int choose(Cue cue) {
    double none = score(weights, features(cue, NONE));
    int best = NONE;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k : candidates(cue)) {
      double s = score(weights, features(cue, k));
      if (s > bestScore) {
        bestScore = s;
        best = k;
      }
    }
    return best != NONE && bestScore - none > margin ? best : NONE;
  }

  /** The sum of the weights of {@code features} under {@code weights}. */
  public static double score(Map<String, Double> weights, List<String> features) {
    double z = 0;
    for (String f : features) {
      z += weights.getOrDefault(f, 0.0);
    }
    return z;
  }

  /**
   * The candidate heads of a cue's source, in sentence order: every nominal word but the cue, less those of the
   * cue's own object when that is what it reports ("recalling a visit by his father": the father is recalled, he does
   * not recall), and the rules' pick (which may be a relative pronoun, "who", or a word of another class).
   */
  public static List<Integer> candidates(Cue cue) {
    ParseTree tree = cue.tree();
    int[] content = cue.ownObject() ? cue.content() : null;
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      boolean reported = content != null && content[0] <= i && i <= content[1];
      if (i != cue.verb() && (i == cue.rules() || isNominal(tree, i) && !reported)) {
        list.add(i);
      }
    }
    return list;
  }

  /** A noun, proper noun or personal pronoun, or a number heading a noun phrase ("two of them said"). */
  static boolean isNominal(ParseTree tree, int i) {
    String pos = tree.token(i).pos();
    if (pos == null) {
      return false;
    }
    if (pos.startsWith("NN") || pos.equals("PRP")) {
      return true;
    }
    return pos.equals("CD") && !tree.relation(i).equals("nummod") && !tree.relation(i).startsWith("compound");
  }

  /** The features of candidate {@code k} of a cue ({@link #NONE} for "no source"). */
  public static List<String> features(Cue cue, int k) {
    ParseTree tree = cue.tree();
    int v = cue.verb();
    Token verb = tree.token(v);
    String lemma = lemma(verb);
    boolean passive = isPassive(tree, v);
    List<String> f = new ArrayList<>();
    if (k == NONE) {
      // what makes a cue sourceless: its lemma, its place in the parse ("to say", "saying"), the rules finding none
      f.add("none");
      f.add("none|l=" + lemma);
      f.add("none|vrel=" + tree.relation(v));
      f.add("none|vpos=" + verb.pos());
      f.add("none|rules=" + (cue.rules() == NONE ? "none" : "some"));
      f.add("none|pass=" + passive);
      f.add("none|q=" + insideQuotes(tree, v));
      return f;
    }
    Token t = tree.token(k);
    String side = k < v ? "L" : "R";
    int distance = Math.abs(k - v);
    String bucket = distance == 1 ? "1" : distance == 2 ? "2" : distance <= 4 ? "3-4" : distance <= 8 ? "5-8" : "9+";
    String path = path(tree, v, k);
    String first = path.indexOf(' ') < 0 ? path : path.substring(0, path.indexOf(' '));
    String pos = t.pos() == null ? "" : t.pos();
    String rel = tree.relation(k);
    boolean rules = k == cue.rules();
    f.add("c");
    f.add("p=" + path);
    f.add("p=" + path + "|pass=" + passive);
    f.add("l=" + lemma + "|r1=" + first);
    f.add("l=" + lemma + "|p=" + path);
    f.add("side=" + side + "|d=" + bucket);
    f.add("side=" + side + "|pos=" + pos);
    f.add("pos=" + pos + "|rel=" + rel);
    f.add("ner=" + t.ner().name() + "|side=" + side);
    f.add("rel=" + rel + "|side=" + side);
    f.add("rules=" + rules);
    f.add("rules=" + rules + "|p=" + path);
    f.add("rules=" + rules + "|rules-none=" + (cue.rules() == NONE));
    if (cue.rules() != NONE && !rules) {
      f.add("rules-side=" + (cue.rules() < v ? "L" : "R") + "|side=" + side);
    }
    f.add("pass=" + passive + "|side=" + side + "|rel=" + rel);
    f.add("q=" + insideQuotes(tree, k) + "|vq=" + insideQuotes(tree, v));
    int[] content = cue.content();
    boolean inContent = content != null && content[0] <= k && k <= content[1];
    f.add("inContent=" + inContent + "|side=" + side);
    if (pos.equals("PRP")) {
      f.add("prp=" + t.word().toLowerCase(Locale.ROOT) + "|side=" + side);
    } else if (pos.startsWith("NN") && !pos.startsWith("NNP")) {
      // "the spokesman said", "the report found": what kind of thing a common noun is says whether it speaks
      f.add("noun=" + lemma(t));
    }
    // "told reporters" (an addressee after the cue), "said Smith" (a speaker after it): the cue's lemma with where
    // and what the candidate is; the cue's own place in the parse with the path ("saying" hung on a clause)
    String coarse = pos.startsWith("NNP") ? "NNP" : pos.startsWith("NN") ? "NN" : pos.equals("PRP") ? "PRP" : "other";
    f.add("l=" + lemma + "|side=" + side + "|pos=" + coarse);
    f.add("ner=" + t.ner().name() + "|r1=" + first);
    f.add("vrel=" + tree.relation(v) + "|p=" + path);
    f.add("nearest=" + nearest(tree, v, k) + "|side=" + side);
    f.add("comma=" + commaBetween(tree, v, k) + "|side=" + side);
    // "X said Clinton will have to choose whose side she is on, saying …": a participle the parser hangs on the inner
    // clause speaks for the subject of a clause further up, which the path (at most three steps) does not reach
    String up = subjectUp(tree, v, k);
    f.add("up=" + up + "|vpos=" + verb.pos());
    f.add("up=" + up + "|vrel=" + tree.relation(v));
    // "a bill opposed by the union", "came from the campaign": the preposition marks an agent or an origin, which
    // the path alone ("vobl") does not tell from "in the interview"
    int marker = tree.child(k, "case");
    if (marker >= 0) {
      String word = lemma(tree.token(marker));
      f.add("case=" + word + "|vpos=" + verb.pos());
      f.add("case=" + word + "|r1=" + first);
    }
    String subjects = amongSubjects(tree, v, k);
    if (subjects != null) {
      f.add("subjects=" + subjects + "|side=" + side);
    }
    return f;
  }

  /**
   * Where candidate {@code k} stands among the cue's own subjects when the parser gives the cue more than one:
   * "nearest" for the one nearest the cue, "other" for the rest, null when the cue has one subject or {@code k} is
   * none of them. In "These rules, the lawyers said, …" and "“The plan works,” the aide told us" the parser hangs
   * the fronted words on the cue as a second subject; the speaker is the subject next to the cue.
   */
  static String amongSubjects(ParseTree tree, int v, int k) {
    int nearest = -1;
    int count = 0;
    boolean isSubject = false;
    for (int c : tree.children(v)) {
      if (tree.relation(c).startsWith("nsubj")) {
        count++;
        isSubject |= c == k;
        nearest = nearest < 0 || Math.abs(c - v) < Math.abs(nearest - v) ? c : nearest;
      }
    }
    if (count < 2 || !isSubject) {
      return null;
    }
    return k == nearest ? "nearest" : "other";
  }

  /** The most subjects {@link #subjectUp} counts; those further up are "far". */
  private static final int MAX_SUBJECTS_UP = 3;

  /**
   * Whose subject candidate {@code k} is among the words over the cue: "1" for the first word on the way from the cue
   * up to the root that has a subject (the cue's own, or the one it inherits), "2" for the next, and so on (at most
   * {@link #MAX_SUBJECTS_UP}, then "far"), with "-root" when that word is the root; "no" when it is none of them.
   */
  static String subjectUp(ParseTree tree, int v, int k) {
    int seen = 0;
    for (int a = v, steps = 0; a >= 0 && steps <= tree.size(); a = tree.head(a), steps++) {
      int subject = -1;
      for (int c : tree.children(a)) {
        if (tree.relation(c).startsWith("nsubj")) {
          subject = c;
          break;
        }
      }
      if (subject < 0) {
        continue;
      }
      seen++;
      if (subject == k) {
        return (seen > MAX_SUBJECTS_UP ? "far" : Integer.toString(seen)) + (tree.head(a) < 0 ? "-root" : "");
      }
    }
    return "no";
  }

  /**
   * The dependency path from the cue to the candidate, as the relations it crosses ("^" going up from a word to its
   * head, "v" going down), at most {@link #MAX_PATH} steps, else "far".
   */
  static String path(ParseTree tree, int from, int to) {
    List<Integer> up = new ArrayList<>();
    for (int i = from; i >= 0 && up.size() <= tree.size(); i = tree.head(i)) {
      up.add(i);
    }
    List<Integer> down = new ArrayList<>();
    int meet = -1;
    for (int j = to; j >= 0 && down.size() <= tree.size(); j = tree.head(j)) {
      if (up.contains(j)) {
        meet = j;
        break;
      }
      down.add(j);
    }
    if (meet < 0) {
      return "far";
    }
    int rise = up.indexOf(meet);
    if (rise + down.size() > MAX_PATH) {
      return "far";
    }
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < rise; s++) {
      sb.append(sb.length() == 0 ? "" : " ").append('^').append(tree.relation(up.get(s)));
    }
    for (int s = down.size() - 1; s >= 0; s--) {
      sb.append(sb.length() == 0 ? "" : " ").append('v').append(tree.relation(down.get(s)));
    }
    return sb.toString();
  }

  /** Whether a cue is passive: a participle with a passive auxiliary or subject ("was criticized by the union"). */
  private static boolean isPassive(ParseTree tree, int v) {
    return "VBN".equals(tree.token(v).pos())
        && (tree.child(v, "aux:pass") >= 0 || tree.child(v, "nsubj:pass") >= 0);
  }

  /** Whether token {@code i} lies between an odd number of quotation marks from the sentence's start. */
  static boolean insideQuotes(ParseTree tree, int i) {
    int marks = 0;
    for (int j = 0; j < i; j++) {
      marks += MARK_WORDS.contains(tree.token(j).word()) ? 1 : 0;
    }
    return marks % 2 == 1;
  }

  /** Whether no other nominal word lies between the cue and candidate {@code k}. */
  private static boolean nearest(ParseTree tree, int v, int k) {
    for (int i = Math.min(v, k) + 1; i < Math.max(v, k); i++) {
      if (isNominal(tree, i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a comma lies between the cue and candidate {@code k} ("Trump, the candidate, said"). */
  private static boolean commaBetween(ParseTree tree, int v, int k) {
    for (int i = Math.min(v, k) + 1; i < Math.max(v, k); i++) {
      if (tree.token(i).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static String lemma(Token t) {
    String l = t.lemma() == null ? t.word() : t.lemma();
    return l.toLowerCase(Locale.ROOT);
  }

  /** A training example: the features of each candidate (the first one "no source") and which one is the source. */
  public record Example(List<List<String>> candidates, int gold) {
    public Example {
      candidates = List.copyOf(candidates);
    }
  }

  /**
   * Fits the weights by stochastic gradient descent on the log loss of the softmax over each example's candidates
   * with L2 regularisation ({@code l2} per step), {@code epochs} passes in an order shuffled with {@code seed},
   * averaging the weights over the steps after the first pass; features that fewer than {@code minCount} examples
   * have are left out. The same arguments give the same weights.
   */
  public static Map<String, Double> fit(List<Example> examples, int epochs, double l2, long seed, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    for (Example e : examples) {
      for (List<String> c : e.candidates()) {
        for (String f : c) {
          counts.merge(f, 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> index = new TreeMap<>();
    for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
      if (e.getValue() >= minCount) {
        index.put(e.getKey(), index.size());
      }
    }
    List<int[][]> rows = new ArrayList<>();
    for (Example e : examples) {
      int[][] row = new int[e.candidates().size()][];
      for (int c = 0; c < row.length; c++) {
        row[c] = e.candidates().get(c).stream().filter(index::containsKey).mapToInt(index::get).toArray();
      }
      rows.add(row);
    }
    AveragedWeights w = new AveragedWeights(index.size(), epochs > 1 ? rows.size() : 0);
    Epochs order = new Epochs(rows.size(), seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int k : order.next()) {
        int[][] row = rows.get(k);
        double[] z = new double[row.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < row.length; c++) {
          for (int f : row[c]) {
            z[c] += w.get(f);
          }
          max = Math.max(max, z[c]);
        }
        double sum = 0;
        for (int c = 0; c < row.length; c++) {
          z[c] = Math.exp(z[c] - max);
          sum += z[c];
        }
        double rate = w.nextRate();
        int gold = examples.get(k).gold();
        for (int c = 0; c < row.length; c++) {
          double gradient = (c == gold ? 1 : 0) - z[c] / sum;
          for (int f : row[c]) {
            w.add(f, gradient, l2, rate);
          }
        }
      }
    }
    return w.averages(index, 1e4);
  }

  /** The mean log loss of examples' gold candidates under {@code weights}. */
  public static double logLoss(Map<String, Double> weights, List<Example> examples) {
    double sum = 0;
    for (Example e : examples) {
      double[] z = new double[e.candidates().size()];
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < z.length; c++) {
        z[c] = score(weights, e.candidates().get(c));
        max = Math.max(max, z[c]);
      }
      double norm = 0;
      for (double x : z) {
        norm += Math.exp(x - max);
      }
      sum -= z[e.gold()] - max - Math.log(norm);
    }
    return sum / Math.max(1, examples.size());
  }
}
