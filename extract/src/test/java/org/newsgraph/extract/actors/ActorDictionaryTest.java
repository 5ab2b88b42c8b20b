package org.newsgraph.extract.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
  @TempDir
  Path dir;

  private ActorDictionary toy() throws IOException {
    Files.writeString(dir.resolve("Toy.actors.txt"), """
        <!-- a comment
        # spanning lines -->
        ARNOR_  [ARN]
        +ARNORIAN_
        ARGENTIN [ARG]
        HAMID_KARZAI_  ; CountryInfo.txt
        +KARZAI_
        \t[AFGELI 750101-000101]
        \t[AFGGOV >011222]
        \t[AFGELI]
        """);
    Files.writeString(dir.resolve("Toy.agents.txt"), """
        !PERSON! = MAN, MEN
        POLICE {} [~COP]
        ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
        REBEL [~REB]
        CONGRESS!PERSON! [~LEG]
        HUMAN_RIGHTS_BODY [NGO~]
        """);
    return ActorDictionary.fromFolder(dir);
  }

  private static List<String> words(String text) {
    return List.of(text.split(" "));
  }

  @Test
  void codeOn_picksTheDateBoundedCode() throws IOException {
    DictionaryEntry karzai = toy().scan(words("Hamid Karzai")).get(0).actor();

    assertEquals("AFGELI", karzai.codeOn(LocalDate.of(1990, 1, 1)));
    assertEquals("AFGGOV", karzai.codeOn(LocalDate.of(2005, 1, 1)));
    assertEquals("AFGELI", karzai.codeOn(LocalDate.of(2001, 6, 1)), "between terms: the default");
    assertEquals("AFGGOV", karzai.codeOn(null), "no date: the latest office");
  }

  @Test
  void scan_findsSynonymsStemsPluralsAndMarkers() throws IOException {
    ActorDictionary d = toy();

    assertEquals("Arnor", d.scan(words("the Arnorian army")).get(0).actor().name());
    assertEquals("ARG", d.scan(words("Argentina")).get(0).actor().defaultCode(), "stem without a final _");
    assertTrue(d.scan(words("Arnorx")).isEmpty(), "a final _ means the whole word");
    assertEquals("COP", d.scan(words("police")).get(0).agent().code());
    assertTrue(d.scan(words("polices")).isEmpty(), "{} means no plural");
    assertEquals("JUD", d.scan(words("attorneys general")).get(0).agent().code());
    assertEquals("REB", d.scan(words("rebels")).get(0).agent().code());
    assertEquals("LEG", d.scan(words("congressmen")).get(0).agent().code());
    ActorDictionary.Agent ngo = d.scan(words("human rights body")).get(0).agent();
    assertTrue(ngo.before(), "NGO~ goes before the actor code");
    assertEquals("Hamid Karzai", d.scan(words("Karzai")).get(0).actor().name());
  }

  @Test
  void scan_shortWordsOnlyInCapitals() {
    ActorDictionary d = ActorDictionary.phoenix();

    assertEquals("USA", d.scan(words("the US said")).get(0).actor().codeOn(null));
    assertTrue(d.scan(words("told us")).stream().allMatch(h -> h.actor() == null));
  }

  @Test
  void phoenix_knowsCountriesAgentsAndDates() {
    ActorDictionary d = ActorDictionary.phoenix();

    assertEquals("IRN", d.scan(words("Iranian")).get(0).actor().codeOn(null));
    assertTrue(d.isCountry("AFG"));
    assertEquals("GOV", d.code("AFGGOV").sectorPart());
    assertEquals("AFG", d.code("AFGGOV").country());
    assertNull(d.code("IGOUNO").country());
  }

  @Test
  void phoenix_countryFieldSpeaksIsoWhereCameoWritesAnotherCode() {
    ActorDictionary d = ActorDictionary.phoenix();

    assertEquals("TLS", d.code("TMPMIL").country(), "CAMEO's East Timor");
    assertEquals("TLS", d.code("TLSMIL").country(), "a code built from the ISO country reads back");
    assertEquals("Timor Leste", d.countryName("TLS"));
    assertEquals("XKX", d.code("KSV").country());
  }

  @Test
  void phoenix_anAgentListedUnderTwoSectorsHasBoth_aLaterFileReplacesIt() {
    ActorDictionary d = ActorDictionary.phoenix();

    assertEquals("COPMIL", d.scan(words("security forces")).get(0).agent().code());
    assertEquals("REB", d.scan(words("militia")).get(0).agent().code(), "newsgraph's MILITIA over Phoenix's UAF");
    ActorDictionary.Agent troops = d.scan(words("peacekeeping troops")).get(0).agent();
    assertEquals("MIL", troops.code());
    assertFalse(troops.before(), "a sector after the country, no longer an IGO prefix");
    assertEquals("OPP", d.scan(words("peace movement")).get(0).agent().code());
  }

  @Test
  void scan_hyphenatedPhrasesMatchAsTheTokenizerSplitsThem() {
    ActorDictionary d = ActorDictionary.phoenix();

    List<ActorDictionary.Hit> split = d.scan(List.of("met", "al", "-", "Qaeda", "leaders"));
    assertEquals(1, split.get(0).start());
    assertEquals(4, split.get(0).end());
    assertTrue(split.get(0).actor().codeOn(null).contains("ALQ"), split.toString());
    assertTrue(d.scan(List.of("al", "-", "Qaeda")).get(0).actor() != null, "its first word need not be capitalised");
    assertEquals(split.get(0).actor(), d.scan(List.of("al-Qaeda")).get(0).actor(), "the whole word still matches");
    ActorDictionary.Hit title = d.scan(List.of("Secretary", "-", "General")).get(0);
    assertEquals("GOV", title.agent().code());
    assertTrue(d.scan(List.of("al", "-", "qaeda")).stream().allMatch(h -> h.actor() == null), "no capital at all");
  }

  @Test
  void newsgraphAdditions_takeAWrongSynonymAway() {
    ActorDictionary d = ActorDictionary.phoenix();

    assertTrue(d.scan(words("Palestinian youths threw stones")).stream()
        .noneMatch(h -> h.actor() != null && h.actor().name().equals("Gazteriak")), "youths are no French rebels");
    assertTrue(d.scan(words("Youth rioted")).stream().noneMatch(h -> h.actor() != null));
    assertTrue(d.scan(words("Organization officials met")).stream().noneMatch(h -> h.actor() != null));
    assertEquals("FRAREB", d.scan(words("Gazteriak claimed the attack")).get(0).actor().codeOn(null));
  }

  @Test
  void userDictionary_takesASynonymAwayWithoutChangingTheShippedOne() {
    ActorDictionary shipped = ActorDictionary.phoenix();
    ActorDictionary user = shipped.withUserActors("TALIBAN_\n-TALEBAN_\n", "user.txt");

    assertTrue(user.scan(words("Taleban fighters")).stream().noneMatch(h -> h.actor() != null));
    assertEquals("Taliban", user.scan(words("Taliban fighters")).get(0).actor().name());
    assertEquals("Taliban", shipped.scan(words("Taleban fighters")).get(0).actor().name(), "the shipped one keeps it");
  }

  @Test
  void newsgraphAdditions_correctUnitaAndNameTheEmirates() {
    ActorDictionary d = ActorDictionary.phoenix();

    assertEquals("AGOREB", d.scan(words("UNITA rebels")).get(0).actor().codeOn(null), "Angola is AGO, not ANG");
    assertEquals("AGO", d.code("AGOREB").country());
    assertEquals("ARE", d.scan(words("between the Emirates and Saudi Arabia")).get(0).actor().codeOn(null));
  }

  @Test
  void phoenix_nameWithItsAcronymInParentheses_matchesBothButNotANamesakesDisambiguator() {
    ActorDictionary d = ActorDictionary.phoenix();

    assertEquals("LKAREB", d.scan(words("Liberation Tigers of Tamil Eelam")).get(0).actor().codeOn(null));
    assertEquals("LKAREB", d.scan(words("LTTE")).get(0).actor().codeOn(null));
    assertTrue(d.scan(words("Argentina")).stream().allMatch(h -> h.actor().name().equals("Argentina")),
        "(ARGENTINA) after a group's name tells namesakes apart; it is no acronym");
    assertTrue(ActorDictionary.isAcronym("MILF", "MORO ISLAMIC LIBERATION FRONT".split(" ")));
    assertFalse(ActorDictionary.isAcronym("CHINA", "HUMAN RIGHTS IN".split(" ")));
  }

  @Test
  void withUserActors_samePrimaryPhrase_mergesSynonymsAndTakesTheNewCodes() {
    ActorDictionary d = ActorDictionary.phoenix()
        .withUserActors("IRAN_\n+PERSIA_\n\t[IRNGOV]\n", "mine.txt");

    DictionaryEntry viaNew = d.scan(words("Persia")).get(0).actor();
    DictionaryEntry viaOld = d.scan(words("Tehran")).get(0).actor();
    assertEquals(viaNew, viaOld, "the shipped synonyms point at the merged entry");
    assertEquals("IRNGOV", viaOld.codeOn(null));
  }

  @Test
  void withUserActors_unknownDirective_failsNamingTheFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ActorDictionary.phoenix().withUserActors("X_ [USA]\n@COLOUR red\n", "mine.txt"));
    assertTrue(e.getMessage().contains("mine.txt"), e.getMessage());
  }
}
