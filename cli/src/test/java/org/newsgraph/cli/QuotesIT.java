package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Pipeline;

/**
 * One regression test per hard case of quote attribution, each with its text as the fixture, through the whole
 * pipeline with the real CoreNLP models and the shipped dictionaries (the quotes stage uses the parse and the
 * actors stage).
 */
class QuotesIT {
  private static Pipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = Wiring.pipeline();
  }

  private static Annotation annotate(String text) {
    return pipeline.process(Article.of(null, null, null, null, LocalDate.of(2022, 1, 11), "en", text, "test"));
  }

  /** The quote whose content contains {@code words}, failing with the quotes found when there is none. */
  private static Quote quoteWith(Annotation a, String words) {
    for (Quote q : a.quotes()) {
      for (Span s : q.content()) {
        if (s.text().contains(words)) {
          return q;
        }
      }
    }
    throw new AssertionError("no quote contains \"" + words + "\" among " + describe(a.quotes()));
  }

  /** The quote whose cue is {@code cue}, failing with the quotes found when there is none. */
  private static Quote quoteCuedBy(Annotation a, String cue) {
    return a.quotes().stream().filter(q -> q.cue() != null && q.cue().text().equals(cue)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote cued by \"" + cue + "\" among " + describe(a.quotes())));
  }

  private static String describe(List<Quote> quotes) {
    StringBuilder b = new StringBuilder();
    for (Quote q : quotes) {
      b.append("\n  ").append(q.content().get(0).text()).append(" / ")
          .append(q.speakerMention() == null ? "-" : q.speakerMention().text()).append(" / ")
          .append(q.cue() == null ? "-" : q.cue().text());
    }
    return b.toString();
  }

  private static String speakerName(Annotation a, Quote q) {
    assertNotNull(q.speakerId(), "speaker of " + q.content().get(0).text());
    Actor actor = a.actors().byId(q.speakerId());
    assertNotNull(actor, "actor " + q.speakerId());
    return actor.name();
  }

  @Test
  void curlyQuotes_speakerAfterQuote() {
    Annotation a = annotate("“We gave them assurances that everyone can go back,” Amir Khan Muttaki said on Sunday.");
    Quote q = quoteWith(a, "We gave them assurances");
    assertTrue(q.direct());
    assertEquals("We gave them assurances that everyone can go back,", q.content().get(0).text());
    assertEquals("Amir Khan Muttaki", q.speakerMention().text());
    assertEquals("said", q.cue().text());
  }

  @Test
  void straightQuotes_speakerBeforeQuote() {
    Annotation a = annotate("Bilal Karimi said: \"The talks were held in a resilient atmosphere and went well.\"");
    Quote q = quoteWith(a, "The talks were held");
    assertTrue(q.direct());
    assertEquals("Bilal Karimi", q.speakerMention().text());
  }

  @Test
  void singleQuotes_areQuotes() {
    Annotation a = annotate("‘Our resistance is for the people of Afghanistan,’ Sajbatullah Ahmadi said.");
    Quote q = quoteWith(a, "Our resistance is for the people");
    assertTrue(q.direct());
    assertEquals("Sajbatullah Ahmadi", q.speakerMention().text());
  }

  @Test
  void guillemets_areQuotes() {
    Annotation a = annotate("«We do not cause security problems for anyone,» Amir Khan Muttaki said.");
    Quote q = quoteWith(a, "We do not cause security problems");
    assertTrue(q.direct());
    assertEquals("Amir Khan Muttaki", q.speakerMention().text());
  }

  @Test
  void machineTranslatedMarks_nameInMarksIsTheSourceNotTheContent() {
    String text = "newspaper reported “Washington Post“Taliban officials met with representatives of the Afghan"
        + " armed opposition a few days ago in Iran.";
    Annotation a = annotate(text);
    Quote q = quoteWith(a, "Taliban officials met");
    assertTrue(q.content().get(0).text().startsWith("Taliban officials met"), q.content().get(0).text());
    assertEquals("Washington Post", q.speakerMention().text());
    assertEquals("reported", q.cue().text());
    for (Quote other : a.quotes()) {
      assertTrue(!other.content().get(0).text().startsWith("Washington Post"), "the name is not a quote");
    }
  }

  @Test
  void quoteOverTwoParagraphs_isOneQuote() {
    String text = "“We tried to leave the door open. The Taliban believed that we would stop our resistance.\n\n"
        + "“Our resistance is not to participate in a tyrannical government,” Sajbatullah Ahmadi said.";
    Annotation a = annotate(text);
    Quote q = quoteWith(a, "Our resistance is not to participate");
    assertEquals(2, q.content().size(), describe(a.quotes()));
    assertTrue(q.content().get(0).text().startsWith("We tried to leave the door open."));
    assertEquals("Sajbatullah Ahmadi", q.speakerMention().text());
    assertEquals(1, a.quotes().size(), describe(a.quotes()));
  }

  @Test
  void partialQuote_insideReportedSpeech_keepsTheSpeakersDescription() {
    String text = "However, a spokesman for the resistance groups angrily rejected the Taliban’s move, saying the"
        + " meetings “did nothing” and describing the Taliban as an authoritarian regime.";
    Annotation a = annotate(text);
    Quote q = quoteWith(a, "did nothing");
    assertEquals("a spokesman for the resistance groups", q.speakerMention().text());
  }

  @Test
  void indirectSpeech_heSaid_pronounThroughTheActorsStage() {
    String text = "Sajbatullah Ahmadi is a spokesman for the resistance.\n\n"
        + "He said the Taliban are not serious about addressing the concerns of the opposition groups.";
    Annotation a = annotate(text);
    Quote q = quoteWith(a, "the Taliban are not serious");
    assertTrue(!q.direct());
    assertEquals("He", q.speakerMention().text());
    assertEquals("said", q.cue().text());
    assertTrue(speakerName(a, q).contains("Ahmadi"), speakerName(a, q));
  }

  @Test
  void accordingTo_sourceIsTheObject() {
    String text = "The Taliban granted the armed opposition groups the right of safe return to the country,"
        + " according to the American newspaper.";
    Annotation a = annotate(text);
    Quote q = quoteWith(a, "The Taliban granted");
    assertEquals("according to", q.cue().text());
    assertEquals("the American newspaper", q.speakerMention().text());
    assertTrue(!q.content().get(0).text().contains("according"), q.content().get(0).text());
  }

  @Test
  void outletReported_isAttributedToTheOutlet() {
    Annotation a = annotate("The Washington Post reported that Taliban officials met the armed opposition in Iran.");
    Quote q = quoteWith(a, "Taliban officials met");
    assertEquals("The Washington Post", q.speakerMention().text());
    assertEquals("reported", q.cue().text());
    assertTrue(q.content().get(0).text().startsWith("that Taliban officials"));
  }

  @Test
  void toldMedia_channelIsTheMedia() {
    String text = "Husamuddin Shams told Iranian media that the Taliban delegation and the opposition discussed"
        + " core issues.";
    Annotation a = annotate(text);
    Quote q = quoteWith(a, "the Taliban delegation");
    assertEquals("Husamuddin Shams", q.speakerMention().text());
    assertEquals("told", q.cue().text());
    assertEquals("Iranian media", q.channel());
  }

  @Test
  void adjacentSentence_heAdded_speakerFromThePreviousSentence() {
    String text = "“We gave them assurances that everyone can go back to Afghanistan,” Amir Khan Muttaki said.\n\n"
        + "He added, “We do not cause security problems for anyone.”";
    Annotation a = annotate(text);
    Quote q = quoteWith(a, "We do not cause security problems");
    assertEquals("added", q.cue().text());
    assertEquals("He", q.speakerMention().text());
    assertTrue(speakerName(a, q).contains("Muttaki"), speakerName(a, q));
  }

  @Test
  void descriptionAsSpeaker_oneOfThosePresent() {
    String text = "One of those present from the resistance side said that the atmosphere in the talks indicated"
        + " flexibility on the part of Taliban officials.";
    Annotation a = annotate(text);
    Quote q = quoteWith(a, "the atmosphere in the talks");
    assertEquals("One of those present from the resistance side", q.speakerMention().text());
  }

  @Test
  void channel_tweetWithDate() {
    String text = "The deputy spokesman for the Taliban, Bilal Karimi, said in a tweet Monday that two senior"
        + " militia leaders met with the acting foreign minister.";
    Annotation a = annotate(text);
    Quote q = quoteWith(a, "two senior militia leaders");
    assertNotNull(q.channel());
    assertTrue(q.channel().toLowerCase(Locale.ROOT).contains("tweet"), q.channel());
    assertTrue(q.channel().contains("Monday"), q.channel());
    assertTrue(speakerName(a, q).contains("Karimi"), speakerName(a, q));
  }

  @Test
  void channel_interviewWithOutlet_pressConference_video() {
    Annotation a = annotate("“We tried to leave the door open,” Ahmadi told BBC Persian in an interview on Monday.");
    assertTrue(quoteWith(a, "leave the door open").channel().contains("interview"));
    assertTrue(quoteWith(a, "leave the door open").channel().contains("BBC Persian"));
    a = annotate("Saeed Khatibzadeh said in a press conference this week, “Today, we are not going to recognize"
        + " the Taliban government.”");
    assertTrue(quoteWith(a, "not going to recognize").channel().contains("press conference"));
    a = annotate("“Everyone can go back to Afghanistan without any worries,” he said in a video posted on Twitter.");
    assertTrue(quoteWith(a, "Everyone can go back").channel().startsWith("video"));
  }

  @Test
  void reportingChain_accordingToOutletAroundAnotherSpeaker() {
    String text = "According to the Washington Post, Sajbatullah Ahmadi said that the Taliban have other motives.";
    Annotation a = annotate(text);
    Quote q = quoteWith(a, "the Taliban have other motives");
    assertEquals("said", q.cue().text());
    assertEquals(1, q.reportedBy().size(), describe(a.quotes()));
    assertTrue(a.actors().byId(q.reportedBy().get(0)).name().contains("Washington Post"));
  }

  @Test
  void notQuotes_headlineNewspaperNameTitleAndScareQuotes() {
    String text = "“Resilient Atmosphere”..Taliban meets armed opposition in Iran\n\n"
        + "The meeting was pioneering, according to the “Washington Post”, and the so-called “dialogue” went on"
        + " while viewers watched “The Apprentice” on television.";
    Annotation a = annotate(text);
    for (Quote q : a.quotes()) {
      for (Span s : q.content()) {
        for (String not : List.of("Resilient Atmosphere", "dialogue", "The Apprentice")) {
          assertTrue(!s.text().equals(not), not + " is not a quote: " + describe(a.quotes()));
        }
        assertTrue(!s.text().startsWith("Washington Post"), describe(a.quotes()));
      }
    }
  }

  @Test
  void noSpeechAtAll_noQuotes() {
    Annotation a = annotate("The Taliban seized power in mid-August. Two attacks shook Kabul over the weekend.");
    assertEquals(List.of(), a.quotes());
  }
  @Test
  void thoughtVerbOutsideTheLexicon_cueModelTakesItWithItsClause() {
    Annotation a = annotate("The mayor of Leeds suspects that the contractor inflated the bills for the new bridge.");
    Quote q = quoteWith(a, "the contractor inflated the bills");
    assertEquals("suspects", q.cue().text());
    assertEquals("The mayor of Leeds", q.speakerMention().text());
  }

  @Test
  void participleSaying_parsedAsLooseDependent_speakerIsTheMainSubject() {
    Annotation a = annotate("At a rally in Ohio, Senator Mary Collins criticized the budget plan again, saying, "
        + "\"It is reckless and unfair to farmers.\"");
    Quote q = quoteWith(a, "It is reckless");
    assertEquals("Senator Mary Collins", q.speakerMention().text());
  }

  @Test
  void sourceWithParticipleAside_participleIsNotPartOfTheSource() {
    Annotation a = annotate("Governor Frank Miller, speaking to farmers in Iowa on Tuesday, said the drought "
        + "would cost the state billions.");
    Quote q = quoteWith(a, "the drought would cost");
    assertEquals("Governor Frank Miller", q.speakerMention().text());
  }

  @Test
  void sourceWithApposition_keepsTheClosingComma() {
    Annotation a = annotate("Anna Berg, a professor of economics at Lund University, said the tariffs would "
        + "raise prices.");
    Quote q = quoteWith(a, "the tariffs would raise prices");
    assertEquals("Anna Berg, a professor of economics at Lund University,", q.speakerMention().text());
  }

  @Test
  void dashByline_nameAfterTheQuoteIsTheSpeaker() {
    Annotation a = annotate("Readers sent us their thoughts.\n\n“We deserve a better choice than these two.” ― "
        + "Maria Lopez\n\n“Nobody asked the workers what they want.” ― Tom Becker");
    Quote q = quoteWith(a, "We deserve a better choice");
    assertEquals("Maria Lopez", q.speakerMention().text());
    assertEquals("―", q.cue().text());
    assertEquals("Tom Becker", quoteWith(a, "Nobody asked the workers").speakerMention().text());
  }

  @Test
  void transcriptTurnInsideQuotation_nameBeforeTheColonSpeaks() {
    Annotation a = annotate("The exchange went as follows.\n\n\"HARRIS: We will not cut the pensions of "
        + "retired teachers. Not now and not later.\n\n\"JONES: That is not what your budget says.\"");
    Quote q = quoteWith(a, "We will not cut the pensions");
    assertEquals("HARRIS", q.speakerMention().text());
  }
  @Test
  void invertedNameParsedAsPredicate_isTheSpeaker() {
    Annotation a = annotate("“The cause of the fire has not been determined,” said O'Brien, on his first day in the job.");
    Quote q = quoteWith(a, "The cause of the fire");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("O'Brien", q.speakerMention().text());
  }

  @Test
  void subjectWithParticiple_parsedAsTheMainVerb_isTheSource() {
    Annotation a = annotate("Many analysts involved in the talks assumed that the deal had the backing of the banks.");
    Quote q = quoteWith(a, "the deal had the backing");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertTrue(q.speakerMention().text().contains("analysts"), q.speakerMention().text());
  }

  @Test
  void nounCue_possessorIsTheSourceAndTheClauseTheContent() {
    Annotation a = annotate("After the mayor's warning that the river could flood, the farmers left the valley.");
    Quote q = quoteWith(a, "the river could flood");
    assertEquals("warning", q.cue().text());
    assertEquals("the mayor's", q.speakerMention().text());
  }

  @Test
  void nounCue_topicPhraseIsTheContent_receivedCriticismHasNoSource() {
    Annotation a = annotate("Mayor Ellen Brooks's criticism of the dam plan was sharp. Her deputy has faced "
        + "criticism of his budget for the old bridge.");
    Quote q = quoteWith(a, "the dam plan");
    assertEquals("criticism of", q.cue().text());
    assertEquals("Mayor Ellen Brooks's", q.speakerMention().text());
    Quote received = quoteWith(a, "his budget");
    assertNull(received.speakerMention(), describe(a.quotes()));
  }

  @Test
  void sayWithObjectOnly_theObjectIsWhatWasSaid() {
    Annotation a = annotate("The mayor of Leeds criticized the budget. Governor Frank Miller said the same thing.");
    Quote q = quoteWith(a, "the same thing");
    assertEquals("Governor Frank Miller", q.speakerMention().text());
  }

  @Test
  void saidAfterComma_nounAfterTheCueIsTheSource() {
    Annotation a = annotate("The old bridge over the river will stay closed until March, said one city engineer.");
    Quote q = quoteWith(a, "will stay closed until March");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("one city engineer", q.speakerMention().text());
  }

  @Test
  void questionSplitFromItsCue_theCueInTheNextSentenceSpeaksIt() {
    Annotation a = annotate("The water rose fast.\n\n“Why did nobody warn the people in the valley?” Maria Lopez "
        + "asked. The flood came at night.");
    Quote q = quoteWith(a, "Why did nobody warn");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Maria Lopez", q.speakerMention().text());
    assertEquals("asked", q.cue().text());
  }

  @Test
  void dashBylineAfterNoBreakSpace_nameIsTheSpeaker() {
    Annotation a = annotate("Readers sent us their thoughts.\n\n“We deserve a better choice than these two.”\u00a0― "
        + "Maria Lopez\u00a0\n“Nobody asked the workers what they want.”\u00a0― Tom Becker");
    Quote q = quoteWith(a, "We deserve a better choice");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Maria Lopez", q.speakerMention().text());
  }

  @Test
  void nameBetweenTwoPartsOfAQuote_isTheSpeakerNotTheFirstWords() {
    Annotation a = annotate("“The new tax,” Brooks said, “is the whole point of the new flood plan.”");
    Quote q = quoteWith(a, "the whole point");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Brooks", q.speakerMention().text());
  }

  @Test
  void participleOnAPrepositionalObject_speakerIsTheClauseSubject() {
    Annotation a = annotate("Senator Mary Collins spoke to a crowd of farmers in Iowa on Tuesday, promising to cut "
        + "fuel taxes.");
    Quote q = quoteWith(a, "to cut fuel taxes");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Senator Mary Collins", q.speakerMention().text());
  }

  @Test
  void passiveParticipleWithAClause_itsSubjectHoldsIt() {
    Annotation a = annotate("Farmers in the valley were frustrated that the county released only part of the "
        + "flood report.");
    Quote q = quoteWith(a, "the county released only part");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Farmers in the valley", q.speakerMention().text());
  }

  @Test
  void copularNounCue_subjectIsTheSource() {
    Annotation a = annotate("Senator Mary Collins has been a strong supporter of the new farm bill.");
    Quote q = quoteWith(a, "the new farm bill");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Senator Mary Collins", q.speakerMention().text());
  }

  @Test
  void nounCueInsideReportedSpeech_isPartOfTheReport() {
    Annotation a = annotate("County officials said on Friday that there were serious concerns about the safety of "
        + "the old dam.");
    Quote q = quoteWith(a, "concerns about the safety");
    assertEquals("said", q.cue().text());
    assertEquals(1, a.quotes().size(), describe(a.quotes()));
  }

  @Test
  void cueBetweenTwoCommas_withTwoSubjects_theOneBeforeTheCueSpeaksBothParts() {
    Annotation a = annotate("The answer, the mayor said then, was that the budget had been cut twice.");
    Quote q = quoteWith(a, "was that the budget had been cut");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("the mayor", q.speakerMention().text());
    assertEquals("The answer", q.content().get(0).text());
  }

  @Test
  void cueAfterCommaWithoutSubject_nameToTheEndOfTheSentenceSpeaks() {
    Annotation a = annotate("The bridge would reopen in the spring, but for some, the delays would outlast the "
        + "repairs, said Hendricks.");
    Quote q = quoteWith(a, "The bridge would reopen");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Hendricks", q.speakerMention().text());
  }

  @Test
  void speakerAfterTheCueParsedAsItsObject_isTheSourceNotTheContent() {
    Annotation a = annotate("Storms in and of themselves are not likely to change the plan, noted ABC's Maria Lopez.");
    Quote q = quoteWith(a, "not likely to change the plan");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("ABC's Maria Lopez", q.speakerMention().text());
    assertTrue(a.quotes().stream().noneMatch(x -> x.content().get(0).text().contains("Maria Lopez")),
        describe(a.quotes()));
  }

  @Test
  void prepositionalClauseAfterTheCue_isTheContent() {
    Annotation a = annotate("Governor Smith called for raising the minimum wage to 15 dollars.");
    Quote q = quoteWith(a, "raising the minimum wage");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Governor Smith", q.speakerMention().text());
  }

  @Test
  void colonClosingTheSentence_theNextSentenceIsTheContent() {
    Annotation a = annotate("The senator added:\n\nWe will not accept this deal under any circumstances, and we "
        + "will say so in the vote.");
    Quote q = quoteWith(a, "We will not accept this deal");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("The senator", q.speakerMention().text());
    assertEquals("added", q.cue().text());
  }

  @Test
  void raisingVerb_hasNoSourceAndItsSubjectIsPartOfTheContent() {
    Annotation a = annotate("The new harbor master seems to have forgotten his promises about the ferry.");
    Quote q = quoteWith(a, "to have forgotten his promises");
    assertTrue(q.content().get(0).text().startsWith("The new harbor master"), describe(a.quotes()));
    assertNull(q.speakerMention(), describe(a.quotes()));
  }

  @Test
  void dashBylineEndingTheSentence_theFullStopIsNoPartOfTheName() {
    Annotation a = annotate("Readers wrote to us.\n\n“Nobody asked the workers what they want.” ― Tom Becker.\n");
    Quote q = quoteWith(a, "Nobody asked the workers");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Tom Becker", q.speakerMention().text());
  }

  @Test
  void timeOfSaying_parsedIntoTheSource_isNoPartOfIt() {
    Annotation a = annotate("The Harbor City Council on Wednesday urged the governor to drop the new toll. The "
        + "county board of elections on Monday rejected the petition, saying it had too few valid signatures.");
    Quote q = quoteWith(a, "to drop the new toll");
    assertEquals("The Harbor City Council", q.speakerMention().text());
    Quote r = quoteWith(a, "it had too few valid signatures");
    assertEquals("The county board of elections", r.speakerMention().text());
  }

  @Test
  void focusAdverbBeforeTheSource_isNoPartOfIt() {
    Annotation a = annotate("Even the harbor master said the ferry was late again.");
    Quote q = quoteWith(a, "the ferry was late again");
    assertEquals("the harbor master", q.speakerMention().text());
  }

  @Test
  void datelineOpeningTheParagraph_isNoPartOfTheSource() {
    Annotation a = annotate("WASHINGTON — Senator Mary Collins said on Tuesday that the budget plan was reckless.");
    Quote q = quoteWith(a, "the budget plan was reckless");
    assertEquals("Senator Mary Collins", q.speakerMention().text());
  }

  @Test
  void dateParsedAsTheSubject_isNotTheSource() {
    Annotation a = annotate("One of those present said that the atmosphere in the talks held on Saturday and Sunday "
        + "indicated “flexibility” on the part of the officials.");
    for (Quote q : a.quotes()) {
      assertTrue(q.speakerMention() == null || !q.speakerMention().text().matches("(Saturday and )?Sunday"),
          describe(a.quotes()));
    }
    Quote q = quoteWith(a, "on the part of the officials");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertTrue(q.speakerMention().text().startsWith("One of those present")
        || q.speakerMention().text().startsWith("the atmosphere in the talks"), describe(a.quotes()));
  }

  @Test
  void cueParsedAsAnObliqueOfTheVerbBefore_takesItsSubject() {
    Annotation a = annotate("She went on to say that the budget would be balanced by next year. The governor began "
        + "by saying that the state faced a deficit.");
    assertEquals("She", quoteWith(a, "the budget would be balanced").speakerMention().text());
    assertEquals("The governor", quoteWith(a, "the state faced a deficit").speakerMention().text());
  }

  @Test
  void cueJoinedToAPassive_takesItsSubject() {
    Annotation a = annotate("Harbor officials were angered by the decision and said it would hurt trade.");
    Quote q = quoteWith(a, "it would hurt trade");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Harbor officials", q.speakerMention().text());
  }

  @Test
  void participleOnTheObject_isSaidByTheClausesSubject() {
    Annotation a = annotate("The two mayors issued a statement describing their meeting as a very positive step.");
    Quote q = quoteCuedBy(a, "describing");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("The two mayors", q.speakerMention().text());
  }

  @Test
  void participleOnTheObjectOfWithOrAmong_isSaidByThatObject() {
    Annotation a = annotate("The council spent the morning with a new survey finding that most residents oppose the "
        + "toll. Support for the plan is strongest among those describing themselves as frequent ferry riders.");
    // by cue: the participle's attribution is the rule under test, whatever else the sentence's main verb gets
    assertEquals("a new survey", quoteCuedBy(a, "finding").speakerMention().text());
    assertEquals("those", quoteCuedBy(a, "describing").speakerMention().text());
  }

  @Test
  void titleInQuotationMarksInsideTheSource_staysInTheSource() {
    Annotation a = annotate("Maria Lopez, author of “The Harbor Years,” said the port would close within a decade.");
    Quote q = quoteWith(a, "the port would close within a decade");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Maria Lopez, author of “The Harbor Years,”", q.speakerMention().text());
    assertTrue(q.content().stream().noneMatch(c -> c.text().contains("Harbor Years")), describe(a.quotes()));
  }

  @Test
  void verbJoinedToTheReportedClause_isSaidByTheOuterSubject() {
    Annotation a = annotate("The mayor said that the ferry would run again in May and praised the harbor workers for "
        + "their patience.");
    Quote q = quoteCuedBy(a, "praised");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("The mayor", q.speakerMention().text());
  }

  @Test
  void passiveWithByPhrase_theByPhraseSpeaks() {
    Annotation a = annotate("The proposal was criticized by the union as a threat to jobs.");
    Quote q = quoteWith(a, "as a threat to jobs");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("the union", q.speakerMention().text());
  }

  @Test
  void participleOfFeeling_itsSubjectHoldsIt() {
    Annotation a = annotate("Harbor officials were angered by the decision.");
    Quote q = quoteWith(a, "the decision");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Harbor officials", q.speakerMention().text());
  }

  @Test
  void quotationParsedAsTheSubject_theNameAfterTheCueSpeaks() {
    Annotation a = annotate("\"Now he is a national figure,\" said Kunin.");
    Quote q = quoteWith(a, "Now he is a national figure");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Kunin", q.speakerMention().text());
    assertTrue(q.content().stream().noneMatch(c -> c.text().contains("Kunin")), describe(a.quotes()));
  }

  @Test
  void titleInStraightQuotationMarksInsideTheSource_staysInTheSource() {
    Annotation a = annotate("Tom Becker, the former host of the radio show \"Morning Tide,\" said in an interview that "
        + "the bridge was unsafe.");
    Quote q = quoteWith(a, "the bridge was unsafe");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("Tom Becker, the former host of the radio show \"Morning Tide,\"", q.speakerMention().text());
  }

  @Test
  void asideOfHowSetOffByCommas_isNoPartOfTheSource() {
    Annotation a = annotate("The mayor, with obvious delight, told reporters that the ferry would return in May.");
    Quote q = quoteWith(a, "the ferry would return in May");
    assertNotNull(q.speakerMention(), describe(a.quotes()));
    assertEquals("The mayor", q.speakerMention().text());
  }

  @Test
  void frontedPhraseParsedAsAComplement_contentIsTheClauseAfterTheCue() {
    // the parser takes "As improbable as it may seem" for a complement of "said" before it
    Annotation a = annotate("As improbable as it may seem, Mr. Baxter said the Wilson merger had worked to his advantage.");
    Quote q = quoteCuedBy(a, "said");
    assertEquals("the Wilson merger had worked to his advantage", q.content().get(0).text());
    assertEquals("Mr. Baxter", q.speakerMention().text());
  }

  @Test
  void speakerPhraseParsedAsAClauseOfItsOwn_contentIsTheClauseAfterTheCue() {
    // the parser makes "Mark Tolley, …, reported so far" a clause of "said", with Tolley its subject
    Annotation a = annotate("Mark Tolley, a security expert who has studied some of the attacks reported so far, said he"
        + " did not see any evidence that the army was behind them.");
    Quote q = quoteCuedBy(a, "said");
    assertEquals("he did not see any evidence that the army was behind them", q.content().get(0).text());
    assertTrue(q.speakerMention().text().startsWith("Mark Tolley"), q.speakerMention().text());
  }

  @Test
  void clauseSetOffByDashes_isNoPartOfTheSource() {
    Annotation a = annotate("The governor -- whose brother once ran the port authority -- said the harbor needed a"
        + " new pier.");
    Quote q = quoteWith(a, "the harbor needed a new pier");
    assertEquals("The governor", q.speakerMention().text());
  }

  @Test
  void appositionSetOffByDashes_keepsTheClosingDash() {
    Annotation a = annotate("Nora Quill — a nurse from Dayton — said the clinic had run out of beds.");
    Quote q = quoteWith(a, "the clinic had run out of beds");
    assertEquals("Nora Quill — a nurse from Dayton —", q.speakerMention().text());
  }

  @Test
  void percentageAsTheSource_keepsThePercentSign() {
    Annotation a = annotate("Asked about the new tax, 38% said it would hurt small farms.");
    Quote q = quoteWith(a, "it would hurt small farms");
    assertEquals("38%", q.speakerMention().text());
  }
}
