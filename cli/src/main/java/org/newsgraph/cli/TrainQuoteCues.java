package org.newsgraph.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.eval.quotes.Attribution;
import org.newsgraph.eval.quotes.QuoteDocument;
import org.newsgraph.eval.quotes.QuoteScorer;
import org.newsgraph.extract.parse.ParseTree;
import org.newsgraph.extract.quotes.CueContext;
import org.newsgraph.extract.quotes.CueFeatures;
import org.newsgraph.extract.quotes.CueModel;
import org.newsgraph.extract.quotes.ParseQuoteAttributor;
import org.newsgraph.extract.quotes.SourceRanker;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Trains the quotes stage's cue model ({@link CueModel}) on PolNeAR's training split:
 *
 * <pre>
 * java -Xmx3g -cp cli/target/newsgraph-cli.jar org.newsgraph.cli.TrainQuoteCues \
 *     ../shared/data/dev/quotes/polnear-train.jsonl \
 *     extract/src/main/resources/org/newsgraph/extract/quotes/cue-model.tsv \
 *     [PARSE-CACHE [THREADS [THRESHOLD [LONE-THRESHOLD]]]]
 * </pre>
 *
 * <p>Each article is parsed with the pipeline's CoreNLP settings (the parses are kept in PARSE-CACHE when given, and
 * read from it when it exists, since parsing is most of the time). Every candidate verb, noun or adjective ({@link
 * CueFeatures#isCandidate}) is an example (its features with those of its sentence's neighbourhood, {@link
 * CueContext}) and, with {@code -Dcues.vectors=true}, its word vector ({@link
 * org.newsgraph.extract.quotes.WordEncoder}; computed once and kept in PARSE-CACHE.vectors, {@link WordVectorCache}),
 * a cue when a gold cue span holds it; verbs, nouns and adjectives are fitted apart, each with the L2 strength (1e-5
 * to 3e-2) whose models fitted on four folds of articles give the fifth the least log loss; features
 * that fewer than two examples have are left out. Five folds of articles are each scored by a model fitted on the other four, for the cues alone
 * (printed) and for the whole stage (which sets the threshold, unless THRESHOLD is given: then the stage is scored at
 * that threshold only); the weights are then fitted on all articles.
 * Fixed seed and fixed order: the same input (and the same vectors file) gives the same file. Without {@code
 * -Dcues.vectors=true} it writes the default model ({@code cue-model.tsv}); with it, {@code cue-model-vectors.tsv}.
 * Three system properties serve measurements only:
 * {@code -Dcues.ranker=true} (the held-out stage with the shipped source ranker), {@code -Dcues.dump=FILE} (each
 * candidate's held-out probability) and {@code -Dcues.nounshift=true} (the nouns' bias raised for the stage).
 *
 * <p>Without THRESHOLD, the threshold is the one with which the whole quotes stage does best over the same five folds
 * (content and source F1 of each fold's articles attributed with the model of the other four): the held-out cue F1
 * peaks higher (0.45), but attributions also get lost after the cue (no content, no source), so the stage does better
 * with more cues. Then the lone threshold, from which a sentence's best candidate is a cue when none of its candidates
 * reaches the threshold ({@link CueModel#loneThreshold()}), is lowered by 0.05 from the threshold as long as the
 * stage does better over the same folds (unless LONE-THRESHOLD is given). Nothing is chosen on the dev split. The
 * shipped model is this command's output without THRESHOLD (0.35, lone 0.30).
 */
final class TrainQuoteCues {
  private static final int EPOCHS = 16;
  /** The regularisation strengths tried; the one with the least held-out log loss is kept. */
  private static final double[] L2 = {1e-5, 1e-4, 1e-3, 3e-3, 1e-2, 3e-2};
  private static final String[] FAMILIES = {"verbs", "nouns", "adjectives"};
  private static final long SEED = 20261130L;
  private static final int FOLDS = 5;
  /** Features that fewer training examples have are left out of the model (they say little and take its room). */
  private static final int MIN_COUNT = 2;
  /** The step by which the nouns' bias is raised while the held-out stage does better ({@link #nounShift}). */
  private static final double NOUN_SHIFT_STEP = 0.25;
  /**
   * With {@code -Dcues.nounshift=true}, the nouns' bias is raised as long as the held-out stage does better ({@link
   * #nounShift}). Off for the shipped model: on train it raised content F1 (0.7720 to 0.7739) with source F1 flat,
   * but on dev it lowered source F1 (0.7410 to 0.7389) and content F1 (0.7969 to 0.7961). Measured again with more
   * of the noun cues' sources found (the verb's subject through a preposition or for a possessive pronoun): train
   * content 0.7737 to 0.7755 and source 0.6935 to 0.6937 at +0.50, dev source 0.7425 to 0.7405, content 0.7979 to
   * 0.7971; still off.
   */
  private static final boolean NOUN_SHIFT = Boolean.getBoolean("cues.nounshift");
  /**
   * With {@code -Dcues.ranker=true}, the held-out stage chooses verb cues' sources with the shipped {@link
   * SourceRanker}, as the shipped stage does (for comparison only: the ranker was fitted on all training articles, the
   * held-out ones too, so its source figures are optimistic).
   */
  private static final boolean RANKER = Boolean.getBoolean("cues.ranker");
  /**
   * With {@code -Dcues.dump=FILE}, each candidate's held-out probability is written to FILE (article, probability,
   * gold cue index or -1, its sentence with the word in [[…]], its features), for looking at what the model misses.
   */
  private static final String DUMP = System.getProperty("cues.dump");
  /**
   * With {@code -Dcues.srcdump=FILE}, each gold attribution of the held-out stage is written to FILE with the
   * prediction whose content matched it (article, gold cue, whether its head is a noun, predicted cue, whether a noun,
   * gold source, predicted source, source exact, source overlap, gold content start), for looking at sources by cue.
   */
  private static final String SRC_DUMP = System.getProperty("cues.srcdump");
  /**
   * With {@code -Dcues.vectors=true}, the model also reads each candidate's word vector ({@link
   * org.newsgraph.extract.quotes.WordEncoder}; {@code cue-model-vectors.tsv}), computed once and kept beside the parse
   * cache ({@link #vectorFile}).
   */
  private static final boolean VECTORS = "true".equals(System.getProperty("cues.vectors"));

  private TrainQuoteCues() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || args.length > 6) {
      System.err.println(
          "usage: TrainQuoteCues POLNEAR-TRAIN.jsonl OUT.tsv [PARSE-CACHE [THREADS [THRESHOLD [LONE-THRESHOLD]]]]");
      System.exit(2);
    }
    long started = System.nanoTime();
    Path gold = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path cache = args.length >= 3 ? Path.of(args[2]) : null;
    int threads = args.length >= 4 ? Integer.parseInt(args[3]) : 1;
    Double fixed = args.length >= 5 ? Double.valueOf(args[4]) : null;
    Double fixedLone = args.length == 6 ? Double.valueOf(args[5]) : null;
    List<Doc> docs = read(gold);
    Map<String, List<Sentence>> parses = cache != null && Files.isRegularFile(cache)
        ? ParseCache.read(cache) : parse(docs, threads);
    if (cache != null && !Files.isRegularFile(cache)) {
      ParseCache.write(cache, parses);
    }
    WordVectorCache vectors = VECTORS ? WordVectorCache.of(parses, vectorFile(cache), threads) : null;
    List<List<CueModel.Example>> byDoc = new ArrayList<>();
    List<List<Integer>> cueIds = new ArrayList<>();
    List<List<String>> shown = new ArrayList<>();
    int positives = 0;
    int examples = 0;
    for (Doc d : docs) {
      List<Sentence> sentences = parses.get(d.id());
      if (sentences == null) {
        throw new IllegalArgumentException("parse cache " + cache + " has no article " + d.id());
      }
      List<Integer> ids = new ArrayList<>();
      List<String> marked = new ArrayList<>();
      List<CueModel.Example> list = examples(CueContext.of(sentences), sentences, vectors, d.cues(), ids, marked);
      cueIds.add(ids);
      shown.add(marked);
      for (CueModel.Example e : list) {
        positives += e.cue() ? 1 : 0;
      }
      examples += list.size();
      byDoc.add(list);
    }
    // each family's regularisation strength is the one with the least held-out log loss on its own examples
    double[] l2 = new double[FAMILIES.length];
    double[] bestLoss = new double[FAMILIES.length];
    java.util.Arrays.fill(bestLoss, Double.MAX_VALUE);
    List<Map<String, Double>> foldWeights = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      foldWeights.add(new HashMap<>());
    }
    for (double candidate : L2) {
      List<Map<String, Double>> weights = new ArrayList<>();
      for (int fold = 0; fold < FOLDS; fold++) {
        List<CueModel.Example> train = new ArrayList<>();
        for (int d = 0; d < byDoc.size(); d++) {
          if (d % FOLDS != fold) {
            train.addAll(byDoc.get(d));
          }
        }
        double[] same = new double[FAMILIES.length];
        java.util.Arrays.fill(same, candidate);
        weights.add(fit(train, same));
      }
      double[] loss = logLoss(byDoc, weights);
      for (int k = 0; k < FAMILIES.length; k++) {
        System.err.printf(Locale.ROOT, "%s l2 %.0e: held-out log loss %.5f%n", FAMILIES[k], candidate, loss[k]);
        if (loss[k] < bestLoss[k]) {
          bestLoss[k] = loss[k];
          l2[k] = candidate;
          for (int fold = 0; fold < FOLDS; fold++) {
            int family = k;
            Map<String, Double> kept = foldWeights.get(fold);
            kept.keySet().removeIf(f -> CueModel.family(f) == family);
            weights.get(fold).forEach((f, w) -> {
              if (CueModel.family(f) == family) {
                kept.put(f, w);
              }
            });
          }
        }
      }
    }
    double cv = threshold(byDoc, cueIds, foldWeights);
    if (DUMP != null) {
      dump(Path.of(DUMP), byDoc, cueIds, shown, foldWeights);
    }
    double[] endToEnd = endToEnd(docs, parses, vectors, foldWeights, fixed, fixedLone);
    double threshold = endToEnd[0];
    double nounShift = NOUN_SHIFT ? nounShift(docs, parses, vectors, foldWeights, threshold, endToEnd[1]) : 0;
    List<CueModel.Example> all = new ArrayList<>();
    byDoc.forEach(all::addAll);
    CueModel model = CueModel.of(shifted(fit(all, l2), nounShift), threshold, endToEnd[1]);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      model.write(w, String.format(Locale.ROOT, "cue model learned by org.newsgraph.cli.TrainQuoteCues from PolNeAR"
          + " train: %d articles, %d candidates, %d in cues; l2 %.0e, %.0e, %.0e for verbs, nouns, adjectives (least"
          + " held-out log loss); held-out best threshold %.2f for cues alone, %.2f for the whole stage, %.2f for a"
          + " sentence's best candidate;%s feature weights only", docs.size(), examples, positives, l2[0], l2[1],
          l2[2], cv, endToEnd[0], endToEnd[1], nounShift == 0 ? ""
              : String.format(Locale.ROOT, " nouns' bias raised by %.2f (held-out stage);", nounShift)));
    }
    System.err.printf(Locale.ROOT, "%d articles, %d examples, %d cues, threshold %.2f, lone %.2f, %.0f s%n",
        docs.size(), examples, positives, threshold, endToEnd[1], (System.nanoTime() - started) / 1e9);
  }

  /** The word vector cache beside a parse cache ({@code train-parse.tsv.vectors}), or none without a parse cache. */
  static Path vectorFile(Path parseCache) {
    return parseCache == null ? null : parseCache.resolveSibling(parseCache.getFileName() + ".vectors");
  }

  private record Doc(String id, String text, LocalDate published, List<int[]> cues, List<Attribution> gold) {}

  /** The training articles with their gold cue spans, read by the quotes evaluation's PolNeAR reader. */
  private static List<Doc> read(Path file) {
    List<Doc> docs = new ArrayList<>();
    for (QuoteDocument d : QuoteDocument.readAll(file)) {
      List<int[]> cues = new ArrayList<>();
      for (Attribution a : d.attributions()) {
        for (Span s : a.cue()) {
          cues.add(new int[] {s.start(), s.end()});
        }
      }
      docs.add(new Doc(d.id(), d.text(), d.published(), cues, d.attributions()));
    }
    return docs;
  }

  private static Map<String, List<Sentence>> parse(List<Doc> docs, int threads) throws Exception {
    CoreNlpAnnotator annotator = Wiring.annotator();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<List<Sentence>>> futures = new ArrayList<>();
      for (Doc d : docs) {
        futures.add(pool.submit(() -> annotator.annotate(d.text(), d.published()).sentences()));
      }
      Map<String, List<Sentence>> parses = new LinkedHashMap<>();
      for (int k = 0; k < docs.size(); k++) {
        parses.put(docs.get(k).id(), futures.get(k).get());
        if ((k + 1) % 50 == 0) {
          System.err.println("parsed " + (k + 1) + " of " + docs.size());
        }
      }
      return parses;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The candidate verbs of an article as examples; {@code ids} gets the index of the gold cue each lies in, or -1,
   * and {@code marked} its sentence with the word in [[…]].
   */
  private static List<CueModel.Example> examples(CueContext context, List<Sentence> sentences,
      WordVectorCache vectors, List<int[]> cues, List<Integer> ids, List<String> marked) {
    List<CueModel.Example> list = new ArrayList<>();
    for (Sentence s : sentences) {
      ParseTree tree = new ParseTree(s);
      for (int i = 0; i < tree.size(); i++) {
        if (!CueFeatures.isCandidate(tree, i)) {
          continue;
        }
        Token t = tree.token(i);
        int id = -1;
        for (int k = 0; k < cues.size() && id < 0; k++) {
          id = cues.get(k)[0] <= t.start() && t.end() <= cues.get(k)[1] ? k : -1;
        }
        ids.add(id);
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < tree.size(); j++) {
          String w = tree.token(j).word();
          b.append(j == 0 ? "" : " ").append(j == i ? "[[" + w + "]]" : w);
        }
        marked.add(b.toString());
        list.add(new CueModel.Example(CueFeatures.of(tree, i, context), vectors == null ? null : vectors.of(s)[i],
            id >= 0));
      }
    }
    return list;
  }

  /** Writes each candidate's held-out probability, gold cue index, marked sentence and features (see {@link #DUMP}). */
  private static void dump(Path file, List<List<CueModel.Example>> byDoc, List<List<Integer>> cueIds,
      List<List<String>> shown, List<Map<String, Double>> foldWeights) throws java.io.IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int d = 0; d < byDoc.size(); d++) {
        for (int k = 0; k < byDoc.get(d).size(); k++) {
          CueModel.Example e = byDoc.get(d).get(k);
          w.write(String.format(Locale.ROOT, "%d\t%.5f\t%d\t%s\t%s%n", d,
              CueModel.probability(foldWeights.get(d % FOLDS), e), cueIds.get(d).get(k),
              shown.get(d).get(k).replace('\t', ' '), String.join(" ", e.features())));
        }
      }
    }
  }

  /**
   * Verbs, nouns and adjectives share no feature ({@link CueFeatures} names the nouns' {@code n:…} and the adjectives'
   * {@code a:…}), so they are three regressions in one file, fitted apart: the verbs' weights do not depend on how many
   * nouns or adjectives are shuffled among them.
   */
  private static Map<String, Double> fit(List<CueModel.Example> examples, double[] l2) {
    List<List<CueModel.Example>> families = new ArrayList<>();
    for (int k = 0; k < FAMILIES.length; k++) {
      families.add(new ArrayList<>());
    }
    for (CueModel.Example e : examples) {
      families.get(CueModel.family(e.features().get(0))).add(e);
    }
    Map<String, Double> weights = new HashMap<>();
    for (int k = 0; k < FAMILIES.length; k++) {
      weights.putAll(CueModel.fit(families.get(k), EPOCHS, l2[k], SEED, MIN_COUNT));
    }
    return weights;
  }

  /** The mean log loss of each fold's examples under the weights fitted on the other folds, by family. */
  private static double[] logLoss(List<List<CueModel.Example>> byDoc, List<Map<String, Double>> foldWeights) {
    double[] sum = new double[FAMILIES.length];
    long[] n = new long[FAMILIES.length];
    for (int d = 0; d < byDoc.size(); d++) {
      Map<String, Double> weights = foldWeights.get(d % FOLDS);
      for (CueModel.Example e : byDoc.get(d)) {
        int k = CueModel.family(e.features().get(0));
        double p = Math.min(1 - 1e-12, Math.max(1e-12, CueModel.probability(weights, e)));
        sum[k] -= Math.log(e.cue() ? p : 1 - p);
        n[k]++;
      }
    }
    for (int k = 0; k < FAMILIES.length; k++) {
      sum[k] /= Math.max(1, n[k]);
    }
    return sum;
  }

  /**
   * The threshold with which the whole quotes stage does best on held-out folds of articles: each fold's articles
   * attributed by {@link ParseQuoteAttributor} with the model fitted on the other folds (no actors: the scores used do
   * not need them), scored by the quotes evaluation ({@link QuoteScorer}) as the mean of the two F1 figures the
   * quotes issue sets targets for: content F1 (overlap) and source F1 (exact). Speaker accuracy is printed but not
   * weighed: it has no precision side, so it would pull the threshold down to verbs of any kind. Cues are lost after the model too (no content, no source), so this lies below the best
   * threshold for cues alone.
   */
  private static double[] endToEnd(List<Doc> docs, Map<String, List<Sentence>> parses,
      WordVectorCache vectors,
      List<Map<String, Double>> foldWeights, Double fixed, Double fixedLone) {
    double best = 0.5;
    double bestScore = -1;
    if (fixed != null) {
      best = fixed;
      bestScore = stageScore(docs, parses, vectors, foldWeights, fixed, fixed);
    } else {
      for (int step = 4; step <= 10; step++) {
        double score = stageScore(docs, parses, vectors, foldWeights, step * 0.05, step * 0.05);
        if (score > bestScore) {
          bestScore = score;
          best = step * 0.05;
        }
      }
    }
    // a second chance for each sentence's best candidate, from a lower threshold, when the stage does better with it
    double lone = best;
    if (fixedLone != null) {
      lone = fixedLone;
      stageScore(docs, parses, vectors, foldWeights, best, lone);
    } else {
      for (int step = (int) Math.round(best / 0.05) - 1; step >= 2; step--) {
        double score = stageScore(docs, parses, vectors, foldWeights, best, step * 0.05);
        if (score <= bestScore) {
          break;
        }
        bestScore = score;
        lone = step * 0.05;
      }
    }
    return new double[] {best, lone};
  }

  /**
   * How much the nouns' bias ({@code n:bias}) is raised, in log-odds, so that the whole stage does best on the held-out
   * folds at the chosen thresholds: the noun model is fitted for cues alone, but a noun cue the stage takes ("his
   * criticism of the bill") mostly gains a content the verbs miss, so the stage wants more of them than the cue F1
   * does. Raised by steps of 0.25 as long as the stage's score (content and source F1) rises; nothing is chosen on dev.
   */
  private static double nounShift(List<Doc> docs, Map<String, List<Sentence>> parses,
      WordVectorCache vectors,
      List<Map<String, Double>> foldWeights, double threshold, double lone) {
    double best = 0;
    double bestScore = stageScore(docs, parses, vectors, foldWeights, threshold, lone);
    for (double shift = NOUN_SHIFT_STEP; shift <= 2; shift += NOUN_SHIFT_STEP) {
      List<Map<String, Double>> weights = new ArrayList<>();
      for (Map<String, Double> w : foldWeights) {
        weights.add(shifted(w, shift));
      }
      double score = stageScore(docs, parses, vectors, weights, threshold, lone);
      if (score <= bestScore) {
        break;
      }
      bestScore = score;
      best = shift;
    }
    System.err.printf(Locale.ROOT, "nouns' bias raised by %.2f%n", best);
    return best;
  }

  /** The {@code weights} with the nouns' bias raised by {@code shift}. */
  private static Map<String, Double> shifted(Map<String, Double> weights, double shift) {
    Map<String, Double> w = new HashMap<>(weights);
    if (shift != 0) {
      w.merge("n:bias", shift, Double::sum);
    }
    return w;
  }

  /**
   * What {@code stage} attributes in a training article from its cached parse, as attributions in document order
   * (no actors: the scores the trainers use do not need them).
   */
  static List<Attribution> attribute(ParseQuoteAttributor stage, String id, String text, LocalDate published,
      List<Sentence> sentences) {
    Article article = Article.of(id, null, null, null, published, "en", text, "train");
    List<Attribution> found = new ArrayList<>();
    for (Quote q : stage.attribute(article, new LinguisticAnnotation(sentences, List.of()), Actors.none())) {
      found.add(new Attribution(q.speakerMention() == null ? List.of() : List.of(q.speakerMention()),
          q.cue() == null ? List.of() : List.of(q.cue()), q.content()));
    }
    found.sort(Comparator.comparingInt(Attribution::first));
    return found;
  }

  /**
   * The mean of the held-out stage's content F1 (overlap) and source F1 (exact) with cues from {@code threshold}, and
   * a sentence's best candidate from {@code lone} when none reaches it.
   */
  private static double stageScore(List<Doc> docs, Map<String, List<Sentence>> parses,
      WordVectorCache vectors,
      List<Map<String, Double>> foldWeights, double threshold, double lone) {
    List<List<Attribution>> gold = new ArrayList<>();
    List<List<Attribution>> predicted = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      CueModel model = CueModel.of(foldWeights.get(fold), threshold, lone);
      if (vectors != null) {
        model = model.withVectors(vectors::of);
      }
      ParseQuoteAttributor stage = RANKER ? new ParseQuoteAttributor(model, SourceRanker.load())
          : new ParseQuoteAttributor(model);
      for (int d = fold; d < docs.size(); d += FOLDS) {
        Doc doc = docs.get(d);
        gold.add(doc.gold());
        predicted.add(attribute(stage, doc.id(), doc.text(), doc.published(), parses.get(doc.id())));
      }
    }
    if (SRC_DUMP != null) {
      sourceDump(docs, parses, gold, predicted);
    }
    Map<String, Object> m = QuoteScorer.metrics(gold, predicted);
    double content = (Double) m.get("content_f1_overlap");
    double source = (Double) m.get("source_f1_exact");
    double speaker = (Double) m.get("speaker_accuracy");
    System.err.printf(Locale.ROOT, "threshold %.2f, lone %.2f: held-out stage content F1 %.4f (P %.4f R %.4f), source"
        + " F1 %.4f (P %.4f R %.4f), speaker accuracy %.4f%n", threshold, lone, content,
        (Double) m.get("content_precision_overlap"), (Double) m.get("content_recall_overlap"), source,
        (Double) m.get("source_precision_exact"), (Double) m.get("source_recall_exact"), speaker);
    return (content + source) / 2;
  }

  /** Writes {@link #SRC_DUMP}; {@code gold} and {@code predicted} are in the stage's order of folds. */
  private static void sourceDump(List<Doc> docs, Map<String, List<Sentence>> parses, List<List<Attribution>> gold,
      List<List<Attribution>> predicted) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (int fold = 0; fold < FOLDS; fold++) {
      for (int d = fold; d < docs.size(); d += FOLDS, n++) {
        Doc doc = docs.get(d);
        List<Attribution> g = gold.get(n);
        List<Attribution> p = predicted.get(n);
        QuoteScorer.RoleMatch content = QuoteScorer.match(g, p, QuoteScorer.Role.CONTENT, true);
        for (int i = 0; i < g.size(); i++) {
          int j = content.predictedFor(i);
          Attribution a = g.get(i);
          Attribution b = j < 0 ? null : p.get(j);
          int[] gs = Attribution.cover(a.source());
          int[] ps = b == null ? null : Attribution.cover(b.source());
          out.append(doc.id()).append('\t').append(spanText(doc.text(), a.cue())).append('\t')
              .append(nounAt(parses.get(doc.id()), a.cue())).append('\t')
              .append(b == null ? "-" : spanText(doc.text(), b.cue())).append('\t')
              .append(b == null ? "-" : nounAt(parses.get(doc.id()), b.cue())).append('\t')
              .append(spanText(doc.text(), a.source())).append('\t')
              .append(b == null ? "-" : spanText(doc.text(), b.source())).append('\t')
              .append(gs != null && ps != null && gs[0] == ps[0] && gs[1] == ps[1]).append('\t')
              .append(b != null && QuoteScorer.speakerRight(a, b)).append('\t')
              .append(a.content().isEmpty() ? -1 : Attribution.cover(a.content())[0]).append('\t')
              .append(spanText(doc.text(), a.content()).replaceAll("\\s+", " ")).append('\n');
        }
      }
    }
    try {
      Files.writeString(Path.of(SRC_DUMP), out.toString(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String spanText(String text, List<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      b.append(b.length() == 0 ? "" : " … ").append(text, s.start(), s.end());
    }
    return b.length() == 0 ? "_" : b.toString().replaceAll("\\s+", " ");
  }

  /** Whether a noun of the parse lies in {@code spans} and no verb does ("his claim", not "made a claim"). */
  private static boolean nounAt(List<Sentence> sentences, List<Span> spans) {
    boolean noun = false;
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        for (Span x : spans) {
          if (t.start() >= x.start() && t.end() <= x.end()) {
            if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
              return false;
            }
            noun |= t.pos().startsWith("NN");
          }
        }
      }
    }
    return noun;
  }

  /**
   * The threshold with the best F1 over held-out folds of articles, counted as the quotes stage needs cues: a gold
   * cue is found when any of its verbs is taken ("has been endorsed by" needs one), a verb taken outside every gold
   * cue is a false alarm.
   */
  private static double threshold(List<List<CueModel.Example>> byDoc, List<List<Integer>> cueIds,
      List<Map<String, Double>> foldWeights) {
    List<double[]> scored = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      Map<String, Double> weights = foldWeights.get(fold);
      for (int d = fold; d < byDoc.size(); d += FOLDS) {
        for (int k = 0; k < byDoc.get(d).size(); k++) {
          CueModel.Example e = byDoc.get(d).get(k);
          // {probability, document, gold cue index or -1}
          scored.add(new double[] {CueModel.probability(weights, e), d, cueIds.get(d).get(k)});
        }
      }
    }
    Set<Long> cues = new HashSet<>();
    for (double[] s : scored) {
      if (s[2] >= 0) {
        cues.add((long) s[1] * 100_000 + (long) s[2]);
      }
    }
    double best = 0.5;
    double bestF1 = -1;
    for (int step = 1; step < 20; step++) {
      double t = step * 0.05;
      int taken = 0;
      int falseAlarms = 0;
      Set<Long> found = new HashSet<>();
      for (double[] s : scored) {
        if (s[0] >= t) {
          taken++;
          if (s[2] >= 0) {
            found.add((long) s[1] * 100_000 + (long) s[2]);
          } else {
            falseAlarms++;
          }
        }
      }
      double precision = taken == 0 ? 0 : (taken - falseAlarms) / (double) taken;
      double recall = found.size() / (double) cues.size();
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      System.err.printf(Locale.ROOT, "threshold %.2f: held-out precision %.3f, cue recall %.3f, F1 %.3f%n", t,
          precision, recall, f1);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }
}
