package org.newsgraph.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.eval.ErrorLines;
import org.newsgraph.eval.GoldTask;
import org.newsgraph.eval.Scores;
import org.newsgraph.eval.internal.Jsonl;
import org.newsgraph.eval.internal.ProblemLog;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.StoryClusterer;

/**
 * {@code eval dedup}: clusters all ECB+ documents at once with the {@link StoryClusterer} and scores the stories
 * against the gold clusters with {@link ClusterScorer}. Without a clusterer, the baseline that leaves each document
 * alone is scored, and the report says so. The predictions file is ECB+ JSONL with the predicted story id as
 * {@code cluster}.
 */
public final class DedupTask extends GoldTask<List<DedupDocument>, DedupTask.Prediction> {
  /**
   * Predicted cluster per document.
   *
   * @param clusters predicted cluster label per gold document, in order
   * @param baseline true when no clusterer ran and each document is alone
   */
  public record Prediction(List<String> clusters, boolean baseline) {
    public Prediction {
      clusters = List.copyOf(clusters);
    }
  }

  private final StoryClusterer stories;

  /** @param stories the clusterer to score, or null for the each-document-alone baseline */
  public DedupTask(StoryClusterer stories) {
    this.stories = stories;
  }

  @Override
  protected List<DedupDocument> read(Path gold) {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("dedup gold must be an ECB+ JSONL file: " + gold);
    }
    return readDocuments(gold);
  }

  private static List<DedupDocument> readDocuments(Path file) {
    List<DedupDocument> documents = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Jsonl.Line line : Jsonl.read(file)) {
      JsonNode topic = line.node().get("topic");
      DedupDocument d = new DedupDocument(line.requiredText("id"), topic == null ? 0 : topic.asInt(),
          line.requiredText("cluster"), line.requiredText("text"), line.where());
      if (!ids.add(d.id())) {
        throw line.fail("repeated document id " + d.id());
      }
      documents.add(d);
    }
    return documents;
  }

  @Override
  protected Prediction predict(List<DedupDocument> gold, ProblemLog problems) {
    List<String> clusters = new ArrayList<>();
    if (stories == null) {
      for (DedupDocument d : gold) {
        clusters.add(d.id());
      }
      return new Prediction(clusters, true);
    }
    // Documents with the same text get the same article id; the clusterer sees each once.
    Map<String, Article> articles = new LinkedHashMap<>();
    List<String> articleIds = new ArrayList<>();
    for (DedupDocument d : gold) {
      Article a = Article.of(d.id(), null, null, null, null, "en", d.text(), d.where());
      articles.putIfAbsent(a.id(), a);
      articleIds.add(a.id());
    }
    Map<String, String> story = stories.cluster(new ArrayList<>(articles.values()));
    if (story == null) {
      story = Map.of();
    }
    for (int i = 0; i < gold.size(); i++) {
      String s = story.get(articleIds.get(i));
      if (s == null) {
        problems.record(gold.get(i).id(), "dedup: the clusterer gave no story; scored as alone");
        s = "alone:" + gold.get(i).id();
      }
      clusters.add(s);
    }
    return new Prediction(clusters, false);
  }

  @Override
  protected void write(List<DedupDocument> gold, Prediction predictions, Path file) throws IOException {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      DedupDocument d = gold.get(i);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", d.id());
      out.put("topic", d.topic());
      out.put("cluster", predictions.clusters().get(i));
      out.put("text", d.text());
      records.add(out);
    }
    Jsonl.write(file, records);
  }

  @Override
  protected Prediction readPredictions(List<DedupDocument> gold, Path file) {
    Map<String, String> byId = new HashMap<>();
    for (DedupDocument d : readDocuments(file)) {
      byId.put(d.id(), d.cluster());
    }
    List<String> clusters = new ArrayList<>();
    for (DedupDocument d : gold) {
      clusters.add(byId.getOrDefault(d.id(), "alone:" + d.id()));
    }
    return new Prediction(clusters, false);
  }

  @Override
  protected Scores score(List<DedupDocument> gold, Prediction predictions, int errors) {
    List<String> goldClusters = new ArrayList<>();
    for (DedupDocument d : gold) {
      goldClusters.add(d.cluster());
    }
    Map<String, Object> metrics = new LinkedHashMap<>(ClusterScorer.metrics(goldClusters, predictions.clusters()));
    List<String> notes = new ArrayList<>();
    notes.add("B-cubed averaged over documents; pairwise over document pairs");
    if (predictions.baseline()) {
      metrics.put("baseline", "singletons");
      notes.add("no story clusterer configured: scored the baseline that leaves each document alone");
    }
    return new Scores(gold.size(), new LinkedHashSet<>(goldClusters).size(), metrics, notes,
        errors == 0 ? List.of() : errorLines(gold, predictions.clusters(), errors));
  }

  private static List<String> errorLines(List<DedupDocument> gold, List<String> predicted, int errors) {
    ErrorLines lines = new ErrorLines(errors);
    for (int i = 0; i < gold.size(); i++) {
      for (int j = i + 1; j < gold.size(); j++) {
        DedupDocument a = gold.get(i);
        DedupDocument b = gold.get(j);
        boolean same = a.cluster().equals(b.cluster());
        boolean together = predicted.get(i).equals(predicted.get(j));
        int end = headlineEnd(a.text());
        if (same && !together) {
          lines.miss(a.id(), a.text(), 0, end, "gold " + a.cluster() + " with " + b.id() + "; predicted apart");
        } else if (!same && together) {
          lines.falseAlarm(a.id(), a.text(), 0, end,
              "predicted with " + b.id() + " in " + predicted.get(i) + "; gold " + a.cluster() + " and " + b.cluster());
        }
      }
    }
    return lines.lines();
  }

  // The end of the first line, at most the longest span ErrorLines shows whole.
  private static int headlineEnd(String text) {
    int newline = text.indexOf('\n');
    return Math.min(newline < 0 ? text.length() : newline, ErrorLines.LONGEST_SPAN);
  }
}
