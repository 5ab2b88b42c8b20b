package org.newsgraph.eval.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.newsgraph.eval.ErrorLines;
import org.newsgraph.eval.GoldTask;
import org.newsgraph.eval.Matching;
import org.newsgraph.eval.Scores;
import org.newsgraph.eval.internal.Jsonl;
import org.newsgraph.eval.internal.Parallel;
import org.newsgraph.eval.internal.ProblemLog;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.Pipeline;

/**
 * {@code eval time}: runs the pipeline on the {@code <TEXT>} of each TimeML document, published on the date of its
 * DCT, and scores {@link Annotation#times()} with {@link TempEval}.
 *
 * <p>The predictions file is JSONL, not TimeML: one record per document,
 * {@code {"file": "timebank/ABC19980108.1830.0711.tml", "dct": "1998-01-08", "text": "...",
 * "timexes": [{"start", "end", "text", "type", "value"}]}}, offsets into the {@code <TEXT>} content with the
 * markup removed.
 */
public final class TimeTask extends GoldTask<List<TimeMlDocument>, List<List<Timex>>> {
  private static final Comparator<Timex> BY_OFFSET =
      Comparator.comparingInt((Timex t) -> t.span().start()).thenComparingInt(t -> t.span().end());

  private final Pipeline pipeline;

  /** @param pipeline the pipeline to score, or null to only rescore predictions files */
  public TimeTask(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  protected List<TimeMlDocument> read(Path gold) {
    List<TimeMlDocument> documents = new ArrayList<>();
    if (Files.isDirectory(gold)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(gold)) {
        files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tml"))
            .sorted().toList();
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot list " + gold + ": " + e.getMessage(), e);
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no .tml files under " + gold);
      }
      for (Path file : files) {
        documents.add(TimeMlDocument.read(file, gold.relativize(file).toString().replace('\\', '/')));
      }
    } else {
      documents.add(TimeMlDocument.read(gold, gold.getFileName().toString()));
    }
    return documents;
  }

  @Override
  protected List<List<Timex>> predict(List<TimeMlDocument> gold, ProblemLog problems) {
    if (pipeline == null) {
      throw new IllegalArgumentException("task time needs a pipeline, and none was given");
    }
    return Parallel.map(gold, doc -> {
      Annotation annotation = pipeline.process(
          Article.of(doc.file(), null, null, null, doc.dct(), "en", doc.text(), doc.file()));
      problems.record(doc.file(), annotation);
      List<Timex> timexes = new ArrayList<>();
      for (TimeValue t : annotation.times()) {
        timexes.add(new Timex(t.span(), t.type().name(), t.value()));
      }
      timexes.sort(BY_OFFSET);
      return timexes;
    });
  }

  @Override
  protected void write(List<TimeMlDocument> gold, List<List<Timex>> predictions, Path file) throws IOException {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int d = 0; d < gold.size(); d++) {
      TimeMlDocument doc = gold.get(d);
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("file", doc.file());
      record.put("dct", doc.dct() == null ? null : doc.dct().toString());
      record.put("text", doc.text());
      List<Map<String, Object>> timexes = new ArrayList<>();
      for (Timex t : predictions.get(d)) {
        Map<String, Object> m = Jsonl.span(t.span());
        m.put("type", t.type());
        m.put("value", t.value());
        timexes.add(m);
      }
      record.put("timexes", timexes);
      records.add(record);
    }
    Jsonl.write(file, records);
  }

  @Override
  protected List<List<Timex>> readPredictions(List<TimeMlDocument> gold, Path file) {
    Map<String, TimeMlDocument> byFile = new HashMap<>();
    for (TimeMlDocument doc : gold) {
      byFile.put(doc.file(), doc);
    }
    Map<String, List<Timex>> predicted = new HashMap<>();
    for (Jsonl.Line line : Jsonl.read(file)) {
      String name = line.requiredText("file");
      TimeMlDocument doc = byFile.get(name);
      if (doc == null) {
        throw line.fail("no gold document " + name);
      }
      List<Timex> timexes = new ArrayList<>();
      JsonNode array = line.node().get("timexes");
      if (array != null && array.isArray()) {
        for (JsonNode t : array) {
          JsonNode type = t.get("type");
          JsonNode value = t.get("value");
          timexes.add(new Timex(line.span(t, doc.text()),
              type == null || type.isNull() ? null : type.asText(),
              value == null || value.isNull() ? null : value.asText()));
        }
      }
      timexes.sort(BY_OFFSET);
      predicted.put(name, timexes);
    }
    List<List<Timex>> out = new ArrayList<>();
    for (TimeMlDocument doc : gold) {
      out.add(predicted.getOrDefault(doc.file(), List.of()));
    }
    return out;
  }

  @Override
  protected Scores score(List<TimeMlDocument> gold, List<List<Timex>> predictions, int errors) {
    List<List<Timex>> goldTimexes = new ArrayList<>();
    int items = 0;
    for (TimeMlDocument doc : gold) {
      goldTimexes.add(doc.timexes());
      items += doc.timexes().size();
    }
    List<String> notes = List.of("TempEval-3 task A: strict = same extent, relaxed = overlap; type and value "
        + "accuracy over relaxed matches; value_f1 = relaxed_f1 x value_accuracy");
    return new Scores(gold.size(), items, TempEval.metrics(goldTimexes, predictions), notes,
        errors == 0 ? List.of() : errorLines(gold, predictions, errors));
  }

  private static List<String> errorLines(List<TimeMlDocument> gold, List<List<Timex>> predictions, int errors) {
    ErrorLines lines = new ErrorLines(errors);
    for (int d = 0; d < gold.size(); d++) {
      TimeMlDocument doc = gold.get(d);
      List<Timex> g = doc.timexes();
      List<Timex> p = predictions.get(d);
      int[] match = TempEval.relaxed(g, p);
      for (int i = 0; i < g.size(); i++) {
        Timex t = g.get(i);
        if (match[i] < 0) {
          lines.miss(doc.file(), doc.text(), t.span().start(), t.span().end(),
              "gold " + t.type() + " " + t.value() + "; predicted none");
        } else {
          Timex q = p.get(match[i]);
          if (!Objects.equals(t.value(), q.value())) {
            lines.miss(doc.file(), doc.text(), t.span().start(), t.span().end(), "gold " + t.type() + " " + t.value()
                + "; predicted " + q.type() + " " + q.value() + " for \"" + q.span().text() + "\"");
          }
        }
      }
      boolean[] used = Matching.used(match, p.size());
      for (int j = 0; j < p.size(); j++) {
        if (!used[j]) {
          Timex q = p.get(j);
          lines.falseAlarm(doc.file(), doc.text(), q.span().start(), q.span().end(),
              "predicted " + q.type() + " " + q.value() + "; gold none");
        }
      }
    }
    return lines.lines();
  }
}
