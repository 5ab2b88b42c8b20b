package org.newsgraph.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EvalOptions;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Fakes;
import org.newsgraph.model.EntityType;

class NerTaskTest {
  static Map<String, EntityType> phrases() {
    Map<String, EntityType> phrases = new LinkedHashMap<>();
    phrases.put("Phil Simmons", EntityType.PERSON);
    phrases.put("Simmons", EntityType.PERSON);
    phrases.put("Leicestershire", EntityType.LOCATION);
    phrases.put("London", EntityType.LOCATION);
    phrases.put("German", EntityType.MISC);
    phrases.put("Bonn", EntityType.LOCATION);
    phrases.put("offic", EntityType.ORGANIZATION);
    phrases.put("met", EntityType.DATE);
    return phrases;
  }

  @Test
  void run_scoresEntitiesOnTokens_projectsOffTokenPredictions_leavesOverlapsUnplaced() {
    Evaluator evaluator = new Evaluator(null, Fakes.annotator(phrases()), null);
    EvalReport report = evaluator.run("ner", Fakes.resource("ner/small.conll"), new EvalOptions(10, null));
    assertEquals(2, report.documents());
    assertEquals(6, report.items());
    // aligned: Phil Simmons, Leicestershire (LOC, gold ORG), London, German, Bonn, Simmons (doc 2);
    // "offic" inside a token is projected onto that token (a false ORG); Simmons inside Phil Simmons overlaps a
    // placed entity and is unplaced, not scored. DATE is not a CoNLL type.
    assertEquals(5.0 / 7, (double) report.metrics().get("precision"), 1e-9);
    assertEquals(5.0 / 6, (double) report.metrics().get("recall"), 1e-9);
    assertEquals(10.0 / 13, (double) report.metrics().get("f1"), 1e-9);
    assertEquals(1, report.metrics().get("unplaced"));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Double>> perType = (Map<String, Map<String, Double>>) report.metrics().get("per_type");
    assertEquals(1.0, perType.get("PER").get("precision"), 1e-9);
    assertEquals(0.0, perType.get("ORG").get("recall"), 1e-9);
    assertEquals(1.0, perType.get("MISC").get("f1"), 1e-9);
    assertTrue(report.errorLines().contains(
        "MISS  doc-1  Phil Simmons beat [Leicestershire] in London .  (gold ORG; predicted LOC)"),
        report.errorLines().toString());
    assertTrue(report.errorLines().stream().anyMatch(l -> l.startsWith("FALSE doc-2") && l.contains("offic")
        && l.contains("predicted ORG")), report.errorLines().toString());
  }

  @Test
  void run_readsIob1LikeIob2() {
    Map<String, EntityType> phrases = Map.of("Phil Simmons", EntityType.PERSON, "Tom Moody", EntityType.PERSON,
        "Leicestershire", EntityType.ORGANIZATION);
    EvalReport report = new Evaluator(null, Fakes.annotator(phrases), null)
        .run("ner", Fakes.resource("ner/iob1.conll"), EvalOptions.defaults());
    assertEquals(3, report.items());
    assertEquals(1.0, (double) report.metrics().get("f1"), 1e-12);
  }

  @Test
  void run_withoutAnnotator_saysWhatIsMissing() {
    Path gold = Fakes.resource("ner/small.conll");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Evaluator(Fakes.pipeline(), null).run("ner", gold, EvalOptions.defaults()));
    assertTrue(e.getMessage().contains("linguistic annotator"), e.getMessage());
  }

  @Test
  void align_emptyAnnotation_predictsOnlyO() {
    ConllCorpus corpus = ConllCorpus.read(Fakes.resource("ner/small.conll"));
    ConllDocument doc = corpus.documents().get(0);
    NerTask.Prediction p = NerTask.align(doc, doc.layout(), List.of());
    assertEquals(List.of(List.of("O", "O", "O", "O", "O", "O", "O")), p.tags());
    assertEquals("Phil Simmons beat Leicestershire in London .", doc.layout().text());
  }
}
