package org.newsgraph.eval.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScorerTest {
  @Test
  void metrics_handExample() {
    // gold {a, b, c} {d}; predicted {a, b} {c, d}
    Map<String, Object> m = ClusterScorer.metrics(List.of("x", "x", "x", "y"), List.of("1", "1", "2", "2"));
    // precision per document: 1, 1, 1/2, 1/2; recall: 2/3, 2/3, 1/3, 1
    assertEquals(0.75, (double) m.get("bcubed_precision"), 1e-12);
    assertEquals(2.0 / 3, (double) m.get("bcubed_recall"), 1e-12);
    assertEquals(12.0 / 17, (double) m.get("bcubed_f1"), 1e-12);
    // gold pairs ab ac bc; predicted ab cd
    assertEquals(0.5, (double) m.get("pairwise_precision"), 1e-12);
    assertEquals(1.0 / 3, (double) m.get("pairwise_recall"), 1e-12);
    assertEquals(0.4, (double) m.get("pairwise_f1"), 1e-12);
  }

  @Test
  void metrics_singletons_perfectBcubedPrecisionNoPairs() {
    Map<String, Object> m = ClusterScorer.metrics(List.of("x", "x"), List.of("1", "2"));
    assertEquals(1.0, (double) m.get("bcubed_precision"), 1e-12);
    assertEquals(0.5, (double) m.get("bcubed_recall"), 1e-12);
    assertEquals(0.0, (double) m.get("pairwise_precision"));
    assertEquals(0.0, (double) m.get("pairwise_f1"));
  }

  @Test
  void metrics_noDocuments_isZero() {
    for (Object v : ClusterScorer.metrics(List.of(), List.of()).values()) {
      assertEquals(0.0, (double) v);
    }
  }
}
