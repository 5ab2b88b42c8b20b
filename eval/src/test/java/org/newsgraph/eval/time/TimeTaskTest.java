package org.newsgraph.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvalOptions;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Fakes;

class TimeTaskTest {
  @Test
  void run_oneFile_publishedOnTheDct() {
    EvalReport report = new Evaluator(Fakes.pipeline(), null)
        .run("time", Fakes.resource("time/a.tml"), new EvalOptions(3, null));
    Map<String, Object> m = report.metrics();
    assertEquals(1, report.documents());
    assertEquals(3, report.items());
    // predicted: Monday (inside "on Monday", right value from the DCT), last week, this year (1997), Prices
    assertEquals(2.0 / 4, (double) m.get("strict_precision"), 1e-12);
    assertEquals(2.0 / 3, (double) m.get("strict_recall"), 1e-12);
    assertEquals(0.75, (double) m.get("relaxed_precision"), 1e-12);
    assertEquals(1.0, (double) m.get("relaxed_recall"), 1e-12);
    assertEquals(1.0, (double) m.get("type_accuracy"), 1e-12);
    assertEquals(2.0 / 3, (double) m.get("value_accuracy"), 1e-12);
    assertEquals(6.0 / 7 * 2 / 3, (double) m.get("value_f1"), 1e-12);
    assertTrue(report.errorLines().stream().anyMatch(l -> l.startsWith("MISS  a.tml")
        && l.contains("[this year]") && l.contains("gold DATE 1998; predicted DATE 1997")),
        report.errorLines().toString());
    assertTrue(report.errorLines().stream().anyMatch(l -> l.startsWith("FALSE a.tml") && l.contains("[Prices]")));
  }

  @Test
  void run_folder_findsTmlRecursively() {
    EvalReport report = new Evaluator(Fakes.pipeline(), null)
        .run("time", Fakes.resource("time"), EvalOptions.defaults());
    assertEquals(2, report.documents());
    assertEquals(3, report.items());
    // b.tml adds a false Monday
    assertEquals(0.6, (double) report.metrics().get("relaxed_precision"), 1e-12);
  }
}
