package org.newsgraph.extract.parse;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The dependency tree of one sentence as arrays: head, relation and children of each token, and the first and last
 * token of each token's subtree. Arcs that point outside the sentence or make a cycle are ignored.
 *
 * <p>Immutable after construction; built once per sentence. Shared by the stages that read the parse (quotes, times).
 */
public final class ParseTree {
  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  public ParseTree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    relation = new String[n];
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      head[i] = -1;
      relation[i] = "";
      children.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      int g = d.governor();
      int t = d.dependent();
      if (t < 0 || t >= n || g >= n || g == t || head[t] >= 0) {
        continue;
      }
      relation[t] = d.relation() == null ? "" : d.relation();
      if (g >= 0 && !reaches(g, t)) {
        head[t] = g;
        children.get(g).add(t);
      }
    }
    for (List<Integer> c : children) {
      c.sort(null);
    }
  }

  /** Whether following heads up from {@code from} reaches {@code to} (adding {@code to -> from} would cycle). */
  private boolean reaches(int from, int to) {
    int steps = 0;
    for (int i = from; i >= 0 && steps <= head.length; i = head[i], steps++) {
      if (i == to) {
        return true;
      }
    }
    return false;
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return head.length;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  public int head(int i) {
    return head[i];
  }

  public String relation(int i) {
    return relation[i];
  }

  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** The first child of {@code i} whose relation is {@code rel} or starts with {@code rel + ":"}, or -1. */
  public int child(int i, String rel) {
    for (int c : children.get(i)) {
      if (relation[c].equals(rel) || relation[c].startsWith(rel + ":")) {
        return c;
      }
    }
    return -1;
  }

  /** Whether {@code i} lies in the subtree of {@code root}. */
  public boolean dominates(int root, int i) {
    int steps = 0;
    for (int j = i; j >= 0 && steps <= head.length; j = head[j], steps++) {
      if (j == root) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head of the token range {@code [from, to]} (inclusive): the sentence's root if it lies inside, else the first
   * token whose head lies outside the range; -1 for an empty or out-of-range range.
   */
  public int top(int from, int to) {
    if (from < 0 || to >= head.length || from > to) {
      return -1;
    }
    int top = -1;
    for (int i = from; i <= to; i++) {
      if (head[i] < 0) {
        return i;
      }
      if (top < 0 && (head[i] < from || head[i] > to)) {
        top = i;
      }
    }
    return top;
  }

  /** The smallest and largest token index of the subtree of {@code root}, as {@code {first, last}}. */
  public int[] extent(int root) {
    int first = root;
    int last = root;
    for (int i = 0; i < head.length; i++) {
      if ((i < first || i > last) && dominates(root, i)) {
        first = Math.min(first, i);
        last = Math.max(last, i);
      }
    }
    return new int[] {first, last};
  }

  /** The subtree of {@code root} without the subtree of {@code cut}, as its first and last token. */
  public int[] extentWithout(int root, int cut) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < head.length; i++) {
      if (dominates(root, i) && (cut < 0 || !dominates(cut, i))) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    return new int[] {first, last};
  }

  public boolean isPunctuation(int i) {
    String w = token(i).word();
    for (int k = 0; k < w.length(); k++) {
      if (Character.isLetterOrDigit(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
