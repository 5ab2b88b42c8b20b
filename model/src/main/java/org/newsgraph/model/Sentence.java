package org.newsgraph.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and dependency arcs.
 *
 * @param index position in the article, from 0
 * @param start offset of the first token
 * @param end offset after the last token
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** The dependents of token {@code governor}, in token order. */
  public List<Dependency> dependentsOf(int governor) {
    List<Dependency> result = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == governor) {
        result.add(d);
      }
    }
    return result;
  }

  /** The arc whose dependent is token {@code dependent}, or null for tokens without a head. */
  public Dependency headOf(int dependent) {
    for (Dependency d : dependencies) {
      if (d.dependent() == dependent) {
        return d;
      }
    }
    return null;
  }
}
