package org.newsgraph.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Sentence;

class CueModelTest {
  private static final EntityType O = EntityType.OTHER;
  private static final EntityType P = EntityType.PERSON;

  /** "Smith believes that taxes rose": a rare verb with a subject and a "that"-clause. */
  private static ParseTree believes() {
    Sentence s = Fixtures.sentence("Smith believes that taxes rose",
        new String[] {"Smith", "believe", "that", "tax", "rise"},
        new String[] {"NNP", "VBZ", "IN", "NNS", "VBD"},
        new EntityType[] {P, O, O, O, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 4}, {4, 2}, {4, 3}},
        new String[] {"root", "nsubj", "ccomp", "mark", "nsubj"});
    return new ParseTree(s);
  }

  @Test
  void read_writtenModel_givesTheSameModel() throws Exception {
    CueModel model = CueModel.of(Map.of("bias", -1.5, "child=ccomp", 2.25, "lemma=believe", 0.5), 0.3);
    StringWriter out = new StringWriter();
    model.write(out, "test");
    CueModel back = CueModel.read(new BufferedReader(new StringReader(out.toString())));
    assertEquals(0.3, back.threshold(), 1e-9);
    assertEquals(model.probability(believes(), 1), back.probability(believes(), 1), 1e-9);
    StringWriter again = new StringWriter();
    back.write(again, "test");
    assertEquals(out.toString(), again.toString());
  }

  @Test
  void read_malformedLineOrNoThreshold_namesTheProblem() {
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> CueModel.read(new BufferedReader(new StringReader("#threshold\t0.3\nbias\tx\n"))));
    assertTrue(bad.getMessage().contains("line 2"), bad.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> CueModel.read(new BufferedReader(new StringReader("bias\t1.0\n"))));
    assertTrue(none.getMessage().contains("threshold"), none.getMessage());
  }

  @Test
  void probability_nonCandidates_areZero() {
    CueModel model = CueModel.of(Map.of("bias", 5.0), 0.5);
    ParseTree tree = believes();
    assertEquals(0.0, model.probability(tree, 0), 1e-9);
    assertEquals(0.0, model.probability(tree, 2), 1e-9);
    assertTrue(model.isCue(tree, 1));
  }

  @Test
  void fit_separableExamples_learnsTheSignalAndIsReproducible() {
    List<CueModel.Example> examples = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      examples.add(new CueModel.Example(List.of("bias", "child=ccomp", "lemma=w" + (k % 7)), true));
      examples.add(new CueModel.Example(List.of("bias", "child=obj", "lemma=w" + (k % 7)), false));
    }
    Map<String, Double> weights = CueModel.fit(examples, 5, 1e-5, 7);
    assertTrue(CueModel.probability(weights, List.of("bias", "child=ccomp", "lemma=w9")) > 0.9);
    assertTrue(CueModel.probability(weights, List.of("bias", "child=obj", "lemma=w9")) < 0.1);
    assertEquals(weights, CueModel.fit(examples, 5, 1e-5, 7));
  }

  @Test
  void load_shippedModel_takesRareSpeechVerbWithThatClause() {
    CueModel model = CueModel.load();
    assertTrue(model.isCue(believes(), 1));
    Sentence s = Fixtures.sentence("Smith ate the cake",
        new String[] {"Smith", "eat", "the", "cake"},
        new String[] {"NNP", "VBD", "DT", "NN"},
        new EntityType[] {P, O, O, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 3}, {3, 2}},
        new String[] {"root", "nsubj", "obj", "det"});
    assertFalse(model.isCue(new ParseTree(s), 1));
  }

  /** "his claim that taxes rose": a noun with a possessor and a "that"-clause. */
  private static ParseTree claim() {
    Sentence s = Fixtures.sentence("his claim that taxes rose",
        new String[] {"he", "claim", "that", "tax", "rise"},
        new String[] {"PRP$", "NN", "IN", "NNS", "VBD"},
        new EntityType[] {O, O, O, O, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 4}, {4, 2}, {4, 3}},
        new String[] {"root", "nmod:poss", "acl", "mark", "nsubj"});
    return new ParseTree(s);
  }

  @Test
  void nounWithThatClause_isACandidateWithFeaturesOfItsOwn() {
    ParseTree tree = claim();
    assertTrue(CueFeatures.isCandidate(tree, 1));
    assertEquals(4, CueFeatures.nounContent(tree, 1));
    List<String> f = CueFeatures.of(tree, 1);
    assertTrue(f.contains("n:lemma+content=claim|acl:that"), f.toString());
    assertTrue(f.contains("n:poss=PRP"), f.toString());
    assertTrue(f.stream().allMatch(x -> x.startsWith("n:")), f.toString());
    assertFalse(CueFeatures.isCandidate(tree, 3), "a noun without a clause or topic phrase");
  }

  @Test
  void weight_knownAndUnknownFeatures() {
    CueModel model = CueModel.of(Map.of("lemma+comp=cite|o", 1.5), 0.3);
    assertEquals(1.5, model.weight("lemma+comp=cite|o"), 1e-9);
    assertEquals(0.0, model.weight("lemma+comp=seize|o"), 1e-9);
  }

  @Test
  void infinitive_itsOwnVerbIsAFeature() {
    Sentence s = Fixtures.sentence("Smith declined to comment",
        new String[] {"Smith", "decline", "to", "comment"},
        new String[] {"NNP", "VBD", "TO", "VB"},
        new EntityType[] {P, O, O, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 3}, {3, 2}},
        new String[] {"root", "nsubj", "xcomp", "mark"});
    List<String> f = CueFeatures.of(new ParseTree(s), 1);
    assertTrue(f.contains("xcomp-lemma=comment"), f.toString());
    assertTrue(f.contains("lemma+xcomp=decline|comment"), f.toString());
  }

  @Test
  void prepositionalClause_isAFeature_andTheShippedModelTakesCallFor() {
    Sentence s = Fixtures.sentence("Smith called for cutting taxes",
        new String[] {"Smith", "call", "for", "cut", "tax"},
        new String[] {"NNP", "VBD", "IN", "VBG", "NNS"},
        new EntityType[] {P, O, O, O, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 3}, {3, 2}, {3, 4}},
        new String[] {"root", "nsubj", "advcl", "mark", "obj"});
    ParseTree tree = new ParseTree(s);
    List<String> f = CueFeatures.of(tree, 1);
    assertTrue(f.contains("advcl-prep=for"), f.toString());
    assertTrue(f.contains("lemma+advcl-prep=call|for"), f.toString());
    assertTrue(CueModel.load().isCue(tree, 1));
  }
}
