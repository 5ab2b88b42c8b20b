package org.newsgraph.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
  @Test
  void read_countsGiveProbabilities_anyCase() throws Exception {
    CueLexicon lexicon = CueLexicon.read(new BufferedReader(new StringReader("# comment\nsaid\t9\t10\nalso\t1\t4\n")));
    assertEquals(0.9, lexicon.probability("Said"), 1e-9);
    assertEquals(0.25, lexicon.probability("also"), 1e-9);
    assertEquals(0.0, lexicon.probability("table"), 1e-9);
  }

  @Test
  void read_malformedLine_namesTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CueLexicon.read(new BufferedReader(new StringReader("said\t9\t10\nbroken\n"))));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void load_shippedLexicon_speechVerbsAboveThresholdFunctionWordsBelow() {
    CueLexicon lexicon = CueLexicon.load();
    for (String cue : new String[] {"said", "told", "according", "tweeted", "added", "predicted"}) {
      assertTrue(lexicon.probability(cue) >= ParseQuoteAttributor.CUE_THRESHOLD, cue);
    }
    for (String word : new String[] {"the", "in", "was", "met"}) {
      assertTrue(lexicon.probability(word) < ParseQuoteAttributor.CUE_THRESHOLD, word);
    }
  }
}
