package org.newsgraph.model;

import java.util.List;

/** Sentences, tokens, dependencies and entity mentions of one article's text. */
public record LinguisticAnnotation(List<Sentence> sentences, List<EntityMention> entities) {
  public LinguisticAnnotation {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
  }

  public static LinguisticAnnotation empty() {
    return new LinguisticAnnotation(List.of(), List.of());
  }

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }
}
