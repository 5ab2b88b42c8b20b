package org.newsgraph.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity chunks of a tag sequence, with the start and end rules of the {@code conlleval} script, so that IOB2
 * ({@code B-} starts every entity) and IOB1 ({@code I-} starts an entity, {@code B-} only separates two adjacent
 * ones of the same type) read alike. {@code E-} and {@code S-} (IOBES) are accepted too.
 */
public final class Chunks {
  /** Tokens {@code [start, end)} of one sentence tagged as one entity of {@code type}. */
  public record Chunk(int start, int end, String type) {}

  private Chunks() {}

  public static boolean isTag(String tag) {
    return tag.equals("O")
        || (tag.length() > 2 && tag.charAt(1) == '-' && "BIES".indexOf(tag.charAt(0)) >= 0);
  }

  /** The chunks of one sentence's tags. */
  public static List<Chunk> of(List<String> tags) {
    List<Chunk> chunks = new ArrayList<>();
    char prevTag = 'O';
    String prevType = "";
    int start = -1;
    String open = null;
    for (int i = 0; i < tags.size(); i++) {
      String raw = tags.get(i);
      if (!isTag(raw)) {
        throw new IllegalArgumentException("not an IOB tag at token " + i + ": " + raw);
      }
      char tag = raw.charAt(0);
      String type = tag == 'O' ? "" : raw.substring(2);
      if (open != null && ends(prevTag, tag, prevType, type)) {
        chunks.add(new Chunk(start, i, open));
        open = null;
      }
      if (starts(prevTag, tag, prevType, type)) {
        start = i;
        open = type;
      }
      prevTag = tag;
      prevType = type;
    }
    if (open != null) {
      chunks.add(new Chunk(start, tags.size(), open));
    }
    return chunks;
  }

  /** IOB2 tags for chunks over {@code length} tokens; the chunks must not overlap. */
  public static List<String> tags(int length, List<Chunk> chunks) {
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      tags.add("O");
    }
    for (Chunk c : chunks) {
      for (int i = c.start(); i < c.end(); i++) {
        if (!tags.get(i).equals("O")) {
          throw new IllegalArgumentException("overlapping chunks at token " + i);
        }
        tags.set(i, (i == c.start() ? "B-" : "I-") + c.type());
      }
    }
    return tags;
  }

  // conlleval's endOfChunk: the previous token closed an entity.
  private static boolean ends(char prevTag, char tag, String prevType, String type) {
    if (prevTag == 'E' || prevTag == 'S') {
      return true;
    }
    if ((prevTag == 'B' || prevTag == 'I') && (tag == 'B' || tag == 'S' || tag == 'O')) {
      return true;
    }
    return prevTag != 'O' && !prevType.equals(type);
  }

  // conlleval's startOfChunk: this token opens an entity.
  private static boolean starts(char prevTag, char tag, String prevType, String type) {
    if (tag == 'B' || tag == 'S') {
      return true;
    }
    if ((tag == 'I' || tag == 'E') && (prevTag == 'O' || prevTag == 'E' || prevTag == 'S')) {
      return true;
    }
    return tag != 'O' && !prevType.equals(type);
  }
}
