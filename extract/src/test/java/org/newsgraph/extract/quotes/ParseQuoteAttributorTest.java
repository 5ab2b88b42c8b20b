package org.newsgraph.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Fixtures;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorKind;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;

class ParseQuoteAttributorTest {
  private static final EntityType O = EntityType.OTHER;
  private static final EntityType P = EntityType.PERSON;

  @Test
  void attribute_quoteWithSpeechVerb_speakerIsTheVerbsSubject() {
    String text = "“ We agree , ” Bilal Karimi said .";
    Sentence s = Fixtures.sentence(text,
        new String[] {"``", "we", "agree", ",", "''", "Bilal", "Karimi", "say", "."},
        new String[] {"``", "PRP", "VBP", ",", "''", "NNP", "NNP", "VBD", "."},
        new EntityType[] {O, O, O, O, O, P, P, O, O},
        new int[][] {{-1, 7}, {7, 2}, {2, 1}, {7, 6}, {6, 5}},
        new String[] {"root", "ccomp", "nsubj", "nsubj", "compound"});
    Span name = Span.of(text, 15, 27);
    LinguisticAnnotation ling = new LinguisticAnnotation(List.of(s), List.of(new EntityMention(name, P, 0, null)));
    Actors actors = new Actors(
        List.of(new Actor("person:bilal-karimi", "Bilal Karimi", ActorKind.PERSON, null, null, Map.of(), List.of(),
            List.of("Bilal Karimi"))),
        List.of(new Mention("person:bilal-karimi", name)));
    Article article = Article.of(null, null, null, null, null, "en", text, "test");

    List<Quote> quotes = new ParseQuoteAttributor().attribute(article, ling, actors);

    assertEquals(1, quotes.size());
    Quote q = quotes.get(0);
    assertEquals("We agree ,", q.content().get(0).text());
    assertEquals("person:bilal-karimi", q.speakerId());
    assertEquals("Bilal Karimi", q.speakerMention().text());
    assertEquals("said", q.cue().text());
    assertTrue(q.direct());
  }

  @Test
  void attribute_newspaperNameInQuotes_isNotAQuote() {
    String text = "the paper reported “ Washington Post ” today";
    Sentence s = Fixtures.sentence(text,
        new String[] {"the", "paper", "report", "``", "Washington", "Post", "''", "today"},
        new String[] {"DT", "NN", "VBD", "``", "NNP", "NNP", "''", "NN"},
        null, new int[][] {{-1, 2}, {2, 1}}, new String[] {"root", "nsubj"});
    Span name = Span.of(text, 21, 36);
    LinguisticAnnotation ling = new LinguisticAnnotation(List.of(s),
        List.of(new EntityMention(name, EntityType.ORGANIZATION, 0, null)));
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    assertEquals(List.of(), new ParseQuoteAttributor().attribute(article, ling, Actors.none()));
  }

  @Test
  void attribute_garbage_doesNotThrow() {
    String text = "“".repeat(1000) + "”\"\"«»‘’";
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    new ParseQuoteAttributor().attribute(article, LinguisticAnnotation.empty(), Actors.none());
  }

  @Test
  void attribute_indirectSpeech_sourceCueAndClausalContent() {
    String text = "The Post reported that officials met in Iran";
    Sentence s = Fixtures.sentence(text,
        new String[] {"the", "Post", "report", "that", "official", "meet", "in", "Iran"},
        new String[] {"DT", "NNP", "VBD", "IN", "NNS", "VBD", "IN", "NNP"},
        null, new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 5}, {5, 3}, {5, 4}, {5, 7}, {7, 6}},
        new String[] {"root", "nsubj", "det", "ccomp", "mark", "nsubj", "obl", "case"});
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    List<Quote> quotes = new ParseQuoteAttributor().attribute(article,
        new LinguisticAnnotation(List.of(s), List.of()), Actors.none());
    assertEquals(1, quotes.size());
    Quote q = quotes.get(0);
    assertEquals("that officials met in Iran", q.content().get(0).text());
    assertEquals("The Post", q.speakerMention().text());
    assertEquals("reported", q.cue().text());
    assertTrue(!q.direct());
  }

  @Test
  void attribute_cueWithoutSubject_dateBeforeItIsNotTheSpeaker() {
    String text = "“ The port was sold , ” Reyes said in August , referring to the lease";
    Sentence s = Fixtures.sentence(text,
        new String[] {"``", "the", "port", "be", "sell", ",", "''", "Reyes", "say", "in", "August", ",", "refer", "to",
            "the", "lease"},
        new String[] {"``", "DT", "NN", "VBD", "VBN", ",", "''", "NNP", "VBD", "IN", "NNP", ",", "VBG", "IN", "DT",
            "NN"},
        new EntityType[] {O, O, O, O, O, O, O, P, O, O, EntityType.DATE, O, O, O, O, O},
        new int[][] {{-1, 4}, {4, 2}, {2, 1}, {4, 3}, {4, 8}, {8, 7}, {8, 10}, {10, 9}, {4, 12}, {12, 15}, {15, 13},
            {15, 14}},
        new String[] {"root", "nsubj:pass", "det", "aux:pass", "parataxis", "nsubj", "obl", "case", "dep", "obl",
            "case", "det"});
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    List<Quote> quotes = new ParseQuoteAttributor().attribute(article,
        new LinguisticAnnotation(List.of(s), List.of()), Actors.none());
    Quote referring = quotes.stream().filter(q -> q.cue() != null && q.cue().text().equals("referring to")).findFirst()
        .orElseThrow(() -> new AssertionError("no quote cued by referring to: " + quotes));
    assertEquals("Reyes", referring.speakerMention().text());
  }

  /** Attributes one invented sentence with the shipped models, no actors. */
  private static List<Quote> attributeOne(String text, Sentence s) {
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    return new ParseQuoteAttributor().attribute(article, new LinguisticAnnotation(List.of(s), List.of()),
        Actors.none());
  }

  private static Quote cued(List<Quote> quotes, String cue) {
    return quotes.stream().filter(q -> q.cue() != null && q.cue().text().equals(cue)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote cued by " + cue + ": " + quotes));
  }

  @Test
  void attribute_frontedSceneBeforeTheSubject_contentFollowsTheCue() {
    // the words before the subject say when, and hang on the cue only as an oblique: what it takes follows it
    String text = "In the end , Smith argued in favor of the bill .";
    Sentence s = Fixtures.sentence(text,
        new String[] {"in", "the", "end", ",", "Smith", "argue", "in", "favor", "of", "the", "bill", "."},
        new String[] {"IN", "DT", "NN", ",", "NNP", "VBD", "IN", "NN", "IN", "DT", "NN", "."},
        null, new int[][] {{-1, 5}, {5, 2}, {2, 0}, {2, 1}, {5, 4}, {5, 7}, {7, 6}, {7, 10}, {10, 8}, {10, 9}},
        new String[] {"root", "obl", "case", "det", "nsubj", "obl", "case", "nmod", "case", "det"});
    Quote q = cued(attributeOne(text, s), "argued");
    assertEquals("in favor of the bill", q.content().get(0).text());
    assertEquals("Smith", q.speakerMention().text());
  }

  @Test
  void attribute_nameInAnObliqueAfterTheObject_isInTheContent() {
    // "expressed frustration with Jones": after the cue's object, a name with a topic preposition is what it is about
    String text = "Smith expressed frustration with Jones .";
    Sentence s = Fixtures.sentence(text,
        new String[] {"Smith", "express", "frustration", "with", "Jones", "."},
        new String[] {"NNP", "VBD", "NN", "IN", "NNP", "."},
        new EntityType[] {P, O, O, O, P, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 2}, {1, 4}, {4, 3}},
        new String[] {"root", "nsubj", "obj", "obl", "case"});
    Quote q = cued(attributeOne(text, s), "expressed");
    assertEquals("frustration with Jones", q.content().get(0).text());
    assertEquals("Smith", q.speakerMention().text());
  }

  @Test
  void attribute_nameInAnObliqueWithoutAnObject_isNotTheContent() {
    // "spoke at Georgetown": with nothing taken before it, a name after "at" says where, not what about
    String text = "Smith spoke about the deal at Georgetown .";
    Sentence s = Fixtures.sentence(text,
        new String[] {"Smith", "speak", "about", "the", "deal", "at", "Georgetown", "."},
        new String[] {"NNP", "VBD", "IN", "DT", "NN", "IN", "NNP", "."},
        new EntityType[] {P, O, O, O, O, O, EntityType.ORGANIZATION, O},
        new int[][] {{-1, 1}, {1, 0}, {1, 4}, {4, 2}, {4, 3}, {1, 6}, {6, 5}},
        new String[] {"root", "nsubj", "obl", "case", "det", "obl", "case"});
    Quote q = attributeOne(text, s).get(0);
    assertEquals("the deal", q.content().get(0).text());
  }

  @Test
  void attribute_frontedWordsThatAreNotScene_stayTheContent() {
    // "X, Smith said.": words before the subject that hang on the cue as a clause are what it takes
    String text = "The deal is dead , Smith said on Monday .";
    Sentence s = Fixtures.sentence(text,
        new String[] {"the", "deal", "be", "dead", ",", "Smith", "say", "on", "Monday", "."},
        new String[] {"DT", "NN", "VBZ", "JJ", ",", "NNP", "VBD", "IN", "NNP", "."},
        null, new int[][] {{-1, 6}, {6, 3}, {3, 1}, {1, 0}, {3, 2}, {6, 5}, {6, 8}, {8, 7}},
        new String[] {"root", "dep", "nsubj", "det", "cop", "nsubj", "obl", "case"});
    Quote q = cued(attributeOne(text, s), "said");
    assertEquals("The deal is dead", q.content().get(0).text());
  }

  @Test
  void attribute_clauseParsedAsUnlabelledDependent_isTheContent() {
    // "'s" taken for a possessive leaves "staying" an unlabelled dependent of the cue, with a subject of its own
    String text = "Her aides insist she 's staying in the race";
    Sentence s = Fixtures.sentence(text,
        new String[] {"she", "aide", "insist", "she", "'s", "stay", "in", "the", "race"},
        new String[] {"PRP$", "NNS", "VBP", "PRP", "POS", "VBG", "IN", "DT", "NN"},
        null, new int[][] {{-1, 2}, {1, 0}, {2, 1}, {2, 5}, {5, 3}, {5, 4}, {5, 8}, {8, 6}, {8, 7}},
        new String[] {"root", "nmod:poss", "nsubj", "dep", "nsubj", "aux", "obl", "case", "det"});
    Quote q = cued(attributeOne(text, s), "insist");
    assertEquals("she 's staying in the race", q.content().get(0).text());
    assertEquals("Her aides", q.speakerMention().text());
  }

  @Test
  void attribute_clauseParsedAsLooseClauseRightAfterTheCue_isTheContent() {
    // the reported clause hangs on the cue as a loose clause (parataxis), its subject right after the cue's object
    String text = "Smith told the paper she would vote for Jones";
    Sentence s = Fixtures.sentence(text,
        new String[] {"Smith", "tell", "the", "paper", "she", "would", "vote", "for", "Jones"},
        new String[] {"NNP", "VBD", "DT", "NN", "PRP", "MD", "VB", "IN", "NNP"},
        null, new int[][] {{-1, 1}, {1, 0}, {3, 2}, {1, 3}, {1, 6}, {6, 4}, {6, 5}, {8, 7}, {6, 8}},
        new String[] {"root", "nsubj", "det", "obj", "parataxis", "nsubj", "aux", "case", "obl"});
    Quote q = cued(attributeOne(text, s), "told");
    assertEquals("she would vote for Jones", q.content().get(0).text());
    assertEquals("Smith", q.speakerMention().text());
  }

  @Test
  void attribute_looseClauseAfterAComma_isNotTakenForTheContent() {
    // "X told the paper, she ...": after a comma a loose clause is the writer's own, not what was told
    String text = "Smith told the paper , she would vote for Jones";
    Sentence s = Fixtures.sentence(text,
        new String[] {"Smith", "tell", "the", "paper", ",", "she", "would", "vote", "for", "Jones"},
        new String[] {"NNP", "VBD", "DT", "NN", ",", "PRP", "MD", "VB", "IN", "NNP"},
        null, new int[][] {{-1, 1}, {1, 0}, {3, 2}, {1, 3}, {1, 4}, {1, 7}, {7, 5}, {7, 6}, {9, 8}, {7, 9}},
        new String[] {"root", "nsubj", "det", "obj", "punct", "parataxis", "nsubj", "aux", "case", "obl"});
    for (Quote q : attributeOne(text, s)) {
      assertFalse(q.content().stream().anyMatch(c -> c.text().startsWith("she would")), q.toString());
    }
  }

  @Test
  void attribute_cueParsedAsAdverbialClauseOfWhatItReports_reportsTheClauseItHangsOn() {
    // the parser made "when Clinton said" an adverbial clause of "debate", whose subject follows the cue
    String text = "When Clinton said she would debate on Monday";
    Sentence s = Fixtures.sentence(text,
        new String[] {"when", "Clinton", "say", "she", "would", "debate", "on", "Monday"},
        new String[] {"WRB", "NNP", "VBD", "PRP", "MD", "VB", "IN", "NNP"},
        null, new int[][] {{-1, 5}, {5, 2}, {2, 0}, {2, 1}, {5, 3}, {5, 4}, {7, 6}, {5, 7}},
        new String[] {"root", "advcl", "advmod", "nsubj", "nsubj", "aux", "case", "obl"});
    Quote q = cued(attributeOne(text, s), "said");
    assertEquals("she would debate on Monday", q.content().get(0).text());
    assertEquals("Clinton", q.speakerMention().text());
  }

  @Test
  void attribute_cueParsedAsClausalSubject_reportsTheClauseItHangsOn() {
    // the parser made "He said" the clausal subject of "were"
    String text = "He said there were two hundred letters";
    Sentence s = Fixtures.sentence(text,
        new String[] {"he", "say", "there", "be", "two", "hundred", "letter"},
        new String[] {"PRP", "VBD", "EX", "VBD", "CD", "CD", "NNS"},
        null, new int[][] {{-1, 3}, {3, 1}, {1, 0}, {3, 2}, {3, 6}, {6, 5}, {5, 4}},
        new String[] {"root", "csubj", "nsubj", "expl", "nsubj", "nummod", "compound"});
    Quote q = cued(attributeOne(text, s), "said");
    assertEquals("there were two hundred letters", q.content().get(0).text());
    assertEquals("He", q.speakerMention().text());
  }

  @Test
  void attribute_asClauseCue_reportsTheClauseItHangsOn() {
    String text = "As the mayor noted , the bridge will close in May";
    Sentence s = Fixtures.sentence(text,
        new String[] {"as", "the", "mayor", "note", ",", "the", "bridge", "will", "close", "in", "May"},
        new String[] {"IN", "DT", "NN", "VBD", ",", "DT", "NN", "MD", "VB", "IN", "NNP"},
        new EntityType[] {O, O, O, O, O, O, O, O, O, O, EntityType.DATE},
        new int[][] {{-1, 8}, {8, 3}, {3, 0}, {3, 2}, {2, 1}, {8, 4}, {8, 6}, {6, 5}, {8, 7}, {8, 10}, {10, 9}},
        new String[] {"root", "advcl", "mark", "nsubj", "det", "punct", "nsubj", "det", "aux", "obl", "case"});
    Quote q = cued(attributeOne(text, s), "noted");
    assertEquals("the bridge will close in May", q.content().get(0).text());
    assertEquals("the mayor", q.speakerMention().text());
  }

  @Test
  void attribute_interposedNameWithTitle_speaksWithItsTitle() {
    // the parser took "The plan" for the subject of "said" and hung the speaker on it; the tagger left "Mr." out of
    // the name
    String text = "The plan , Mr. Rosen said , is dead .";
    Sentence s = Fixtures.sentence(text,
        new String[] {"the", "plan", ",", "Mr.", "Rosen", "say", ",", "be", "dead", "."},
        new String[] {"DT", "NN", ",", "NNP", "NNP", "VBD", ",", "VBZ", "JJ", "."},
        new EntityType[] {O, O, O, O, P, O, O, O, O, O},
        new int[][] {{-1, 5}, {1, 0}, {5, 1}, {1, 4}, {4, 3}, {5, 8}, {8, 7}},
        new String[] {"root", "det", "nsubj", "appos", "compound", "ccomp", "cop"});
    // the rules' choice, without the learned source ranker
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    Quote q = cued(new ParseQuoteAttributor(CueModel.load()).attribute(article,
        new LinguisticAnnotation(List.of(s), List.of()), Actors.none()), "said");
    assertEquals("Mr. Rosen", q.speakerMention().text());
  }

  @Test
  void attribute_finiteCueWithoutSubject_nounPhraseRightBeforeItSpeaks() {
    // the parser hung "most voters" on the phrase before the dash and left "said" without a subject
    String text = "Support was lower than in May - most voters said the plan would fail";
    Sentence s = Fixtures.sentence(text,
        new String[] {"support", "be", "low", "than", "in", "May", "-", "most", "voter", "say", "the", "plan", "would",
            "fail"},
        new String[] {"NN", "VBD", "JJR", "IN", "IN", "NNP", "HYPH", "JJS", "NNS", "VBD", "DT", "NN", "MD", "VB"},
        new EntityType[] {O, O, O, O, O, EntityType.DATE, O, O, O, O, O, O, O, O},
        new int[][] {{-1, 2}, {2, 0}, {2, 1}, {5, 3}, {5, 4}, {2, 5}, {5, 6}, {5, 8}, {8, 7}, {2, 9}, {9, 13},
            {13, 11}, {11, 10}, {13, 12}},
        new String[] {"root", "nsubj", "cop", "case", "case", "obl", "punct", "dep", "amod", "dep", "ccomp", "nsubj",
            "det", "aux"});
    // the rules' choice, without the learned source ranker
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    Quote q = cued(new ParseQuoteAttributor(CueModel.load()).attribute(article,
        new LinguisticAnnotation(List.of(s), List.of()), Actors.none()), "said");
    assertEquals("the plan would fail", q.content().get(0).text());
    assertEquals("most voters", q.speakerMention().text());
  }

  @Test
  void attribute_nounCueInVerbsPrepositionalPhrase_sourceIsTheVerbsSubject() {
    // the hope hangs on "clung" by "to": the allies hold it, and no possessor or "by" names its owner
    String text = "Her allies clung to the hope that she would win";
    Sentence s = Fixtures.sentence(text,
        new String[] {"she", "ally", "cling", "to", "the", "hope", "that", "she", "would", "win"},
        new String[] {"PRP$", "NNS", "VBD", "IN", "DT", "NN", "IN", "PRP", "MD", "VB"},
        null,
        new int[][] {{-1, 2}, {1, 0}, {2, 1}, {5, 3}, {5, 4}, {2, 5}, {9, 6}, {9, 7}, {9, 8}, {5, 9}},
        new String[] {"root", "nmod:poss", "nsubj", "case", "det", "obl", "mark", "nsubj", "aux", "acl"});
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    // a model that takes nouns only, so that "clung" cannot take the content itself
    CueModel nouns = CueModel.of(Map.of("bias", -5.0, "n:bias", 10.0), 0.5);
    Quote q = cued(new ParseQuoteAttributor(nouns).attribute(article,
        new LinguisticAnnotation(List.of(s), List.of()), Actors.none()), "hope");
    assertEquals("that she would win", q.content().get(0).text());
    assertEquals("Her allies", q.speakerMention().text());
  }

  @Test
  void attribute_nounCueWithPronounPossessor_sourceIsTheVerbsSubject() {
    // "his" stands for Jones, whom the text names as the subject of the verb the attacks are the object of
    String text = "Jones stepped up his attacks on the plan";
    Sentence s = Fixtures.sentence(text,
        new String[] {"Jones", "step", "up", "he", "attack", "on", "the", "plan"},
        new String[] {"NNP", "VBD", "RP", "PRP$", "NNS", "IN", "DT", "NN"},
        null,
        new int[][] {{-1, 1}, {1, 0}, {1, 2}, {4, 3}, {1, 4}, {7, 5}, {7, 6}, {4, 7}},
        new String[] {"root", "nsubj", "compound:prt", "nmod:poss", "obj", "case", "det", "nmod"});
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    CueModel nouns = CueModel.of(Map.of("bias", -5.0, "n:bias", 10.0), 0.5);
    Quote q = cued(new ParseQuoteAttributor(nouns).attribute(article,
        new LinguisticAnnotation(List.of(s), List.of()), Actors.none()), "attacks on");
    assertEquals("the plan", q.content().get(0).text());
    assertEquals("Jones", q.speakerMention().text());
  }

  @Test
  void attribute_nounCueWithExpletiveIt_hasNoSource() {
    // "it" stands for the clause after the noun: nobody is named as the one surprised
    String text = "It is no surprise that the plan failed";
    Sentence s = Fixtures.sentence(text,
        new String[] {"it", "be", "no", "surprise", "that", "the", "plan", "fail"},
        new String[] {"PRP", "VBZ", "DT", "NN", "IN", "DT", "NN", "VBD"},
        null,
        new int[][] {{-1, 3}, {3, 0}, {3, 1}, {3, 2}, {7, 4}, {6, 5}, {7, 6}, {3, 7}},
        new String[] {"root", "nsubj", "cop", "det", "mark", "det", "nsubj", "ccomp"});
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    CueModel nouns = CueModel.of(Map.of("bias", -5.0, "n:bias", 10.0), 0.5);
    Quote q = cued(new ParseQuoteAttributor(nouns).attribute(article,
        new LinguisticAnnotation(List.of(s), List.of()), Actors.none()), "surprise");
    assertEquals("that the plan failed", q.content().get(0).text());
    assertEquals(null, q.speakerMention());
  }

  @Test
  void isName_shortCapitalizedQuotation_isATitleNotSpeech() {
    String text = "x “Resilient Atmosphere” y “We met them today.”";
    LinguisticAnnotation none = LinguisticAnnotation.empty();
    assertTrue(ParseQuoteAttributor.isName(Span.of(text, 3, 23), none));
    assertTrue(!ParseQuoteAttributor.isName(Span.of(text, 27, 44), none));
  }

  @Test
  void nameEnd_dropsTheSentencesFullStop_notAnAbbreviations() {
    String text = "― Steve Quinlan. ― Jose Diaz Jr. ― Mary A. ― Ann Lee";
    int quinlan = text.indexOf("Steve");
    assertEquals(quinlan + "Steve Quinlan".length(), ParseQuoteAttributor.nameEnd(text, quinlan, quinlan + 14));
    int diaz = text.indexOf("Jose");
    assertEquals(diaz + "Jose Diaz Jr.".length(), ParseQuoteAttributor.nameEnd(text, diaz, diaz + 13));
    int mary = text.indexOf("Mary");
    assertEquals(mary + "Mary A.".length(), ParseQuoteAttributor.nameEnd(text, mary, mary + 7));
    int ann = text.indexOf("Ann");
    assertEquals(text.length(), ParseQuoteAttributor.nameEnd(text, ann, text.length()));
  }

  @Test
  void attribute_subjectParsedOverTheEndOfTheQuotation_sourceStartsAfterIt() {
    String text = "“ We will fix the roads , ” Tom Becker said .";
    Sentence s = Fixtures.sentence(text,
        new String[] {"``", "we", "will", "fix", "the", "road", ",", "''", "Tom", "Becker", "say", "."},
        new String[] {"``", "PRP", "MD", "VB", "DT", "NNS", ",", "''", "NNP", "NNP", "VBD", "."},
        new EntityType[] {O, O, O, O, O, O, O, O, P, P, O, O},
        new int[][] {{-1, 10}, {10, 9}, {9, 8}, {9, 5}, {5, 4}, {9, 6}, {9, 7}, {10, 3}, {3, 1}, {3, 2}, {10, 11},
            {3, 0}},
        new String[] {"root", "nsubj", "compound", "dep", "det", "punct", "punct", "ccomp", "nsubj", "aux", "punct",
            "punct"});
    LinguisticAnnotation ling = new LinguisticAnnotation(List.of(s), List.of());
    Article article = Article.of(null, null, null, null, null, "en", text, "test");

    List<Quote> quotes = new ParseQuoteAttributor().attribute(article, ling, Actors.none());

    assertEquals(1, quotes.size());
    assertEquals("Tom Becker", quotes.get(0).speakerMention().text());
  }

  @Test
  void attribute_adjectiveCueWithANamedTopic_theNameIsTheContent() {
    String text = "Graham is critical of Trump";
    Sentence s = Fixtures.sentence(text,
        new String[] {"Graham", "be", "critical", "of", "Trump"},
        new String[] {"NNP", "VBZ", "JJ", "IN", "NNP"},
        new EntityType[] {P, O, O, O, P},
        new int[][] {{-1, 2}, {2, 0}, {2, 1}, {2, 4}, {4, 3}},
        new String[] {"root", "nsubj", "cop", "obl", "case"});
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    List<Quote> quotes = new ParseQuoteAttributor().attribute(article,
        new LinguisticAnnotation(List.of(s), List.of()), Actors.none());
    assertEquals(1, quotes.size());
    Quote q = quotes.get(0);
    assertEquals("Graham", q.speakerMention().text());
    // the copula and the topic's preposition join the cue (PolNeAR train: a topic preposition after an adjective cue
    // is in the cue 78 times, out 5); the content is the name
    assertEquals("is critical of", q.cue().text());
    assertEquals("Trump", q.content().get(0).text());
  }

  /** The cue of the one attribution found in a sentence whose content is "that taxes rise". */
  private static String cueOf(String text, String[] lemmas, String[] tags, EntityType[] ner, int[][] arcs,
      String[] relations) {
    Sentence s = Fixtures.sentence(text, lemmas, tags, ner, arcs, relations);
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    List<Quote> quotes = new ParseQuoteAttributor().attribute(article,
        new LinguisticAnnotation(List.of(s), List.of()), Actors.none());
    assertEquals(1, quotes.size(), quotes.toString());
    assertEquals("that taxes rise", quotes.get(0).content().get(0).text());
    return quotes.get(0).cue().text();
  }

  @Test
  void cue_auxiliariesAndNegationBeforeTheVerb_areInTheCue() {
    assertEquals("has not said", cueOf("The mayor has not said that taxes rise",
        new String[] {"the", "mayor", "have", "not", "say", "that", "tax", "rise"},
        new String[] {"DT", "NN", "VBZ", "RB", "VBN", "IN", "NNS", "VBP"}, null,
        new int[][] {{-1, 4}, {4, 1}, {1, 0}, {4, 2}, {4, 3}, {4, 7}, {7, 5}, {7, 6}},
        new String[] {"root", "nsubj", "det", "aux", "advmod", "ccomp", "mark", "nsubj"}));
  }

  @Test
  void cue_adverbRightBefore_isInUnlessALinkingAdverb() {
    assertEquals("also said", cueOf("The mayor however also said that taxes rise",
        new String[] {"the", "mayor", "however", "also", "say", "that", "tax", "rise"},
        new String[] {"DT", "NN", "RB", "RB", "VBD", "IN", "NNS", "VBP"}, null,
        new int[][] {{-1, 4}, {4, 1}, {1, 0}, {4, 2}, {4, 3}, {4, 7}, {7, 5}, {7, 6}},
        new String[] {"root", "nsubj", "det", "advmod", "advmod", "ccomp", "mark", "nsubj"}));
  }

  @Test
  void cue_particleRightAfter_isInTheCue() {
    assertEquals("pointed out", cueOf("The mayor pointed out that taxes rise",
        new String[] {"the", "mayor", "point", "out", "that", "tax", "rise"},
        new String[] {"DT", "NN", "VBD", "RP", "IN", "NNS", "VBP"}, null,
        new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 3}, {2, 6}, {6, 4}, {6, 5}},
        new String[] {"root", "nsubj", "det", "compound:prt", "ccomp", "mark", "nsubj"}));
  }

  @Test
  void cue_weekdayRightAfter_isInTheCueButADatePhraseIsNot() {
    assertEquals("said Sunday", cueOf("The mayor said Sunday that taxes rise",
        new String[] {"the", "mayor", "say", "Sunday", "that", "tax", "rise"},
        new String[] {"DT", "NN", "VBD", "NNP", "IN", "NNS", "VBP"},
        new EntityType[] {O, O, O, EntityType.DATE, O, O, O},
        new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 3}, {2, 6}, {6, 4}, {6, 5}},
        new String[] {"root", "nsubj", "det", "obl:tmod", "ccomp", "mark", "nsubj"}));
    assertEquals("said", cueOf("The mayor said on Monday that taxes rise",
        new String[] {"the", "mayor", "say", "on", "Monday", "that", "tax", "rise"},
        new String[] {"DT", "NN", "VBD", "IN", "NNP", "IN", "NNS", "VBP"},
        new EntityType[] {O, O, O, O, EntityType.DATE, O, O, O},
        new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 4}, {4, 3}, {2, 7}, {7, 5}, {7, 6}},
        new String[] {"root", "nsubj", "det", "obl", "case", "ccomp", "mark", "nsubj"}));
  }

  @Test
  void source_participleJoinedToAFiniteVerbOneClauseTooLow_isTheOuterSubject() {
    String text = "The mayor rejected the plan , saying the talks did nothing and describing the council as a failure";
    Sentence s = Fixtures.sentence(text,
        new String[] {"the", "mayor", "reject", "the", "plan", ",", "say", "the", "talk", "do", "nothing", "and",
            "describe", "the", "council", "as", "a", "failure"},
        new String[] {"DT", "NN", "VBD", "DT", "NN", ",", "VBG", "DT", "NNS", "VBD", "NN", "CC", "VBG", "DT", "NN",
            "IN", "DT", "NN"}, null,
        new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 4}, {4, 3}, {2, 5}, {9, 6}, {8, 7}, {9, 8}, {2, 9}, {9, 10},
            {12, 11}, {9, 12}, {14, 13}, {12, 14}, {17, 15}, {17, 16}, {12, 17}},
        new String[] {"root", "nsubj", "det", "obj", "det", "punct", "mark", "det", "nsubj", "advcl", "obj", "cc",
            "conj", "det", "obj", "case", "det", "obl"});
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    List<Quote> quotes = new ParseQuoteAttributor().attribute(article,
        new LinguisticAnnotation(List.of(s), List.of()), Actors.none());
    Quote describing = quotes.stream().filter(q -> q.cue().text().equals("describing")).findFirst().orElseThrow();
    assertEquals("The mayor", describing.speakerMention().text());
  }

  @Test
  void cue_onBeforeAMedium_staysOutButOnBeforeATopicIsIn() {
    assertEquals("said", cueOf("The mayor said on Twitter that taxes rise",
        new String[] {"the", "mayor", "say", "on", "Twitter", "that", "tax", "rise"},
        new String[] {"DT", "NN", "VBD", "IN", "NNP", "IN", "NNS", "VBP"}, null,
        new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 4}, {4, 3}, {2, 7}, {7, 5}, {7, 6}},
        new String[] {"root", "nsubj", "det", "obl", "case", "ccomp", "mark", "nsubj"}));
    assertEquals("said", cueOf("The mayor said on Newsline that taxes rise",
        new String[] {"the", "mayor", "say", "on", "Newsline", "that", "tax", "rise"},
        new String[] {"DT", "NN", "VBD", "IN", "NNP", "IN", "NNS", "VBP"},
        new EntityType[] {O, O, O, O, EntityType.ORGANIZATION, O, O, O},
        new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 4}, {4, 3}, {2, 7}, {7, 5}, {7, 6}},
        new String[] {"root", "nsubj", "det", "obl", "case", "ccomp", "mark", "nsubj"}));
    assertEquals("commented on", cueOf("The mayor commented on taxes that taxes rise",
        new String[] {"the", "mayor", "comment", "on", "tax", "that", "tax", "rise"},
        new String[] {"DT", "NN", "VBD", "IN", "NNS", "IN", "NNS", "VBP"}, null,
        new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 4}, {4, 3}, {2, 7}, {7, 5}, {7, 6}},
        new String[] {"root", "nsubj", "det", "obl", "case", "ccomp", "mark", "nsubj"}));
  }

  @Test
  void cue_passiveAuxiliary_isInTheCueAndAnAgentPrepositionIsNot() {
    assertEquals("was told", cueOf("The mayor was told by aides that taxes rise",
        new String[] {"the", "mayor", "be", "tell", "by", "aide", "that", "tax", "rise"},
        new String[] {"DT", "NN", "VBD", "VBN", "IN", "NNS", "IN", "NNS", "VBP"}, null,
        new int[][] {{-1, 3}, {3, 1}, {1, 0}, {3, 2}, {3, 5}, {5, 4}, {3, 8}, {8, 6}, {8, 7}},
        new String[] {"root", "nsubj:pass", "det", "aux:pass", "obl", "case", "ccomp", "mark", "nsubj"}));
  }
  private static Quote only(String text, String[] lemmas, String[] tags, int[][] arcs, String[] relations) {
    Sentence s = Fixtures.sentence(text, lemmas, tags, null, arcs, relations);
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    List<Quote> quotes = new ParseQuoteAttributor().attribute(article,
        new LinguisticAnnotation(List.of(s), List.of()), Actors.none());
    assertEquals(1, quotes.size(), quotes.toString());
    return quotes.get(0);
  }

  @Test
  void content_looseCueWithAnObjectOfItsOwn_isTheObjectNotTheClauseItHangsOn() {
    Quote q = only("The mayor canceled the rally , citing the attack that killed two guards",
        new String[] {"the", "mayor", "cancel", "the", "rally", ",", "cite", "the", "attack", "that", "kill", "two",
            "guard"},
        new String[] {"DT", "NN", "VBD", "DT", "NN", ",", "VBG", "DT", "NN", "WDT", "VBD", "CD", "NNS"},
        new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 4}, {4, 3}, {2, 5}, {2, 6}, {6, 8}, {8, 7}, {10, 9}, {8, 10},
            {10, 12}, {12, 11}},
        new String[] {"root", "nsubj", "det", "obj", "det", "punct", "parataxis", "obj", "det", "nsubj", "acl:relcl",
            "obj", "nummod"});
    assertEquals("citing", q.cue().text());
    assertEquals("the attack that killed two guards", q.content().get(0).text());
  }

  @Test
  void content_sceneBeforeACommaAndAClauseRightAfterTheCue_isTheClause() {
    Quote q = only("After the debate , the mayor questioned why taxes rise",
        new String[] {"after", "the", "debate", ",", "the", "mayor", "question", "why", "tax", "rise"},
        new String[] {"IN", "DT", "NN", ",", "DT", "NN", "VBD", "WRB", "NNS", "VBP"},
        new int[][] {{-1, 6}, {2, 0}, {2, 1}, {6, 2}, {6, 3}, {5, 4}, {6, 5}, {9, 7}, {9, 8}, {6, 9}},
        new String[] {"root", "case", "det", "obl", "punct", "det", "nsubj", "advmod", "nsubj", "dep"});
    assertEquals("the mayor", q.speakerMention().text());
    assertEquals("why taxes rise", q.content().get(0).text());
  }

  @Test
  void content_passiveCueWithoutAClause_isItsSubjectAndTheAgentSpeaks() {
    Quote q = only("News of the deal was first reported by the Herald",
        new String[] {"news", "of", "the", "deal", "be", "first", "report", "by", "the", "Herald"},
        new String[] {"NN", "IN", "DT", "NN", "VBD", "RB", "VBN", "IN", "DT", "NNP"},
        new int[][] {{-1, 6}, {6, 0}, {0, 3}, {3, 1}, {3, 2}, {6, 4}, {6, 5}, {6, 9}, {9, 7}, {9, 8}},
        new String[] {"root", "nsubj:pass", "nmod", "case", "det", "aux:pass", "advmod", "obl", "case", "det"});
    assertEquals("News of the deal", q.content().get(0).text());
    assertEquals("the Herald", q.speakerMention().text());
  }
  @Test
  void content_passiveCueWithATopicPhrase_isItsSubjectAndTheTopicLessTheAgent() {
    Quote q = only("The plan was criticized by the union as a threat",
        new String[] {"the", "plan", "be", "criticize", "by", "the", "union", "as", "a", "threat"},
        new String[] {"DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "IN", "DT", "NN"},
        new int[][] {{-1, 3}, {3, 1}, {1, 0}, {3, 2}, {3, 6}, {6, 4}, {6, 5}, {3, 9}, {9, 7}, {9, 8}},
        new String[] {"root", "nsubj:pass", "det", "aux:pass", "obl", "case", "det", "obl", "case", "det"});
    assertEquals("the union", q.speakerMention().text());
    assertEquals(List.of("The plan", "as a threat"), q.content().stream().map(Span::text).toList());
  }

  @Test
  void content_addresseeObjectBeforeAClause_isTheClauseNotTheOneAsked() {
    Quote q = only("The mayor asked reporters why taxes rise",
        new String[] {"the", "mayor", "ask", "reporter", "why", "tax", "rise"},
        new String[] {"DT", "NN", "VBD", "NNS", "WRB", "NNS", "VBP"},
        new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 3}, {6, 4}, {6, 5}, {2, 6}},
        new String[] {"root", "nsubj", "det", "obj", "advmod", "nsubj", "advcl"});
    assertEquals("The mayor", q.speakerMention().text());
    assertEquals("why taxes rise", q.content().get(0).text());
  }

  @Test
  void content_participleAfterACommaWithAShortObject_takesTheObjectWhichDoesNotSpeak() {
    Quote q = only("The mayor left early , recalling a visit by his father",
        new String[] {"the", "mayor", "leave", "early", ",", "recall", "a", "visit", "by", "he", "father"},
        new String[] {"DT", "NN", "VBD", "RB", ",", "VBG", "DT", "NN", "IN", "PRP$", "NN"},
        new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 3}, {2, 4}, {2, 5}, {5, 7}, {7, 6}, {7, 10}, {10, 8}, {10, 9}},
        new String[] {"root", "nsubj", "det", "advmod", "punct", "parataxis", "obj", "det", "nmod", "case",
            "nmod:poss"});
    assertEquals("recalling", q.cue().text());
    assertEquals("a visit by his father", q.content().get(0).text());
  }

  @Test
  void attribute_quotationBeforeTellWithObject_objectIsTheAudienceNotTheContent() {
    // the parser hangs "told" on the quotation's verb, so the cue has no clause of its own and its object ("me") follows
    // it: the quotation is what was told
    String text = "“ I think Jones should do so , ” Harold Mintz , a lawyer , told me this week .";
    Sentence s = Fixtures.sentence(text,
        new String[] {"``", "I", "think", "Jones", "should", "do", "so", ",", "''", "Harold", "Mintz", ",", "a",
            "lawyer", ",", "tell", "I", "this", "week", "."},
        new String[] {"``", "PRP", "VBP", "NNP", "MD", "VB", "RB", ",", "''", "NNP", "NNP", ",", "DT", "NN", ",",
            "VBD", "PRP", "DT", "NN", "."},
        new EntityType[] {O, O, O, P, O, O, O, O, O, P, P, O, O, O, O, O, O, O, O, O},
        new int[][] {{-1, 5}, {5, 0}, {2, 1}, {5, 2}, {5, 3}, {5, 4}, {5, 6}, {5, 7}, {5, 8}, {10, 9}, {15, 10},
            {10, 11}, {13, 12}, {10, 13}, {10, 14}, {5, 15}, {15, 16}, {18, 17}, {15, 18}, {5, 19}},
        new String[] {"root", "punct", "nsubj", "parataxis", "nsubj", "aux", "advmod", "punct", "punct", "compound",
            "nsubj", "punct", "det", "appos", "punct", "ccomp", "obj", "det", "obl:tmod", "punct"});
    LinguisticAnnotation ling = new LinguisticAnnotation(List.of(s), List.of());
    Article article = Article.of(null, null, null, null, null, "en", text, "test");

    List<Quote> quotes = new ParseQuoteAttributor().attribute(article, ling, Actors.none());

    assertEquals(1, quotes.size(), quotes.toString());
    Quote q = quotes.get(0);
    assertEquals("told", q.cue().text());
    assertEquals(1, q.content().size(), q.content().toString());
    assertEquals("I think Jones should do so ,", q.content().get(0).text());
    assertTrue(q.direct());
  }

  @Test
  void attribute_conjunctionBeforeTheSubject_isNoPartOfTheSource() {
    // the parser hangs "and" on the subject when a sentence opens with it
    String text = "and Mayor Brandt said the port would close";
    Sentence s = Fixtures.sentence(text,
        new String[] {"and", "Mayor", "Brandt", "say", "the", "port", "would", "close"},
        new String[] {"CC", "NNP", "NNP", "VBD", "DT", "NN", "MD", "VB"},
        new EntityType[] {O, O, P, O, O, O, O, O},
        new int[][] {{-1, 3}, {3, 2}, {2, 0}, {2, 1}, {3, 7}, {7, 5}, {5, 4}, {7, 6}},
        new String[] {"root", "nsubj", "cc", "compound", "ccomp", "nsubj", "det", "aux"});
    LinguisticAnnotation ling = new LinguisticAnnotation(List.of(s), List.of());
    Article article = Article.of(null, null, null, null, null, "en", text, "test");

    List<Quote> quotes = new ParseQuoteAttributor().attribute(article, ling, Actors.none());

    assertEquals(1, quotes.size());
    assertEquals("Mayor Brandt", quotes.get(0).speakerMention().text());
    assertEquals("the port would close", quotes.get(0).content().get(0).text());
  }

  @Test
  void attribute_dateHungOnAPoll_staysInTheSource() {
    // "in March" says which poll speaks, not when it spoke
    String text = "the poll in March found that voters left";
    Sentence s = Fixtures.sentence(text,
        new String[] {"the", "poll", "in", "March", "find", "that", "voter", "leave"},
        new String[] {"DT", "NN", "IN", "NNP", "VBD", "IN", "NNS", "VBD"},
        null,
        new int[][] {{-1, 4}, {4, 1}, {1, 0}, {1, 3}, {3, 2}, {4, 7}, {7, 5}, {7, 6}},
        new String[] {"root", "nsubj", "det", "nmod", "case", "ccomp", "mark", "nsubj"});
    LinguisticAnnotation ling = new LinguisticAnnotation(List.of(s), List.of());
    Article article = Article.of(null, null, null, null, null, "en", text, "test");

    List<Quote> quotes = new ParseQuoteAttributor().attribute(article, ling, Actors.none());

    assertEquals(1, quotes.size());
    assertEquals("the poll in March", quotes.get(0).speakerMention().text());
  }

  @Test
  void attribute_cueHungOnAParticipleParsedAsTheMainVerb_sourceKeepsTheParticiplePhrase() {
    // "A study released Monday found …" parsed with "released" as the main verb and the cue as its dependent
    String text = "A study released Monday found that wages rose";
    Sentence s = Fixtures.sentence(text,
        new String[] {"a", "study", "release", "Monday", "find", "that", "wage", "rise"},
        new String[] {"DT", "NN", "VBN", "NNP", "VBD", "IN", "NNS", "VBD"},
        null, new int[][] {{-1, 2}, {2, 1}, {1, 0}, {2, 3}, {2, 4}, {4, 7}, {7, 5}, {7, 6}},
        new String[] {"root", "nsubj", "det", "obl:tmod", "dep", "ccomp", "mark", "nsubj"});
    Quote q = cued(attributeOne(text, s), "found");
    assertEquals("A study released Monday", q.speakerMention().text());
    assertEquals("that wages rose", q.content().get(0).text());
  }

  @Test
  void attribute_participleParsedAsTheCuesClauseSubject_isPartOfTheSource() {
    // "Officials involved in the talks said …" parsed with the participle as the cue's clausal subject
    String text = "Officials involved in the talks said the deal would hold";
    Sentence s = Fixtures.sentence(text,
        new String[] {"official", "involve", "in", "the", "talk", "say", "the", "deal", "would", "hold"},
        new String[] {"NNS", "VBN", "IN", "DT", "NNS", "VBD", "DT", "NN", "MD", "VB"},
        null, new int[][] {{-1, 5}, {5, 1}, {1, 0}, {1, 4}, {4, 2}, {4, 3}, {5, 9}, {9, 7}, {7, 6}, {9, 8}},
        new String[] {"root", "csubj", "nsubj:pass", "obl", "case", "det", "ccomp", "nsubj", "det", "aux"});
    Quote q = cued(attributeOne(text, s), "said");
    assertEquals("Officials involved in the talks", q.speakerMention().text());
  }

  @Test
  void attribute_participleModifierOfTheSourceThatIsAnotherCue_staysInTheSource() {
    // "Groups opposing the bill said …": the participle says which groups, though it could cue a quote of its own
    String text = "Groups opposing the bill said it would fail";
    Sentence s = Fixtures.sentence(text,
        new String[] {"group", "oppose", "the", "bill", "say", "it", "would", "fail"},
        new String[] {"NNS", "VBG", "DT", "NN", "VBD", "PRP", "MD", "VB"},
        null, new int[][] {{-1, 4}, {4, 0}, {0, 1}, {1, 3}, {3, 2}, {4, 7}, {7, 5}, {7, 6}},
        new String[] {"root", "nsubj", "acl", "obj", "det", "ccomp", "nsubj", "aux"});
    Quote q = cued(attributeOne(text, s), "said");
    assertEquals("Groups opposing the bill", q.speakerMention().text());
  }
}
