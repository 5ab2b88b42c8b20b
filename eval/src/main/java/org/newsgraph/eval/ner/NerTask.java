package org.newsgraph.eval.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.newsgraph.eval.ErrorLines;
import org.newsgraph.eval.GoldTask;
import org.newsgraph.eval.Scores;
import org.newsgraph.eval.internal.Parallel;
import org.newsgraph.eval.internal.ProblemLog;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.pipeline.LinguisticAnnotator;

/**
 * {@code eval ner}: each CoNLL document becomes a text (tokens joined by a space, sentences by a line break) for
 * the linguistic annotator; its entities with a CoNLL type are mapped onto the tokens and scored like conlleval.
 *
 * <p>A predicted entity is put on the gold tokens it covers (exactly when its start is a token's start and its end
 * a token's end; otherwise projected onto the tokens holding its first and last characters, within the sentence of
 * its first), unless it overlaps an entity already placed (entities are placed by start, longer first). What is
 * scored is exactly what the predictions file holds (the corpus with the predicted IOB2 tags in the last column),
 * so any CoNLL scorer reproduces the figures; the few predictions that cannot be placed are counted in the
 * {@code unplaced} metric, not scored.
 */
public final class NerTask extends GoldTask<ConllCorpus, List<NerTask.Prediction>> {
  /**
   * What the annotator predicted for one document.
   *
   * @param tags IOB2 tags per sentence and token
   * @param unaligned predictions that could not be put on the tokens
   */
  public record Prediction(List<List<String>> tags, List<Unaligned> unaligned) {
    public Prediction {
      tags = List.copyOf(tags);
      unaligned = List.copyOf(unaligned);
    }
  }

  /** A prediction at character offsets {@code [start, end)} of the document's text that fits no tokens. */
  public record Unaligned(int start, int end, String type) {}

  private final LinguisticAnnotator annotator;

  /** @param annotator the annotator to score, or null to only rescore predictions files */
  public NerTask(LinguisticAnnotator annotator) {
    this.annotator = annotator;
  }

  @Override
  protected ConllCorpus read(Path gold) {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("ner gold must be a CoNLL file: " + gold);
    }
    return ConllCorpus.read(gold);
  }

  @Override
  protected List<Prediction> predict(ConllCorpus gold, ProblemLog problems) {
    if (annotator == null) {
      throw new IllegalArgumentException("task ner needs a linguistic annotator, and none was given");
    }
    List<Integer> indices = IntStream.range(0, gold.documents().size()).boxed().toList();
    return Parallel.map(indices, d -> predict(d, gold.documents().get(d), problems));
  }

  private Prediction predict(int d, ConllDocument document, ProblemLog problems) {
    ConllDocument.Layout layout = document.layout();
    LinguisticAnnotation annotation;
    try {
      annotation = annotator.annotate(layout.text(), null);
    } catch (RuntimeException e) {
      problems.record(documentId(d), "annotate: " + e);
      annotation = null;
    }
    if (annotation == null) {
      annotation = LinguisticAnnotation.empty();
    }
    return align(document, layout, annotation.entities());
  }

  /**
   * The gold tokens {@code {sentence, from, to}} that a prediction off the token boundaries covers: from the token
   * holding its first character to the token holding its last, in the sentence of its first character (a different
   * tokenizer's entity projected onto the gold tokens), or null when no token holds its first character.
   */
  static int[] covering(ConllDocument.Layout layout, int start, int end) {
    for (int s = 0; s < layout.starts().length; s++) {
      int[] starts = layout.starts()[s];
      int[] ends = layout.ends()[s];
      for (int t = 0; t < starts.length; t++) {
        if (ends[t] > start && starts[t] < end) {
          int last = t;
          while (last + 1 < starts.length && starts[last + 1] < end) {
            last++;
          }
          return new int[] {s, t, last + 1};
        }
      }
    }
    return null;
  }

  /** Puts entity mentions onto the document's tokens (see the class comment). */
  static Prediction align(ConllDocument document, ConllDocument.Layout layout, List<EntityMention> mentions) {
    Map<Integer, int[]> byStart = new HashMap<>();
    Map<Integer, int[]> byEnd = new HashMap<>();
    for (int s = 0; s < layout.starts().length; s++) {
      for (int t = 0; t < layout.starts()[s].length; t++) {
        byStart.put(layout.starts()[s][t], new int[] {s, t});
        byEnd.put(layout.ends()[s][t], new int[] {s, t});
      }
    }
    List<EntityMention> sorted = new ArrayList<>();
    for (EntityMention m : mentions) {
      if (m.type().conllType() != null) {
        sorted.add(m);
      }
    }
    sorted.sort(Comparator.comparingInt((EntityMention m) -> m.span().start())
        .thenComparing(m -> -m.span().length()));
    boolean[][] taken = new boolean[document.sentences().size()][];
    List<List<Chunks.Chunk>> chunks = new ArrayList<>();
    for (int s = 0; s < taken.length; s++) {
      taken[s] = new boolean[document.sentences().get(s).size()];
      chunks.add(new ArrayList<>());
    }
    List<Unaligned> unaligned = new ArrayList<>();
    for (EntityMention m : sorted) {
      String type = m.type().conllType();
      int[] first = byStart.get(m.span().start());
      int[] last = byEnd.get(m.span().end());
      if (first != null && last != null && first[0] == last[0] && first[1] <= last[1]
          && free(taken[first[0]], first[1], last[1] + 1)) {
        for (int t = first[1]; t <= last[1]; t++) {
          taken[first[0]][t] = true;
        }
        chunks.get(first[0]).add(new Chunks.Chunk(first[1], last[1] + 1, type));
      } else {
        int[] covering = covering(layout, m.span().start(), m.span().end());
        if (covering != null && free(taken[covering[0]], covering[1], covering[2])) {
          for (int t = covering[1]; t < covering[2]; t++) {
            taken[covering[0]][t] = true;
          }
          chunks.get(covering[0]).add(new Chunks.Chunk(covering[1], covering[2], type));
        } else {
          unaligned.add(new Unaligned(m.span().start(), m.span().end(), type));
        }
      }
    }
    List<List<String>> tags = new ArrayList<>();
    for (int s = 0; s < taken.length; s++) {
      tags.add(Chunks.tags(taken[s].length, chunks.get(s)));
    }
    return new Prediction(tags, unaligned);
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int t = from; t < to; t++) {
      if (taken[t]) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected void write(ConllCorpus gold, List<Prediction> predictions, Path file) throws IOException {
    List<List<List<String>>> tags = new ArrayList<>();
    for (Prediction p : predictions) {
      tags.add(p.tags());
    }
    gold.write(file, tags);
  }

  @Override
  protected List<Prediction> readPredictions(ConllCorpus gold, Path file) {
    ConllCorpus predicted = ConllCorpus.read(file);
    if (predicted.documents().size() != gold.documents().size()) {
      throw new IllegalArgumentException(file + ": " + predicted.documents().size() + " documents, the gold has "
          + gold.documents().size());
    }
    List<Prediction> predictions = new ArrayList<>();
    for (int d = 0; d < gold.documents().size(); d++) {
      List<List<ConllRow>> g = gold.documents().get(d).sentences();
      List<List<ConllRow>> p = predicted.documents().get(d).sentences();
      boolean same = g.size() == p.size();
      for (int s = 0; same && s < g.size(); s++) {
        same = g.get(s).size() == p.get(s).size();
      }
      if (!same) {
        throw new IllegalArgumentException(file + ": the sentences of document " + (d + 1)
            + " do not line up with the gold");
      }
      predictions.add(new Prediction(predicted.documents().get(d).tags(), List.of()));
    }
    return predictions;
  }

  @Override
  protected Scores score(ConllCorpus gold, List<Prediction> predictions, int errors) {
    List<Entity> goldEntities = new ArrayList<>();
    List<Entity> predicted = new ArrayList<>();
    int unplaced = 0;
    for (int d = 0; d < gold.documents().size(); d++) {
      List<List<String>> goldTags = gold.documents().get(d).tags();
      Prediction prediction = predictions.get(d);
      for (int s = 0; s < goldTags.size(); s++) {
        for (Chunks.Chunk c : Chunks.of(goldTags.get(s))) {
          goldEntities.add(new Entity(d, s, c.start(), c.end(), c.type()));
        }
        for (Chunks.Chunk c : Chunks.of(prediction.tags().get(s))) {
          predicted.add(new Entity(d, s, c.start(), c.end(), c.type()));
        }
      }
      unplaced += prediction.unaligned().size();
    }
    List<String> lines = errors == 0 ? List.of() : errorLines(gold, goldEntities, predicted, errors);
    List<String> notes = List.of("entity level, exact span and type, as conlleval; documents are -DOCSTART- blocks",
        "predictions off the gold tokens are projected onto the tokens they cover; unplaced = those overlapping "
            + "another prediction, not scored");
    Map<String, Object> metrics = new LinkedHashMap<>(Conlleval.metrics(goldEntities, predicted));
    metrics.put("unplaced", unplaced);
    return new Scores(gold.documents().size(), goldEntities.size(), metrics, notes, lines);
  }

  private static List<String> errorLines(
      ConllCorpus gold, List<Entity> goldEntities, List<Entity> predicted, int errors) {
    Conlleval.Match match = Conlleval.match(goldEntities, predicted);
    ErrorLines lines = new ErrorLines(errors);
    Map<Integer, ConllDocument.Layout> layouts = new HashMap<>();
    for (int g = 0; g < goldEntities.size(); g++) {
      Entity e = goldEntities.get(g);
      if (!match.gold()[g]) {
        ConllDocument.Layout layout = layouts.computeIfAbsent(e.document(), d -> gold.documents().get(d).layout());
        lines.miss(documentId(e.document()), layout.text(), layout.charStart(e.sentence(), e.start()),
            layout.charEnd(e.sentence(), e.end()), () -> "gold " + e.type() + "; predicted " + found(e, predicted));
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      Entity e = predicted.get(p);
      if (!match.predicted()[p]) {
        ConllDocument.Layout layout = layouts.computeIfAbsent(e.document(), d -> gold.documents().get(d).layout());
        int start = e.aligned() ? layout.charStart(e.sentence(), e.start()) : e.start();
        int end = e.aligned() ? layout.charEnd(e.sentence(), e.end()) : e.end();
        lines.falseAlarm(documentId(e.document()), layout.text(), start, end,
            () -> "predicted " + e.type() + (e.aligned() ? "" : " not on token boundaries") + "; gold "
                + found(e, goldEntities));
      }
    }
    return lines.lines();
  }

  // The type of an entity on the same tokens, else of one overlapping it, else "none".
  private static String found(Entity e, List<Entity> others) {
    String found = "none";
    for (Entity o : others) {
      if (o.sameTokens(e)) {
        return o.type();
      }
      if (o.overlaps(e) && found.equals("none")) {
        found = o.type() + " on other tokens";
      }
    }
    return found;
  }

  static String documentId(int d) {
    return "doc-" + (d + 1);
  }
}
