package org.newsgraph.eval.ner;

/**
 * An entity as conlleval counts it: tokens {@code [start, end)} of a sentence of a document, and a CoNLL type.
 * A predicted entity whose boundaries fall inside tokens has sentence -1 and character offsets instead, so that
 * it matches nothing.
 */
public record Entity(int document, int sentence, int start, int end, String type) {
  public boolean aligned() {
    return sentence >= 0;
  }

  public boolean sameTokens(Entity other) {
    return document == other.document && sentence == other.sentence && start == other.start && end == other.end;
  }

  public boolean overlaps(Entity other) {
    return document == other.document && sentence == other.sentence && start < other.end && other.start < end;
  }
}
