package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * One document of a CoNLL file.
 *
 * @param header its {@code -DOCSTART-} line, or null when the file has none before it
 * @param sentences its sentences, each a list of token rows
 */
public record ConllDocument(String header, List<List<ConllRow>> sentences) {
  public ConllDocument {
    List<List<ConllRow>> copy = new ArrayList<>();
    for (List<ConllRow> sentence : sentences) {
      copy.add(List.copyOf(sentence));
    }
    sentences = List.copyOf(copy);
  }

  /** The tags of each sentence. */
  public List<List<String>> tags() {
    List<List<String>> tags = new ArrayList<>();
    for (List<ConllRow> sentence : sentences) {
      List<String> t = new ArrayList<>();
      for (ConllRow row : sentence) {
        t.add(row.tag());
      }
      tags.add(t);
    }
    return tags;
  }

  /**
   * The document as text for the annotator: tokens joined by a space, sentences by a line break; with each token's
   * offsets.
   */
  public Layout layout() {
    StringBuilder text = new StringBuilder();
    int[][] starts = new int[sentences.size()][];
    int[][] ends = new int[sentences.size()][];
    for (int s = 0; s < sentences.size(); s++) {
      if (s > 0) {
        text.append('\n');
      }
      List<ConllRow> sentence = sentences.get(s);
      starts[s] = new int[sentence.size()];
      ends[s] = new int[sentence.size()];
      for (int t = 0; t < sentence.size(); t++) {
        if (t > 0) {
          text.append(' ');
        }
        starts[s][t] = text.length();
        text.append(sentence.get(t).word());
        ends[s][t] = text.length();
      }
    }
    return new Layout(text.toString(), starts, ends);
  }

  /** Text built from the tokens, and {@code [start, end)} of token {@code t} of sentence {@code s}. */
  public record Layout(String text, int[][] starts, int[][] ends) {
    /** Character offsets {@code [start, end)} of tokens {@code [from, to)} of sentence {@code s}. */
    public int charStart(int s, int from) {
      return starts[s][from];
    }

    public int charEnd(int s, int to) {
      return ends[s][to - 1];
    }
  }
}
