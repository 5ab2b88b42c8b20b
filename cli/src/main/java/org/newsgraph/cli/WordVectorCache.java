package org.newsgraph.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.extract.parse.ParseTree;
import org.newsgraph.extract.quotes.CueFeatures;
import org.newsgraph.extract.quotes.WordEncoder;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The word vectors ({@link WordEncoder}) of every cue candidate of a parsed corpus, computed once for a trainer's many
 * passes over it (encoding PolNeAR's training split takes minutes) and kept in a binary file beside the parse cache:
 * per article its id, then per sentence the number of candidates and each one's token index and vector. A sentence's
 * rows other than its candidates' are null.
 */
final class WordVectorCache {
  private final Map<Sentence, float[][]> vectors;

  private WordVectorCache(Map<Sentence, float[][]> vectors) {
    this.vectors = vectors;
  }

  /** The vectors of {@code sentence}, one of the parses the cache was built for. */
  float[][] of(Sentence sentence) {
    float[][] v = vectors.get(sentence);
    if (v == null) {
      throw new IllegalArgumentException("no word vectors for sentence " + sentence.index());
    }
    return v;
  }

  /** The cache of {@code parses}: read from {@code file} when it exists, else computed and written there. */
  static WordVectorCache of(Map<String, List<Sentence>> parses, Path file, int threads) throws Exception {
    if (file != null && Files.isRegularFile(file)) {
      return read(file, parses);
    }
    WordVectorCache cache = compute(parses, threads);
    if (file != null) {
      cache.write(file, parses);
    }
    return cache;
  }

  private static WordVectorCache compute(Map<String, List<Sentence>> parses, int threads) throws Exception {
    WordEncoder encoder = WordEncoder.shared();
    List<Sentence> all = new ArrayList<>();
    parses.values().forEach(all::addAll);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    long started = System.nanoTime();
    try {
      List<Future<float[][]>> futures = new ArrayList<>();
      for (Sentence s : all) {
        futures.add(pool.submit(() -> candidatesOnly(s, encoder)));
      }
      Map<Sentence, float[][]> vectors = new IdentityHashMap<>();
      for (int k = 0; k < all.size(); k++) {
        vectors.put(all.get(k), futures.get(k).get());
        if ((k + 1) % 5000 == 0 || k + 1 == all.size()) {
          double seconds = (System.nanoTime() - started) / 1e9;
          System.err.printf(Locale.ROOT, "word vectors: %d of %d sentences, %.0f/s, %.0f s left%n", k + 1,
              all.size(), (k + 1) / seconds, (all.size() - k - 1) * seconds / (k + 1));
        }
      }
      return new WordVectorCache(vectors);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The sentence's vectors with only its cue candidates' rows kept (none encoded when it has no candidate). */
  private static float[][] candidatesOnly(Sentence s, WordEncoder encoder) {
    ParseTree tree = new ParseTree(s);
    float[][] kept = new float[tree.size()][];
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      if (CueFeatures.isCandidate(tree, i)) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return kept;
    }
    List<String> words = new ArrayList<>();
    for (Token t : s.tokens()) {
      words.add(t.word());
    }
    float[][] all = encoder.encode(words);
    for (int i : candidates) {
      kept[i] = all[i];
    }
    return kept;
  }

  private void write(Path file, Map<String, List<Sentence>> parses) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      for (Map.Entry<String, List<Sentence>> e : parses.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().size());
        for (Sentence s : e.getValue()) {
          float[][] v = vectors.get(s);
          int n = 0;
          for (float[] row : v) {
            n += row == null ? 0 : 1;
          }
          out.writeInt(v.length);
          out.writeInt(n);
          for (int i = 0; i < v.length; i++) {
            if (v[i] != null) {
              out.writeInt(i);
              for (float x : v[i]) {
                out.writeFloat(x);
              }
            }
          }
        }
      }
    }
  }

  private static WordVectorCache read(Path file, Map<String, List<Sentence>> parses) throws IOException {
    Map<Sentence, float[][]> vectors = new IdentityHashMap<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      for (int a = 0; a < parses.size(); a++) {
        String id = in.readUTF();
        List<Sentence> sentences = parses.get(id);
        int count = in.readInt();
        if (sentences == null || sentences.size() != count) {
          throw new IOException(file + ": article " + id + " does not match the parse cache; delete the file");
        }
        for (Sentence s : sentences) {
          float[][] v = new float[in.readInt()][];
          int n = in.readInt();
          for (int k = 0; k < n; k++) {
            float[] row = new float[WordEncoder.DIMENSIONS];
            int i = in.readInt();
            for (int d = 0; d < row.length; d++) {
              row[d] = in.readFloat();
            }
            v[i] = row;
          }
          vectors.put(s, v);
        }
      }
    }
    return new WordVectorCache(vectors);
  }
}
