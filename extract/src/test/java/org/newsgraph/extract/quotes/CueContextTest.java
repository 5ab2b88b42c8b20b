package org.newsgraph.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Fixtures;
import org.newsgraph.extract.parse.ParseTree;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;

class CueContextTest {
  private static final EntityType O = EntityType.OTHER;
  private static final EntityType P = EntityType.PERSON;

  private static Sentence saidTaxesRose() {
    return Fixtures.sentence("Smith said taxes rose",
        new String[] {"Smith", "say", "tax", "rise"},
        new String[] {"NNP", "VBD", "NNS", "VBD"},
        new EntityType[] {P, O, O, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 3}, {3, 2}},
        new String[] {"root", "nsubj", "ccomp", "nsubj"});
  }

  private static Sentence ateCake() {
    return Fixtures.sentence("Jones ate cake",
        new String[] {"Jones", "eat", "cake"},
        new String[] {"NNP", "VBD", "NN"},
        new EntityType[] {P, O, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 2}},
        new String[] {"root", "nsubj", "obj"});
  }

  private static Sentence believes(String who) {
    return Fixtures.sentence(who + " believes that taxes rose",
        new String[] {who, "believe", "that", "tax", "rise"},
        new String[] {"NNP", "VBZ", "IN", "NNS", "VBD"},
        new EntityType[] {P, O, O, O, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 4}, {4, 2}, {4, 3}},
        new String[] {"root", "nsubj", "ccomp", "mark", "nsubj"});
  }

  /** The sentences as an article's, each with its place as its index. */
  private static List<Sentence> article(Sentence... sentences) {
    List<Sentence> list = new ArrayList<>();
    for (Sentence s : sentences) {
      list.add(new Sentence(list.size(), s.start(), s.end(), s.tokens(), s.dependencies()));
    }
    return list;
  }

  private static List<String> features(List<Sentence> article, int sentence, int token) {
    return CueFeatures.of(new ParseTree(article.get(sentence)), token, CueContext.of(article));
  }

  @Test
  void subjectOfSayNearby_isAFeature_withTheLemma() {
    List<Sentence> near = article(saidTaxesRose(), ateCake(), believes("Smith"));
    List<String> f = features(near, 2, 1);
    assertTrue(f.contains("ctx:subject-said-near"), f.toString());
    assertTrue(f.contains("ctx:lemma+subject-said-near=believe"), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.startsWith("ctx:sentence=")), "the third sentence: " + f);

    List<String> other = features(article(saidTaxesRose(), ateCake(), believes("Jones")), 2, 1);
    assertFalse(other.contains("ctx:subject-said-near"), "another speaker: " + other);
    List<String> far = features(article(saidTaxesRose(), ateCake(), ateCake(), believes("Smith")), 3, 1);
    assertFalse(far.contains("ctx:subject-said-near"), "three sentences away: " + far);
  }

  @Test
  void pronounSubjectAfterANamedSpeaker_isAFeature() {
    Sentence heBelieves = Fixtures.sentence("He believes that taxes rose",
        new String[] {"he", "believe", "that", "tax", "rise"},
        new String[] {"PRP", "VBZ", "IN", "NNS", "VBD"},
        new EntityType[] {O, O, O, O, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 4}, {4, 2}, {4, 3}},
        new String[] {"root", "nsubj", "ccomp", "mark", "nsubj"});
    List<String> f = features(article(saidTaxesRose(), ateCake(), heBelieves), 2, 1);
    assertTrue(f.contains("ctx:pronoun-after-speaker"), f.toString());
    assertTrue(f.contains("ctx:lemma+pronoun-after-speaker=believe"), f.toString());
    assertFalse(f.contains("ctx:subject-said-near"), "another word than the speaker's: " + f);
    List<String> before = features(article(heBelieves, saidTaxesRose()), 0, 1);
    assertFalse(before.contains("ctx:pronoun-after-speaker"), "the speaker comes after: " + before);
  }

  @Test
  void firstSentences_andAColonBeforeAQuotation_areFeatures() {
    Sentence warned = Fixtures.sentence("Smith warned :",
        new String[] {"Smith", "warn", ":"},
        new String[] {"NNP", "VBD", ":"},
        new EntityType[] {P, O, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 2}},
        new String[] {"root", "nsubj", "punct"});
    Sentence quoted = Fixtures.sentence("\" Taxes rose \"",
        new String[] {"\"", "tax", "rise", "\""},
        new String[] {"``", "NNS", "VBD", "''"},
        new EntityType[] {O, O, O, O},
        new int[][] {{-1, 2}, {2, 0}, {2, 1}, {2, 3}},
        new String[] {"root", "punct", "nsubj", "punct"});
    List<String> f = features(article(warned, quoted), 0, 1);
    assertTrue(f.contains("ctx:colon-quote"), f.toString());
    assertTrue(f.contains("ctx:sentence=0"), f.toString());
    List<String> alone = features(article(warned, ateCake()), 0, 1);
    assertFalse(alone.contains("ctx:colon-quote"), "no quotation after the colon: " + alone);
    assertTrue(features(article(ateCake(), believes("Jones")), 1, 1).contains("ctx:sentence=1"));
  }

  @Test
  void withoutContext_orOutsideIt_noNeighbourhoodFeatures() {
    List<String> alone = CueFeatures.of(new ParseTree(believes("Smith")), 1);
    assertTrue(alone.stream().noneMatch(x -> x.startsWith("ctx:")), alone.toString());
    List<String> none = CueFeatures.of(new ParseTree(believes("Smith")), 1, CueContext.NONE);
    assertEquals(alone, none);
    // a sentence whose index lies outside the article the context was built from
    Sentence stray = new Sentence(7, 0, 10, believes("Smith").tokens(), believes("Smith").dependencies());
    List<String> outside = CueFeatures.of(new ParseTree(stray), 1, CueContext.of(article(saidTaxesRose())));
    assertEquals(alone, outside);
  }

  @Test
  void nounCandidate_possessorIsItsSpeaker() {
    Sentence claim = Fixtures.sentence("Smith 's claim that taxes rose",
        new String[] {"Smith", "'s", "claim", "that", "tax", "rise"},
        new String[] {"NNP", "POS", "NN", "IN", "NNS", "VBD"},
        new EntityType[] {P, O, O, O, O, O},
        new int[][] {{-1, 2}, {2, 0}, {0, 1}, {2, 5}, {5, 3}, {5, 4}},
        new String[] {"root", "nmod:poss", "case", "acl", "mark", "nsubj"});
    List<String> f = features(article(saidTaxesRose(), claim), 1, 2);
    assertTrue(f.contains("n:ctx:subject-said-near"), f.toString());
    assertTrue(f.contains("n:ctx:lemma+subject-said-near=claim"), f.toString());
    assertTrue(f.stream().allMatch(x -> x.startsWith("n:")), f.toString());
    List<String> other = features(article(ateCake(), claim), 1, 2);
    assertFalse(other.contains("n:ctx:subject-said-near"), "Jones said nothing: " + other);
  }
}
