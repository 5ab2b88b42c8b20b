package org.newsgraph.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Fixtures;
import org.newsgraph.extract.parse.ParseTree;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;

class SourceRankerTest {
  private static final String TOLD = "The spokesman told reporters that taxes rise";

  /** "The spokesman told reporters that taxes rise": told (2) has subject spokesman (1), object reporters (3). */
  private static Sentence told() {
    return Fixtures.sentence(TOLD,
        new String[] {"the", "spokesman", "tell", "reporter", "that", "tax", "rise"},
        new String[] {"DT", "NN", "VBD", "NNS", "IN", "NNS", "VBP"},
        null, new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 3}, {6, 4}, {6, 5}, {2, 6}},
        new String[] {"root", "nsubj", "det", "obj", "mark", "nsubj", "ccomp"});
  }

  private static SourceRanker.Cue toldCue(int rules) {
    return new SourceRanker.Cue(new ParseTree(told()), 2, rules, new int[] {4, 6}, false);
  }

  @Test
  void candidates_areTheNominalWordsAndTheRulesPick() {
    assertEquals(List.of(1, 3, 5), SourceRanker.candidates(toldCue(1)));
    // the rules may pick a word of another class ("that" here stands for a relative pronoun)
    assertEquals(List.of(1, 3, 4, 5), SourceRanker.candidates(toldCue(4)));
  }

  @Test
  void candidates_leaveOutTheCuesOwnObjectWhenThatIsWhatItReports() {
    SourceRanker.Cue cue = new SourceRanker.Cue(new ParseTree(told()), 2, 1, new int[] {3, 3}, true);
    assertEquals(List.of(1, 5), SourceRanker.candidates(cue));
  }

  @Test
  void path_namesTheRelationsUpAndDownAtMostThreeSteps() {
    ParseTree tree = new ParseTree(told());
    assertEquals("vnsubj", SourceRanker.path(tree, 2, 1));
    assertEquals("vccomp vnsubj", SourceRanker.path(tree, 2, 5));
    assertEquals("^nsubj ^ccomp vnsubj", SourceRanker.path(tree, 5, 1));
    assertEquals("far", SourceRanker.path(tree, 0, 5));
  }

  /**
   * "The mayor said she will choose , saying taxes rise" parsed with "saying" (6) hung on the inner clause "choose"
   * (4): its own subject up the tree is "she" (3), the one above that "mayor" (1), the root's.
   */
  @Test
  void subjectUp_countsTheSubjectsOfTheWordsOverTheCue() {
    String text = "The mayor said she will choose , saying taxes rise";
    Sentence s = Fixtures.sentence(text,
        new String[] {"the", "mayor", "say", "she", "will", "choose", ",", "say", "tax", "rise"},
        new String[] {"DT", "NN", "VBD", "PRP", "MD", "VB", ",", "VBG", "NNS", "VBP"},
        null, new int[][] {{-1, 2}, {2, 1}, {1, 0}, {5, 3}, {5, 4}, {2, 5}, {5, 6}, {5, 7}, {9, 8}, {7, 9}},
        new String[] {"root", "nsubj", "det", "nsubj", "aux", "ccomp", "punct", "advcl", "nsubj", "ccomp"});
    ParseTree tree = new ParseTree(s);
    assertEquals("1", SourceRanker.subjectUp(tree, 7, 3));
    assertEquals("2-root", SourceRanker.subjectUp(tree, 7, 1));
    assertEquals("no", SourceRanker.subjectUp(tree, 7, 8));
    SourceRanker.Cue cue = new SourceRanker.Cue(tree, 7, 3, new int[] {8, 9}, false);
    assertTrue(SourceRanker.features(cue, 1).contains("up=2-root|vpos=VBG"));
  }

  /**
   * "These rules , the lawyers said" parsed with both "rules" (1) and "lawyers" (4) as subjects of "said" (5): the
   * one next to the cue is the nearest, the fronted one the other; a cue with one subject gets no such feature.
   */
  @Test
  void amongSubjects_tellsTheSubjectNearestTheCueFromAFrontedOne() {
    String text = "These rules , the lawyers said";
    Sentence s = Fixtures.sentence(text,
        new String[] {"these", "rule", ",", "the", "lawyer", "say"},
        new String[] {"DT", "NNS", ",", "DT", "NNS", "VBD"},
        null, new int[][] {{-1, 5}, {5, 1}, {1, 0}, {5, 2}, {4, 3}, {5, 4}},
        new String[] {"root", "nsubj", "det", "punct", "det", "nsubj"});
    ParseTree tree = new ParseTree(s);
    assertEquals("nearest", SourceRanker.amongSubjects(tree, 5, 4));
    assertEquals("other", SourceRanker.amongSubjects(tree, 5, 1));
    assertNull(SourceRanker.amongSubjects(tree, 5, 0));
    assertNull(SourceRanker.amongSubjects(new ParseTree(told()), 2, 1));
    SourceRanker.Cue cue = new SourceRanker.Cue(tree, 5, 4, null, false);
    assertTrue(SourceRanker.features(cue, 4).contains("subjects=nearest|side=L"));
  }

  /** "The plan opposed by unions" ("opposed" (2) a participle, "unions" (4) its oblique with "by" (3)). */
  @Test
  void features_nameTheCandidatesPreposition() {
    String text = "The plan opposed by unions";
    Sentence s = Fixtures.sentence(text,
        new String[] {"the", "plan", "oppose", "by", "union"},
        new String[] {"DT", "NN", "VBN", "IN", "NNS"},
        null, new int[][] {{-1, 1}, {1, 0}, {1, 2}, {4, 3}, {2, 4}},
        new String[] {"root", "det", "acl", "case", "obl"});
    SourceRanker.Cue cue = new SourceRanker.Cue(new ParseTree(s), 2, SourceRanker.NONE, null, false);
    List<String> f = SourceRanker.features(cue, 4);
    assertTrue(f.contains("case=by|vpos=VBN"));
    assertTrue(f.contains("case=by|r1=vobl"));
    assertTrue(SourceRanker.features(cue, 1).stream().noneMatch(x -> x.startsWith("case=")));
  }

  @Test
  void choose_takesTheBestCandidateOnlyWhenItBeatsNoSourceByTheMargin() {
    Map<String, Double> weights = Map.of("p=vnsubj", 2.0, "p=vobj", 1.0);
    assertEquals(1, SourceRanker.of(weights, 0).choose(toldCue(1)));
    assertEquals(SourceRanker.NONE, SourceRanker.of(weights, 2.5).choose(toldCue(1)));
    assertEquals(3, SourceRanker.of(Map.of("p=vobj", 1.0), 0).choose(toldCue(1)));
  }

  @Test
  void shippedModel_takesWhoTellsNotWhoIsTold() {
    assertEquals(1, SourceRanker.load().choose(toldCue(1)));
    assertEquals(1, SourceRanker.load().choose(toldCue(SourceRanker.NONE)));
  }

  @Test
  void writeThenRead_givesTheSameModel() throws Exception {
    SourceRanker model = SourceRanker.of(Map.of("p=vobj", 1.25, "none", -0.5), 0.75);
    StringWriter out = new StringWriter();
    model.write(out, "test");
    SourceRanker back = SourceRanker.read(new BufferedReader(new StringReader(out.toString())));
    assertEquals(0.75, back.margin());
    assertEquals(3, back.choose(toldCue(1)));
    StringWriter again = new StringWriter();
    back.write(again, "test");
    assertEquals(out.toString(), again.toString());
  }

  @Test
  void read_withoutMargin_isRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> SourceRanker.read(new BufferedReader(new StringReader("none\t1.0\n"))));
  }

  @Test
  void fit_learnsTheFeatureOfTheGoldCandidateTheSameWayEachTime() {
    List<SourceRanker.Example> examples = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      examples.add(new SourceRanker.Example(List.of(List.of("none"), List.of("c", "subject"), List.of("c", "object")),
          k % 5 == 0 ? 0 : 1));
    }
    Map<String, Double> w = SourceRanker.fit(examples, 8, 1e-4, 7L, 1);
    assertTrue(w.get("subject") > w.getOrDefault("object", 0.0), w.toString());
    assertEquals(w, SourceRanker.fit(examples, 8, 1e-4, 7L, 1));
    assertTrue(SourceRanker.logLoss(w, examples) < Math.log(3));
  }

  /** The stage with a ranker: its choice replaces the rules' pick, "no source" included. */
  @Test
  void attributor_withRanker_takesItsChoiceOfSource() {
    Article article = Article.of(null, null, null, null, null, "en", TOLD, "test");
    LinguisticAnnotation ling = new LinguisticAnnotation(List.of(told()), List.of());
    Quote rules = new ParseQuoteAttributor(CueModel.load(), null).attribute(article, ling, Actors.none()).get(0);
    assertEquals("The spokesman", rules.speakerMention().text());
    Quote object = new ParseQuoteAttributor(CueModel.load(), SourceRanker.of(Map.of("p=vobj", 3.0), 0))
        .attribute(article, ling, Actors.none()).get(0);
    assertEquals("reporters", object.speakerMention().text());
    Quote none = new ParseQuoteAttributor(CueModel.load(), SourceRanker.of(Map.of("none", 3.0), 0))
        .attribute(article, ling, Actors.none()).get(0);
    assertNull(none.speakerMention());
    assertEquals("that taxes rise", none.content().get(0).text());
  }

  /** A word under the rules' head is the ranker's to take: "Footage of the senator showed": the senator speaks. */
  @Test
  void attributor_withRankerPickingAWordUnderTheRulesHead_takesThatWordsPhrase() {
    String text = "Footage of the senator showed that taxes rise";
    Sentence s = Fixtures.sentence(text,
        new String[] {"footage", "of", "the", "senator", "show", "that", "tax", "rise"},
        new String[] {"NN", "IN", "DT", "NN", "VBD", "IN", "NNS", "VBP"},
        null, new int[][] {{-1, 4}, {4, 0}, {3, 1}, {3, 2}, {0, 3}, {7, 5}, {7, 6}, {4, 7}},
        new String[] {"root", "nsubj", "case", "det", "nmod", "mark", "nsubj", "ccomp"});
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    LinguisticAnnotation ling = new LinguisticAnnotation(List.of(s), List.of());
    Quote rules = new ParseQuoteAttributor(CueModel.load(), null).attribute(article, ling, Actors.none()).get(0);
    assertEquals("Footage of the senator", rules.speakerMention().text());
    Quote under = new ParseQuoteAttributor(CueModel.load(), SourceRanker.of(Map.of("p=vnsubj vnmod", 3.0), 0))
        .attribute(article, ling, Actors.none()).get(0);
    assertEquals("the senator", under.speakerMention().text());
  }

  /** "The talks on Sunday showed that …": a date the ranker picks is never the speaker; the rules' pick stays. */
  @Test
  void attributor_withRankerPickingADate_keepsTheRulesPick() {
    String text = "The talks on Sunday showed that taxes rise";
    Sentence s = Fixtures.sentence(text,
        new String[] {"the", "talk", "on", "Sunday", "show", "that", "tax", "rise"},
        new String[] {"DT", "NNS", "IN", "NNP", "VBD", "IN", "NNS", "VBP"},
        null, new int[][] {{-1, 4}, {4, 1}, {1, 0}, {1, 3}, {3, 2}, {7, 5}, {7, 6}, {4, 7}},
        new String[] {"root", "nsubj", "det", "nmod", "case", "mark", "nsubj", "ccomp"});
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    LinguisticAnnotation ling = new LinguisticAnnotation(List.of(s), List.of());
    Quote q = new ParseQuoteAttributor(CueModel.load(), SourceRanker.of(Map.of("p=vnsubj vnmod", 3.0), 0))
        .attribute(article, ling, Actors.none()).get(0);
    assertEquals("The talks", q.speakerMention().text());
  }
}
