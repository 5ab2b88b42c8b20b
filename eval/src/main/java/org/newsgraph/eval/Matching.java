package org.newsgraph.eval;

import java.util.Arrays;

/** Greedy one-to-one matching of gold items to predictions, both in document order. */
public final class Matching {
  /** Whether gold item {@code gold} may be matched to prediction {@code predicted}. */
  @FunctionalInterface
  public interface Pairs {
    boolean test(int gold, int predicted);
  }

  private Matching() {}

  /**
   * Matches each gold item to at most one prediction and each prediction to at most one gold item. A first pass
   * takes, for each gold item in order, the first free prediction that is {@code preferred} (an exact match); a
   * second pass does the same for the still unmatched ones with {@code acceptable} (an overlap), so that an exact
   * match is never lost to an earlier loose one.
   *
   * @return for each gold item the index of its prediction, or -1
   */
  public static int[] greedy(int gold, int predicted, Pairs preferred, Pairs acceptable) {
    int[] match = new int[gold];
    Arrays.fill(match, -1);
    boolean[] taken = new boolean[predicted];
    pass(match, taken, preferred);
    if (acceptable != null) {
      pass(match, taken, acceptable);
    }
    return match;
  }

  /** The number of matched gold items in a result of {@link #greedy}. */
  public static int matched(int[] match) {
    int n = 0;
    for (int m : match) {
      if (m >= 0) {
        n++;
      }
    }
    return n;
  }

  /** Which predictions a result of {@link #greedy} used. */
  public static boolean[] used(int[] match, int predicted) {
    boolean[] used = new boolean[predicted];
    for (int m : match) {
      if (m >= 0) {
        used[m] = true;
      }
    }
    return used;
  }

  private static void pass(int[] match, boolean[] taken, Pairs ok) {
    for (int g = 0; g < match.length; g++) {
      if (match[g] >= 0) {
        continue;
      }
      for (int p = 0; p < taken.length; p++) {
        if (!taken[p] && ok.test(g, p)) {
          match[g] = p;
          taken[p] = true;
          break;
        }
      }
    }
  }
}
