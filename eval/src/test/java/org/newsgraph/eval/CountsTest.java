package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountsTest {
  @Test
  void emptyPredictions_areZeroNotNaN() {
    Counts c = new Counts(0, 0, 5);
    assertEquals(0.0, c.precision());
    assertEquals(0.0, c.recall());
    assertEquals(0.0, c.f1());
  }

  @Test
  void noGold_recallIsZero() {
    Counts c = new Counts(0, 3, 0);
    assertEquals(0.0, c.precision());
    assertEquals(0.0, c.recall());
    assertEquals(0.0, c.f1());
    assertEquals(0.0, Counts.zero().f1());
  }

  @Test
  void f1_isHarmonicMean() {
    Counts c = new Counts(5, 7, 6);
    assertEquals(5.0 / 7, c.precision(), 1e-12);
    assertEquals(5.0 / 6, c.recall(), 1e-12);
    assertEquals(10.0 / 13, c.f1(), 1e-12);
    assertEquals(new Counts(6, 9, 8), c.plus(new Counts(1, 2, 2)));
  }

  @Test
  void impossibleCounts_fail() {
    assertThrows(IllegalArgumentException.class, () -> new Counts(3, 2, 5));
  }
}
