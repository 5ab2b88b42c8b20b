package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvalOptions;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Fakes;

class EventTaskTest {
  @Test
  void run_scoresTriplesRootsPloverAndActors() {
    List<Path> folders = new ArrayList<>();
    Evaluator evaluator = new Evaluator(Fakes.pipeline(), null).withValidationPipeline(folder -> {
      folders.add(folder);
      return Fakes.pipeline();
    });
    EvalReport report = evaluator.run("events", Fakes.resource("events/small.jsonl"), new EvalOptions(10, null));
    Map<String, Object> m = report.metrics();
    assertEquals(5, report.documents());
    assertEquals(4, report.items());
    assertEquals(1, m.get("skipped"));
    assertEquals(List.of(Fakes.resource("events").resolve("validate-dictionaries").resolve("petrarch2")), folders);
    // DEMO-00 right; DEMO-01 052 for 051 (root right); NOEV-01 a false positive
    assertEquals(1.0 / 3, (double) m.get("event_precision"), 1e-12);
    assertEquals(0.5, (double) m.get("event_recall"), 1e-12);
    assertEquals(2.0 / 3, (double) m.get("root_precision"), 1e-12);
    assertEquals(1.0, (double) m.get("root_recall"), 1e-12);
    // one sentence with gold AGREE and COOPERATE, predicted AGREE
    assertEquals(1.0, (double) m.get("plover_precision"), 1e-12);
    assertEquals(0.5, (double) m.get("plover_recall"), 1e-12);
    // ARN, GON, GON, ARN, JOR right; Britain coded as military, gold GOV
    assertEquals(5.0 / 6, (double) m.get("actor_accuracy"), 1e-12);
    assertTrue(report.errorLines().stream().anyMatch(l -> l.startsWith("MISS  petrarch2-unittest/DEMO-01")
        && l.contains("gold GON ARN 051")), report.errorLines().toString());
    assertTrue(report.errorLines().stream().anyMatch(l -> l.startsWith("FALSE petrarch2-unittest/NOEV-01")
        && l.contains("predicted ARN null 010")), report.errorLines().toString());
    assertTrue(report.errorLines().stream().anyMatch(l -> l.contains("gold PLOVER COOPERATE")));
  }

  @Test
  void run_folderOfJsonl_withoutValidationPipeline_usesTheMainOne() {
    EvalReport report = new Evaluator(Fakes.pipeline(), null)
        .run("events", Fakes.resource("events"), EvalOptions.defaults());
    assertEquals(5, report.documents());
    assertTrue(report.notes().stream().anyMatch(n -> n.contains("no validation pipeline")), report.notes().toString());
  }
}
