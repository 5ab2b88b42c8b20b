package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/** Hand-built annotations for tests that need no models. */
public final class Fixtures {
  private Fixtures() {}

  /** A one-sentence annotation of space-separated words, with the given lemmas, tags and dependency arcs. */
  public static Sentence sentence(String text, String[] lemmas, String[] tags, EntityType[] ner, int[][] arcs,
      String[] relations) {
    String[] words = text.split(" ");
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, offset, offset + words[i].length(), words[i], lemmas[i], tags[i],
          ner == null ? EntityType.OTHER : ner[i]));
      offset += words[i].length() + 1;
    }
    List<Dependency> deps = new ArrayList<>();
    for (int i = 0; i < arcs.length; i++) {
      deps.add(new Dependency(arcs[i][0], arcs[i][1], relations[i]));
    }
    return new Sentence(0, 0, text.length(), tokens, deps);
  }
}
