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
 * is (a person, a pronoun, an organization, a common noun), the words right before and after it, and whether
 * quotation marks are near. Each feature is a name; the model weighs the names present.
 *
 * <p>Stateless and thread-safe.
 */
public final class CueFeatures {
  private static final Set<String> CHILD_RELATIONS = Set.of(
      "ccomp", "xcomp", "obj", "iobj", "nsubj", "nsubj:pass", "aux:pass", "csubj", "obl", "advcl", "parataxis",
      "mark", "advmod", "aux", "neg", "conj", "nmod:poss", "case");
  private static final Set<String> MARKERS = Set.of("that", "whether", "if", "because");
  private static final Set<String> NOUN_MARKERS = Set.of("that", "whether", "if", "to");
  private static final Set<String> NOUN_TOPIC_CASES =
      Set.of("of", "for", "about", "on", "against", "over", "with", "to", "toward", "towards");
  private static final String MARKS = "\"“”„«»‘’'`";

  private CueFeatures() {}

  /**
   * Whether token {@code i} is a word the model decides on: a verb that is not an auxiliary or copula, or a noun that
   * can carry an attribution of its own ({@link #isNounCandidate}).
   */
  public static boolean isCandidate(ParseTree tree, int i) {
    Token t = tree.token(i);
    if (isNounCandidate(tree, i) || isAdjectiveCandidate(tree, i)) {
      return true;
    }
    if (t.pos() == null || !t.pos().startsWith("VB")) {
      return false;
    }
    String rel = tree.relation(i);
    if (rel.startsWith("aux") || rel.equals("cop")) {
      return false;
    }
    return !isAccordingTo(tree, i);
  }

  /** Whether token {@code i} is "according" of "according to", a cue that the stage takes without the model. */
  static boolean isAccordingTo(ParseTree tree, int i) {
    return tree.token(i).word().equalsIgnoreCase("according") && i + 1 < tree.size()
        && tree.token(i + 1).word().equalsIgnoreCase("to");
  }

  /**
   * Whether token {@code i} is a common noun with something said after it: a clausal complement ("the claim that
   * …", "a plan to …") or a topic phrase ("criticism of …", "support for …", "comments on …").
   */
  public static boolean isNounCandidate(ParseTree tree, int i) {
    return isCommonNoun(tree.token(i)) && nounContent(tree, i) >= 0;
  }

  /**
   * The child of noun {@code n} that holds what it says: a "that"-, "whether"- or "to"-clause, else the first topic
   * phrase after it ("of", "for", "about", "on", "against", "over", "with", "to"); or -1.
   */
  public static int nounContent(ParseTree tree, int n) {
    int topic = -1;
    for (int c : tree.children(n)) {
      if (c < n) {
        continue;
      }
      String r = tree.relation(c);
      if (r.equals("ccomp") || r.equals("acl")) {
        int m = tree.child(c, "mark");
        String mark = m >= 0 && m < c ? tree.token(m).word().toLowerCase(Locale.ROOT) : "";
        if (r.equals("ccomp") || NOUN_MARKERS.contains(mark)) {
          return c;
        }
      }
      if (topic < 0 && r.equals("nmod")) {
        int cased = tree.child(c, "case");
        if (cased >= 0 && cased < c && NOUN_TOPIC_CASES.contains(tree.token(cased).word().toLowerCase(Locale.ROOT))) {
          topic = c;
        }
      }
    }
    return topic;
  }

  /**
   * Whether token {@code i} is an adjective with something said after it: a clause ("clear that …", "eager to …")
   * or a topic phrase ("critical of …", "worried about …"). The stage treats it as it treats a verb (its subject is
   * the source); its features are the verbs' in a name space of their own ({@code a:}).
   */
  public static boolean isAdjectiveCandidate(ParseTree tree, int i) {
    if (!"JJ".equals(tree.token(i).pos())) {
      return false;
    }
    for (int c : tree.children(i)) {
      String r = tree.relation(c);
      if (r.equals("ccomp") || r.equals("xcomp")) {
        return true;
      }
      if (c > i && (r.equals("obl") || r.equals("nmod"))) {
        int cased = tree.child(c, "case");
        if (cased >= 0 && cased < c
            && NOUN_TOPIC_CASES.contains(tree.token(cased).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isCommonNoun(Token t) {
    return "NN".equals(t.pos()) || "NNS".equals(t.pos());
  }

  /** The feature names of token {@code i}, of its sentence alone. */
  public static List<String> of(ParseTree tree, int i) {
    return of(tree, i, CueContext.NONE);
  }

  /**
   * The feature names of token {@code i}, with those of its sentence's neighbourhood in {@code context} (its subject,
   * or a noun's possessor, is the speaker compared with those of the sentences around).
   */
  public static List<String> of(ParseTree tree, int i, CueContext context) {
    int sentence = tree.sentence().index();
    String lemma = lemma(tree.token(i));
    if (isNounCandidate(tree, i)) {
      List<String> f = ofNoun(tree, i);
      int owner = tree.child(i, "nmod:poss");
      context.features(sentence, "n:", lemma, owner < 0 ? null : speakerWord(tree, owner), f);
      return f;
    }
    List<String> f = ofVerb(tree, i);
    int subject = tree.child(i, "nsubj");
    context.features(sentence, "", lemma, subject < 0 ? null : speakerWord(tree, subject), f);
    if (isAdjectiveCandidate(tree, i)) {
      f.replaceAll(x -> "a:" + x);
    }
    return f;
  }

  private static List<String> ofVerb(ParseTree tree, int i) {
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
      if (r.equals("xcomp") && c > i) {
        // "declined to comment" is not "tried to leave": the infinitive's own verb
        f.add("xcomp-lemma=" + lemma(tree.token(c)));
        f.add("lemma+xcomp=" + lemma + "|" + lemma(tree.token(c)));
      }
      if (r.equals("advcl") && c > i) {
        int first = tree.extent(c)[0];
        Token opener = tree.token(first);
        if (first <= i + 2 && "IN".equals(opener.pos())) {
          // "called for reducing …", "pointed to Britain's decision to leave …": a prepositional object as a clause
          String w = opener.word().toLowerCase(Locale.ROOT);
          f.add("advcl-prep=" + w);
          f.add("lemma+advcl-prep=" + lemma + "|" + w);
        }
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
    String comp = ccomp ? "c" : xcomp ? "x" : obj ? "o" : "-";
    f.add("lemma+comp=" + lemma + "|" + comp);
    context(tree, i, lemma, f);
    conjunctions(tree, i, lemma, comp, f);
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

  /**
   * The verb's lemma in conjunction with its context, for verbs that PolNeAR marks in some uses and not others ("know",
   * "believe", "want", "expect"): the kind of its subject (or none) and a common noun subject's lemma ("a poll
   * shows"), the kind of its object, the marker of its clause, its tag (tense) and relation, a modal, a negation or
   * the passive voice, a particle or the preposition right after it ("point out", "look like"), the word it hangs on,
   * whether it lies inside the clause of another verb (a nested attribution, "he said she believes …") and which,
   * whether the sentence has quotation marks, and whether it lies inside them with a first-person subject ("“I think
   * …”").
   */
  private static void context(ParseTree tree, int i, String lemma, List<String> f) {
    String subject = "none";
    String mark = null;
    boolean modal = false;
    boolean negated = false;
    boolean passive = false;
    boolean firstPerson = false;
    for (int c : tree.children(i)) {
      String r = tree.relation(c);
      Token t = tree.token(c);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (r.equals("nsubj") || r.equals("nsubj:pass")) {
        subject = subjectKind(tree, c);
        firstPerson = w.equals("i") || w.equals("we");
        if (subject.equals("NN")) {
          // "a poll shows", "officials believe", "the report found"
          f.add("subj-lemma=" + lemma(t));
          f.add("lemma+subj-lemma=" + lemma + "|" + lemma(t));
        }
      } else if (r.equals("obj") && c > i) {
        f.add("lemma+obj=" + lemma + "|" + subjectKind(tree, c));
      } else if (r.equals("compound:prt")) {
        // "point out", "lash out", "weigh in"
        f.add("lemma+prt=" + lemma + "|" + w);
      } else if (r.equals("ccomp") && mark == null) {
        int m = tree.child(c, "mark");
        mark = m >= 0 && m < c ? tree.token(m).word().toLowerCase(Locale.ROOT) : "-";
      } else if (r.equals("aux") && "MD".equals(t.pos())) {
        modal = true;
      } else if (r.equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
        negated = true;
      }
      passive |= r.equals("aux:pass") || r.equals("nsubj:pass");
    }
    f.add("lemma+subj=" + lemma + "|" + subject);
    if (mark != null) {
      f.add("lemma+mark=" + lemma + "|" + mark);
    }
    f.add("lemma+pos=" + lemma + "|" + tree.token(i).pos());
    f.add("lemma+rel=" + lemma + "|" + tree.relation(i));
    if (i + 1 < tree.size()) {
      Token next = tree.token(i + 1);
      if ("IN".equals(next.pos()) || "TO".equals(next.pos()) || "RP".equals(next.pos())) {
        // "look like", "call on", "speak to", "know of"
        f.add("lemma+next=" + lemma + "|" + next.word().toLowerCase(Locale.ROOT));
      }
    }
    if (modal) {
      f.add("modal");
      f.add("lemma+modal=" + lemma);
    }
    if (negated) {
      f.add("negated");
      f.add("lemma+negated=" + lemma);
    }
    if (passive) {
      f.add("passive");
      f.add("lemma+passive=" + lemma);
    }
    if (tree.head(i) >= 0) {
      f.add("lemma+head=" + lemma + "|" + lemma(tree.token(tree.head(i))));
    }
    for (int j = i; tree.head(j) >= 0; j = tree.head(j)) {
      if (tree.relation(j).equals("ccomp") && tree.token(tree.head(j)).pos() != null
          && tree.token(tree.head(j)).pos().startsWith("VB")) {
        String outer = lemma(tree.token(tree.head(j)));
        f.add("nested-in=" + outer);
        f.add("lemma+nested=" + lemma);
        break;
      }
    }
    if (hasMark(tree, 0, tree.size() - 1)) {
      f.add("lemma+quote-in-sentence=" + lemma);
      if (insideMarks(tree, i)) {
        f.add(firstPerson ? "in-quotes+first-person" : "in-quotes");
      }
    }
  }

  /**
   * The verb's lemma with two facts at once, and the facts that tell a verb's uses apart that no other feature names:
   * the kind of its subject with the kind of its complement ({@code lemma+subj+comp=}: "I know that …" against "they
   * know him"), its tag with the kind of its complement ({@code lemma+pos+comp=}), the marker that opens its own
   * clause ({@code own-mark=}: "to discuss the issue", "if they want", also with the lemma), which modal it has
   * ({@code lemma+modal-word=}: "will say" against "would say"), a question ({@code question}, also with the lemma:
   * "do you know …?"), and the person of its subject ({@code lemma+person=}: "I think" against "he thinks"), also
   * inside quotation marks ({@code lemma+person+in-quotes=}).
   */
  static void conjunctions(ParseTree tree, int i, String lemma, String comp, List<String> f) {
    String subject = "none";
    String person = "none";
    String modal = null;
    String mark = null;
    for (int c : tree.children(i)) {
      String r = tree.relation(c);
      Token t = tree.token(c);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (r.equals("nsubj") || r.equals("nsubj:pass")) {
        subject = subjectKind(tree, c);
        person = w.equals("i") || w.equals("we") ? "1" : w.equals("you") ? "2" : "3";
      } else if (r.equals("aux") && "MD".equals(t.pos()) && modal == null) {
        modal = w.equals("'ll") ? "will" : w.equals("'d") ? "would" : w;
      } else if (r.equals("mark") && c < i && mark == null) {
        mark = w;
      }
    }
    f.add("lemma+subj+comp=" + lemma + "|" + subject + "|" + comp);
    // the words right before and after it ("'' she continued ,", "you know ,", "to discuss")
    String prev = word(tree, i - 1);
    String next = word(tree, i + 1);
    f.add("prev-word=" + prev);
    f.add("next-word=" + next);
    f.add("lemma+prev-word=" + lemma + "|" + prev);
    f.add("lemma+next-word=" + lemma + "|" + next);
    f.add("lemma+next-words=" + lemma + "|" + next + " " + word(tree, i + 2));
    f.add("lemma+prev-words=" + lemma + "|" + word(tree, i - 2) + " " + prev);
    if (mark != null) {
      f.add("own-mark=" + mark);
      f.add("lemma+own-mark=" + lemma + "|" + mark);
    }
    if (modal != null) {
      f.add("lemma+modal-word=" + lemma + "|" + modal);
    }
    for (int k = tree.size() - 1; k >= 0; k--) {
      String w = tree.token(k).word();
      if (w.equals("?")) {
        f.add("question");
        f.add("lemma+question=" + lemma);
      }
      if (!tree.isPunctuation(k) || w.equals("?")) {
        break;
      }
    }
    f.add("lemma+person=" + lemma + "|" + person);
    if (hasMark(tree, 0, tree.size() - 1) && insideMarks(tree, i)) {
      f.add("lemma+person+in-quotes=" + lemma + "|" + person);
    }
  }

  /** The lower-case word of token {@code k}, or {@code ^} before the sentence and {@code $} after it. */
  private static String word(ParseTree tree, int k) {
    return k < 0 ? "^" : k >= tree.size() ? "$" : tree.token(k).word().toLowerCase(Locale.ROOT);
  }

  /** Whether an odd number of quotation marks precedes token {@code i} in its sentence. */
  private static boolean insideMarks(ParseTree tree, int i) {
    int marks = 0;
    for (int k = 0; k < i; k++) {
      String w = tree.token(k).word();
      if (!w.isEmpty() && MARKS.indexOf(w.charAt(0)) >= 0 && !w.equals("'s") && !w.equals("'")) {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  /**
   * The features of a noun candidate, in a name space of their own ({@code n:}): its lemma, its relation and the word
   * it hangs on, the kind of its content (clause and marker, or topic preposition), who owns it (a possessor, a
   * "by"- or "from"-phrase), and, for a predicate noun ("is a supporter of"), its copula and the kind of its subject.
   */
  private static List<String> ofNoun(ParseTree tree, int n) {
    Token t = tree.token(n);
    String lemma = lemma(t);
    List<String> f = new ArrayList<>();
    f.add("n:bias");
    f.add("n:lemma=" + lemma);
    String rel = tree.relation(n);
    f.add("n:rel=" + rel);
    if (tree.head(n) >= 0) {
      Token head = tree.token(tree.head(n));
      f.add("n:head=" + lemma(head) + "|" + rel);
      f.add("n:head-pos=" + head.pos() + "|" + rel);
    }
    int c = nounContent(tree, n);
    String kind;
    if (tree.relation(c).equals("nmod")) {
      kind = "case:" + tree.token(tree.child(c, "case")).word().toLowerCase(Locale.ROOT);
    } else {
      int m = tree.child(c, "mark");
      kind = tree.relation(c) + ":" + (m >= 0 && m < c ? tree.token(m).word().toLowerCase(Locale.ROOT) : "-");
    }
    f.add("n:content=" + kind);
    f.add("n:lemma+content=" + lemma + "|" + kind);
    for (int k : tree.children(n)) {
      String r = tree.relation(k);
      if (r.equals("nmod:poss")) {
        f.add("n:poss=" + ("PRP$".equals(tree.token(k).pos()) ? "PRP" : subjectKind(tree, k)));
        f.add("n:lemma+poss=" + lemma);
      } else if (r.equals("nmod") && k > n) {
        int cased = tree.child(k, "case");
        String w = cased >= 0 ? tree.token(cased).word().toLowerCase(Locale.ROOT) : "";
        if (w.equals("by") || w.equals("from")) {
          f.add("n:agent=" + w + "|" + subjectKind(tree, k));
        }
      } else if (r.equals("det") && k < n) {
        f.add("n:det=" + tree.token(k).word().toLowerCase(Locale.ROOT));
      } else if (r.equals("amod") && k < n) {
        f.add("n:amod=" + lemma(tree.token(k)));
      } else if (r.equals("cop")) {
        // "Collins is a strong supporter of the bill": a predicate noun whose subject holds the view
        f.add("n:cop");
        f.add("n:lemma+cop=" + lemma);
      } else if (r.equals("nsubj")) {
        f.add("n:subj=" + subjectKind(tree, k));
      }
    }
    if (hasMark(tree, Math.max(0, n - 3), Math.min(tree.size() - 1, n + 3))) {
      f.add("n:quote-near");
    }
    if (hasMark(tree, 0, tree.size() - 1)) {
      f.add("n:quote-in-sentence");
    }
    return f;
  }

  /** The word of a subject that may name a speaker: a person's name or a personal pronoun, lower-case; or null. */
  static String speakerWord(ParseTree tree, int s) {
    Token t = tree.token(s);
    return t.ner() == EntityType.PERSON || "PRP".equals(t.pos()) ? t.word().toLowerCase(Locale.ROOT) : null;
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
