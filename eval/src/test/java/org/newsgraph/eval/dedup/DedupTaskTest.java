package org.newsgraph.eval.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvalOptions;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Fakes;

class DedupTaskTest {
  @Test
  void run_clustersAllDocumentsAtOnce() {
    EvalReport report = new Evaluator(null, Fakes.firstWordStories())
        .run("dedup", Fakes.resource("dedup/small.jsonl"), new EvalOptions(2, null));
    Map<String, Object> m = report.metrics();
    assertEquals(4, report.documents());
    assertEquals(2, report.items());
    assertEquals(0.75, (double) m.get("bcubed_precision"), 1e-12);
    assertEquals(0.4, (double) m.get("pairwise_f1"), 1e-12);
    assertTrue(report.errorLines().stream().anyMatch(l -> l.startsWith("MISS  1_1ecb")
        && l.contains("with 1_3ecb; predicted apart")), report.errorLines().toString());
    assertTrue(report.errorLines().stream().anyMatch(l -> l.startsWith("FALSE 1_3ecb")),
        report.errorLines().toString());
  }

  @Test
  void run_withoutClusterer_scoresTheSingletonBaselineAndSaysSo() {
    EvalReport report = new Evaluator(null, null)
        .run("dedup", Fakes.resource("dedup/small.jsonl"), EvalOptions.defaults());
    assertEquals("singletons", report.metrics().get("baseline"));
    assertEquals(1.0, (double) report.metrics().get("bcubed_precision"), 1e-12);
    assertTrue(report.toTable().contains("each document alone"), report.toTable());
    assertTrue(report.toJson().contains("\"baseline\":\"singletons\""), report.toJson());
  }
}
