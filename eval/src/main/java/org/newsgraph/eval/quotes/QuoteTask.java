package org.newsgraph.eval.quotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.ErrorLines;
import org.newsgraph.eval.GoldTask;
import org.newsgraph.eval.Scores;
import org.newsgraph.eval.internal.Jsonl;
import org.newsgraph.eval.internal.Parallel;
import org.newsgraph.eval.internal.ProblemLog;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Pipeline;

/**
 * {@code eval quotes}: runs the pipeline on each PolNeAR article and scores {@link Annotation#quotes()} with
 * {@link QuoteScorer}. A quote becomes an attribution with source = its speaker mention (if any), cue = its cue
 * (if any), content = its content spans. The predictions file is PolNeAR JSONL with these attributions.
 *
 * <p>Quotation marks: newsgraph's quote spans hold the words inside the marks, PolNeAR's content spans include the
 * marks. The conversion widens each content span over the quotation marks (and the spaces before them) that
 * immediately enclose it, so that both conventions meet; the user-facing spans are not changed.
 */
public final class QuoteTask extends GoldTask<List<QuoteDocument>, List<List<Attribution>>> {
  private static final Comparator<Attribution> DOCUMENT_ORDER = Comparator.comparingInt(Attribution::first);

  private final Pipeline pipeline;

  /** @param pipeline the pipeline to score, or null to only rescore predictions files */
  public QuoteTask(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  protected List<QuoteDocument> read(Path gold) {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("quotes gold must be a PolNeAR JSONL file: " + gold);
    }
    return QuoteDocument.readAll(gold);
  }

  @Override
  protected List<List<Attribution>> predict(List<QuoteDocument> gold, ProblemLog problems) {
    if (pipeline == null) {
      throw new IllegalArgumentException("task quotes needs a pipeline, and none was given");
    }
    return Parallel.map(gold, doc -> {
      Annotation annotation = pipeline.process(
          Article.of(doc.id(), null, doc.outlet(), null, doc.published(), "en", doc.text(), doc.where()));
      problems.record(doc.id(), annotation);
      List<Attribution> attributions = new ArrayList<>();
      for (Quote q : annotation.quotes()) {
        attributions.add(of(q, doc.text()));
      }
      attributions.sort(DOCUMENT_ORDER);
      return attributions;
    });
  }

  /** The attribution a quote stands for. */
  static Attribution of(Quote quote, String text) {
    List<Span> source = quote.speakerMention() == null ? List.of() : List.of(quote.speakerMention());
    List<Span> cue = quote.cue() == null ? List.of() : List.of(quote.cue());
    List<Span> content = new ArrayList<>();
    for (Span s : quote.content()) {
      content.add(withMarks(text, s));
    }
    return new Attribution(source, cue, content);
  }

  private static final String OPENING = "\"“„«‘'`";
  private static final String CLOSING = "\"”“»’'";

  /** {@code s} widened over the quotation marks right before and after it, when both are there. */
  static Span withMarks(String text, Span s) {
    int start = s.start();
    while (start > 0 && text.charAt(start - 1) == ' ') {
      start--;
    }
    int end = s.end();
    while (end < text.length() && text.charAt(end) == ' ') {
      end++;
    }
    if (start > 0 && OPENING.indexOf(text.charAt(start - 1)) >= 0 && end < text.length()
        && CLOSING.indexOf(text.charAt(end)) >= 0) {
      return Span.of(text, start - 1, end + 1);
    }
    return s;
  }

  @Override
  protected void write(List<QuoteDocument> gold, List<List<Attribution>> predictions, Path file) throws IOException {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int d = 0; d < gold.size(); d++) {
      records.add(gold.get(d).toJson(predictions.get(d)));
    }
    Jsonl.write(file, records);
  }

  @Override
  protected List<List<Attribution>> readPredictions(List<QuoteDocument> gold, Path file) {
    Map<String, List<Attribution>> byId = new HashMap<>();
    for (Jsonl.Line line : Jsonl.read(file)) {
      QuoteDocument doc = QuoteDocument.from(line);
      List<Attribution> sorted = new ArrayList<>(doc.attributions());
      sorted.sort(DOCUMENT_ORDER);
      byId.put(doc.id(), sorted);
    }
    List<List<Attribution>> out = new ArrayList<>();
    for (QuoteDocument doc : gold) {
      out.add(byId.getOrDefault(doc.id(), List.of()));
    }
    return out;
  }

  @Override
  protected Scores score(List<QuoteDocument> gold, List<List<Attribution>> predictions, int errors) {
    List<List<Attribution>> goldAttributions = new ArrayList<>();
    int items = 0;
    for (QuoteDocument doc : gold) {
      goldAttributions.add(doc.attributions());
      items += doc.attributions().size();
    }
    List<String> notes = List.of(
        "exact = same range [first start, last end) of the role's spans; overlap = a character in common",
        "gold attributions without a source are left out of the source scores only");
    return new Scores(gold.size(), items, QuoteScorer.metrics(goldAttributions, predictions), notes,
        errors == 0 ? List.of() : errorLines(gold, predictions, errors));
  }

  private static List<String> errorLines(List<QuoteDocument> gold, List<List<Attribution>> predictions, int errors) {
    ErrorLines lines = new ErrorLines(errors);
    for (int d = 0; d < gold.size(); d++) {
      QuoteDocument doc = gold.get(d);
      List<Attribution> g = doc.attributions();
      List<Attribution> p = predictions.get(d);
      QuoteScorer.RoleMatch content = QuoteScorer.match(g, p, QuoteScorer.Role.CONTENT, true);
      for (int i = 0; i < g.size(); i++) {
        Attribution a = g.get(i);
        int[] cover = Attribution.cover(a.content().isEmpty() ? a.cue() : a.content());
        if (cover == null) {
          continue;
        }
        int j = content.predictedFor(i);
        if (j < 0) {
          lines.miss(doc.id(), doc.text(), cover[0], cover[1],
              () -> "source " + Attribution.show(a.source()) + ", cue " + Attribution.show(a.cue())
                  + "; predicted none");
        } else if (!QuoteScorer.speakerRight(a, p.get(j))) {
          Attribution q = p.get(j);
          lines.miss(doc.id(), doc.text(), cover[0], cover[1],
              () -> "content found; gold source " + Attribution.show(a.source()) + ", predicted source "
                  + Attribution.show(q.source()));
        }
      }
      boolean[] used = new boolean[p.size()];
      for (int i = 0; i < g.size(); i++) {
        int j = content.predictedFor(i);
        if (j >= 0) {
          used[j] = true;
        }
      }
      for (int j = 0; j < p.size(); j++) {
        if (!used[j]) {
          Attribution q = p.get(j);
          int[] cover = Attribution.cover(q.content().isEmpty() ? q.cue() : q.content());
          if (cover == null) {
            continue;
          }
          lines.falseAlarm(doc.id(), doc.text(), cover[0], cover[1],
              () -> "predicted source " + Attribution.show(q.source()) + ", cue " + Attribution.show(q.cue())
                  + "; gold none");
        }
      }
    }
    return lines.lines();
  }
}
