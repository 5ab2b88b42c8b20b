package org.newsgraph.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.parse.ParseTree;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Token;

/**
 * What the {@link CueModel} knows about a word that may introduce an attribution: its lemma and tag, where it hangs
 * in the parse, which complements it takes (a clause, a "that"-clause, an infinitive, an object), what its subject
 * is (a person, a pronoun, an organization, a common noun), and whether quotation marks are near. Each feature is a
 * name; the model weighs the names present.
 *
 * <p>Stateless and thread-safe.
 */
public final class CueFeatures {
  private static final Set<String> CHILD_RELATIONS = Set.of(
      "ccomp", "xcomp", "obj", "iobj", "nsubj", "nsubj:pass", "aux:pass", "csubj", "obl", "advcl", "parataxis",
      "mark", "advmod", "aux", "neg", "conj", "nmod:poss", "case");
  private static final Set<String> MARKERS = Set.of("that", "whether", "if", "because");
  private static final String MARKS = "\"“”„«»‘’'`";

  private CueFeatures() {}

  /** Whether token {@code i} is a word the model decides on: a verb that is not an auxiliary or copula. */
  public static boolean isCandidate(ParseTree tree, int i) {
    Token t = tree.token(i);
    if (t.pos() == null || !t.pos().startsWith("VB")) {
      return false;
    }
    String rel = tree.relation(i);
    if (rel.startsWith("aux") || rel.equals("cop")) {
      return false;
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    return !(w.equals("according") && i + 1 < tree.size() && tree.token(i + 1).word().equalsIgnoreCase("to"));
  }

  /** The feature names of token {@code i}. */
  public static List<String> of(ParseTree tree, int i) {
    Token t = tree.token(i);
    String lemma = lemma(t);
    List<String> f = new ArrayList<>();
    f.add("bias");
    f.add("lemma=" + lemma);
    f.add("pos=" + t.pos());
    String rel = tree.relation(i);
    f.add("rel=" + rel);
    boolean ccomp = false;
    boolean xcomp = false;
    boolean obj = false;
    for (int c : tree.children(i)) {
      String r = tree.relation(c);
      int cased = tree.child(c, "case");
      if (cased >= 0 && tree.token(cased).word().equalsIgnoreCase("according")) {
        // "X said …, according to CNN": the stage puts CNN in the quote's reporting chain and keeps X's cue, so the
        // verb is judged without the phrase (PolNeAR marks only the outer attribution there)
        continue;
      }
      if (CHILD_RELATIONS.contains(r)) {
        f.add("child=" + r);
      }
      if (r.equals("ccomp")) {
        ccomp = true;
        int m = tree.child(c, "mark");
        if (m >= 0 && m < c && MARKERS.contains(tree.token(m).word().toLowerCase(Locale.ROOT))) {
          f.add("ccomp-mark=" + tree.token(m).word().toLowerCase(Locale.ROOT));
        }
        int[] ext = tree.extent(c);
        if (hasMark(tree, ext[0], ext[1])) {
          f.add("ccomp-quoted");
        }
        f.add(c > i ? "ccomp-after" : "ccomp-before");
      }
      xcomp |= r.equals("xcomp");
      obj |= r.equals("obj");
      if (r.equals("obl") || r.startsWith("obl:")) {
        if (cased >= 0) {
          f.add("obl-case=" + tree.token(cased).word().toLowerCase(Locale.ROOT));
          f.add("lemma+case=" + lemma + "|" + tree.token(cased).word().toLowerCase(Locale.ROOT));
        }
      }
      if (r.equals("nsubj") || r.equals("nsubj:pass")) {
        f.add("subj=" + subjectKind(tree, c));
        f.add(c < i ? "subj-before" : "subj-after");
      }
    }
    f.add("lemma+comp=" + lemma + "|" + (ccomp ? "c" : xcomp ? "x" : obj ? "o" : "-"));
    if (tree.head(i) >= 0) {
      f.add("head-lemma+rel=" + lemma(tree.token(tree.head(i))) + "|" + rel);
      f.add("rel+comp=" + rel + "|" + (ccomp ? "c" : xcomp ? "x" : obj ? "o" : "-"));
    }
    if (hasMark(tree, Math.max(0, i - 3), Math.min(tree.size() - 1, i + 3))) {
      f.add("quote-near");
    }
    if (hasMark(tree, 0, tree.size() - 1)) {
      f.add("quote-in-sentence");
    }
    if (i > 0 && tree.token(i - 1).word().equals(",")) {
      f.add("after-comma");
    }
    if (i + 1 < tree.size() && tree.isPunctuation(i + 1)) {
      f.add("before-punct");
    }
    return f;
  }

  private static String subjectKind(ParseTree tree, int s) {
    Token t = tree.token(s);
    if (t.ner() == EntityType.PERSON || t.ner() == EntityType.ORGANIZATION) {
      return t.ner().name();
    }
    if ("PRP".equals(t.pos())) {
      return "PRP";
    }
    if (t.pos() != null && t.pos().startsWith("NNP")) {
      return "NNP";
    }
    if (t.pos() != null && t.pos().startsWith("NN")) {
      return "NN";
    }
    if (t.pos() != null && (t.pos().equals("WP") || t.pos().equals("WDT"))) {
      return "WH";
    }
    return "other";
  }

  private static boolean hasMark(ParseTree tree, int first, int last) {
    for (int k = first; k <= last; k++) {
      String w = tree.token(k).word();
      if (!w.isEmpty() && MARKS.indexOf(w.charAt(0)) >= 0 && !w.equals("'s")) {
        return true;
      }
    }
    return false;
  }

  static String lemma(Token t) {
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }
}
