package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatchingTest {
  @Test
  void greedy_takesExactPairsBeforeLooseOnes() {
    // gold 0 overlaps predictions 0 and 1; gold 1 is exactly prediction 0.
    int[] match = Matching.greedy(2, 2,
        (g, p) -> g == 1 && p == 0,
        (g, p) -> g == 0);
    assertArrayEquals(new int[] {1, 0}, match);
    assertEquals(2, Matching.matched(match));
  }

  @Test
  void greedy_usesEachPredictionOnce() {
    int[] match = Matching.greedy(2, 1, (g, p) -> true, null);
    assertArrayEquals(new int[] {0, -1}, match);
    assertArrayEquals(new boolean[] {true}, Matching.used(match, 1));
  }
}
