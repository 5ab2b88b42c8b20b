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
  void fit_vectors_learnsADirectionOnRawVectorsAndIsReproducible() {
    // the label is the sign of dimension 3 of vectors that sit far from zero and vary much in other dimensions: the
    // weights must come back on the raw scale, the bias taking up the means
    java.util.Random random = new java.util.Random(5);
    List<CueModel.Example> examples = new ArrayList<>();
    for (int k = 0; k < 1000; k++) {
      float[] v = new float[WordEncoder.DIMENSIONS];
      for (int d = 0; d < v.length; d++) {
        v[d] = (float) (4 + random.nextGaussian() * (d == 3 ? 0.1 : 2));
      }
      examples.add(new CueModel.Example(List.of("bias"), v, v[3] > 4));
    }
    Map<String, Double> weights = CueModel.fit(examples, 5, 1e-5, 7);
    assertTrue(weights.get(CueModel.vectorFeature(0, 3)) > 0, "dimension 3 carries the label");
    float[] high = new float[WordEncoder.DIMENSIONS];
    float[] low = new float[WordEncoder.DIMENSIONS];
    java.util.Arrays.fill(high, 4);
    java.util.Arrays.fill(low, 4);
    high[3] = 4.2f;
    low[3] = 3.8f;
    assertTrue(CueModel.probability(weights, new CueModel.Example(List.of("bias"), high, true)) > 0.8);
    assertTrue(CueModel.probability(weights, new CueModel.Example(List.of("bias"), low, false)) < 0.2);
    assertEquals(weights, CueModel.fit(examples, 5, 1e-5, 7));
  }

  @Test
  void probability_modelWithVectorWeights_readsTheSentenceOnceFromItsSource() {
    Map<String, Double> weights = new java.util.HashMap<>(Map.of("bias", 0.0));
    weights.put(CueModel.vectorFeature(0, 0), 2.0);
    int[] calls = new int[1];
    CueModel model = CueModel.of(weights, 0.5).withVectors(s -> {
      calls[0]++;
      float[][] v = new float[s.tokens().size()][WordEncoder.DIMENSIONS];
      v[1][0] = 1;
      return v;
    });
    assertTrue(model.readsVectors());
    ParseTree tree = believes();
    CueContext context = CueContext.of(List.of(tree.sentence()));
    assertEquals(1 / (1 + Math.exp(-2)), model.probability(tree, 1, context), 1e-9);
    model.probability(tree, 1, context);
    assertEquals(1, calls[0], "the article's context keeps the sentence's vectors");
    assertFalse(CueModel.of(Map.of("bias", 1.0), 0.5).readsVectors());
  }

  @Test
  void load_shippedModels_sparseAndVectors() {
    assertFalse(CueModel.load().readsVectors());
    CueModel vectors = CueModel.loadWithVectors();
    assertTrue(vectors.readsVectors());
    assertTrue(vectors.isCue(believes(), 1), "the model with vectors takes a speech verb with a that-clause too");
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

  /** "Smith hopes and Jones fears": two candidate verbs in one sentence. */
  private static ParseTree hopesAndFears() {
    Sentence s = Fixtures.sentence("Smith hopes and Jones fears",
        new String[] {"Smith", "hope", "and", "Jones", "fear"},
        new String[] {"NNP", "VBZ", "CC", "NNP", "VBZ"},
        new EntityType[] {P, O, O, P, O},
        new int[][] {{-1, 1}, {1, 0}, {4, 2}, {4, 3}, {1, 4}},
        new String[] {"root", "nsubj", "cc", "nsubj", "conj"});
    return new ParseTree(s);
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  @Test
  void loneThreshold_takesTheSentencesBestCandidateOnlyWhenNoneReachesTheThreshold() {
    ParseTree tree = hopesAndFears();
    Map<String, Double> weights = Map.of("lemma=hope", logit(0.3), "lemma=fear", logit(0.2));
    CueModel plain = CueModel.of(weights, 0.35);
    assertFalse(plain.isCue(tree, 1));
    assertFalse(plain.isCue(tree, 4));
    CueModel lone = CueModel.of(weights, 0.35, 0.25);
    assertTrue(lone.isCue(tree, 1), "the best candidate, above the lone threshold");
    assertFalse(lone.isCue(tree, 4), "not the best candidate");
    assertFalse(CueModel.of(weights, 0.35, 0.31).isCue(tree, 1), "below the lone threshold");
    CueModel strong = CueModel.of(Map.of("lemma=hope", logit(0.3), "lemma=fear", logit(0.5)), 0.35, 0.25);
    assertTrue(strong.isCue(tree, 4));
    assertFalse(strong.isCue(tree, 1), "the sentence has a cue already");
  }

  @Test
  void loneThreshold_noSecondChanceBesideAccordingTo() {
    Sentence s = Fixtures.sentence("Smith hopes , according to Jones",
        new String[] {"Smith", "hope", ",", "accord", "to", "Jones"},
        new String[] {"NNP", "VBZ", ",", "VBG", "TO", "NNP"},
        new EntityType[] {P, O, O, O, O, P},
        new int[][] {{-1, 1}, {1, 0}, {1, 2}, {5, 3}, {3, 4}, {1, 5}},
        new String[] {"root", "nsubj", "punct", "case", "fixed", "obl"});
    CueModel lone = CueModel.of(Map.of("lemma=hope", logit(0.3), "lemma=fear", logit(0.2)), 0.35, 0.25);
    assertFalse(lone.isCue(new ParseTree(s), 1), "the sentence has a cue: according to");
    assertTrue(lone.isCue(hopesAndFears(), 1));
  }

  @Test
  void loneThreshold_writtenAndReadBack_andCheckedAgainstTheThreshold() throws Exception {
    StringWriter out = new StringWriter();
    CueModel.of(Map.of("bias", 1.0), 0.35, 0.25).write(out, "test");
    assertTrue(out.toString().contains("#lone-threshold\t0.250000\n"), out.toString());
    CueModel back = CueModel.read(new BufferedReader(new StringReader(out.toString())));
    assertEquals(0.25, back.loneThreshold(), 1e-9);
    StringWriter plain = new StringWriter();
    CueModel.of(Map.of("bias", 1.0), 0.35).write(plain, "test");
    assertFalse(plain.toString().contains("#lone-threshold"), "no line without a second chance");
    assertEquals(0.35, CueModel.read(new BufferedReader(new StringReader(plain.toString()))).loneThreshold(), 1e-9);
    IllegalArgumentException above = assertThrows(IllegalArgumentException.class, () -> CueModel.read(
        new BufferedReader(new StringReader("#threshold\t0.3\n#lone-threshold\t0.4\nbias\t1.0\n"))));
    assertTrue(above.getMessage().contains("lone threshold"), above.getMessage());
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

  @Test
  void context_subjectMarkerTenseModalNegation_areConjoinedWithTheLemma() {
    Sentence s = Fixtures.sentence("We could not believe that taxes rose",
        new String[] {"we", "could", "not", "believe", "that", "tax", "rise"},
        new String[] {"PRP", "MD", "RB", "VB", "IN", "NNS", "VBD"},
        new EntityType[] {O, O, O, O, O, O, O},
        new int[][] {{-1, 3}, {3, 0}, {3, 1}, {3, 2}, {3, 6}, {6, 4}, {6, 5}},
        new String[] {"root", "nsubj", "aux", "advmod", "ccomp", "mark", "nsubj"});
    ParseTree tree = new ParseTree(s);
    List<String> f = CueFeatures.of(tree, 3);
    assertTrue(f.contains("lemma+subj=believe|PRP"), f.toString());
    assertTrue(f.contains("lemma+mark=believe|that"), f.toString());
    assertTrue(f.contains("lemma+pos=believe|VB"), f.toString());
    assertTrue(f.contains("lemma+modal=believe"), f.toString());
    assertTrue(f.contains("lemma+negated=believe"), f.toString());
    assertFalse(f.contains("lemma+passive=believe"), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.startsWith("nested-in=")), f.toString());
    List<String> inner = CueFeatures.of(tree, 6);
    assertTrue(inner.contains("nested-in=believe"), inner.toString());
    assertTrue(inner.contains("lemma+nested=rise"), inner.toString());
    assertTrue(inner.contains("lemma+head=rise|believe"), inner.toString());
    assertTrue(inner.contains("lemma+subj=rise|NN"), inner.toString());
    assertFalse(inner.contains("lemma+modal=rise"), inner.toString());
  }

  @Test
  void context_passiveAndMissingSubject() {
    Sentence s = Fixtures.sentence("Taxes were raised",
        new String[] {"tax", "be", "raise"},
        new String[] {"NNS", "VBD", "VBN"},
        new EntityType[] {O, O, O},
        new int[][] {{-1, 2}, {2, 0}, {2, 1}},
        new String[] {"root", "nsubj:pass", "aux:pass"});
    List<String> f = CueFeatures.of(new ParseTree(s), 2);
    assertTrue(f.contains("lemma+passive=raise"), f.toString());
    Sentence none = Fixtures.sentence("Raise taxes",
        new String[] {"raise", "tax"},
        new String[] {"VB", "NNS"},
        new EntityType[] {O, O},
        new int[][] {{-1, 0}, {0, 1}},
        new String[] {"root", "obj"});
    List<String> g = CueFeatures.of(new ParseTree(none), 0);
    assertTrue(g.contains("lemma+subj=raise|none"), g.toString());
    assertFalse(g.contains("lemma+passive=raise"), g.toString());
  }

  @Test
  void context_firstPersonInsideQuotationMarks_isAFeature() {
    Sentence s = Fixtures.sentence("“ I think we won , ” Smith said",
        new String[] {"``", "I", "think", "we", "win", ",", "''", "Smith", "say"},
        new String[] {"``", "PRP", "VBP", "PRP", "VBD", ",", "''", "NNP", "VBD"},
        new EntityType[] {O, O, O, O, O, O, O, P, O},
        new int[][] {{-1, 8}, {8, 2}, {2, 1}, {2, 4}, {4, 3}, {8, 7}},
        new String[] {"root", "ccomp", "nsubj", "ccomp", "nsubj", "nsubj"});
    ParseTree tree = new ParseTree(s);
    List<String> think = CueFeatures.of(tree, 2);
    assertTrue(think.contains("in-quotes+first-person"), think.toString());
    assertTrue(think.contains("lemma+quote-in-sentence=think"), think.toString());
    List<String> said = CueFeatures.of(tree, 8);
    assertFalse(said.stream().anyMatch(x -> x.startsWith("in-quotes")), said.toString());
    assertTrue(said.contains("lemma+subj=say|PERSON"), said.toString());
    assertTrue(CueFeatures.of(tree, 4).contains("nested-in=think"));
  }

  /** "Smith is critical of the plan": a predicate adjective with a topic phrase. */
  private static ParseTree critical() {
    Sentence s = Fixtures.sentence("Smith is critical of the plan",
        new String[] {"Smith", "be", "critical", "of", "the", "plan"},
        new String[] {"NNP", "VBZ", "JJ", "IN", "DT", "NN"},
        new EntityType[] {P, O, O, O, O, O},
        new int[][] {{-1, 2}, {2, 0}, {2, 1}, {2, 5}, {5, 3}, {5, 4}},
        new String[] {"root", "nsubj", "cop", "obl", "case", "det"});
    return new ParseTree(s);
  }

  @Test
  void adjectiveWithTopicOrClause_isACandidateWithFeaturesOfItsOwn() {
    ParseTree tree = critical();
    assertTrue(CueFeatures.isAdjectiveCandidate(tree, 2));
    assertTrue(CueFeatures.isCandidate(tree, 2));
    assertFalse(CueFeatures.isCandidate(tree, 1), "the copula");
    List<String> f = CueFeatures.of(tree, 2);
    assertTrue(f.contains("a:lemma=critical"), f.toString());
    assertTrue(f.contains("a:lemma+subj=critical|PERSON"), f.toString());
    assertTrue(f.stream().allMatch(x -> x.startsWith("a:")), f.toString());
    Sentence plain = Fixtures.sentence("the critical plan",
        new String[] {"the", "critical", "plan"},
        new String[] {"DT", "JJ", "NN"},
        new EntityType[] {O, O, O},
        new int[][] {{-1, 2}, {2, 0}, {2, 1}},
        new String[] {"root", "det", "amod"});
    assertFalse(CueFeatures.isCandidate(new ParseTree(plain), 1), "an adjective with nothing said after it");
  }

  @Test
  void load_shippedModel_takesCriticalOf() {
    assertTrue(CueModel.load().isCue(critical(), 2));
  }

  @Test
  void fit_noisyLabels_averagedWeightsGiveTheRate() {
    // a feature that is a cue in 3 examples of 10, in a shuffled order: averaged SGD settles at the rate, where the
    // last step's weights would swing with the last few examples
    List<CueModel.Example> examples = new ArrayList<>();
    for (int k = 0; k < 3000; k++) {
      examples.add(new CueModel.Example(List.of("bias"), k % 10 < 3));
    }
    Map<String, Double> weights = CueModel.fit(examples, 3, 0, 11);
    assertEquals(0.3, CueModel.probability(weights, List.of("bias")), 0.01);
  }

  @Test
  void predicateNoun_copulaAndSubjectAreFeatures() {
    Sentence s = Fixtures.sentence("Collins is a supporter of the bill",
        new String[] {"Collins", "be", "a", "supporter", "of", "the", "bill"},
        new String[] {"NNP", "VBZ", "DT", "NN", "IN", "DT", "NN"},
        new EntityType[] {P, O, O, O, O, O, O},
        new int[][] {{-1, 3}, {3, 0}, {3, 1}, {3, 2}, {3, 6}, {6, 4}, {6, 5}},
        new String[] {"root", "nsubj", "cop", "det", "nmod", "case", "det"});
    ParseTree tree = new ParseTree(s);
    assertTrue(CueFeatures.isNounCandidate(tree, 3));
    List<String> f = CueFeatures.of(tree, 3);
    assertTrue(f.contains("n:lemma+cop=supporter"), f.toString());
    assertTrue(f.contains("n:subj=PERSON"), f.toString());
    assertFalse(CueFeatures.of(claim(), 1).contains("n:cop"), "a noun without a copula");
  }

  @Test
  void conjunctions_questionPersonAndNeighbourWords_areFeatures() {
    Sentence s = Fixtures.sentence("Do you know if taxes rose ?",
        new String[] {"do", "you", "know", "if", "tax", "rise", "?"},
        new String[] {"VBP", "PRP", "VB", "IN", "NNS", "VBD", "."},
        new EntityType[] {O, O, O, O, O, O, O},
        new int[][] {{-1, 2}, {2, 0}, {2, 1}, {2, 5}, {5, 3}, {5, 4}, {2, 6}},
        new String[] {"root", "aux", "nsubj", "ccomp", "mark", "nsubj", "punct"});
    List<String> f = CueFeatures.of(new ParseTree(s), 2);
    assertTrue(f.contains("question"), f.toString());
    assertTrue(f.contains("lemma+question=know"), f.toString());
    assertTrue(f.contains("lemma+person=know|2"), f.toString());
    assertTrue(f.contains("lemma+subj+comp=know|PRP|c"), f.toString());
    assertTrue(f.contains("prev-word=you"), f.toString());
    assertTrue(f.contains("lemma+prev-word=know|you"), f.toString());
    assertTrue(f.contains("lemma+next-word=know|if"), f.toString());
    assertTrue(f.contains("lemma+next-words=know|if taxes"), f.toString());
    assertTrue(f.contains("lemma+prev-words=know|do you"), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.startsWith("own-mark=") || x.startsWith("lemma+modal-word=")),
        f.toString());
    List<String> b = CueFeatures.of(believes(), 1);
    assertFalse(b.contains("question"), "a statement");
    assertTrue(b.contains("lemma+person=believe|3"), b.toString());
    assertTrue(b.contains("lemma+prev-words=believe|^ smith"), b.toString());
    assertTrue(CueFeatures.of(believes(), 4).contains("lemma+next-words=rise|$ $"));
  }

  @Test
  void conjunctions_purposeClauseModalAndFirstPersonInQuotes_areFeatures() {
    Sentence s = Fixtures.sentence("Smith will come to discuss the issue",
        new String[] {"Smith", "will", "come", "to", "discuss", "the", "issue"},
        new String[] {"NNP", "MD", "VB", "TO", "VB", "DT", "NN"},
        new EntityType[] {P, O, O, O, O, O, O},
        new int[][] {{-1, 2}, {2, 0}, {2, 1}, {2, 4}, {4, 3}, {4, 6}, {6, 5}},
        new String[] {"root", "nsubj", "aux", "advcl", "mark", "obj", "det"});
    ParseTree tree = new ParseTree(s);
    List<String> discuss = CueFeatures.of(tree, 4);
    assertTrue(discuss.contains("own-mark=to"), discuss.toString());
    assertTrue(discuss.contains("lemma+own-mark=discuss|to"), discuss.toString());
    assertTrue(discuss.contains("lemma+person=discuss|none"), discuss.toString());
    assertTrue(discuss.contains("lemma+subj+comp=discuss|none|o"), discuss.toString());
    List<String> come = CueFeatures.of(tree, 2);
    assertTrue(come.contains("lemma+modal-word=come|will"), come.toString());
    assertFalse(come.stream().anyMatch(x -> x.startsWith("own-mark=")), come.toString());
    Sentence q = Fixtures.sentence("“ I think we won , ” Smith said",
        new String[] {"``", "I", "think", "we", "win", ",", "''", "Smith", "say"},
        new String[] {"``", "PRP", "VBP", "PRP", "VBD", ",", "''", "NNP", "VBD"},
        new EntityType[] {O, O, O, O, O, O, O, P, O},
        new int[][] {{-1, 8}, {8, 2}, {2, 1}, {2, 4}, {4, 3}, {8, 7}},
        new String[] {"root", "ccomp", "nsubj", "ccomp", "nsubj", "nsubj"});
    ParseTree quoted = new ParseTree(q);
    assertTrue(CueFeatures.of(quoted, 2).contains("lemma+person+in-quotes=think|1"));
    assertFalse(CueFeatures.of(quoted, 8).stream().anyMatch(x -> x.startsWith("lemma+person+in-quotes=")),
        "outside the quotation marks");
  }

  @Test
  void fit_minCount_leavesOutRareFeatures() {
    List<CueModel.Example> examples = new ArrayList<>();
    for (int k = 0; k < 100; k++) {
      examples.add(new CueModel.Example(List.of("bias", "lemma=w" + (k % 50)), k % 2 == 0));
    }
    examples.add(new CueModel.Example(List.of("bias", "lemma=once"), true));
    Map<String, Double> all = CueModel.fit(examples, 3, 1e-5, 5);
    assertTrue(all.containsKey("lemma=once"));
    Map<String, Double> pruned = CueModel.fit(examples, 3, 1e-5, 5, 2);
    assertFalse(pruned.containsKey("lemma=once"), pruned.toString());
    assertTrue(pruned.containsKey("lemma=w0") && pruned.containsKey("bias"), pruned.toString());
    assertEquals(pruned, CueModel.fit(examples, 3, 1e-5, 5, 2));
  }

  @Test
  void context_commonNounSubjectObjectAndRelation_areFeatures() {
    Sentence s = Fixtures.sentence("The poll shows Smith ahead",
        new String[] {"the", "poll", "show", "Smith", "ahead"},
        new String[] {"DT", "NN", "VBZ", "NNP", "RB"},
        new EntityType[] {O, O, O, P, O},
        new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 3}, {2, 4}},
        new String[] {"root", "nsubj", "det", "obj", "advmod"});
    List<String> f = CueFeatures.of(new ParseTree(s), 2);
    assertTrue(f.contains("subj-lemma=poll"), f.toString());
    assertTrue(f.contains("lemma+subj-lemma=show|poll"), f.toString());
    assertTrue(f.contains("lemma+obj=show|PERSON"), f.toString());
    assertTrue(f.contains("lemma+rel=show|root"), f.toString());
    assertFalse(CueFeatures.of(believes(), 1).stream().anyMatch(x -> x.startsWith("subj-lemma=")),
        "a named subject has no lemma feature");
  }

  @Test
  void context_particleAndFollowingPreposition_areConjoinedWithTheLemma() {
    Sentence s = Fixtures.sentence("Smith pointed out that taxes rose",
        new String[] {"Smith", "point", "out", "that", "tax", "rise"},
        new String[] {"NNP", "VBD", "RP", "IN", "NNS", "VBD"},
        new EntityType[] {P, O, O, O, O, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 2}, {1, 5}, {5, 3}, {5, 4}},
        new String[] {"root", "nsubj", "compound:prt", "ccomp", "mark", "nsubj"});
    List<String> f = CueFeatures.of(new ParseTree(s), 1);
    assertTrue(f.contains("lemma+prt=point|out"), f.toString());
    assertTrue(f.contains("lemma+next=point|out"), f.toString());
    Sentence ate = Fixtures.sentence("Smith ate the cake",
        new String[] {"Smith", "eat", "the", "cake"},
        new String[] {"NNP", "VBD", "DT", "NN"},
        new EntityType[] {P, O, O, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 3}, {3, 2}},
        new String[] {"root", "nsubj", "obj", "det"});
    List<String> g = CueFeatures.of(new ParseTree(ate), 1);
    assertFalse(g.stream().anyMatch(x -> x.startsWith("lemma+next=") || x.startsWith("lemma+prt=")), g.toString());
  }
}
