package org.newsgraph.extract.actors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorKind;
import org.newsgraph.model.Actors;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Token;

/** One test per hard case of the actors issue, each with its text as a fixture. */
class DictionaryActorResolverTest {
  private static final ActorDictionary PHOENIX = ActorDictionary.phoenix();
  private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 11);
  private static final EntityType PER = EntityType.PERSON;

  private static Actors resolve(String text, LocalDate date, Object... entities) {
    return resolve(PHOENIX, text, date, entities);
  }

  private static Actors resolve(ActorDictionary dictionary, String text, LocalDate date, Object... entities) {
    Map<String, EntityType> ner = new LinkedHashMap<>();
    for (int i = 0; i < entities.length; i += 2) {
      ner.put((String) entities[i], (EntityType) entities[i + 1]);
    }
    LinguisticAnnotation annotation = TaggedText.annotate(text, ner);
    return new DictionaryActorResolver(dictionary).resolve(TaggedText.article(text, date), annotation);
  }

  /** The actor of the mention whose text is {@code surface} (the n-th such mention), or null. */
  private static Actor actorOf(Actors actors, String surface, int n) {
    int seen = 0;
    for (Mention m : actors.mentions()) {
      if (m.span().text().equals(surface) && seen++ == n) {
        return actors.byId(m.actorId());
      }
    }
    return null;
  }

  private static Actor actorOf(Actors actors, String surface) {
    return actorOf(actors, surface, 0);
  }

  @Test
  void resolve_fullNameThenSurname_isOnePerson() {
    String text = "“It is a message,” said Michael Kugelman, a regional expert at the Wilson Center. "
        + "But Kugelman predicted a struggle.";
    Actors actors = resolve(text, JAN_2022, "Michael Kugelman", PER, "Kugelman", PER, "Wilson Center",
        EntityType.LOCATION);

    Actor kugelman = actorOf(actors, "Michael Kugelman");
    assertNotNull(kugelman);
    assertEquals(kugelman, actorOf(actors, "Kugelman", 0));
    assertTrue(kugelman.roles().contains("regional expert at the Wilson Center"), kugelman.roles().toString());
  }

  @Test
  void resolve_muttakiMottakiMuttaqi_areOnePersonWithTheirSpellings() {
    String text = "They met Amir Khan Muttaki and other officials. Mottaki said they met leaders. "
        + "Muttaqi left Tehran.";
    Actors actors = resolve(text, JAN_2022, "Amir Khan Muttaki", PER, "Mottaki", PER, "Muttaqi", PER);

    Actor muttaki = actorOf(actors, "Amir Khan Muttaki");
    assertEquals(muttaki, actorOf(actors, "Mottaki"));
    assertEquals(muttaki, actorOf(actors, "Muttaqi"));
    assertTrue(muttaki.variants().containsAll(List.of("Amir Khan Muttaki", "Mottaki", "Muttaqi")));
  }

  @Test
  void resolve_ahmedMasoudAndAhmadMassoud_areOnePerson() {
    String text = "Ahmad Massoud led an insurgency in the Panjshir Valley. Later Ahmed Masoud met the Taliban.";
    Actors actors = resolve(text, JAN_2022, "Ahmad Massoud", PER, "Ahmed Masoud", PER);

    assertEquals(actorOf(actors, "Ahmad Massoud"), actorOf(actors, "Ahmed Masoud"));
  }

  @Test
  void resolve_ismailKhanAndAmirKhanMuttaki_areTwoPeople() {
    String text = "Ismail Khan from the western Herat province and Ahmed Masoud met with the acting foreign "
        + "minister, Amir Khan Muttaki. Khan said little.";
    Actors actors = resolve(text, JAN_2022, "Ismail Khan", PER, "Ahmed Masoud", PER, "Amir Khan Muttaki", PER,
        "Khan", PER);

    Actor ismail = actorOf(actors, "Ismail Khan");
    Actor amir = actorOf(actors, "Amir Khan Muttaki");
    assertNotEquals(ismail.id(), amir.id());
    assertEquals(ismail, actorOf(actors, "Khan"), "a bare Khan is the one whose surname it is");
  }

  @Test
  void resolve_sonAndLateFather_areTwoPeople_andTheSurnameGoesToTheSon() {
    String text = "After the Taliban seized power, Massoud, the son of the late anti-Taliban leader, "
        + "Ahmad Shah Massoud, led an insurgency. Later Ahmed Masoud met the Taliban. "
        + "The Taliban extended an olive branch to Massoud.";
    Actors actors = resolve(text, JAN_2022, "Massoud", PER, "Ahmad Shah Massoud", PER, "Ahmed Masoud", PER);

    Actor father = actorOf(actors, "Ahmad Shah Massoud");
    Actor son = actorOf(actors, "Ahmed Masoud");
    assertNotEquals(father.id(), son.id());
    assertEquals(son, actorOf(actors, "Massoud", 0), "the son of X is not X");
    assertEquals(son, actorOf(actors, "Massoud", 1), "the nearest earlier full name");
  }

  @Test
  void resolve_appositionBeforeName_isRoleAndAffiliationWithTheCodeOfTheDay() {
    String text = "Ahmed Masoud met with the Taliban’s acting foreign minister, Amir Khan Muttaki, and others.";
    Actors actors = resolve(text, JAN_2022, "Ahmed Masoud", PER, "Amir Khan Muttaki", PER);

    Actor muttaki = actorOf(actors, "Amir Khan Muttaki");
    assertTrue(muttaki.roles().stream().anyMatch(r -> r.contains("acting foreign minister")), muttaki.roles()
        .toString());
    assertEquals("AFGGOV", muttaki.codes().get("cameo"), "the Taliban govern Afghanistan since August 2021");
    assertEquals("AFG", muttaki.country());
    assertEquals("government", muttaki.sector());
  }

  @Test
  void resolve_deputySpokesmanForTheTaliban_isBilalKarimisRole() {
    String text = "On the other hand, the deputy spokesman for the Taliban, Bilal Karimi, said in a tweet Monday "
        + "that leaders met.";
    Actors actors = resolve(text, JAN_2022, "Bilal Karimi", PER);

    Actor karimi = actorOf(actors, "Bilal Karimi");
    assertEquals(List.of("deputy spokesman for the Taliban"), karimi.roles());
    assertEquals(ActorKind.PERSON, karimi.kind());
    assertEquals("AFGGOV", karimi.codes().get("cameo"));
    assertEquals("armed:taliban", actorOf(actors, "Taliban").id());
  }

  @Test
  void resolve_heAfterOnePerson_isThatPerson_andAfterTwoIsLeftOpen() {
    String text = "Mottaki said that they met with leaders. “We gave them assurances,” he said. "
        + "Karimi and Balkhi spoke to reporters. He added nothing.";
    Actors actors = resolve(text, JAN_2022, "Mottaki", PER, "Karimi", PER, "Balkhi", PER);

    assertEquals(actorOf(actors, "Mottaki"), actorOf(actors, "he"));
    assertNull(actorOf(actors, "He"), "two people in the sentence before: not clear");
  }

  @Test
  void resolve_theTalibansForeignMinister_isThePersonWithThatRole() {
    String text = "They met with the Taliban’s acting foreign minister, Amir Khan Muttaki, and others. "
        + "On Saturday, the Taliban’s foreign minister was visiting Iran.";
    Actors actors = resolve(text, JAN_2022, "Amir Khan Muttaki", PER, "Iran", EntityType.LOCATION);

    assertEquals(actorOf(actors, "Amir Khan Muttaki"), actorOf(actors, "Taliban’s foreign minister"));
  }

  @Test
  void resolve_theSpokesmanWithSeveralSpokesmen_isLeftOpen() {
    String text = "The deputy spokesman for the Taliban, Bilal Karimi, said they met. The spokesman for the "
        + "Foreign Ministry, Abdul Qahar Balkhi, said on Twitter. Later the spokesman said more.";
    Actors actors = resolve(text, JAN_2022, "Bilal Karimi", PER, "Abdul Qahar Balkhi", PER);

    assertNotEquals(actorOf(actors, "Bilal Karimi"), actorOf(actors, "Abdul Qahar Balkhi"));
    Actor spokesman = actorOf(actors, "spokesman", 0);
    assertTrue(spokesman == null || spokesman.kind() != ActorKind.PERSON, "not clear which spokesman");
  }

  @Test
  void resolve_iranianOfficials_isIranianGovernment() {
    String text = "Iranian officials met the delegation in Tehran.";
    Actors actors = resolve(text, JAN_2022);

    Actor officials = actorOf(actors, "Iranian officials");
    assertNotNull(officials);
    assertEquals("IRNGOV", officials.codes().get("cameo"));
    assertEquals("IRN", officials.country());
    assertEquals("government", officials.sector());
    assertEquals("Iran government", officials.name(), "one name for the group in every article");
    assertTrue(officials.variants().contains("Iranian officials"), officials.variants().toString());
  }

  @Test
  void resolve_policeWithoutCountry_takeTheCountryOfTheSentence() {
    String text = "In Kenya, police arrested protesters on Sunday.";
    Actors actors = resolve(text, JAN_2022, "Kenya", EntityType.LOCATION);

    assertEquals("KENCOP", actorOf(actors, "police").codes().get("cameo"));
    assertEquals("KENOPP", actorOf(actors, "protesters").codes().get("cameo"));
  }

  @Test
  void resolve_talibanOfficials_areTheTaliban() {
    String text = "The Washington Post reported that Taliban officials met with the Afghan armed opposition in Iran.";
    Actors actors = resolve(text, JAN_2022, "Washington Post", EntityType.ORGANIZATION, "Iran", EntityType.LOCATION);

    assertEquals("armed:taliban", actorOf(actors, "Taliban officials").id());
    Actor opposition = actorOf(actors, "Afghan armed opposition");
    assertEquals("AFGREB", opposition.codes().get("cameo"));
    assertEquals(ActorKind.COUNTRY, actorOf(actors, "Iran").kind());
  }

  @Test
  void resolve_washingtonPostAndWilsonCenter_areOrganisationsNotPlaces() {
    String text = "According to the Washington Post, Michael Kugelman, a regional expert at the Wilson Center, "
        + "disagreed.";
    Actors actors = resolve(text, JAN_2022, "Washington Post", EntityType.LOCATION, "Michael Kugelman", PER,
        "Wilson Center", EntityType.LOCATION);

    assertEquals(ActorKind.MEDIA, actorOf(actors, "Washington Post").kind());
    assertEquals(ActorKind.ORGANIZATION, actorOf(actors, "Wilson Center").kind());
  }

  @Test
  void resolve_talibanBeforeAugust2021_areRebels() {
    Actors before = resolve("The Taliban attacked the town.", LocalDate.of(2020, 5, 1));
    Actors after = resolve("The Taliban attacked the town.", JAN_2022);

    assertEquals("AFGREB", actorOf(before, "Taliban").codes().get("cameo"));
    assertEquals("AFGGOV", actorOf(after, "Taliban").codes().get("cameo"));
    assertEquals(actorOf(before, "Taliban").id(), actorOf(after, "Taliban").id());
  }

  @Test
  void resolve_sameManSpelledDifferentlyInTwoArticles_getsTheSameId() {
    Actors one = resolve("Amir Khan Muttaki visited Iran.", JAN_2022, "Amir Khan Muttaki", PER);
    Actors two = resolve("Amir Khan Muttaqi visited Iran.", JAN_2022, "Amir Khan Muttaqi", PER);

    assertEquals(actorOf(one, "Amir Khan Muttaki").id(), actorOf(two, "Amir Khan Muttaqi").id());
  }

  @Test
  void resolve_userDictionary_addsVariantsRolesCodes_andSplitsAWrongMerge() {
    ActorDictionary user = PHOENIX.withUserActors("""
        # two Karimis that the variant key would merge
        BILAL_KARIMI_  [AFGGOV]
        +BELAL_KAREEMI_
        @ROLE deputy spokesman of the Taliban
        BELAL_KARIMI_  [AFGEDU]
        @KIND person
        """, "user.txt");
    String text = "Bilal Karimi met Belal Karimi. Belal Kareemi spoke.";
    Actors actors = resolve(user, text, JAN_2022, "Bilal Karimi", PER, "Belal Karimi", PER, "Belal Kareemi", PER);

    Actor bilal = actorOf(actors, "Bilal Karimi");
    Actor belal = actorOf(actors, "Belal Karimi");
    assertNotEquals(bilal.id(), belal.id(), "split by the user dictionary");
    assertEquals(bilal, actorOf(actors, "Belal Kareemi"), "a variant the user listed");
    assertEquals("AFGGOV", bilal.codes().get("cameo"));
    assertTrue(bilal.roles().contains("deputy spokesman of the Taliban"));
    assertEquals("AFGEDU", belal.codes().get("cameo"));
  }

  @Test
  void resolve_capitalAsSubjectOrAgent_isItsGovernment_andAsAPlaceIsNoActor() {
    String text = "Beirut rejected the plan. Poland demanded an admission by Moscow. Talks were held in Moscow.";
    Actors actors = resolve(text, null, "Beirut", EntityType.LOCATION, "Moscow", EntityType.LOCATION,
        "Poland", EntityType.LOCATION);

    assertEquals("LBNGOV", actorOf(actors, "Beirut").codes().get("cameo"));
    assertEquals("RUSGOV", actorOf(actors, "Moscow").codes().get("cameo"));
    assertNull(actorOf(actors, "Moscow", 1), "in Moscow is a place");
    assertEquals("POL", actorOf(actors, "Poland").codes().get("cameo"), "a country's own name stays the country");
  }

  @Test
  void resolve_pluralDemonymAsNoun_isThatCountrysPeople() {
    String text = "Thousands of Nigerians gathered for a rally. Ghanaian authorities deported 168 Liberians.";
    Actors actors = resolve(text, null);

    Actor nigerians = actorOf(actors, "Nigerians");
    assertEquals("NGA", nigerians.country());
    assertEquals("NGACVL", nigerians.codes().get("cameo"));
    assertEquals("LBRCVL", actorOf(actors, "Liberians").codes().get("cameo"));
    assertEquals("GHAGOV", actorOf(actors, "Ghanaian authorities").codes().get("cameo"));
  }

  @Test
  void resolve_agentInAPlace_takesThatPlacesCountry() {
    String text = "Demonstrators in Baghdad blocked a road to protest the United States’ military policies.";
    Actors actors = resolve(text, null, "Baghdad", EntityType.LOCATION, "United States", EntityType.LOCATION);

    assertEquals("IRQOPP", actorOf(actors, "Demonstrators").codes().get("cameo"));
  }

  @Test
  void resolve_titleWithoutCountry_takesTheNearestCountryBefore() {
    String text = "An Argentine judge ordered former president Carlos Menem to appear in an inquiry into arms "
        + "sales to Croatia and Ecuador.";
    Actors actors = resolve(text, null, "Carlos Menem", PER, "Croatia", EntityType.LOCATION,
        "Ecuador", EntityType.LOCATION);

    assertEquals("ARGELI", actorOf(actors, "Carlos Menem").codes().get("cameo"));
  }

  @Test
  void resolve_organisationNamedAfterItsCountry_hasThatCountry() {
    String text = "Officials demanded support from the Montenegro Assembly on Tuesday.";
    Actors actors = resolve(text, null, "Montenegro Assembly", EntityType.ORGANIZATION);

    Actor assembly = actorOf(actors, "Montenegro Assembly");
    assertEquals(ActorKind.ORGANIZATION, assembly.kind());
    assertEquals("MNE", assembly.country());
  }

  @Test
  void resolve_europeanCommunityAndSerbForces_areInTheDictionary() {
    String text = "European Community foreign ministers met. Serb forces attacked the town.";
    Actors actors = resolve(text, null, "European Community", EntityType.ORGANIZATION);

    assertEquals("IGOEUREECGOV", actorOf(actors, "European Community foreign ministers").codes().get("cameo"));
    assertEquals("SRBMIL", actorOf(actors, "Serb forces").codes().get("cameo"));
  }

  @Test
  void resolve_anOrganisationsOfficial_hasTheOrganisationsCodeWithTheOfficialsSector() {
    String text = "Arab League Secretary General Chadli Klibi undertook a mediation mission.";
    Actors actors = resolve(text, null, "Chadli Klibi", PER, "Arab League", EntityType.ORGANIZATION);

    String code = actorOf(actors, "Chadli Klibi").codes().get("cameo");
    assertTrue(code.startsWith("IGO") && code.endsWith("GOV"), code);
  }

  @Test
  void resolve_titleAppositionWithoutArticle_isTheRole() {
    String text = "The US rejected calls by Kofi Annan, UN secretary-general, to adopt the reforms.";
    Actors actors = resolve(text, null, "Kofi Annan", PER);

    Actor annan = actorOf(actors, "Kofi Annan");
    assertEquals(List.of("UN secretary-general"), annan.roles());
    assertTrue(annan.codes().get("cameo").startsWith("IGOUNO"), annan.codes().toString());
  }

  @Test
  void resolve_countryOfAnOrganisationsName_isACountryOfItsSentence() {
    String text = "The minister allowed opposition leader Maulana Fazl-ur-Rehman to hold a rally, according to "
        + "the Pakistani Federal Secretary Interior.";
    Actors actors = resolve(text, null, "Maulana Fazl-ur-Rehman", PER,
        "Pakistani Federal Secretary Interior", EntityType.ORGANIZATION);

    assertEquals("PAKOPP", actorOf(actors, "Maulana Fazl-ur-Rehman").codes().get("cameo"));
  }

  @Test
  void resolve_anEthnicGroup_isCodedByWhereItLives() {
    String text = "The Albanians of southern Serbia demanded autonomy. Up to 1,000 ethnic Turks protested against "
        + "Sweden’s decision. Palestinians in their struggle against Israel protested.";
    Actors actors = resolve(text, null, "Serbia", EntityType.LOCATION, "Sweden", EntityType.LOCATION,
        "Israel", EntityType.LOCATION);

    assertEquals("SRBCVL", actorOf(actors, "Albanians").codes().get("cameo"));
    assertEquals("SWECVL", actorOf(actors, "Turks").codes().get("cameo"));
    assertEquals("PSECVL", actorOf(actors, "Palestinians").codes().get("cameo"), "a struggle is no place");
  }

  @Test
  void resolve_anOfficeWrittenBeforeAListedPerson_isTheirTitle() {
    // the dictionary lists "Secretary of State Warren Christopher" as a synonym and, undated, his latest role (ELI)
    String text = "American Secretary of State Warren Christopher telephoned Russian Foreign Minister Andrei Kozyrev.";
    Actors actors = resolve(text, null, "Warren Christopher", PER, "Andrei Kozyrev", PER);

    assertEquals("USAGOV", actorOf(actors, "Warren Christopher").codes().get("cameo"));
  }

  @Test
  void resolve_aMilitaryRank_isTheMilitarySectorButNotInACivilianOffice() {
    String text = "A newspaper defied a ban by General Michel Aoun. Attorney General Janet Reno met Lt. Gen. Raoul "
        + "Cedras.";
    Actors actors = resolve(text, null, "Michel Aoun", PER, "Janet Reno", PER, "Raoul Cedras", PER);

    assertEquals("LBNMIL", actorOf(actors, "Michel Aoun").codes().get("cameo"));
    String reno = actorOf(actors, "Janet Reno").codes().getOrDefault("cameo", "");
    assertTrue(!reno.endsWith("MIL"), reno);
  }

  @Test
  void rankBefore_aHyphenatedOfficeIsNoRank() {
    List<Token> tokens = new ArrayList<>();
    String[] words = {"Secretary", "-", "General", "Kofi", "Annan"};
    for (int i = 0, at = 0; i < words.length; at += words[i].length() + 1, i++) {
      tokens.add(new Token(i, at, at + words[i].length(), words[i], words[i], i == 1 ? "HYPH" : "NNP",
          EntityType.OTHER));
    }
    assertNull(ArticleActors.rankBefore(tokens, 3));
    assertEquals("MIL", ArticleActors.rankBefore(tokens.subList(2, 5), 1).code());
  }

  @Test
  void resolve_aRebelGroupUnderARegionalCode_takesTheCountryItActsIn() {
    String text = "The radical Palestinian Islamic Jihad movement rejected an invitation. President Abdelaziz "
        + "Bouteflika is prepared to lift the ban on the Islamic Salvation Front.";
    Actors actors = resolve(text, null, "Abdelaziz Bouteflika", PER);

    Actor jihad = actorOf(actors, "Palestinian Islamic Jihad");
    assertEquals("PSE", jihad.country());
    assertTrue(!jihad.codes().get("cameo").startsWith("PSE"), "the dictionary's code stays");
    assertEquals("DZA", actorOf(actors, "Islamic Salvation Front").country());
  }

  @Test
  void resolve_anUnnamedDescription_isThePersonTheNextSentenceNamesAsItsSource() {
    String text = "However, a spokesman for the resistance groups rejected the move. He said the Taliban are not "
        + "serious, according to Sajbatullah Ahmadi. A spokesman for the army denied it. He said so, according to "
        + "Deputy Minister Omar Khan.";
    Actors actors = resolve(text, JAN_2022, "Sajbatullah Ahmadi", PER, "Omar Khan", PER);

    Actor ahmadi = actorOf(actors, "Sajbatullah Ahmadi");
    int spokesman = text.indexOf("spokesman");
    assertTrue(actors.mentions().stream().anyMatch(m -> m.actorId().equals(ahmadi.id())
        && m.span().start() <= spokesman && spokesman < m.span().end()), actors.mentions().toString());
    assertTrue(ahmadi.roles().contains("spokesman for the resistance groups"), ahmadi.roles().toString());
    Actor khan = actorOf(actors, "Omar Khan");
    int army = text.indexOf("A spokesman for the army");
    assertTrue(actors.mentions().stream().noneMatch(m -> m.actorId().equals(khan.id()) && m.span().start() <= army
        && army < m.span().end()), "a titled source is somebody else");
  }

  @Test
  void resolve_aPlaceTheDictionariesDoNotList_givesItsCountryThroughThePlaces() {
    String text = "The government of Sindh province ordered patrols by police.";
    LinguisticAnnotation annotation = TaggedText.annotate(text, Map.of("Sindh", EntityType.LOCATION));
    PlaceCountry places = name -> name.equals("Sindh") ? "PAK" : null;
    Actors actors = new DictionaryActorResolver(PHOENIX, places).resolve(TaggedText.article(text, JAN_2022),
        annotation);

    assertEquals("PAKGOV", actors.mentions().stream().filter(m -> m.span().text().startsWith("government"))
        .map(m -> actors.byId(m.actorId()).codes().get("cameo")).findFirst().orElse(null));
    assertEquals("PAKCOP", actorOf(actors, "police").codes().get("cameo"));
    Actors without = new DictionaryActorResolver(PHOENIX).resolve(TaggedText.article(text, JAN_2022), annotation);
    assertNull(actorOf(without, "police").country(), "no places, no country");
  }

  @Test
  void resolve_garbage_doesNotThrow() {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      big.append("The Taliban's \uD800 foreign minister, Muttaki, said he met Iran’s officials. ");
    }
    for (String text : List.of("", " ", "\uFFFD\uFFFD", "<div><p>the, the , ’s 's</p></div>", big.toString())) {
      assertDoesNotThrow(() -> resolve(text, null, "Muttaki", PER, "Iran", EntityType.LOCATION));
    }
  }
}
