package org.newsgraph.eval;

/**
 * Counts behind precision, recall and F1.
 *
 * <p>Undefined ratios are 0, never NaN: precision is 0 when nothing was predicted, recall is 0 when there was
 * nothing to find, F1 is 0 when both are 0.
 *
 * @param correct predictions that matched a gold item (true positives)
 * @param predicted all predictions
 * @param gold all gold items
 */
public record Counts(int correct, int predicted, int gold) {
  public Counts {
    if (correct < 0 || predicted < 0 || gold < 0 || correct > predicted || correct > gold) {
      throw new IllegalArgumentException(
          "bad counts: correct " + correct + ", predicted " + predicted + ", gold " + gold);
    }
  }

  public static Counts zero() {
    return new Counts(0, 0, 0);
  }

  public Counts plus(Counts other) {
    return new Counts(correct + other.correct, predicted + other.predicted, gold + other.gold);
  }

  public Counts plus(int moreCorrect, int morePredicted, int moreGold) {
    return new Counts(correct + moreCorrect, predicted + morePredicted, gold + moreGold);
  }

  public double precision() {
    return ratio(correct, predicted);
  }

  public double recall() {
    return ratio(correct, gold);
  }

  public double f1() {
    return f1(precision(), recall());
  }

  /** {@code part / whole}, or 0 when {@code whole} is 0. */
  public static double ratio(double part, double whole) {
    return whole == 0 ? 0 : part / whole;
  }

  /** The harmonic mean of precision and recall, or 0 when both are 0. */
  public static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
