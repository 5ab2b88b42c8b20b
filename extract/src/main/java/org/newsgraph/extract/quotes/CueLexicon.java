package org.newsgraph.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How likely a word is to introduce an attribution: the share of its occurrences that PolNeAR's annotators marked as
 * (part of) a cue, learned from the training split by {@code scripts/train_quote_cues.py} and shipped as the
 * resource {@code cue-words.tsv} (word, cue count, total count).
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class CueLexicon {
  private static final String RESOURCE = "/org/newsgraph/extract/quotes/cue-words.tsv";

  private final Map<String, Double> probability;

  CueLexicon(Map<String, Double> probability) {
    this.probability = Map.copyOf(probability);
  }

  /** The lexicon shipped with newsgraph. */
  public static CueLexicon load() {
    try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static CueLexicon read(BufferedReader reader) throws IOException {
    Map<String, Double> p = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        double cue = Double.parseDouble(f[1]);
        double total = Double.parseDouble(f[2]);
        p.put(f[0], total <= 0 ? 0 : Math.min(1, cue / total));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("cue lexicon line " + number + " is not word, cue, total: " + line, e);
      }
    }
    return new CueLexicon(p);
  }

  /** The probability that {@code word} (any case) is a cue, 0 for words not in the lexicon. */
  public double probability(String word) {
    return probability.getOrDefault(word.toLowerCase(Locale.ROOT), 0.0);
  }
}
