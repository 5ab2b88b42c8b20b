package org.newsgraph.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class GeoScorerTest {
  private static final String TEXT = "Talks in Paris and London.";
  private static final Toponym PARIS = new Toponym(Span.of(TEXT, 9, 14), 48.8566, 2.3522, null, null);
  private static final Toponym LONDON = new Toponym(Span.of(TEXT, 19, 25), 51.5074, -0.1278, null, null);

  @Test
  void metrics_noPredictions_everythingZeroAndDistancesNull() {
    Map<String, Object> m = GeoScorer.metrics(List.of(List.of(PARIS, LONDON)), List.of(List.of()));
    assertEquals(0.0, m.get("acc161"));
    assertNull(m.get("mean_km"));
    assertNull(m.get("median_km"));
    assertEquals(0.0, m.get("detect_precision"));
    assertEquals(0.0, m.get("detect_recall"));
    assertEquals(0, m.get("found_resolved"));
  }

  @Test
  void metrics_noGold_predictionsAreFalseAlarms() {
    Map<String, Object> m = GeoScorer.metrics(List.of(List.of()), List.of(List.of(PARIS)));
    assertEquals(0.0, m.get("detect_precision"));
    assertEquals(0.0, m.get("acc161"));
  }

  @Test
  void metrics_overlappingSpanCountsButUnresolvedIsWrong() {
    Toponym parisWide = new Toponym(Span.of(TEXT, 6, 14), 48.85, 2.35, null, null);
    Toponym londonUnresolved = new Toponym(Span.of(TEXT, 19, 25), null, null, null, null);
    Map<String, Object> m = GeoScorer.metrics(List.of(List.of(PARIS, LONDON)),
        List.of(List.of(parisWide, londonUnresolved)));
    assertEquals(0.5, m.get("acc161"));
    assertEquals(1.0, m.get("detect_precision"));
    assertEquals(1.0, m.get("detect_recall"));
    // the only prediction at a gold span is unresolved, so resolve_acc161 finds nothing right
    assertEquals(0.0, m.get("resolve_acc161"));
    assertEquals(1, m.get("found_resolved"));
  }

  @Test
  void metrics_duplicatePredictionsBothCountAsDetected() {
    Map<String, Object> m = GeoScorer.metrics(List.of(List.of(PARIS)), List.of(List.of(PARIS, PARIS)));
    assertEquals(1.0, m.get("detect_precision"));
    assertEquals(1.0, m.get("acc161"));
    assertEquals(0.0, (double) m.get("median_km"), 1e-9);
  }

  @Test
  void median_evenCountAveragesTheMiddleTwo() {
    assertEquals(2.5, GeoScorer.median(List.of(1.0, 2.0, 3.0, 4.0)));
    assertEquals(2.0, GeoScorer.median(List.of(1.0, 2.0, 3.0)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void metrics_goldWithKinds_isBrokenDownPerKind_andHeadlineStaysOverAll() {
    Toponym literal = new Toponym(PARIS.span(), PARIS.lat(), PARIS.lon(), 2988507L, "Literal");
    Toponym modifier = new Toponym(LONDON.span(), LONDON.lat(), LONDON.lon(), 2643743L, "Non_Literal_Modifier");
    Map<String, Object> m = GeoScorer.metrics(List.of(List.of(literal, modifier)), List.of(List.of(PARIS)));
    assertEquals(0.5, m.get("acc161"));
    Map<String, Map<String, Object>> perKind = (Map<String, Map<String, Object>>) m.get("per_kind");
    assertEquals(1.0, perKind.get("Literal").get("acc161"));
    assertEquals(1, perKind.get("Literal").get("items"));
    assertEquals(0.0, perKind.get("Non_Literal_Modifier").get("acc161"));
    assertEquals(0.0, perKind.get("Non_Literal_Modifier").get("detect_recall"));
  }

  @Test
  void metrics_goldWithoutKinds_hasNoBreakdown() {
    assertNull(GeoScorer.metrics(List.of(List.of(PARIS)), List.of(List.of(PARIS))).get("per_kind"));
  }
}

