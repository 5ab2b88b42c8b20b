package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventScorerTest {
  private static EventRecord record(List<CameoEvent> events, PloverGold plover) {
    return new EventRecord("r", "c", null, "text", "phoenix", events, plover, null, true, null, "f:1");
  }

  @Test
  void metrics_duplicateTripleMatchesOnce() {
    CameoEvent e = new CameoEvent("ARN", "GON", "064");
    Map<String, Object> m = EventScorer.metrics(List.of(record(List.of(e), null)),
        List.of(new SentencePrediction(List.of(e, e), List.of(), List.of())));
    assertEquals(0.5, (double) m.get("event_precision"), 1e-12);
    assertEquals(1.0, (double) m.get("event_recall"), 1e-12);
  }

  @Test
  void metrics_emptyGoldGivesFalsePositivesOnlyNullGoldNothing() {
    CameoEvent e = new CameoEvent("ARN", "GON", "064");
    SentencePrediction p = new SentencePrediction(List.of(e), List.of("COOPERATE"), List.of());
    Map<String, Object> empty = EventScorer.metrics(List.of(record(List.of(), null)), List.of(p));
    assertEquals(0.0, (double) empty.get("event_precision"));
    assertEquals(0.0, (double) empty.get("event_f1"));
    Map<String, Object> both = EventScorer.metrics(
        List.of(record(List.of(e), null), record(null, null)), List.of(p, p));
    assertEquals(1.0, (double) both.get("event_precision"), 1e-12);
    assertEquals(0.0, (double) both.get("plover_f1"), "no plover gold, no plover score");
  }

  @Test
  void metrics_rootComparesTheFirstTwoDigits() {
    Map<String, Object> m = EventScorer.metrics(List.of(record(List.of(new CameoEvent("A", "B", "0841")), null)),
        List.of(new SentencePrediction(List.of(new CameoEvent("A", "B", "081")), List.of(), List.of())));
    assertEquals(0.0, (double) m.get("event_f1"));
    assertEquals(1.0, (double) m.get("root_f1"), 1e-12);
  }

  @Test
  void sectorMatches_byWordByCodeOrByCameoAgent() {
    assertTrue(EventScorer.sectorMatches(new ActorCode("x", null, "IRN", "government"), "GOV"));
    assertTrue(EventScorer.sectorMatches(new ActorCode("x", null, "IRN", "gov"), "GOV"));
    assertTrue(EventScorer.sectorMatches(new ActorCode("x", "ALBREBMIL", "ALB", null), "MILsrp"));
    assertFalse(EventScorer.sectorMatches(new ActorCode("x", "GBRMIL", "GBR", "military"), "GOV"));
  }

  @Test
  void sectorMatches_readsPloverJournalistsAsMediaAndMedicalAsHealth() {
    assertTrue(EventScorer.sectorMatches(new ActorCode("La Prensa", "NICMED", "NIC", "media"), "JRN"));
    assertTrue(EventScorer.sectorMatches(new ActorCode("Swiss doctors", "CHEHLH", "CHE", "health"), "MED"));
    assertFalse(EventScorer.sectorMatches(new ActorCode("a newspaper", "LBNMED", "LBN", "media"), "MED"));
    assertFalse(EventScorer.sectorMatches(new ActorCode("doctors", "CHEHLH", "CHE", "health"), "JRN"));
  }

  @Test
  void metrics_ploverActorsNeedCountryAndNamedSector() {
    PloverGold gold = new PloverGold("AGREE", null, null,
        List.of(new PloverActor("Jordan", "JOR", null), new PloverActor("Britain", "GBR", "GOV")), List.of());
    SentencePrediction p = new SentencePrediction(List.of(), List.of("AGREE", "AGREE"),
        List.of(new ActorCode("Jordan", "JOR", null, null), new ActorCode("Britain", null, "gbr", "government")));
    Map<String, Object> m = EventScorer.metrics(List.of(record(null, gold)), List.of(p));
    assertEquals(1.0, (double) m.get("actor_accuracy"), 1e-12);
    assertEquals(0.5, (double) m.get("plover_precision"), 1e-12);
    assertEquals(1.0, (double) m.get("plover_recall"), 1e-12);
  }
}
