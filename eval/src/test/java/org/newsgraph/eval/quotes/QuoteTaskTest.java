package org.newsgraph.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvalOptions;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Fakes;

class QuoteTaskTest {
  @Test
  void run_scoresEachRole() {
    EvalReport report = new Evaluator(Fakes.pipeline(), null)
        .run("quotes", Fakes.resource("quotes/small.jsonl"), new EvalOptions(5, null));
    Map<String, Object> m = report.metrics();
    assertEquals(2, report.documents());
    assertEquals(4, report.items());
    // sources: Smith, Jones right; a second Smith is a duplicate
    assertEquals(2.0 / 3, (double) m.get("source_f1_exact"), 1e-12);
    assertEquals(2.0 / 3, (double) m.get("source_f1_overlap"), 1e-12);
    // cues: said, said, announced right; "reportedly" not predicted
    assertEquals(1.0, (double) m.get("cue_precision_exact"), 1e-12);
    assertEquals(0.75, (double) m.get("cue_recall_exact"), 1e-12);
    // contents: 3 exact of 5 predicted, 4 gold; "taxes rise" overlaps "that taxes rise"
    assertEquals(0.6, (double) m.get("content_precision_exact"), 1e-12);
    assertEquals(0.75, (double) m.get("content_recall_exact"), 1e-12);
    assertEquals(0.8, (double) m.get("content_precision_overlap"), 1e-12);
    assertEquals(1.0, (double) m.get("content_recall_overlap"), 1e-12);
    // speakers: Smith, Jones, and none-for-none right; "The mayor" missed
    assertEquals(0.75, (double) m.get("speaker_accuracy"), 1e-12);
    assertTrue(report.errorLines().stream().anyMatch(l -> l.startsWith("MISS  q1")
        && l.contains("gold source \"The mayor\", predicted source none")), report.errorLines().toString());
    assertTrue(report.errorLines().stream().anyMatch(l -> l.startsWith("FALSE q1") && l.contains("[The mayor]")),
        report.errorLines().toString());
  }

  @Test
  void withMarks_quoteInsideMarks_takesTheMarksAsPolnearDoes() {
    String text = "He said: “We agree.” Then “open";
    org.newsgraph.model.Span inside = org.newsgraph.model.Span.of(text, 10, 19);
    assertEquals("“We agree.”", QuoteTask.withMarks(text, inside).text());
    org.newsgraph.model.Span unclosed = org.newsgraph.model.Span.of(text, 27, 31);
    assertEquals("open", QuoteTask.withMarks(text, unclosed).text());
    org.newsgraph.model.Span plain = org.newsgraph.model.Span.of(text, 3, 7);
    assertEquals("said", QuoteTask.withMarks(text, plain).text());
  }
}
