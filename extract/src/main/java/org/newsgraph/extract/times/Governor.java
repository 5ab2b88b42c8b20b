package org.newsgraph.extract.times;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.parse.ParseTree;
import org.newsgraph.extract.times.RuleTimeNormalizer.Tense;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * The tense of the clause that governs a temporal expression, read from the dependency parse: the nearest verb (or
 * copula) above the expression, its auxiliaries, and for an infinitive the verb it complements ({@code is expected
 * to resume trading Tuesday}). Deictic expressions look in the direction of that tense: a bare {@code Monday} in
 * {@code met Monday} is the one before publication, in {@code will meet Monday} or {@code talks resume Monday} the
 * one after. A present tense in a temporal clause takes the tense of the clause it dates ({@code after he arrives
 * Thursday, he met her} looks back).
 *
 * <p>Built once per sentence that holds an expression needing a tense, in time linear in its arcs; each question
 * visits only the arcs it asks about. Answers null when the sentence has no parse or the parse says nothing, so that
 * the caller falls back to the part-of-speech heuristic. Immutable once built; each {@link RuleTimeNormalizer} call
 * makes its own.
 */
final class Governor {
  /** Auxiliaries of the future and of modality: what they govern has not happened yet. */
  private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "wo", "shall", "would", "'d", "might", "may",
      "should", "must", "can", "ca", "could");
  private static final Set<String> PAST_AUX = Set.of("was", "were", "did", "had", "'d", "has", "have", "'ve");
  private static final Set<String> PRESENT_AUX = Set.of("is", "are", "am", "'s", "'re", "'m", "do", "does");
  /** Verbs whose objects lie ahead, even in the past tense: {@code was scheduled for Monday}. */
  private static final Set<String> SCHEDULING = Set.of("expect", "schedule", "slate", "plan", "set", "due",
      "intend", "postpone", "reschedule", "adjourn", "delay", "extend", "defer", "move");
  /** Verbs whose object is an event to come, which a date beside them dates: {@code planned a rally on Saturday}. */
  private static final Set<String> PLANS = Set.of("plan", "schedule", "slate");
  /** Modifiers that put a thing ahead: {@code the scheduled vote}, {@code the upcoming talks}. */
  private static final Set<String> PROSPECTIVE = Set.of("expect", "schedule", "slate", "plan", "planned",
      "scheduled", "expected", "upcoming", "forthcoming", "proposed", "propose", "pending", "impending");
  /** Words whose infinitive complement lies ahead: {@code is expected to end Friday}, {@code is to resume}. */
  private static final Set<String> TO_AHEAD = Set.of("expect", "schedule", "slate", "plan", "set", "due", "intend",
      "hope", "want", "agree", "prepare", "aim", "promise", "vow", "threaten", "pledge", "propose", "seek",
      "likely", "ready", "go", "urge", "ask", "be", "decide", "poise", "wish", "need", "decline", "refuse",
      "tell", "order", "advise", "instruct", "direct", "encourage", "invite");
  /** Verbs that report speech; in the present tense ({@code says Monday}) they are headline style, not future. */
  private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "state", "claim",
      "confirm", "deny", "insist", "warn", "add", "note", "write", "quote", "accord", "acknowledge", "admit",
      "explain", "indicate", "argue", "estimate", "predict", "show", "suggest");

  /** Prepositions of a date that is the time of its event, not a goal or a limit ({@code to}, {@code until}). */
  private static final Set<String> DIRECT_CASES = Set.of("on", "in", "at", "since", "during", "of");
  private static final Set<String> TIME_NOUNS = Set.of("night", "morning", "evening", "afternoon", "day", "week",
      "weekend", "dawn", "noon", "midnight");

  /** Prepositions of a date that a verb aims at: {@code postponed until Tuesday}, {@code scheduled for Monday}. */
  private static final Set<String> GOALS = Set.of("for", "until", "till", "to");
  private static final Set<String> RANKS = Set.of("first", "last", "only", "next", "second", "third");

  /** Conjunctions of a clause that dates its event by another: {@code after touring the capital Thursday}. */
  private static final Set<String> TEMPORAL_MARKS = Set.of("after", "before", "when", "once", "until", "till",
      "while", "whenever");

  /** Subjects that negate their clause: {@code nobody could be reached}. */
  private static final Set<String> NEGATIVE_SUBJECTS = Set.of("nobody", "none", "neither", "nothing");

  private static final int[] NONE = new int[0];

  private final List<Token> tokens;
  private final ParseTree tree;
  private final int[] head;
  private final String[] relation;
  /** The dependents of each token, in token order, so that each question costs the few arcs it asks about. */
  private final int[][] children;
  private final String[] keys;

  private Governor(List<Token> tokens, ParseTree tree, int[] head, String[] relation) {
    this.tokens = tokens;
    this.tree = tree;
    this.head = head;
    this.relation = relation;
    int n = tokens.size();
    int[] count = new int[n];
    for (int h : head) {
      if (h >= 0) {
        count[h]++;
      }
    }
    children = new int[n][];
    for (int i = 0; i < n; i++) {
      children[i] = count[i] == 0 ? NONE : new int[count[i]];
      count[i] = 0;
    }
    for (int k = 0; k < n; k++) {
      if (head[k] >= 0) {
        children[head[k]][count[head[k]]++] = k;
      }
    }
    keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = tokens.get(i).word().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
  }

  private int[] children(int i) {
    return i >= 0 && i < children.length ? children[i] : NONE;
  }

  /** The governor of a sentence's expressions, or null when it has no dependency parse. */
  static Governor of(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (sentence.dependencies().isEmpty() || tokens.isEmpty()) {
      return null;
    }
    // the arcs as the shared tree reads them: out-of-range and cyclic arcs left out
    ParseTree tree = new ParseTree(sentence);
    int n = tokens.size();
    int[] head = new int[n];
    String[] relation = new String[n];
    for (int i = 0; i < n; i++) {
      head[i] = tree.head(i);
      relation[i] = tree.relation(i);
    }
    return new Governor(tokens, tree, head, relation);
  }

  /**
   * The tense of the clause that governs the tokens {@code [from, to]} (inclusive token indices), or null when the
   * parse does not say.
   */
  Tense tense(int from, int to) {
    int n = tokens.size();
    if (from < 0 || to >= n || from > to) {
      return null;
    }
    int top = tree.top(from, to);
    if (top < 0) {
      return null;
    }
    String marker = marker(from, to);
    if (marker.equals("since")) {
      return Tense.PAST;
    }
    // the clause head: the expression itself when it is a predicate ("the deadline is Monday"), else the nearest
    // verb above it; a noun on the way means the expression dates a thing ("the meeting on Monday")
    int c = hasChild(top, "cop") ? top : head[top];
    int below = top;
    boolean viaNoun = false;
    for (int steps = 0; c >= 0 && steps < 6 && !isClauseHead(c); steps++) {
      viaNoun = true;
      if (hasModifier(c, PROSPECTIVE)) {
        // "the planned visit in September", "the upcoming vote on Monday"
        return Tense.FUTURE;
      }
      below = c;
      c = head[c];
    }
    if (viaNoun && relation[below].contains("subj")) {
      // "the job figures for January extended a surge": a thing of the subject dates nothing ahead
      viaNoun = false;
    }
    if (c < 0 || !isClauseHead(c)) {
      return null;
    }
    // a goal of the verb itself, not of a thing: "postponed until Tuesday", not "the figures for January"
    boolean goal = head[top] == c && GOALS.contains(marker);
    Tense tense = clauseTense(c, viaNoun, goal, 0);
    if (tense == Tense.PAST && (marker.equals("until") || marker.equals("through") || marker.equals("till"))
        && (hasAux(c, "has") || hasAux(c, "have"))) {
      // "has extended the loans through January": a present perfect reaching to a limit, which lies ahead
      return Tense.FUTURE;
    }
    return tense;
  }

  /**
   * Whether the tokens {@code [from, to]} date a past-tense event directly ({@code was shot on Oct. 23}, {@code the
   * year ended March 31}): an adjunct of a verb in the past tense, not of a thing ({@code the Jan. 14 deadline}), an
   * adjective ({@code payable Dec. 7}) or a goal ({@code extended to Nov. 20}). Such a date cannot lie after
   * publication.
   */
  boolean datesPastEvent(int from, int to) {
    int n = tokens.size();
    if (from < 0 || to >= n || from > to) {
      return false;
    }
    int top = tree.top(from, to);
    if (top < 0 || head[top] < 0) {
      return false;
    }
    for (int k : children(top)) {
      if (relation[k].equals("case") && !DIRECT_CASES.contains(key(k))) {
        return false;
      }
    }
    int c = head[top];
    // "on the night of Oct. 23": a part of a day is still the day
    while (c >= 0 && TIME_NOUNS.contains(lemma(c)) && !pos(c).startsWith("VB")) {
      c = head[c];
    }
    if (c < 0 || !pos(c).startsWith("VB") || SCHEDULING.contains(lemma(c))) {
      return false;
    }
    for (int k : children(c)) {
      if (relation[k].equals("mark") && key(k).equals("to") || relation[k].startsWith("aux")
          && FUTURE_AUX.contains(key(k))) {
        return false;
      }
    }
    return clauseTense(c, false, false, 3) == Tense.PAST;
  }

  /**
   * @param viaNoun the expression dates a thing of the clause ({@code planned a rally on Saturday})
   * @param forMarked the expression is a goal ({@code scheduled for Monday}, {@code postponed until Tuesday})
   */
  private Tense clauseTense(int c, boolean viaNoun, boolean forMarked, int depth) {
    String lemma = lemma(c);
    String pos = pos(c);
    boolean negated = false;
    boolean to = false;
    Tense aux = null;
    boolean perfect = false;
    boolean passive = false;
    for (int i : children(c)) {
      String r = relation[i];
      String w = key(i);
      if (r.equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
        negated = true;
      }
      if (r.equals("mark") && w.equals("to")) {
        to = true;
      }
      if (!r.startsWith("aux") && !r.equals("cop")) {
        continue;
      }
      passive |= r.equals("aux:pass");
      if (FUTURE_AUX.contains(w)) {
        if (hasAux(c, "have") && !w.equals("will") && !w.equals("'ll") && !w.equals("shall")) {
          // "may have been responsible on Wednesday", "would have met Monday": a perfect modal looks back
          return Tense.PAST;
        }
        if (w.equals("could") || w.equals("'d")) {
          // "could not be reached", "she'd left": past; "could come as early as Monday": ahead
          aux = negated || hasNegation(c) ? Tense.PAST : aux == null ? Tense.FUTURE : aux;
          continue;
        }
        return Tense.FUTURE;
      }
      if (w.equals("has") || w.equals("have") || w.equals("'ve") || w.equals("had")) {
        // "has scheduled a news conference Thursday" still looks ahead; "had been due to expire Friday" no longer
        perfect |= w.equals("had");
        aux = Tense.PAST;
      } else if (PAST_AUX.contains(w)) {
        aux = aux == null ? Tense.PAST : aux;
      } else if (PRESENT_AUX.contains(w) && aux == null) {
        aux = present(lemma, viaNoun);
      }
    }
    if (SCHEDULING.contains(lemma) && !perfect
        && (viaNoun || forMarked || passive || pos.equals("VBN") || pos.startsWith("JJ")
        || PLANS.contains(lemma) && hasChild(c, "obj"))) {
      // "was scheduled for Monday", "planned a rally on Saturday"; but "had been scheduled" is over
      return Tense.FUTURE;
    }
    if (aux != null) {
      return aux;
    }
    if (to) {
      int h = head[c];
      if (h < 0 || depth > 2) {
        return null;
      }
      if (TO_AHEAD.contains(lemma(h)) && !hasAux(h, "had")) {
        // "is expected to end Friday"; but "had been scheduled to expire Friday" is a plan of the past
        return Tense.FUTURE;
      }
      if (passive || relation[c].startsWith("acl") && !ranked(h)) {
        // an infinitive that modifies a thing looks ahead ("the plan to meet in May"), unless the thing is ranked
        // ("the first country to join on Friday"); so does a passive one ("to be completed by Dec. 15")
        return Tense.FUTURE;
      }
      return isClauseHead(h) ? clauseTense(h, false, false, depth + 1) : null;
    }
    return switch (pos) {
      case "VBD" -> Tense.PAST;
      case "VBN" -> Tense.PAST;
      case "VBZ", "VBP" -> {
        Tense main = mainOfTemporalClause(c, depth);
        yield main != null ? main : present(lemma, viaNoun);
      }
      // a base form with a subject and no auxiliary is a present tense the tagger missed: "they meet Monday"
      // ... but not a subjunctive: "demanding that Iraq withdraw"
      case "VB" -> hasChild(c, "nsubj") && !hasChild(c, "mark") ? present(lemma, viaNoun) : null;
      case "VBG" -> {
        // a participle takes the tense of the clause above it, also through the thing it describes ("with the
        // third departing each Thursday" under "would leave")
        int h = head[c];
        for (int steps = 0; h >= 0 && steps < 3 && !isClauseHead(h); steps++) {
          h = head[h];
        }
        yield h >= 0 && depth <= 2 && isClauseHead(h) ? clauseTense(h, false, false, depth + 1) : null;
      }
      default -> null;
    };
  }

  /**
   * The tense of the clause that a present-tense temporal clause depends on, or null: English keeps the present in
   * {@code after}, {@code when} or {@code before} clauses whatever their time, so {@code after he arrives Thursday,
   * he met} looks back and {@code after he arrives Thursday, he will meet} ahead.
   */
  private Tense mainOfTemporalClause(int c, int depth) {
    int h = head[c];
    if (!relation[c].startsWith("advcl") || h < 0 || depth > 2 || !isClauseHead(h)) {
      return null;
    }
    for (int k : children(c)) {
      if (relation[k].equals("mark") && TEMPORAL_MARKS.contains(key(k))) {
        return clauseTense(h, false, false, depth + 1);
      }
    }
    return null;
  }

  /**
   * A present-tense clause about a day: ahead ({@code talks resume Monday}), unless it reports speech ({@code says
   * Monday}); when the expression dates a thing ({@code under a June agreement}) the present tense says nothing.
   */
  private static Tense present(String lemma, boolean viaNoun) {
    if (REPORTING.contains(lemma)) {
      return Tense.PAST;
    }
    return viaNoun ? null : Tense.FUTURE;
  }

  private boolean isClauseHead(int i) {
    return pos(i).startsWith("VB") || hasChild(i, "cop") || hasChild(i, "aux");
  }

  private boolean hasChild(int i, String rel) {
    for (int k : children(i)) {
      if (relation[k].startsWith(rel)) {
        return true;
      }
    }
    return false;
  }

  /** The preposition of the phrase {@code [from, to]} ({@code until} in {@code until 9 a.m. Tuesday}), or "". */
  private String marker(int from, int to) {
    for (int k = Math.max(0, from - 2); k <= to; k++) {
      if (relation[k].equals("case") && head[k] >= from && head[k] <= to) {
        return key(k);
      }
    }
    return "";
  }

  /** Whether a thing is ranked: {@code the first countries}, {@code the only bank}, {@code the largest}. */
  private boolean ranked(int i) {
    if (pos(i).equals("JJS") || pos(i).equals("RBS")) {
      return true;
    }
    for (int k : children(i)) {
      if (pos(k).equals("JJS") || RANKS.contains(lemma(k)) || Lexicon.ordinal(lemma(k)) > 0) {
        return true;
      }
    }
    return false;
  }

  private boolean hasModifier(int i, Set<String> lemmas) {
    for (int k : children(i)) {
      if ((relation[k].startsWith("amod") || relation[k].startsWith("acl")) && lemmas.contains(lemma(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasAux(int i, String word) {
    for (int k : children(i)) {
      if (relation[k].startsWith("aux") && key(k).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause is negated, by its verb ({@code could not}) or its subject ({@code neither he nor ...}). */
  private boolean hasNegation(int i) {
    for (int k : children(i)) {
      if (key(k).equals("not") || key(k).equals("n't") || key(k).equals("never")) {
        return true;
      }
      if (relation[k].startsWith("nsubj")) {
        if (NEGATIVE_SUBJECTS.contains(key(k))) {
          return true;
        }
        for (int d : children(k)) {
          if (key(d).equals("neither") || relation[d].equals("det") && key(d).equals("no")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private String key(int i) {
    return keys[i];
  }

  private String lemma(int i) {
    String l = tokens.get(i).lemma();
    return l == null ? key(i) : l.toLowerCase(Locale.ROOT);
  }

  private String pos(int i) {
    String p = tokens.get(i).pos();
    return p == null ? "" : p;
  }
}
