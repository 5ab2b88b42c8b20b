package org.newsgraph.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real encoder, its model and vocabulary from the class path. */
class WordEncoderTest {
  private static final WordEncoder ENCODER = WordEncoder.shared();

  @Test
  void basicSplit_lowerCasesStripsAccentsAndSplitsPunctuation() {
    assertEquals(List.of("don", "'", "t"), WordEncoder.basicSplit("Don't"));
    assertEquals(List.of("muttaqi"), WordEncoder.basicSplit("Muttaqí"));
    assertEquals(List.of("“"), WordEncoder.basicSplit("“"));
  }

  @Test
  void wordPieces_splitsAnUnknownWordIntoVocabularyPieces() {
    List<Integer> whole = new ArrayList<>();
    ENCODER.wordPieces("said", whole);
    assertEquals(1, whole.size());
    List<Integer> pieces = new ArrayList<>();
    ENCODER.wordPieces("pooh-poohed".replace("-", ""), pieces);
    assertTrue(pieces.size() > 1, "a rare word is several pieces: " + pieces);
    List<Integer> unknown = new ArrayList<>();
    ENCODER.wordPieces("\u2603\u2604", unknown);
    assertEquals(1, unknown.size(), "a word without pieces is one [UNK]");
  }

  @Test
  void encode_givesEachWordAVectorThatDependsOnItsSentence() {
    float[][] talk = ENCODER.encode(List.of("Trump", "made", "the", "comments", "on", "Friday"));
    float[][] cake = ENCODER.encode(List.of("Trump", "made", "a", "cake", "on", "Friday"));
    assertEquals(6, talk.length);
    assertEquals(WordEncoder.DIMENSIONS, talk[1].length);
    assertTrue(norm(talk[1]) > 1, "a word's vector is not empty");
    double same = cosine(talk[1], cake[1]);
    assertTrue(same < 0.99, "\"made\" reads its sentence: cosine " + same);
    assertTrue(same > 0.3, "but stays the same word: cosine " + same);
    assertArrayEquals(talk[1], ENCODER.encode(List.of("Trump", "made", "the", "comments", "on", "Friday"))[1], 1e-5f);
  }

  @Test
  void encode_longSentence_cutsAfterTheModelsLimitWithZeroVectors() {
    List<String> words = new ArrayList<>(Collections.nCopies(400, "word"));
    float[][] v = ENCODER.encode(words);
    assertEquals(400, v.length);
    assertTrue(norm(v[10]) > 0);
    assertEquals(0.0, norm(v[399]), 1e-9, "past the cut a word has no pieces");
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int d = 0; d < a.length; d++) {
      dot += a[d] * b[d];
    }
    return dot / (norm(a) * norm(b));
  }
}
