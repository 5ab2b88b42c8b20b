package org.newsgraph.corenlp;

/**
 * Settings of the CoreNLP front end.
 *
 * @param dependencies run the neural dependency parser ({@code depparse}); the quote and event stages need it
 * @param dates run CoreNLP's numeric classifiers and SUTime, which find DATE/TIME/DURATION/SET entities with TIMEX3
 *     values
 * @param newlineIsSentenceBreak {@code two} (a blank line ends a sentence), {@code always} or {@code never}
 * @param maxSentenceTokens sentences longer than this are not tagged or parsed (garbage input, lists, tables)
 */
public record CoreNlpConfig(
    boolean dependencies, boolean dates, String newlineIsSentenceBreak, int maxSentenceTokens) {
  public CoreNlpConfig {
    if (!newlineIsSentenceBreak.equals("two") && !newlineIsSentenceBreak.equals("always")
        && !newlineIsSentenceBreak.equals("never")) {
      throw new IllegalArgumentException("newlineIsSentenceBreak must be two, always or never: "
          + newlineIsSentenceBreak);
    }
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException("maxSentenceTokens must be positive: " + maxSentenceTokens);
    }
  }

  /**
   * The pipeline newsgraph runs: tokenize, ssplit, pos, lemma, 4-class NER, depparse. No SUTime: the project's own
   * time stage reads the tokens, and SUTime cost about a third of the whole pipeline's time.
   */
  public static CoreNlpConfig defaults() {
    return new CoreNlpConfig(true, false, "two", 150);
  }

  public CoreNlpConfig withDates(boolean on) {
    return new CoreNlpConfig(dependencies, on, newlineIsSentenceBreak, maxSentenceTokens);
  }

  public CoreNlpConfig withDependencies(boolean on) {
    return new CoreNlpConfig(on, dates, newlineIsSentenceBreak, maxSentenceTokens);
  }

  public CoreNlpConfig withNewlineIsSentenceBreak(String mode) {
    return new CoreNlpConfig(dependencies, dates, mode, maxSentenceTokens);
  }
}
