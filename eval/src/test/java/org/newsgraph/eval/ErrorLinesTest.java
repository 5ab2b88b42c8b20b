package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorLinesTest {
  @Test
  void context_showsSpanInBracketsWithThirtyCharactersAround() {
    String text = "The foreign minister held talks in Kabul on Monday with the\nenvoys of several neighbouring states.";
    int start = text.indexOf("Kabul");
    assertEquals("...oreign minister held talks in [Kabul] on Monday with the envoys of ...",
        ErrorLines.context(text, start, start + 5));
  }

  @Test
  void lines_listUpToTheLimitOfEachKindWithCounts() {
    ErrorLines lines = new ErrorLines(1);
    lines.miss("gwn-12", "in Kabul", 3, 8, "gold 34.53,69.17; predicted none");
    lines.miss("gwn-12", "in Kabul", 3, 8, () -> {
      throw new AssertionError("detail of an unlisted miss is not computed");
    });
    lines.falseAlarm("gwn-13", "far", 0, 3, "predicted 0.00,0.00; gold none");
    List<String> all = lines.lines();
    assertEquals(List.of(
        "misses: 2, first 1",
        "MISS  gwn-12  in [Kabul]  (gold 34.53,69.17; predicted none)",
        "false alarms: 1",
        "FALSE gwn-13  [far]  (predicted 0.00,0.00; gold none)"), all);
    assertTrue(new ErrorLines(0).lines().isEmpty());
  }
}
