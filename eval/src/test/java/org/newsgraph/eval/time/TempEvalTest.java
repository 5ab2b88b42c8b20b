package org.newsgraph.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class TempEvalTest {
  private static final String TEXT = "Prices fell on Monday and rose last week.";

  private static Timex timex(String phrase, String type, String value) {
    int start = TEXT.indexOf(phrase);
    return new Timex(Span.of(TEXT, start, start + phrase.length()), type, value);
  }

  @Test
  void metrics_strictNeedsTheSameExtentRelaxedAnOverlap() {
    List<Timex> gold = List.of(timex("on Monday", "DATE", "1998-01-05"), timex("last week", "DURATION", "P1W"));
    List<Timex> predicted = List.of(timex("Monday", "DATE", "1998-01-05"), timex("last week", "DATE", "P1W"),
        timex("Prices", "DATE", "XXXX"));
    Map<String, Object> m = TempEval.metrics(List.of(gold), List.of(predicted));
    assertEquals(1.0 / 3, (double) m.get("strict_precision"), 1e-12);
    assertEquals(0.5, (double) m.get("strict_recall"), 1e-12);
    assertEquals(0.4, (double) m.get("strict_f1"), 1e-12);
    assertEquals(2.0 / 3, (double) m.get("relaxed_precision"), 1e-12);
    assertEquals(1.0, (double) m.get("relaxed_recall"), 1e-12);
    assertEquals(0.8, (double) m.get("relaxed_f1"), 1e-12);
    assertEquals(0.5, (double) m.get("type_accuracy"), 1e-12);
    assertEquals(1.0, (double) m.get("value_accuracy"), 1e-12);
    assertEquals(0.8, (double) m.get("value_f1"), 1e-12);
    assertEquals(0.4, (double) m.get("type_f1"), 1e-12);
  }

  @Test
  void relaxed_eachGoldAndPredictionMatchedOnce() {
    // two predictions overlap one gold expression: one matches, the other is a false positive
    List<Timex> gold = List.of(timex("on Monday", "DATE", "1998-01-05"));
    List<Timex> predicted = List.of(timex("on", "DATE", "x"), timex("Monday", "DATE", "1998-01-05"));
    Map<String, Object> m = TempEval.metrics(List.of(gold), List.of(predicted));
    assertEquals(0.5, (double) m.get("relaxed_precision"), 1e-12);
    assertEquals(1.0, (double) m.get("relaxed_recall"), 1e-12);
    assertEquals(0.0, (double) m.get("value_accuracy"), 1e-12, "the first overlapping prediction is taken");
  }

  @Test
  void metrics_nothingAtAll_isZero() {
    Map<String, Object> m = TempEval.metrics(List.of(List.of()), List.of(List.of()));
    for (Object v : m.values()) {
      assertEquals(0.0, (double) v);
    }
  }
}
