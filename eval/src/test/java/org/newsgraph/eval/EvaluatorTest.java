package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Pipeline;

class EvaluatorTest {
  private static Evaluator evaluator() {
    Map<String, EntityType> phrases = Map.of("Phil Simmons", EntityType.PERSON, "Leicestershire",
        EntityType.LOCATION, "London", EntityType.LOCATION, "Bonn", EntityType.LOCATION, "Simmons left",
        EntityType.PERSON);
    return new Evaluator(Fakes.pipeline(), Fakes.annotator(phrases), Fakes.firstWordStories())
        .withValidationPipeline(folder -> Fakes.pipeline());
  }

  /**
   * The independent scorer check: predictions written in the gold format and scored again as gold-vs-prediction by
   * the same metric code give the figures of the run that wrote them.
   */
  @ParameterizedTest
  @CsvSource({"ner, ner/small.conll", "geo, geo/small.jsonl", "time, time", "quotes, quotes/small.jsonl",
      "events, events/small.jsonl", "dedup, dedup/small.jsonl"})
  void rescore_predictionsFile_givesTheFiguresOfTheRun(String task, String gold, @TempDir Path dir) {
    Path predictions = dir.resolve("out").resolve(task + ".predictions");
    Path goldPath = Fakes.resource(gold);
    EvalReport run = evaluator().run(task, goldPath, new EvalOptions(3, predictions));
    assertTrue(Files.isRegularFile(predictions));
    EvalReport again = new Evaluator(null, null).rescore(task, goldPath, predictions, new EvalOptions(3, null));
    assertEquals(run.documents(), again.documents());
    assertEquals(run.items(), again.items());
    for (Map.Entry<String, Object> e : again.metrics().entrySet()) {
      assertSame(task + " " + e.getKey(), run.metrics().get(e.getKey()), e.getValue());
    }
    assertEquals(run.metrics().size(), again.metrics().size() + 1, "all but problems: " + run.metrics().keySet());
    assertEquals(run.errorLines(), again.errorLines());
  }

  private static void assertSame(String what, Object expected, Object actual) {
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      assertEquals(e.keySet(), a.keySet(), what);
      for (Object key : e.keySet()) {
        assertSame(what + "." + key, e.get(key), a.get(key));
      }
    } else if (expected instanceof Double e && actual instanceof Double a) {
      assertEquals(e, a, 0.0005, what);
    } else {
      assertEquals(expected, actual, what);
    }
  }

  @Test
  void run_writesNerPredictionsAsConllWithPredictedTagsInTheLastColumn(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("ner.conll");
    evaluator().run("ner", Fakes.resource("ner/small.conll"), new EvalOptions(0, out));
    List<String> lines = Files.readAllLines(out);
    assertEquals("-DOCSTART- -X- -X- O", lines.get(0));
    assertEquals("Phil NNP B-NP B-PER", lines.get(2));
    assertEquals("Leicestershire NNP B-NP B-LOC", lines.get(5));
    assertEquals("German JJ B-NP O", lines.get(12));
  }

  @Test
  void run_timePredictionsAreJsonlWithFileDctAndTimexes(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("time.jsonl");
    evaluator().run("time", Fakes.resource("time/a.tml"), new EvalOptions(0, out));
    String line = Files.readAllLines(out).get(0);
    assertTrue(line.startsWith("{\"file\":\"a.tml\",\"dct\":\"1998-01-08\",\"text\":"), line);
    assertTrue(line.contains(
        "{\"start\":30,\"end\":39,\"text\":\"last week\",\"type\":\"DURATION\",\"value\":\"P1W\"}"), line);
  }

  @Test
  void run_jsonlPredictionsEscapeLineSeparators(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\":\"g\",\"text\":\"In Paris\\u2028and\\u0085London.\",\"toponyms\":[]}\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("pred.jsonl");
    evaluator().run("geo", gold, new EvalOptions(0, out));
    String written = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(written.contains("Paris\\u2028and\\u0085London"), written);
    assertEquals(1, written.split("\n").length);
  }

  @Test
  void run_unknownTask_namesTheTasks() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> evaluator().run("sentiment", Fakes.resource("geo/small.jsonl"), EvalOptions.defaults()));
    assertEquals("unknown eval task \"sentiment\"; expected one of ner, geo, time, quotes, events, dedup",
        e.getMessage());
  }

  @Test
  void run_missingOrMalformedGold_isIllegalArgument(@TempDir Path dir) throws Exception {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> evaluator().run("geo", dir.resolve("nope.jsonl"), EvalOptions.defaults()));
    assertTrue(missing.getMessage().startsWith("gold data not found: "), missing.getMessage());
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"g\",\"text\":\"x\",\"toponyms\":[]}\n{oops\n");
    IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
        () -> evaluator().run("geo", bad, EvalOptions.defaults()));
    assertTrue(malformed.getMessage().startsWith(bad + ":2: malformed JSON"), malformed.getMessage());
    Path span = Files.writeString(dir.resolve("span.jsonl"),
        "{\"id\":\"g\",\"text\":\"x\",\"toponyms\":[{\"start\":0,\"end\":9,\"lat\":1,\"lon\":2}]}\n");
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
        () -> evaluator().run("geo", span, EvalOptions.defaults()));
    assertTrue(outside.getMessage().contains(":1: span [0, 9) outside"), outside.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> evaluator().run("time", dir, EvalOptions.defaults()), "a folder without .tml files");
  }

  @Test
  void run_failingStage_isRecordedAsProblemNotCrash() {
    Pipeline broken = new Pipeline((text, published) -> {
      throw new IllegalStateException("model exploded");
    }, (a, l) -> null, (a, l) -> null, (a, l, x) -> null, (a, l, x) -> null, e -> null);
    EvalReport report = new Evaluator(broken, null)
        .run("geo", Fakes.resource("geo/small.jsonl"), EvalOptions.defaults());
    assertEquals(2, report.metrics().get("problems"));
    assertEquals(0.0, report.metrics().get("acc161"));
    assertTrue(report.toTable().contains("model exploded"), report.toTable());
  }

  @Test
  void run_emptyGoldFile_givesZerosWithoutNaN(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    EvalReport report = evaluator().run("quotes", empty, EvalOptions.defaults());
    assertEquals(0, report.documents());
    assertTrue(!report.toJson().contains("NaN"), report.toJson());
  }
}
