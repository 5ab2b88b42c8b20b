package org.newsgraph.extract.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Fixtures;
import org.newsgraph.model.Sentence;

class ParseTreeTest {
  @Test
  void extent_coversTheSubtree() {
    Sentence s = Fixtures.sentence("he said they left",
        new String[] {"he", "say", "they", "leave"}, new String[] {"PRP", "VBD", "PRP", "VBD"}, null,
        new int[][] {{-1, 1}, {1, 0}, {1, 3}, {3, 2}}, new String[] {"root", "nsubj", "ccomp", "nsubj"});
    ParseTree tree = new ParseTree(s);
    assertEquals(3, tree.child(1, "ccomp"));
    assertArrayEquals(new int[] {2, 3}, tree.extent(3));
    assertArrayEquals(new int[] {0, 3}, tree.extent(1));
    assertArrayEquals(new int[] {0, 1}, tree.extentWithout(1, 3));
  }

  @Test
  void cyclesAndArcsOutsideTheSentence_areIgnored() {
    Sentence s = Fixtures.sentence("a b c",
        new String[] {"a", "b", "c"}, new String[] {"NN", "NN", "NN"}, null,
        new int[][] {{1, 0}, {0, 1}, {7, 2}, {2, 9}}, new String[] {"dep", "dep", "dep", "dep"});
    ParseTree tree = new ParseTree(s);
    assertTrue(tree.dominates(1, 0));
    assertEquals(-1, tree.head(1));
    assertArrayEquals(new int[] {0, 1}, tree.extent(1));
    assertArrayEquals(new int[] {2, 2}, tree.extent(2));
  }
}
