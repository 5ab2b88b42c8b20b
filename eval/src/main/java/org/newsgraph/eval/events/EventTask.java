package org.newsgraph.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsgraph.eval.ErrorLines;
import org.newsgraph.eval.GoldTask;
import org.newsgraph.eval.Scores;
import org.newsgraph.eval.internal.Jsonl;
import org.newsgraph.eval.internal.Parallel;
import org.newsgraph.eval.internal.ProblemLog;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.Pipeline;

/**
 * {@code eval events}: runs a pipeline on each sentence (published on the record's date) and scores its events and
 * actors with {@link EventScorer}. Records marked {@code "evaluate": false} are skipped and counted.
 *
 * <p>The predictions file is events JSONL: each scored record with {@code events} = the predicted CAMEO triples,
 * and two fields the gold format lacks: {@code plover_events}, the predicted PLOVER types, and {@code actors},
 * {@code [{"name", "code", "country", "sector"}]} with {@code code} the actor's CAMEO code.
 */
public final class EventTask extends GoldTask<EventGold, List<SentencePrediction>> {
  /** Toy-dictionary folders under {@code validate-dictionaries/}, by corpus. */
  static final Map<String, String> VALIDATION_FOLDERS = Map.of(
      "petrarch2-unittest", "petrarch2",
      "udpetrarch-validate-2_02", "udpetrarch-2_02");

  private final Pipeline pipeline;
  private final Function<Path, Pipeline> validation;

  /**
   * @param pipeline the pipeline to score, or null to only rescore predictions files
   * @param validation builds a pipeline for a toy-dictionary folder, or null to run those records with
   *     {@code pipeline}
   */
  public EventTask(Pipeline pipeline, Function<Path, Pipeline> validation) {
    this.pipeline = pipeline;
    this.validation = validation;
  }

  @Override
  protected EventGold read(Path gold) {
    List<Path> files;
    if (Files.isDirectory(gold)) {
      try (Stream<Path> list = Files.list(gold)) {
        files = list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jsonl"))
            .sorted().toList();
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot list " + gold + ": " + e.getMessage(), e);
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no .jsonl files in " + gold);
      }
    } else {
      files = List.of(gold);
    }
    List<EventRecord> records = new ArrayList<>();
    int skipped = 0;
    for (Path file : files) {
      Path folder = file.toAbsolutePath().getParent();
      for (Jsonl.Line line : Jsonl.read(file)) {
        EventRecord r = EventRecord.from(line, folder);
        if (r.evaluate()) {
          records.add(r);
        } else {
          skipped++;
        }
      }
    }
    return new EventGold(records, skipped);
  }

  @Override
  protected List<SentencePrediction> predict(EventGold gold, ProblemLog problems) {
    Map<Path, Pipeline> pipelines = new HashMap<>();
    List<Pipeline> chosen = new ArrayList<>();
    for (EventRecord r : gold.records()) {
      Path folder = validationFolder(r);
      Pipeline p = folder == null ? pipeline : pipelines.computeIfAbsent(folder, this::validationPipeline);
      if (p == null) {
        throw new IllegalArgumentException("task events needs a pipeline, and none was given");
      }
      chosen.add(p);
    }
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < gold.records().size(); i++) {
      indices.add(i);
    }
    return Parallel.map(indices, i -> {
      EventRecord r = gold.records().get(i);
      Annotation annotation = chosen.get(i).process(
          Article.of(r.id(), null, null, null, r.date(), "en", r.text(), r.where()));
      problems.record(r.key(), annotation);
      return of(annotation);
    });
  }

  /** The toy-dictionary folder a record is coded with, or null for the main pipeline. */
  private Path validationFolder(EventRecord r) {
    if (validation == null || !"validate".equals(r.dictionaries()) || !VALIDATION_FOLDERS.containsKey(r.corpus())) {
      return null;
    }
    return r.folder().resolve("validate-dictionaries").resolve(VALIDATION_FOLDERS.get(r.corpus()));
  }

  private Pipeline validationPipeline(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("validation dictionaries not found: " + folder);
    }
    Pipeline built = validation.apply(folder);
    if (built == null) {
      throw new IllegalArgumentException("no pipeline was built for the validation dictionaries in " + folder);
    }
    return built;
  }

  /** What an annotation codes, as the scorer compares it. */
  static SentencePrediction of(Annotation annotation) {
    Actors actors = annotation.actors();
    List<ActorCode> codes = new ArrayList<>();
    for (Actor a : actors.actors()) {
      codes.add(new ActorCode(a.name(), a.codes().get("cameo"), a.country(), a.sector()));
    }
    List<CameoEvent> events = new ArrayList<>();
    List<String> plover = new ArrayList<>();
    for (Event e : annotation.events()) {
      plover.add(e.plover());
      if (e.cameo() == null) {
        continue;
      }
      for (String source : sides(e.source())) {
        for (String target : sides(e.target())) {
          events.add(new CameoEvent(code(actors, source), code(actors, target), e.cameo()));
        }
      }
    }
    return new SentencePrediction(events, plover, codes);
  }

  private static List<String> sides(List<String> ids) {
    if (ids.isEmpty()) {
      List<String> none = new ArrayList<>();
      none.add(null);
      return none;
    }
    return ids;
  }

  private static String code(Actors actors, String id) {
    Actor actor = id == null ? null : actors.byId(id);
    return actor == null ? null : actor.codes().get("cameo");
  }

  @Override
  protected void write(EventGold gold, List<SentencePrediction> predictions, Path file) throws IOException {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < gold.records().size(); i++) {
      EventRecord r = gold.records().get(i);
      SentencePrediction p = predictions.get(i);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", r.id());
      out.put("corpus", r.corpus());
      out.put("date", r.date() == null ? null : r.date().toString());
      out.put("text", r.text());
      out.put("dictionaries", r.dictionaries());
      List<Map<String, Object>> events = new ArrayList<>();
      for (CameoEvent e : p.events()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", e.source());
        m.put("target", e.target());
        m.put("cameo", e.cameo());
        events.add(m);
      }
      out.put("events", events);
      out.put("plover_events", p.plover());
      List<Map<String, Object>> actors = new ArrayList<>();
      for (ActorCode a : p.actors()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("code", a.cameo());
        m.put("country", a.country());
        m.put("sector", a.sector());
        actors.add(m);
      }
      out.put("actors", actors);
      if (r.category() != null) {
        out.put("category", r.category());
      }
      records.add(out);
    }
    Jsonl.write(file, records);
  }

  @Override
  protected List<SentencePrediction> readPredictions(EventGold gold, Path file) {
    Map<String, SentencePrediction> byKey = new HashMap<>();
    for (Jsonl.Line line : Jsonl.read(file)) {
      EventRecord r = EventRecord.from(line, null);
      List<String> plover = new ArrayList<>();
      JsonNode types = line.node().get("plover_events");
      if (types != null && types.isArray()) {
        for (JsonNode t : types) {
          plover.add(t.asText());
        }
      }
      List<ActorCode> actors = new ArrayList<>();
      JsonNode array = line.node().get("actors");
      if (array != null && array.isArray()) {
        for (JsonNode a : array) {
          actors.add(new ActorCode(EventRecord.text(a, "name"), EventRecord.text(a, "code"),
              EventRecord.text(a, "country"), EventRecord.text(a, "sector")));
        }
      }
      byKey.put(r.key(), new SentencePrediction(r.events() == null ? List.of() : r.events(), plover, actors));
    }
    List<SentencePrediction> out = new ArrayList<>();
    for (EventRecord r : gold.records()) {
      out.add(byKey.getOrDefault(r.key(), SentencePrediction.none()));
    }
    return out;
  }

  @Override
  protected Scores score(EventGold gold, List<SentencePrediction> predictions, int errors) {
    List<EventRecord> records = gold.records();
    int items = 0;
    for (EventRecord r : records) {
      items += r.events() != null ? r.events().size() : r.plover() != null ? 1 : 0;
    }
    Map<String, Object> metrics = new LinkedHashMap<>(EventScorer.metrics(records, predictions));
    metrics.put("skipped", gold.skipped());
    List<String> notes = new ArrayList<>();
    notes.add("documents are sentences; items are gold CAMEO events, or the PLOVER event of a record without them");
    if (gold.skipped() > 0) {
      notes.add(gold.skipped() + " record(s) marked \"evaluate\": false were skipped");
    }
    if (validation == null && pipeline != null) {
      notes.add("no validation pipeline: records coded against the toy dictionaries ran with the main pipeline");
    }
    return new Scores(records.size(), items, metrics, notes,
        errors == 0 ? List.of() : errorLines(records, predictions, errors));
  }

  private static List<String> errorLines(List<EventRecord> records, List<SentencePrediction> predictions, int errors) {
    ErrorLines lines = new ErrorLines(errors);
    for (int i = 0; i < records.size(); i++) {
      EventRecord r = records.get(i);
      SentencePrediction p = predictions.get(i);
      if (r.events() != null) {
        List<CameoEvent> unmatchedGold = minus(r.events(), p.events());
        List<CameoEvent> unmatchedPredicted = minus(p.events(), r.events());
        for (CameoEvent e : unmatchedGold) {
          lines.miss(r.key(), r.text(), 0, r.text().length(),
              () -> "gold " + e + "; predicted " + (p.events().isEmpty() ? "none" : p.events().toString()));
        }
        for (CameoEvent e : unmatchedPredicted) {
          lines.falseAlarm(r.key(), r.text(), 0, r.text().length(),
              () -> "predicted " + e + "; gold " + (r.events().isEmpty() ? "none" : r.events().toString()));
        }
      }
    }
    for (List<Integer> sentence : EventScorer.ploverSentences(records)) {
      EventRecord r = records.get(sentence.get(0));
      List<String> gold = new ArrayList<>();
      for (int i : sentence) {
        gold.add(records.get(i).plover().event());
      }
      List<String> predicted = predictions.get(sentence.get(0)).plover();
      for (String type : minus(gold, predicted)) {
        lines.miss(r.key(), r.text(), 0, r.text().length(), "gold PLOVER " + type + "; predicted " + predicted);
      }
      for (String type : minus(predicted, gold)) {
        lines.falseAlarm(r.key(), r.text(), 0, r.text().length(), "predicted PLOVER " + type + "; gold " + gold);
      }
    }
    return lines.lines();
  }

  /** The elements of {@code a} left after taking out, one for one, those of {@code b}. */
  private static <T> List<T> minus(List<T> a, List<T> b) {
    List<T> rest = new ArrayList<>(a);
    for (T x : b) {
      rest.remove(x);
    }
    return rest;
  }
}
