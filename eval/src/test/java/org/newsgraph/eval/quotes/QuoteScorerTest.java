package org.newsgraph.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class QuoteScorerTest {
  private static final String TEXT = "\"No,\" Jones said, \"never.\"";

  private static Span span(String phrase) {
    int start = TEXT.indexOf(phrase);
    return Span.of(TEXT, start, start + phrase.length());
  }

  private static final Attribution GOLD = new Attribution(List.of(span("Jones")), List.of(span("said")),
      List.of(span("\"No,\""), span("\"never.\"")));

  private static double metric(Attribution predicted, String name) {
    Map<String, Object> m = QuoteScorer.metrics(List.of(List.of(GOLD)), List.of(List.of(predicted)));
    return (double) m.get(name);
  }

  @Test
  void discontinuousGold_exactMatchComparesTheCoveringRange() {
    Attribution whole = new Attribution(List.of(span("Jones")), List.of(span("said")), List.of(span(TEXT)));
    assertEquals(1.0, metric(whole, "content_f1_exact"));
    Attribution firstPart = new Attribution(List.of(), List.of(), List.of(span("\"No,\"")));
    assertEquals(0.0, metric(firstPart, "content_f1_exact"));
    assertEquals(1.0, metric(firstPart, "content_f1_overlap"));
  }

  @Test
  void discontinuousGold_theGapDoesNotOverlap() {
    Attribution gap = new Attribution(List.of(), List.of(), List.of(span("Jones said")));
    assertEquals(0.0, metric(gap, "content_f1_overlap"));
    assertEquals(0.0, metric(gap, "speaker_accuracy"));
  }

  @Test
  void duplicatePredictions_matchOneGoldOnce() {
    Map<String, Object> m = QuoteScorer.metrics(List.of(List.of(GOLD)), List.of(List.of(GOLD, GOLD)));
    assertEquals(0.5, (double) m.get("source_precision_exact"), 1e-12);
    assertEquals(1.0, (double) m.get("source_recall_exact"), 1e-12);
    assertEquals(0.5, (double) m.get("content_precision_overlap"), 1e-12);
    assertEquals(1.0, (double) m.get("speaker_accuracy"), 1e-12);
  }

  @Test
  void goldWithoutSource_skippedForSourceButRightWhenPredictionHasNone() {
    Attribution noSource = new Attribution(List.of(), List.of(span("said")), List.of(span("\"No,\"")));
    Attribution predicted = new Attribution(List.of(), List.of(span("said")), List.of(span("\"No,\"")));
    Map<String, Object> m = QuoteScorer.metrics(List.of(List.of(noSource)), List.of(List.of(predicted)));
    assertEquals(0.0, (double) m.get("source_f1_exact"));
    assertEquals(1.0, (double) m.get("cue_f1_exact"));
    assertEquals(1.0, (double) m.get("speaker_accuracy"));
    Attribution withSpeaker = new Attribution(List.of(span("Jones")), List.of(), List.of(span("\"No,\"")));
    Map<String, Object> wrong = QuoteScorer.metrics(List.of(List.of(noSource)), List.of(List.of(withSpeaker)));
    assertEquals(0.0, (double) wrong.get("speaker_accuracy"));
  }

  @Test
  void noPredictionsAndNoGold_areZero() {
    Map<String, Object> none = QuoteScorer.metrics(List.of(List.of(GOLD)), List.of(List.of()));
    Map<String, Object> noGold = QuoteScorer.metrics(List.of(List.of()), List.of(List.of(GOLD)));
    for (Map<String, Object> m : List.of(none, noGold)) {
      for (Object v : m.values()) {
        assertEquals(0.0, (double) v);
      }
    }
  }
}
