package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.List;

/** One token line of a CoNLL file: {@code WORD POS CHUNK NER}; the word is the first column, the tag the last. */
public record ConllRow(List<String> columns) {
  public ConllRow {
    columns = List.copyOf(columns);
    if (columns.size() < 2) {
      throw new IllegalArgumentException("a CoNLL row needs a word and a tag: " + columns);
    }
  }

  public String word() {
    return columns.get(0);
  }

  public String tag() {
    return columns.get(columns.size() - 1);
  }

  /** The same row with another tag in the last column. */
  public ConllRow withTag(String tag) {
    List<String> copy = new ArrayList<>(columns);
    copy.set(copy.size() - 1, tag);
    return new ConllRow(copy);
  }

  public String line() {
    return String.join(" ", columns);
  }
}
