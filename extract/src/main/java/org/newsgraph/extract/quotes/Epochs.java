package org.newsgraph.extract.quotes;

import java.util.Random;

/**
 * The order in which the quotes stage's learners (stochastic gradient descent for {@link CueModel} and {@link
 * SourceRanker}) visit their examples: each epoch shuffles the order afresh from one seeded generator, so that the
 * same examples and seed give the same model byte for byte.
 */
final class Epochs {
  private final int[] order;
  private final Random random;

  /** The visiting order of {@code n} examples, shuffled by a generator seeded with {@code seed}. */
  Epochs(int n, long seed) {
    order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    random = new Random(seed);
  }

  /** The next epoch's order (a Fisher-Yates shuffle of the last one); the array is reused. */
  int[] next() {
    for (int k = order.length - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int tmp = order[k];
      order[k] = order[j];
      order[j] = tmp;
    }
    return order;
  }
}
