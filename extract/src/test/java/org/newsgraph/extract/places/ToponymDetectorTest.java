package org.newsgraph.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actors;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

class ToponymDetectorTest {
  private static ToponymDetector detector;

  @BeforeAll
  static void loadGazetteer() {
    detector = new ToponymDetector(Gazetteer.load());
  }

  private static List<String> found(String marked) {
    Marked m = new Marked(marked);
    return detector.detect(m.text(), m.annotation, m.actors).stream().map(c -> c.span().text()).toList();
  }

  private static long count(List<String> found, String text) {
    return found.stream().filter(text::equals).count();
  }

  @Test
  void detect_aDivisionTaggedAsAnOrganisation_isAPlaceWhenTaggedAsALocationElsewhere() {
    List<String> found = found("Water is shared between [Tamil Nadu|LOC] and [Karnataka|LOC]. "
        + "[Tamil Nadu|ORG] said it had written to the court.");
    assertEquals(2, count(found, "Tamil Nadu"), found.toString());
  }

  @Test
  void detect_thePlaceAGovernmentBodyServes_isAPlace() {
    List<String> found = found("A spokesman for the [U.S. Centers for Disease Control and Prevention|ORG] said "
        + "tests were done by the [Nevada Department of Health|ORG] and the [Orange County Sanitation District|ORG]. "
        + "[Queensland Police|ORG] Inspector [Bob Hytch|PER] said the [Boise Fire Department|ORG] helped.");
    assertEquals(List.of("U.S.", "Nevada", "Orange County", "Queensland", "Boise"), found);
  }

  @Test
  void detect_thePlaceAfterAGovernmentBodysOf_andACountryOfSeveralWordsBeforeOne_arePlaces() {
    List<String> found = found("Officials from the [City of Fresno|ORG] and the [United Kingdom Department for "
        + "Environment|ORG] met the Governor of Nevada in the [District of Columbia|LOC].");
    assertTrue(found.containsAll(List.of("Fresno", "United Kingdom", "Nevada")), found.toString());
  }

  @Test
  void detect_outletsBusinessesAndCommonWordsBeforeAGovernmentWord_areNoPlaces() {
    List<String> found = found("The [Washington Post|ORG] and [Kabul Bank|ORG] staff told [Air Canada|ORG] "
        + "Cargo that the [Supreme Court|ORG], the [Commerce Department|ORG] and the [Clinton Administration|ORG] "
        + "had ruled.");
    assertEquals(List.of(), found);
  }

  @Test
  void detect_aSmallTownBeforeItsPolice_isAPlaceWhereTheArticleTagsItALocation() {
    List<String> tagged = found("A boy drowned in [Slidell|LOC] on Friday. [Slidell Police Department|ORG] said so.");
    assertEquals(2, count(tagged, "Slidell"), tagged.toString());
    List<String> untagged = found("The [Justice Police Department|ORG] said so.");
    assertEquals(List.of(), untagged);
  }

  @Test
  void detect_aTownTaggedAsAPerson_isAPlaceAfterTheCityOf() {
    List<String> found = found("Troops reached the outskirts of the city of [Douma|PER]. [Douma|PER] is surrounded.");
    assertEquals(2, count(found, "Douma"), found.toString());
  }

  @Test
  void detect_anUpperCaseDatelineTaggedAsAnOrganisation_isAPlace() {
    List<String> found = found("[TORONTO|ORG] \u2014 The family of an 81-year-old man sued the city.");
    assertEquals(List.of("TORONTO"), found);
  }

  @Test
  void detect_anUpperCaseDatelineWithItsStateAbbreviation_isAPlace_butAnUpperCaseAcronymIsNot() {
    List<String> found = found("[ALLENDALE|ORG], [N.J.|LOC] -- Mothers and their children met on Sunday.");
    assertTrue(found.contains("ALLENDALE"), found.toString());
    List<String> acronym = found("[NATO|ORG] \u2014 The alliance met on Sunday.");
    assertEquals(List.of(), acronym);
  }

  @Test
  void detect_personsAndBrandsNamedLikeAPlaceTaggedElsewhere_stayNoPlaces() {
    List<String> people = found("Heating is dear in [Nelson|LOC]. [Nelson|PER] says the number could be higher.");
    assertTrue(count(people, "Nelson") <= 1, people.toString());
    List<String> brands = found("Shops in [Zara|LOC] closed. [Zara|ORG] outsources a small fraction of its work.");
    assertTrue(count(brands, "Zara") <= 1, brands.toString());
  }

  @Test
  void detect_anUntaggedItemOfAListOfPlaces_isAPlace() {
    List<String> found = found("Cases were reported in [Kisumu|LOC], Siaya and [Nakuru|LOC] last week.");
    assertTrue(found.contains("Siaya"), found.toString());
  }

  @Test
  void detect_aTownTaggedAsAPersonInAListOfTownsOfItsCountry_isAPlace_butAPersonIsNot() {
    List<String> found = found("[Kisumu|LOC], [Migori|PER], [Nakuru|LOC] and [Siaya|LOC] are the worst hit.");
    assertTrue(found.contains("Migori"), found.toString());
    List<String> people = found("[Smith|PER], [Jones|PER] and [Kisumu|LOC] officials met.");
    assertEquals(List.of("Kisumu"), people);
  }

  @Test
  void detect_oneOrTwoWordTownsTaggedAsPersonsInAListOfTheSentencesPlaces_arePlaces_butNotUnknownNames() {
    List<String> found = found("Aid reached [Suba|LOC], [Migori|PER], [Homa Bay|PER], [Kisumu|LOC] and "
        + "[Nakuru|LOC] on Friday.");
    assertTrue(found.containsAll(List.of("Migori", "Homa Bay")), found.toString());
    List<String> people = found("Aid reached [Kisumu|LOC], [Nakuru|LOC] and [Mary Zzyzx|PER] on Friday.");
    assertEquals(List.of("Kisumu", "Nakuru"), people);
  }

  @Test
  void detect_aNameBeforeACommaAndACountry_isAPlaceEvenWhereTheGazetteerLacksIt() {
    List<String> found = found("The trial ran in Zzyzxville, [Kenya|LOC], for 42 days.");
    assertTrue(found.contains("Zzyzxville"), found.toString());
    List<String> person = found("[Smith|PER], [Kenya|LOC] envoy, said so.");
    assertEquals(List.of("Kenya"), person);
  }

  @Test
  void detect_aStateAbbreviationAfterATownOrInBrackets_isAPlace_butAFirmsSuffixIsNot() {
    List<String> town = found("A 55-year-old Glen Burnie, Md. man was arrested on Friday.");
    // the test's tokeniser splits the period off, CoreNLP's keeps it
    assertTrue(town.stream().anyMatch(x -> x.startsWith("Md")), town.toString());
    assertTrue(town.contains("Glen Burnie"), town.toString());
    List<String> bracketed = found("The [Walker County|LOC] (Ga.) Sheriff's Office asked for help.");
    assertTrue(bracketed.stream().anyMatch(x -> x.startsWith("Ga")), bracketed.toString());
    List<String> firm = found("You can visit [Dimond Kaplan|PER], P.A. on the web. Miss. Jones came.");
    assertEquals(List.of(), firm);
  }

  @Test
  void abbreviates_initialsOrLettersInOrder() {
    assertTrue(ToponymDetector.abbreviates("N.M.", "New Mexico"));
    assertTrue(ToponymDetector.abbreviates("Wis.", "Wisconsin"));
    assertTrue(!ToponymDetector.abbreviates("P.A.", "Pennsylvania"));
    assertTrue(!ToponymDetector.abbreviates("Mx.", "Maryland"));
  }

  @Test
  void detect_aTownTaggedAsAPersonAfterAPrepositionOfPlace_isAPlace_butNotAPersonNamedSo() {
    List<String> town = found("The landscape around [Hinton|PER] is dotted with oil wells.");
    assertEquals(List.of("Hinton"), town);
    List<String> person = found("[Mark Hinton|PER] spoke. A letter came from [Hinton|PER] on Monday.");
    assertEquals(List.of(), person);
    List<String> according = found("It was true, according to [Hinton|PER].");
    assertEquals(List.of(), according);
    List<String> unknown = found("The landscape around [Zzyzxbury|PER] is flat.");
    assertEquals(List.of(), unknown);
  }

  @Test
  void detect_aTownTaggedAsAPersonBeforeACommaAndItsCountry_isAPlace_butAPersonOrAModifierIsNot() {
    List<String> town = found("Her hometown was [Kuala Lumpur|PER], [Malaysia|LOC], she said.");
    assertTrue(town.contains("Kuala Lumpur"), town.toString());
    List<String> named = found("[Mark Hinton|PER] spoke, and later [Hinton|PER], [Canada|LOC], agreed.");
    assertEquals(List.of("Canada"), named);
    List<String> modifier = found("[Freeland|PER], [U.S.|LOC] Trade Representative [Robert Lighthizer|PER] met.");
    assertTrue(!modifier.contains("Freeland"), modifier.toString());
  }

  @Test
  void detect_aTwoWordTownTaggedAsAPersonAfterIn_isAPlace() {
    List<String> town = found("He was admitted to a hospital in [Milton Keynes|PER] on Monday.");
    assertEquals(List.of("Milton Keynes"), town);
  }

  @Test
  void detect_aSmallTownTaggedAsAnOrganisationAfterAPrepositionOfPlace_isAPlace_butNotAnAcronymOrAnInstitution() {
    List<String> town = found("The diversion doubles the distance to [Cirencester|ORG] tonight.");
    assertEquals(List.of("Cirencester"), town);
    List<String> college = found("She studied at [Cirencester College|ORG] for a year.");
    assertEquals(List.of(), college);
    List<String> justice = found("He was referred to the Department of [Justice|ORG] at once.");
    assertEquals(List.of(), justice);
  }

  @Test
  void detect_aCountyTaggedAsAnOrganisation_isAPlace_butNotInsideAnOrganisationsName() {
    List<String> county = found("The money goes to [Pike County|ORG], a district harder hit.");
    assertEquals(List.of("Pike County"), county);
    List<String> sheriff = found("The [Pike County Sheriff|ORG] asked for help.");
    assertEquals(List.of(), sheriff);
    List<String> unknown = found("The money goes to [Zzyzx County|ORG], a district harder hit.");
    assertEquals(List.of(), unknown);
  }

  @Test
  void detect_anEnglishCeremonialCountyTheDivisionTableLacks_isAPlace() {
    List<String> found = found("Floods closed roads in [Kettering|LOC], [Northamptonshire|ORG], and across "
        + "[Yorkshire|ORG] and [Cheshire|LOC] on Sunday.");
    assertEquals(List.of("Kettering", "Northamptonshire", "Yorkshire", "Cheshire"), found);
  }

  @Test
  void detect_aFortOrLakeTownTaggedAsAPersonOrAnOrganisation_isAPlace_butNotInsideAnOrganisationsName() {
    List<String> found = found("Soldiers returned to [Fort Bragg|LOC] on Monday. [Fort Bragg|PER] said the unit "
        + "was ready, and [Lake Placid|ORG] agreed to host them.");
    assertEquals(List.of("Fort Bragg", "Fort Bragg", "Lake Placid"), found);
    List<String> paper = found("The [Fort Worth Star-Telegram|ORG] reported it first.");
    assertEquals(List.of(), paper);
    List<String> unknown = found("[Fort Zzyzx|PER] said the unit was ready.");
    assertEquals(List.of(), unknown);
  }

  @Test
  void detect_twoPlacesJoinedByAHyphen_areTwoPlaces() {
    List<String> found = found("Close cooperation brings peace to [Asia-Pacific|LOC] and the MLA for [Nelson-Creston|LOC] agreed.");
    assertEquals(List.of("Asia", "Pacific", "Nelson", "Creston"), found);
    List<String> unknown = found("The MLA for [Nelson-Zzyzx|LOC] agreed.");
    assertTrue(!unknown.contains("Nelson"), unknown.toString());
  }

  @Test
  void detect_aTownWherePeopleLiveOrAreBased_isAPlaceHoweverTagged_butNotAPersonsName() {
    assertEquals(List.of("Hammond"), found("A 67-year-old [Hammond|PER] resident fell ill."));
    assertEquals(List.of("Tyler"), found("[Mark Kitsmore|PER], 54, of [Tyler|PER] said so."));
    assertEquals(List.of("Irwindale"), found("They came from [Irwindale|ORG] based [Ready Pac|ORG] last week."));
    assertEquals(List.of(), found("[John Tyler|PER] spoke; [Bob Kitsmore|PER], 54, of [Tyler|PER] agreed."));
    assertEquals(List.of(), found("A 67-year-old [Zzyzx|PER] resident fell ill."));
  }

  @Test
  void detect_aTownAndItsDivisionAfterAComma_arePlacesHoweverTagged_butNotWhereTheTownIsElsewhere() {
    List<String> found = found("It will be built at [Hinton|PER], [Alberta|ORG] next year.");
    assertEquals(List.of("Hinton", "Alberta"), found);
    List<String> elsewhere = found("It will be built at [Hinton|PER], [Kansas|ORG] next year.");
    assertTrue(!elsewhere.contains("Hinton"), elsewhere.toString());
  }

  @Test
  void detect_aDatelineWithALongerStateAbbreviationOrAnAgencyMidLine_isAPlace() {
    List<String> kansas = found("[LAWRENCE|ORG], Kan. (AP) \u2014 A man was arrested on Friday.");
    assertTrue(kansas.contains("LAWRENCE"), kansas.toString());
    List<String> agency = found("By [Jill Colvin|PER], [Associated Press|ORG] [WASHINGTON|ORG] (AP) \u2014 China vowed to fight.");
    assertTrue(agency.contains("WASHINGTON"), agency.toString());
    List<String> acronym = found("Officials of [NATO|ORG] (AP) met on Sunday.");
    assertEquals(List.of(), acronym);
  }

  @Test
  void detect_aDivisionsAbbreviationInCapitalsTaggedAsAnOrganisation_isAPlace() {
    List<String> found = found("Officials said the [NSW|ORG] government confirmed cases in regional [NSW|ORG] today.");
    assertEquals(2, count(found, "NSW"), found.toString());
  }

  @Test
  void detect_aTownAndItsSecondLevelDivisionAfterAComma_arePlaces_butNotWhereTheTownIsElsewhere() {
    List<String> found = found("The fifth round is at [Snetterton|PER], [Norfolk|ORG] in July.");
    assertEquals(List.of("Snetterton", "Norfolk"), found);
    List<String> elsewhere = found("The fifth round is at [Snetterton|PER], [Fife|ORG] in July.");
    assertTrue(!elsewhere.contains("Snetterton"), elsewhere.toString());
  }

  @Test
  void detect_aBuildingNamedAfterAPlace_isThatPlace_butNotABuildingNamedAfterAPerson() {
    Marked m = new Marked("He was taken to [Colchester General Hospital|LOC] and then to [Harlow|LOC].");
    List<Candidate> found = detector.detect(m.text(), m.annotation, m.actors);
    assertEquals("Colchester General Hospital", found.get(0).span().text(), found.toString());
    assertEquals("Colchester", found.get(0).name(), found.toString());
    assertEquals(List.of("Manila Cathedral"), found("Mass was held at the [Manila Cathedral|ORG] on Sunday."));
    List<String> person = found("[Frank Harlow|PER] gave money to the [Harlow Memorial Hospital|ORG] on Sunday.");
    assertEquals(List.of(), person);
    assertEquals(List.of(), found("She works at [Adam Malik Hospital|ORG] in the north."));
  }

  @Test
  void detect_aVenueNoPlaceNames_isAPlaceByItsWholeName_butNotAnInstitutionOrAPerson() {
    assertEquals(List.of("Jamsil Stadium", "Seoul"), found("Smog was thick near Jamsil Stadium in [Seoul|LOC] today."));
    assertEquals(List.of("Northwestern Memorial Hospital"),
        found("He died at [Northwestern Memorial Hospital|ORG] on Friday."));
    assertEquals(List.of("Alder Hey Children's Hospital"),
        found("Doctors at the [Alder Hey Children's Hospital|ORG] said he was stable."));
    assertEquals(List.of(), found("The [Catholic Church|ORG] said the bishop would resign."));
    assertEquals(List.of(), found("A scholar at the [Wilson Center|ORG] said talks had stalled."));
    assertEquals(List.of(), found("[Barbara Castle|PER] spoke for the government."));
    assertEquals(List.of(), found("She was taken to General Hospital after the crash."));
    assertEquals(List.of(), found("The [Kenyan|MISC] Hospital Board met on Monday."));
  }

  @Test
  void detect_anInstitutionSomethingIsAt_isAPlaceByItsWholeName_butNotWhereItActsOrEmploys() {
    assertEquals(List.of("Brackley State University"),
        found("The rally was held at [Brackley State University|ORG] on Monday."));
    assertEquals(List.of("Qorvalis Events Center"),
        found("The fight was held at the Qorvalis Events Center last night."));
    assertEquals(List.of("Colorado State University"),
        found("The concert will be at [Colorado State University|ORG] in the spring."));
    assertEquals(List.of("Qorvalis Elementary School"),
        found("He was arrested on Thursday at Qorvalis Elementary School."));
    assertEquals(List.of(), found("[Brackley State University|ORG] said the tests were sound."));
    assertEquals(List.of(), found("Dr. Lin, a research scientist at [Brackley State University|ORG], ran the tests."));
    assertEquals(List.of(), found("Said Jo Kim, a professor of trade policy at the [Qorvalis Center|ORG]."));
    assertEquals(List.of(), found("Said Jo Kim, a virologist at [Brackley University|ORG]."));
    assertEquals(List.of(), found("A study by [Brackley State University|ORG] found little fraud."));
    assertEquals(List.of(), found("He spoke at [Brackley University|ORG]'s law school."));
    assertEquals(List.of(), found("He was a student at the University last year."));
    assertEquals(List.of("Brackley University Hospital"),
        found("She was treated at [Brackley University Hospital|ORG] on Monday."));
  }

  @Test
  void detect_aPathogenNamedLikeATown_isNoPlaceAnywhereInTheArticle_butABigCityIs() {
    List<String> found = found("Pigs had the [Reston|LOC] ebolavirus. The [Ebola|MISC] - [Reston|LOC] strain is mild. "
        + "Later the [Reston|LOC] samples were sent on.");
    assertEquals(0, count(found, "Reston"), found.toString());
    List<String> city = found("Cases of the [Wuhan|LOC] virus rose in [Wuhan|LOC] this week.");
    assertEquals(2, count(city, "Wuhan"), city.toString());
  }

  @Test
  void detect_aBigTownTaggedAsAnOrganisationInASportsReport_isItsTeam_butNotElsewhereOrInAClubsName() {
    String report = " The coach praised his striker after the match, their best of the season.";
    List<String> team = found("[Liverpool|ORG] won the game 3-0 and [Sunderland|ORG] lost." + report);
    assertEquals(List.of("Liverpool", "Sunderland"), team);
    assertEquals(List.of(), found("[Liverpool|ORG] said its profits rose in March."));
    assertEquals(List.of(), found("[Liverpool FC|ORG] won the game 3-0." + report));
  }

  @Test
  void detect_aBigTownTaggedAsALocation_staysAPlaceBesideAPersonSoNamed_butASmallTownDoesNot() {
    List<String> big = found("[Smart Dubai|PER] launched the song. [Dubai|LOC] has strategic goals.");
    assertEquals(List.of("Dubai"), big);
    List<String> small = found("Councillor [Dewly Nelson|PER] spoke. [Nelson|LOC] himself was a critic.");
    assertEquals(List.of(), small);
  }

  @Test
  void detect_aPlaceModifyingANounAfterAnArticle_isAPlaceHoweverTagged_butNotAnAcronymOrAPerson() {
    List<String> found = found("It was found at a [Surrey|ORG] farm near the Pirbright laboratory.");
    assertEquals(List.of("Surrey", "Pirbright"), found);
    assertEquals(List.of(), found("They said the [UN|ORG] mission met before the [Congress|ORG] hearing."));
    assertEquals(List.of(), found("[Jo Pirbright|PER] said the Pirbright family was told."));
    assertEquals(List.of(), found("Then the Union government was told to comply."));
  }

  @Test
  void detect_aCountrysNameOfSeveralWords_isAPlaceHoweverTagged_butNotAnOrganisationsWholeName() {
    List<String> found = found("Cholera hit [Ghana|LOC], [C\u00f4te|PER] d'Ivoire and [Guinea|LOC] this year.");
    assertTrue(found.contains("C\u00f4te d'Ivoire"), found.toString());
    assertEquals(List.of("United Kingdom"), found("They fly back to the [United|ORG] Kingdom Sunday."));
    // the agency's name is no country's, though the country it serves is a place (thePlaceAGovernmentBodyServes)
    assertEquals(List.of("United States"), found("Then the [United States Food and Drug Administration|ORG] said so."));
  }

  @Test
  void detect_aNameTaggedAsALocationThreeTimesAsOftenAsAPerson_isAPlace_butNotWhereTaggedAPersonOftener() {
    List<String> found = found("Troops took eastern [Zabadani|LOC]. Shelling hit [Zabadani|LOC] again. Aid reached "
        + "[Zabadani|LOC]. Securing [Zabadani|PER] was the aim.");
    assertTrue(count(found, "Zabadani") >= 3, found.toString());
    List<String> person = found("Crowds met in [Zabadani|LOC] and [Zabadani|LOC]. [Zabadani|PER] said so.");
    assertEquals(0, count(person, "Zabadani"), person.toString());
  }

  @Test
  void detect_aDivisionWordInsideTheRecognisersSpan_isLookedUpWithoutIt() {
    Marked m = new Marked("Cases rose in [Akita Prefecture|LOC] and in the [Salinas Valley|LOC] this week.");
    List<Candidate> found = detector.detect(m.text(), m.annotation, m.actors);
    assertEquals(List.of("Akita Prefecture", "Salinas Valley"), found.stream().map(c -> c.span().text()).toList());
    assertEquals(List.of("Akita", "Salinas"), found.stream().map(Candidate::name).toList());
    assertEquals(GeoPlace.Kind.ADMIN1, found.get(0).hint());
  }

  @Test
  void detect_aStreetTaggedAsALocation_isAPlaceThoughAPlacesNameIsPartOfIt_butNotAnOrganisationSoNamed() {
    assertEquals(List.of("Northumberland Avenue West"),
        found("He was seen on [Northumberland Avenue West|LOC] on Friday."));
    assertEquals(List.of(), found("He flew with [Air Zimbabwe|LOC] on Friday."));
  }

  @Test
  void detect_aStormsName_isNoPlaceAnywhereInTheArticle() {
    List<String> found = found("[Hurricane Florence|LOC] hit [Wilmington|LOC]. After [Florence|LOC] left, power "
        + "came back.");
    assertEquals(List.of("Wilmington"), found);
  }

  @Test
  void detect_aDirectionInsideTheRecognisersSpan_keepsThePlace_butPeopleNamedByTheirCountryAreNone() {
    Marked m = new Marked("Aid reached [Eastern Qarnaba|LOC] while hiring grew in the [Western US|LOC].");
    List<Candidate> found = detector.detect(m.text(), m.annotation, m.actors);
    assertEquals("Eastern Qarnaba", found.get(0).span().text(), found.toString());
    assertEquals("US", found.get(1).name(), found.toString());
    assertEquals(List.of(), found("Then [South Koreans|LOC] voted."));
  }

  @Test
  void detect_aNamedTownship_isAPlaceByItsWholeName_butATownshipInSmallLettersIsTheTown() {
    Marked m = new Marked("The gala is at a restaurant in [Washington Township|LOC] in April.");
    List<Candidate> found = detector.detect(m.text(), m.annotation, m.actors);
    assertEquals(1, found.size(), found.toString());
    assertEquals("Washington Township", found.get(0).name());
    assertNull(found.get(0).hint());
    Marked small = new Marked("Farmers in [Lujhu|LOC] township sold their rice.");
    List<Candidate> town = detector.detect(small.text(), small.annotation, small.actors);
    assertEquals(1, town.size(), town.toString());
    assertEquals("Lujhu", town.get(0).name());
    assertEquals(GeoPlace.Kind.CITY, town.get(0).hint());
  }

  @Test
  void detect_placesAWordForTownsIntroduces_arePlacesHoweverTaggedAndKnown_butNotDaysOrPeople() {
    List<String> found = found("The virus hit the villages of Zorvaki de Jos, [Maliucu|PER] and Caraormani last week.");
    assertEquals(List.of("Zorvaki de Jos", "Maliucu", "Caraormani"), found);
    assertEquals(List.of(), found("They met in the neighborhood of Saturday's market and the town of Monday."));
    assertEquals(List.of(), found("[Anna Qarnabi|PER] spoke; fans came from the town of [Qarnabi|PER] itself."));
  }

  @Test
  void detect_aPlaceInAnActorsDescriptionInSmallLetters_isAPlace_butNotAPlaceInsideAnActorsName() {
    Marked m = new Marked("Tim Whitley, a city official in [Malakoff|LOC], said so.");
    String role = "city official in Malakoff";
    int at = m.text().indexOf(role);
    Actors actors =
        new Actors(List.of(), List.of(new Mention("actor:whitley", new Span(at, at + role.length(), role))));
    List<String> found = detector.detect(m.text(), m.annotation, actors).stream().map(c -> c.span().text()).toList();
    assertEquals(List.of("Malakoff"), found);
    Marked person = new Marked("Then [Malakoff|LOC] Whitley of the council said so.");
    String name = "Malakoff Whitley of the council";
    int from = person.text().indexOf(name);
    Actors named = new Actors(List.of(), List.of(new Mention("actor:p", new Span(from, from + name.length(), name))));
    assertEquals(List.of(), detector.detect(person.text(), person.annotation, named));
  }

  @Test
  void roleOnly_cutsADescriptionInSmallLettersBeforeThePlace_andKeepsAName() {
    assertEquals("mayor", ToponymDetector.roleOnly(new Span(10, 28, "mayor of Santa Ana")).text());
    assertEquals("a local BJP leader",
        ToponymDetector.roleOnly(new Span(0, 31, "a local BJP leader in Rajasthan")).text());
    assertEquals("Mayor of London", ToponymDetector.roleOnly(new Span(0, 15, "Mayor of London")).text());
    assertEquals("friends of ours", ToponymDetector.roleOnly(new Span(0, 15, "friends of ours")).text());
  }

  @Test
  void detect_aStreetHoweverTagged_isAPlace_butNotInsideALongerName() {
    assertEquals(List.of("Kingsley Road", "Third Street", "Qarnab Avenue West", "14th Street"),
        found("He lived on [Kingsley Road|PER], worked on Third Street and [Qarnab Avenue|ORG] West, and ate on 14th "
            + "Street."));
    assertEquals(List.of(), found("The [Wall Street Journal|ORG] and the Royal Street Band said so."));
    assertEquals(List.of(), found("In March the agency said Center Street was closed."));
  }

  @Test
  void detect_aRiverOrDeltaTheGazetteerLacks_isAPlaceHoweverTagged_butNotATeamNamedAfterIt() {
    assertEquals(List.of("Qarnab Delta", "Mississippi River"),
        found("Birds died in the [Qarnab Delta|ORG] and along the [Mississippi River|LOC] this week."));
    assertEquals(List.of(), found("The [Qarnab Bay Rovers|ORG] won."));
  }

  @Test
  void detect_aKnownPlaceAfterAHyphenatedWordInTheRecognisersSpan_isFound() {
    // the hyphenated word as one token ("Sub-Saharan")
    Marked m = new Marked("Aid for [Rebel-held Aleppo|LOC] was named.");
    List<Candidate> found = detector.detect(m.text(), m.annotation, m.actors);
    assertEquals(List.of("Aleppo"), found.stream().map(Candidate::name).toList());
    // the hyphen as a token of its own, as CoreNLP splits "Pakistan-administered": both places
    String text = "A man in Pakistan-administered Kashmir spoke.";
    String[] words = {"A", "man", "in", "Pakistan", "-", "administered", "Kashmir", "spoke", "."};
    List<Token> tokens = new java.util.ArrayList<>();
    int at = 0;
    for (String w : words) {
      int start = text.indexOf(w, at);
      at = start + w.length();
      boolean located = start >= 9 && at <= 38;
      tokens.add(new Token(tokens.size(), start, at, w, w.toLowerCase(), w.equals("Pakistan") || w.equals("Kashmir")
          ? "NNP" : "NN", located ? EntityType.LOCATION : EntityType.OTHER));
    }
    LinguisticAnnotation annotation = new LinguisticAnnotation(List.of(new Sentence(0, 0, text.length(), tokens,
        List.of())), List.of(new EntityMention(new Span(9, 38, text.substring(9, 38)), EntityType.LOCATION, 0, null)));
    List<Candidate> split = detector.detect(text, annotation, Actors.none());
    assertEquals(List.of("Pakistan", "Kashmir"), split.stream().map(c -> c.span().text()).toList());
  }

  @Test
  void detect_aRoadsNumberInASentenceOnTraffic_isAPlace_butNotAnAircraftsName() {
    assertEquals(List.of("A417", "A436", "A40", "M5"),
        found("The A417 is closed, with a diversion via the A436, A40 and M5 roads."));
    assertEquals(List.of(), found("The A380 took off with 500 people on board."));
  }

  @Test
  void detect_aNorwegianCountyInAListTaggedAsAPersonOrUntagged_isAPlace() {
    List<String> found = found("Birds must stay indoors in [Rogaland|LOC], [Oslo|LOC], [Hedmark|PER], Vest-Agder and "
        + "[Telemark|LOC].");
    assertEquals(List.of("Rogaland", "Oslo", "Hedmark", "Vest-Agder", "Telemark"), found);
  }

  @Test
  void detect_aBuildingTheRecogniserTookForALocation_isThePlaceItsNameHolds_butNotAnOrganisation() {
    Marked m = new Marked("A pipe burst in the [Illinois State Armory|LOC] and children stay at [SOS Children's "
        + "Village Malakal|LOC]; [Taco Bell Canada|LOC] recalled onions.");
    List<Candidate> found = detector.detect(m.text(), m.annotation, m.actors);
    assertEquals(List.of("Illinois State Armory", "SOS Children's Village Malakal"),
        found.stream().map(c -> c.span().text()).toList());
    assertEquals(List.of("Illinois", "Malakal"), found.stream().map(Candidate::name).toList());
  }

  @Test
  void detect_anAcronymOfACountryTheArticleNamesInFull_isThatCountry_butNotAnOrganisationsOrOneInAName() {
    Marked m = new Marked("Ministers of [Antigua and Barbuda|LOC] met, and later [A&B|ORG] said the [A&B|ORG] mission "
        + "would stay, and [WHO|ORG] agreed; the [A&B Weekly|ORG] reported it.");
    List<Candidate> found = detector.detect(m.text(), m.annotation, m.actors);
    assertEquals(List.of("Antigua and Barbuda", "A&B", "A&B"), found.stream().map(c -> c.span().text()).toList());
    assertEquals("Antigua and Barbuda", found.get(1).name());
    assertEquals(List.of(), found("Officials said [A&B|ORG] said the [A&B|ORG] mission would stay."));
  }

  @Test
  void detect_aOneWordTownTaggedAsAPersonThatNoPersonBears_isAPlaceWhereItStandsAlone_butNotAPersonsName() {
    List<String> found = found("The show was held in [Kempsey|PER] in May, and each [Kempsey|PER] horse is kept in. "
        + "[Kempsey|PER] is quiet.");
    assertEquals(List.of("Kempsey", "Kempsey", "Kempsey"), found);
    // a person named in full, with a title, or never placed is a person
    assertEquals(List.of(), found("[John Kempsey|PER] spoke in [Kempsey|PER]. [Kempsey|PER] said so."));
    // (only the name right after "in" is a place there, by the rule for towns after a preposition of place)
    assertEquals(List.of("Kempsey"), found("Dr. [Kempsey|PER] spoke in [Kempsey|PER]. A [Kempsey|PER] horse won."));
    assertEquals(List.of("Kempsey"), found("It was held in [Kempsey|PER]. A [Kempsey|PER] horse won. "
        + "[Kempsey|PER] says so."));
    assertEquals(List.of(), found("Every [Kempsey|PER] horse is kept in. [Kempsey|PER] is quiet."));
  }

  @Test
  void detect_aOneWordTownTaggedAsAnOrganisationThatTheArticlePutsAfterPrepositionsOfPlaceTwice_isAPlace() {
    List<String> found = found("Power is out in [Tully|ORG], and food was sent to [Tully|ORG] and the [Tully|ORG] "
        + "area.");
    assertEquals(List.of("Tully", "Tully", "Tully"), found);
    // once is not enough for a small town, and an organisation that speaks is none
    assertEquals(List.of(), found("Power is out in [Tully|ORG], and the [Tully|ORG] area is dark."));
    assertEquals(List.of(), found("Power is out in [Tully|ORG] and sent to [Tully|ORG]. [Tully|ORG] said so."));
  }

  @Test
  void detect_theWestEndingItsNounPhrase_isTheWesternWorld_butNotPartOfANameOrOfAPlace() {
    Marked m = new Marked("Ties between [Moscow|LOC] and the West, already poor, worsened in the West.");
    List<Candidate> found = detector.detect(m.text(), m.annotation, m.actors);
    assertEquals(List.of("Moscow", "West", "West"), found.stream().map(c -> c.span().text()).toList());
    assertEquals("Western world", found.get(1).name());
    assertEquals(List.of(), found("Surfers on the West coast and farmers in the West of the island met."));
  }

  @Test
  void detect_aNameTheTextCallsATown_isAPlaceEvenWhereTheGazetteerLacksIt_butNotAPersonWithATownsOffice() {
    // (the test's tagger takes every word in small letters for a noun, so the town's word ends the sentence)
    assertEquals(List.of("Turkey", "Zzyzx Qarlu"),
        found("In [Turkey|LOC] the children were from [Zzyzx Qarlu|PER], a farming town."));
    assertEquals(List.of("Qorlu"), found("[Qorlu|PER] is a rural township."));
    assertEquals(List.of(), found("[Jo Smith|PER], a town councillor, said [Jones|PER] is a city official."));
  }

  @Test
  void detect_aTownAndItsDivisionAfterACapitalisedArticle_isAPlace() {
    // "A" starting the sentence is a determiner, no word of a name: the pair rule still holds
    String text = "A Innisfail, Queensland, Australia paper shut.";
    String[] words = {"A", "Innisfail", ",", "Queensland", ",", "Australia", "paper", "shut", "."};
    List<Token> tokens = new java.util.ArrayList<>();
    List<EntityMention> entities = new java.util.ArrayList<>();
    int at = 0;
    for (String w : words) {
      int start = text.indexOf(w, at);
      at = start + w.length();
      String pos = w.equals("A") ? "DT" : Character.isUpperCase(w.charAt(0)) ? "NNP" : w.equals(",") ? "," : "NN";
      EntityType ner = w.equals("Queensland") ? EntityType.LOCATION
          : w.equals("Innisfail") || w.equals("Australia") ? EntityType.ORGANIZATION : EntityType.OTHER;
      tokens.add(new Token(tokens.size(), start, at, w, w.toLowerCase(), pos, ner));
      if (ner != EntityType.OTHER) {
        entities.add(new EntityMention(new Span(start, at, w), ner, 0, null));
      }
    }
    LinguisticAnnotation annotation = new LinguisticAnnotation(List.of(new Sentence(0, 0, text.length(), tokens,
        List.of())), entities);
    List<Candidate> found = detector.detect(text, annotation, Actors.none());
    assertTrue(found.stream().anyMatch(c -> c.span().text().equals("Innisfail")), found.toString());
  }

  @Test
  void detect_anItemBetweenTwoPlacesOfAList_isAPlaceHoweverTaggedAndEvenWhereTheGazetteerLacksIt() {
    // an Australian regional story: the tagger took two small towns for a person and an organisation
    List<String> found = found("Roads were closed at [Gundagai|LOC], [Qwerrabin|PER], [Tumut|LOC], [Yarrowlumla|ORG] "
        + "and [Adelong|LOC] on Monday.");
    assertTrue(found.containsAll(List.of("Gundagai", "Qwerrabin", "Tumut", "Yarrowlumla", "Adelong")),
        found.toString());
    // a person after a town and a comma, with no place after the person, stays a person
    List<String> mayor = found("The mayor of [Gundagai|LOC], [Maitland|PER], said the river had peaked.");
    assertEquals(List.of("Gundagai"), mayor);
  }

  @Test
  void detect_aTownTaggedAsAnOrganisationJoinedByAndToATownOfItsCountry_isAPlace_butNotAFirmOfAnotherCountry() {
    // a UK town story
    List<String> found = found("Police were called to homes in [Cirencester|LOC] and [Tetbury|ORG] on Sunday.");
    assertEquals(List.of("Cirencester", "Tetbury"), found);
    // Toyota is a Japanese city too, not a town of Australia, where Altona is
    List<String> firm = found("Jobs will go at [Altona|LOC] and [Toyota|ORG] this year.");
    assertEquals(List.of("Altona"), firm);
  }

  @Test
  void detect_aDivisionsPostalAbbreviationAfterATownOfThatDivision_isAPlace_butNotABarristersRank() {
    // a US county-seat story and an Australian regional one
    List<String> found = found("[GREENVILLE COUNTY|ORG], SC (WSPA) - Deputies arrested a man on Tuesday.");
    assertTrue(found.contains("SC"), found.toString());
    // a dateline in capitals that the recogniser took for a person's name
    List<String> dateline = found("[SPARTANBURG|PER] COUNTY, SC (WSPA) - A fire broke out.");
    assertTrue(dateline.contains("SC"), dateline.toString());
    List<String> nsw = found("The show moved to [Dubbo|LOC], NSW in March.");
    assertEquals(List.of("Dubbo", "NSW"), nsw);
    // a barrister's rank after a person's name, and letters after a town of another division, are no places
    assertEquals(List.of(), found("[Jackson|PER], SC, told the court the claim failed."));
    assertEquals(List.of("Dubbo"), found("The show moved to [Dubbo|LOC], SC in March."));
  }

  @Test
  void detect_anAustralianStateAbbreviationAfterATownOrInADateline_isAPlace_butNotAloneAsAName() {
    // Australian news writes its states without periods: after a town of that state, and in a dateline
    assertEquals(List.of("Ipswich", "Qld"), found("Flood waters reached [Ipswich|LOC], Qld on Friday."));
    List<String> dateline = found("[HAMILTON|ORG], Vic (AAP) - The shire council met on Tuesday.");
    assertTrue(dateline.contains("HAMILTON"), dateline.toString());
    assertTrue(dateline.contains("Vic"), dateline.toString());
    // a man's name, and letters after a town of another state, are no places
    assertEquals(List.of(), found("[Vic|PER] said the flood was the worst he had seen."));
    assertEquals(List.of("Ipswich"), found("Flood waters reached [Ipswich|LOC], Tas on Friday."));
  }

  @Test
  void detect_aUsStatesPostalCodeAfterATownOfThatState_isAPlace_butNotAWordInCapitals() {
    assertEquals(List.of("Paris", "TX"), found("A barn burned near [Paris|LOC], TX on Friday."));
    assertEquals(List.of(), found("The mayor said it was OK, and IN came the crowd."));
  }

  @Test
  void detect_aLocationRightAfterAPrepositionOfPlace_staysAPlaceWhereAnActorBearsItsName_butNotASmallTownOrTheActor() {
    // the actor dictionary may hold an organisation or outlet by a city's name; the mention here is the city
    assertEquals(List.of("Baku"), foundWithActor("There was rare good news from [Baku|LOC] today.", "Baku"));
    assertEquals(List.of("Baku"), foundWithActor("Police in [Baku|LOC] made arrests.", "Baku"));
    // the acting organisation and a town too small to outweigh the dictionary stay blocked
    assertEquals(List.of(), foundWithActor("[Baku|LOC] said the talks would go on.", "Baku"));
    assertEquals(List.of(), foundWithActor("A statement came from [Tully|LOC] on Monday.", "Tully"));
  }

  /** The places found where an organisation of the actor dictionary bears the name marked in the text. */
  private static List<String> foundWithActor(String marked, String name) {
    Marked m = new Marked(marked);
    int at = m.text().indexOf(name);
    Actors actors = new Actors(List.of(), List.of(new Mention("actor:" + name, new Span(at, at + name.length(), name))));
    return detector.detect(m.text(), m.annotation, actors).stream().map(c -> c.span().text()).toList();
  }

  @Test
  void detect_aDatelineInCapitalsWithAStatesAbbreviation_isAPlaceEvenWhereTheGazetteerLacksIt_butNotAnAcronym() {
    // a US local story datelined at a base the gazetteer lacks
    List<String> found = found("FORT QWERRY, [Wash.|LOC] - Soldiers trained in the rain on Monday.");
    assertTrue(found.contains("FORT QWERRY"), found.toString());
    // an acronym with only a dash after it is no dateline town, nor is an outlet's name in capitals
    assertEquals(List.of(), found("NATO - The alliance met."));
    List<String> outlet = found("QWERRY NEWS, [Wash.|LOC] - Soldiers trained.");
    assertTrue(!outlet.contains("QWERRY NEWS"), outlet.toString());
  }

  @Test
  void detect_aTownTaggedAsAnOrganisationOnceAfterAPrepositionOfPlace_isAPlaceWhereTheStoryNamesItsDivision() {
    // an Australian regional story: Tully and Cairns are both in Queensland
    assertEquals(List.of("Cairns", "Tully", "Tully"), found("Storms hit [Cairns|LOC] overnight. Power is out in "
        + "[Tully|ORG], and the [Tully|ORG] area is dark."));
    // Perth is in Western Australia: no context for Tully there
    assertEquals(List.of("Perth"), found("Storms hit [Perth|LOC] overnight. Power is out in [Tully|ORG], and the "
        + "[Tully|ORG] area is dark."));
    // a US county-seat story: Dunnellon and Gainesville are in Florida; an organisation that speaks is none
    assertEquals(List.of("Gainesville", "Dunnellon", "Dunnellon"), found("After a crash near [Gainesville|LOC], "
        + "deputies were sent to [Dunnellon|ORG]. Later the [Dunnellon|ORG] road was shut."));
    assertEquals(List.of("Gainesville"), found("After a crash near [Gainesville|LOC], deputies were sent to "
        + "[Dunnellon|ORG]. Later the [Dunnellon|ORG] road was shut. [Dunnellon|ORG] said so."));
  }

  @Test
  void detect_anUnknownListItemBeforeATownOfTheListsCountry_isAPlace_andSoIsThatTown_butNotPeopleAfterPlaces() {
    // a UK town story: the tagger took an unknown village and a town for people
    List<String> found = found("The band played [Leeds|LOC], [York|LOC], [Qwertby|PER] and [Harrogate|PER] in May.");
    assertEquals(List.of("Leeds", "York", "Qwertby", "Harrogate"), found);
    List<String> people = found("The band played [Leeds|LOC], [York|LOC], [Qwertby|PER] and [Jones|PER] sang.");
    assertEquals(List.of("Leeds", "York"), people);
  }
}
