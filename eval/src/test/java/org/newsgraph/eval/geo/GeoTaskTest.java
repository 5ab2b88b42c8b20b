package org.newsgraph.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvalOptions;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Fakes;

class GeoTaskTest {
  @Test
  void run_scoresPlacesOfTheFakePipeline() {
    EvalReport report = new Evaluator(Fakes.pipeline(), null)
        .run("geo", Fakes.resource("geo/small.jsonl"), new EvalOptions(5, null));
    Map<String, Object> m = report.metrics();
    assertEquals(2, report.documents());
    assertEquals(5, report.items());
    // right: Paris (0 km), Kabul (8 km, wider span); wrong: London (put in Paris), Springfield (unresolved), Tehran
    assertEquals(0.4, (double) m.get("acc161"), 1e-12);
    assertEquals(3, m.get("found_resolved"));
    assertEquals((0 + 343.5565 + 8.2542) / 3, (double) m.get("mean_km"), 1e-3);
    assertEquals(8.2542, (double) m.get("median_km"), 1e-3);
    assertEquals(0.8, (double) m.get("detect_precision"), 1e-12);
    assertEquals(0.8, (double) m.get("detect_recall"), 1e-12);
    assertEquals(0.2, (double) m.get("resolve_acc161"), 1e-12);
    assertEquals(0, m.get("problems"));
    assertTrue(report.errorLines().contains(
        "MISS  g1  Talks in Paris and [London] ended. Springfield waited.  (gold 51.51,-0.13; predicted 48.86,2.35, "
            + "344 km off)"), report.errorLines().toString());
    assertTrue(report.errorLines().contains(
        "MISS  g2  Kabul is far from [Tehran].  (gold 35.69,51.42; predicted none)"),
        report.errorLines().toString());
    assertTrue(report.errorLines().contains("FALSE g2  Kabul is [far] from Tehran.  (predicted 0.00,0.00; gold none)"),
        report.errorLines().toString());
    assertTrue(report.toTable().contains("found and resolved"), report.toTable());
  }
}
