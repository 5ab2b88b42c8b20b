package org.newsgraph.model;

import java.util.Objects;

/**
 * A token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param start offset of its first character in the article text
 * @param end offset after its last character
 * @param word the token as it appears in the text
 * @param lemma its lemma, lower-cased for common words
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity kind, or {@link EntityType#OTHER} outside entities
 */
public record Token(int index, int start, int end, String word, String lemma, String pos, EntityType ner) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(ner, "ner");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token offsets [" + start + ", " + end + ") for " + word);
    }
  }
}
