package org.newsgraph.extract.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.newsgraph.extract.parse.ParseTree;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/**
 * What the {@link CueModel} knows about a sentence's neighbourhood in its article, beyond the sentence itself: whether
 * it is the article's first or second sentence (the headline and the lede), whether it ends with a colon before a
 * sentence that opens with a quotation mark, and who says something ("say" and its subject, a name or a pronoun) in
 * the sentences around it. Built once per article from its sentences; {@link #NONE} knows no article (each sentence is alone).
 *
 * <p>Immutable and thread-safe.
 */
public final class CueContext {
  /** No article: the features are those of the sentence alone. */
  public static final CueContext NONE = new CueContext(new boolean[0], new boolean[0], List.of());

  /** How many sentences before and after a sentence are searched for a speaker. */
  private static final int SPEAKER_WINDOW = 2;
  private static final String MARKS = "\"“”„«»‘’`";
  /** Personal pronouns, which refer back to a speaker named before. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "i", "we", "they", "you", "it");

  private final boolean[] opensWithMark;
  private final boolean[] endsWithColon;
  /** The subjects of "say" in each sentence (a person's name or a personal pronoun), as lower-case words. */
  private final List<Set<String>> speakers;
  /** Each sentence's word vectors once the cue model has asked for them (a sentence is encoded once). */
  private final AtomicReferenceArray<float[][]> vectors;

  private CueContext(boolean[] opensWithMark, boolean[] endsWithColon, List<Set<String>> speakers) {
    this.opensWithMark = opensWithMark;
    this.endsWithColon = endsWithColon;
    this.speakers = speakers;
    this.vectors = new AtomicReferenceArray<>(speakers.size());
  }

  /**
   * The word vector of token {@code i} of {@code tree}, its sentence's vectors taken from {@code source} the first
   * time and kept when the context knows the sentence ({@link #NONE} keeps nothing).
   */
  float[] vector(ParseTree tree, int i, Function<Sentence, float[][]> source) {
    int k = tree.sentence().index();
    if (k < 0 || k >= vectors.length()) {
      return source.apply(tree.sentence())[i];
    }
    float[][] v = vectors.get(k);
    if (v == null) {
      v = source.apply(tree.sentence());
      vectors.compareAndSet(k, null, v);
    }
    return v[i];
  }

  /** The neighbourhood of each of an article's {@code sentences}, in order (a sentence's index is its place). */
  public static CueContext of(List<Sentence> sentences) {
    int n = sentences.size();
    boolean[] opens = new boolean[n];
    boolean[] colon = new boolean[n];
    List<Set<String>> speakers = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      List<Token> tokens = sentences.get(k).tokens();
      opens[k] = !tokens.isEmpty() && isMark(tokens.get(0).word());
      colon[k] = tokens.size() > 1 && tokens.get(tokens.size() - 1).word().equals(":");
      Set<String> who = new HashSet<>();
      boolean say = false;
      for (Token t : tokens) {
        say |= t.pos() != null && t.pos().startsWith("VB") && CueFeatures.lemma(t).equals("say");
      }
      if (say) {
        ParseTree tree = new ParseTree(sentences.get(k));
        for (int i = 0; i < tree.size(); i++) {
          if (tree.relation(i).equals("nsubj") && tree.head(i) >= 0
              && CueFeatures.lemma(tree.token(tree.head(i))).equals("say")) {
            String word = CueFeatures.speakerWord(tree, i);
            if (word != null) {
              who.add(word);
            }
          }
        }
      }
      speakers.add(who);
    }
    return new CueContext(opens, colon, speakers);
  }

  private static boolean isMark(String w) {
    return !w.isEmpty() && MARKS.indexOf(w.charAt(0)) >= 0;
  }

  /**
   * Adds the neighbourhood features of a candidate in sentence {@code k}, names starting with {@code prefix} (the
   * candidate's family): the sentence's place when it is the first or second ({@code ctx:sentence=}), a colon at its
   * end before a sentence that opens with a quotation mark ({@code ctx:colon-quote}), and the candidate's subject
   * (or a noun's possessor), {@code subject}, being the subject of "say" within two sentences before or after ({@code
   * ctx:subject-said-near}, also with the candidate's lemma), or that subject being a personal pronoun within two
   * sentences after a named subject of "say" ({@code ctx:pronoun-after-speaker}, also with the lemma). Nothing when
   * the context does not know the sentence.
   */
  void features(int k, String prefix, String lemma, String subject, List<String> f) {
    if (k < 0 || k >= speakers.size()) {
      return;
    }
    if (k <= 1) {
      f.add(prefix + "ctx:sentence=" + k);
    }
    if (endsWithColon[k] && k + 1 < opensWithMark.length && opensWithMark[k + 1]) {
      f.add(prefix + "ctx:colon-quote");
    }
    if (subject != null) {
      int last = Math.min(speakers.size() - 1, k + SPEAKER_WINDOW);
      for (int j = Math.max(0, k - SPEAKER_WINDOW); j <= last; j++) {
        if (j != k && speakers.get(j).contains(subject)) {
          f.add(prefix + "ctx:subject-said-near");
          f.add(prefix + "ctx:lemma+subject-said-near=" + lemma);
          break;
        }
      }
      if (PRONOUNS.contains(subject)) {
        for (int j = Math.max(0, k - SPEAKER_WINDOW); j < k; j++) {
          if (speakers.get(j).stream().anyMatch(w -> !PRONOUNS.contains(w))) {
            f.add(prefix + "ctx:pronoun-after-speaker");
            f.add(prefix + "ctx:lemma+pronoun-after-speaker=" + lemma);
            break;
          }
        }
      }
    }
  }
}
