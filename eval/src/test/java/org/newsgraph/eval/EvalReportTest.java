package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportTest {
  @Test
  void toJson_isTheCliObjectInOrderWithNestedPerType() {
    Map<String, Object> perType = new LinkedHashMap<>();
    perType.put("PER", Map.of("f1", 0.5));
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("precision", 0.75);
    metrics.put("mean_km", null);
    metrics.put("per_type", perType);
    EvalReport report = new EvalReport("ner", "gold.conll", 2, 6, metrics, 1.23456, List.of("MISS x"));
    assertEquals("{\"task\":\"ner\",\"gold\":\"gold.conll\",\"documents\":2,\"items\":6,"
        + "\"metrics\":{\"precision\":0.75,\"mean_km\":null,\"per_type\":{\"PER\":{\"f1\":0.5}}},\"seconds\":1.235}",
        report.toJson());
  }

  @Test
  void toTable_alignsMetricsAndEndsWithNotesAndErrors() {
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("acc161", 0.4);
    metrics.put("mean_km", 120.04);
    metrics.put("median_km", null);
    metrics.put("found_resolved", 3);
    EvalReport report = new EvalReport("geo", "g.jsonl", 2, 5, metrics, 0.5, List.of("MISS  g1  [x]"),
        List.of("over 3 toponyms"));
    String table = report.toTable();
    assertTrue(table.contains("acc161          0.400"), table);
    assertTrue(table.contains("mean_km         120.0"), table);
    assertTrue(table.contains("median_km       n/a"), table);
    assertTrue(table.contains("found_resolved  3"), table);
    assertTrue(table.indexOf("note: over 3 toponyms") < table.indexOf("MISS  g1  [x]"), table);
  }
}
