package org.newsgraph.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.Map;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorKind;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Place;
import org.newsgraph.model.Span;

class GazetteerPlaceResolverTest {
  private static GazetteerPlaceResolver resolver;

  @BeforeAll
  static void loadGazetteer() {
    resolver = new GazetteerPlaceResolver(Gazetteer.load());
  }

  private static List<Place> places(String marked) {
    Marked m = new Marked(marked);
    return resolver.resolve(m.article, m.annotation, m.actors);
  }

  /** A place the gazetteer lacks, put at a town's point: no GeoNames id of its own, the town's latitude and longitude. */
  private static void assertPlacedAt(Place town, Place unnamed) {
    assertNull(unnamed.geonameId(), unnamed.toString());
    assertEquals(town.lat(), unnamed.lat(), 1e-9);
    assertEquals(town.lon(), unnamed.lon(), 1e-9);
  }

  private static Place only(List<Place> places, String text) {
    Place found = null;
    for (Place p : places) {
      if (p.span().text().equals(text)) {
        assertNull(found, "two places at " + text);
        found = p;
      }
    }
    assertNotNull(found, "no place " + text + " in " + places);
    return found;
  }

  @Test
  void resolve_easternNangarharProvince_isTheProvinceWithTheWordProvinceInItsSpan() {
    List<Place> places = places("Fighting broke out in eastern [Nangarhar|LOC] province on Monday.");
    Place p = only(places, "Nangarhar province");
    assertEquals(1132366L, p.geonameId());
    assertEquals("AF.18", p.admin1());
    assertEquals("A.ADM1", p.featureClass());
  }

  @Test
  void resolve_theNorthernProvinceOfPanjshir_isTheProvince() {
    Place p = only(places("Fighters gathered in the northern province of [Panjshir|LOC] last year."), "Panjshir");
    assertEquals(6957555L, p.geonameId());
    assertEquals("AF", p.country());
  }

  @Test
  void resolve_thePanjshirValley_isTheCuratedValleyInPanjshir() {
    Place p = only(places("The resistance held out in the [Panjshir|LOC] Valley north of [Kabul|LOC]."),
        "Panjshir Valley");
    assertEquals(6957555L, p.geonameId());
    assertEquals(35.3, p.lat(), 0.3);
    assertEquals(69.5, p.lon(), 0.3);
  }

  @Test
  void resolve_heratProvinceVersusHeratCity_followsTheDivisionWord() {
    List<Place> places = places("He was born in [Herat|LOC] province and later moved to the city of [Herat|LOC].");
    Place province = only(places, "Herat province");
    assertEquals("A.ADM1", province.featureClass());
    assertEquals(1140025L, province.geonameId());
    Place city = places.get(places.size() - 1);
    assertEquals("Herat", city.span().text());
    assertTrue(city.featureClass().startsWith("P."), city.toString());
    assertEquals("AF", city.country());
  }

  @Test
  void resolve_aNameInSeveralCountries_leansToTheOutletsCountry() {
    Marked m = new Marked("Floods reached [Hyderabad|LOC] overnight.");
    Place alone = only(resolver.resolve(m.article, m.annotation, m.actors), "Hyderabad");
    Article fromPakistan = Article.of(null, "https://www.dawn.com/news/1", null, null, m.article.published(), "en",
        m.article.text(), "test");
    Place pakistani = only(resolver.resolve(fromPakistan, m.annotation, m.actors), "Hyderabad");
    assertEquals("IN", alone.country(), "the larger Hyderabad without a hint");
    assertEquals("PK", pakistani.country(), "a Pakistani outlet's Hyderabad");
    Marked named = new Marked("Floods reached [Hyderabad|LOC] in [India|LOC] overnight.");
    Article inIndia = Article.of(null, "https://www.dawn.com/news/2", null, null, named.article.published(), "en",
        named.article.text(), "test");
    assertEquals("IN", only(resolver.resolve(inIndia, named.annotation, named.actors), "Hyderabad").country(),
        "the article's own places outweigh the outlet");
  }

  @Test
  void resolve_demonyms_areNotPlacesButPointAtTheirCountry() {
    List<Place> places = places("[Afghan|MISC] and [Iranian|MISC] officials met in [Herat|LOC].");
    assertEquals(1, places.size(), places.toString());
    assertEquals("AF", places.get(0).country());
  }

  @Test
  void resolve_organisationNames_areNotPlaces() {
    List<Place> places = places("The [Washington|LOC] Post and the [Wilson Center|ORG] said [Kabul Bank|ORG] "
        + "lost money in [Kabul|LOC].");
    assertEquals(1, places.size(), places.toString());
    assertEquals("Kabul", places.get(0).span().text());
    assertEquals(1138958L, places.get(0).geonameId());
  }

  @Test
  void resolve_aPersonsNameElsewhere_isNotAPlace() {
    List<Place> places = places("[Ahmad Massoud|PER] leads the resistance. [Massoud|LOC] said it would fight.");
    assertTrue(places.isEmpty(), places.toString());
  }

  @Test
  void resolve_metonymicCapital_isStillThePlace() {
    Place p = only(places("The ruling movement in [Kabul|LOC] rejected the offer."), "Kabul");
    assertEquals(1138958L, p.geonameId());
    assertTrue(p.confidence() > 0.5, p.toString());
  }

  @Test
  void resolve_washingtonInATalibanStory_isTheCapitalNotTheState() {
    Place p = only(places("[Washington|LOC] and the [Taliban|ORG] held talks in [Doha|LOC]."), "Washington");
    assertEquals("US", p.country());
    assertEquals(38.9, p.lat(), 0.5);
    assertEquals(-77.0, p.lon(), 0.5);
  }

  @Test
  void resolve_longBeachWithCalifornia_staysInCalifornia() {
    Place p = only(places("Police in [Long Beach|LOC], [California|LOC] arrested two men."), "Long Beach");
    assertEquals("US.CA", p.admin1());
  }

  @Test
  void resolve_aTownWithAnAustralianStateAbbreviation_isInThatState() {
    // Ipswich, England and Hamilton, Ontario are bigger: the abbreviation after the comma or in the dateline decides
    Place ipswich = only(places("Flood waters reached [Ipswich|LOC], [Qld|LOC] on Friday."), "Ipswich");
    assertEquals("AU.04", ipswich.admin1());
    Place hamilton = only(places("[HAMILTON|LOC], [Vic|LOC] (AAP) - The shire council met on Tuesday."), "HAMILTON");
    assertEquals("AU.07", hamilton.admin1());
    Place qld = only(places("Flood waters reached [Ipswich|LOC], [Qld|LOC] on Friday."), "Qld");
    assertEquals("A.ADM1", qld.featureClass());
    assertEquals("AU.04", qld.admin1());
    // SA is South Australia after one of its towns, and South Africa alone
    Place augusta = only(places("A storm cut power to [Port Augusta|LOC], [SA|LOC] overnight."), "Port Augusta");
    assertEquals("AU.05", augusta.admin1());
    Place sa = only(places("Miners in [Johannesburg|LOC] went on strike, the biggest in [SA|LOC] this year."), "SA");
    assertEquals("ZA", sa.country());
  }

  @Test
  void resolve_aTownWithAUsStatesPostalCode_isInThatState() {
    // Paris, Texas, not Paris, France
    Place paris = only(places("A barn burned near [Paris|LOC], [TX|LOC] on Friday."), "Paris");
    assertEquals("US.TX", paris.admin1());
  }

  @Test
  void resolve_anEnglishTownWithItsCounty_isInEngland_notBesideAnAmericanCountyOfThatName() {
    // Hingham and Ilchester, Massachusetts and Maryland, are bigger, and lie in states with a Norfolk County and a
    // Somerset County; "Norfolk" and "Somerset" alone are the English counties' own names
    Place hingham = only(places("A barn burned down outside [Hingham|LOC], [Norfolk|LOC], on Sunday."), "Hingham");
    assertEquals("GB", hingham.country());
    Place ilchester = only(places("The bridge at [Ilchester|LOC], [Somerset|LOC], was shut by floods."), "Ilchester");
    assertEquals("GB", ilchester.country());
    // and the town in that county, not the bigger one of the name in another English county (Buxton, Derbyshire)
    Place buxton = only(places("A barn burned down outside [Buxton|LOC], [Norfolk|LOC], on Sunday."), "Buxton");
    assertEquals(52.75, buxton.lat(), 0.3);
    assertEquals(1.3, buxton.lon(), 0.3);
  }

  @Test
  void resolve_aWorldCityBesideAFarTownOfAState_staysTheWorldCity_unlessTheTextTiesTheNameToTheSmallTown() {
    // Paris, Texas lies 150 km from Dallas: the state is where Dallas is, not support for the small namesake
    Place paris = only(places("A nurse from [Dallas|LOC], [Texas|LOC], ran the marathon in [Paris|LOC] on Sunday."),
        "Paris");
    assertEquals("FR", paris.country());
    // the state after the comma, or a neighbouring town, ties it to the small one
    Place qualified = only(places("A nurse from [Dallas|LOC], [Texas|LOC], ran the marathon in [Paris|LOC], "
        + "[Texas|LOC], on Sunday."), "Paris");
    assertEquals("US.TX", qualified.admin1());
    Place neighbour = only(places("A water main broke in [Paris|LOC] on Monday. Crews from nearby [Reno|LOC] and "
        + "from [Dallas|LOC] helped."), "Paris");
    assertEquals("US.TX", neighbour.admin1());
  }

  @Test
  void resolve_lagos_isTheNigerianCity() {
    Place p = only(places("Flights from [Lagos|LOC] were cancelled."), "Lagos");
    assertEquals("NG", p.country());
  }

  @Test
  void resolve_georgiaAmongAmericanStates_isTheState() {
    List<Place> places = places("Storms hit [Alabama|LOC], [Florida|LOC] and [Georgia|LOC] in the [U.S.|LOC]");
    Place p = only(places, "Georgia");
    assertEquals("US", p.country());
    assertEquals("A.ADM1", p.featureClass());
  }

  @Test
  void resolve_georgiaNextToArmenia_isTheCountry() {
    List<Place> places = places("Trade between [Armenia|LOC], [Azerbaijan|LOC] and [Georgia|LOC] grew.");
    assertEquals("GE", only(places, "Georgia").country());
  }

  @Test
  void resolve_countryWithoutNer_isFoundInTheGazetteer() {
    Place p = only(places("Talks with Afghanistan resumed."), "Afghanistan");
    assertEquals(1149361L, p.geonameId());
  }

  @Test
  void resolve_monthsAndCommonWords_areNotPlaces() {
    assertTrue(places("In March the Federal agency said Center Street was closed.").isEmpty());
  }

  @Test
  void resolve_aWordThatIsACountrysCodeInCapitals_isNoPlace() {
    List<Place> places = places("The [British Touring Car Championship|MISC] starts at [Brands Hatch|LOC] in [Kent|LOC].");
    assertTrue(places.stream().noneMatch(p -> p.span().text().equals("Car")), places.toString());
    assertEquals("CF", only(places("Fighting spread in the [CAR|LOC] on Monday."), "CAR").country());
  }

  @Test
  void resolve_aLandmarkThatStandsForAnInstitution_isItsPlaceOnlyWhereSomethingIsInOrAtIt() {
    // White House, Tennessee is a town of 13,000; the White House of the news is in Washington
    Place dinner = only(places("The generals met the president at the [White House|LOC] on Monday."), "White House");
    assertEquals("US", dinner.country(), dinner.toString());
    assertTrue(Math.abs(dinner.lat() - 38.9) < 0.1 && Math.abs(dinner.lon() + 77.04) < 0.1, dinner.toString());
    Place broadway = only(places("She is currently on [Broadway|LOC] in a new musical."), "Broadway");
    assertTrue(Math.abs(broadway.lat() - 40.76) < 0.1, broadway.toString());
    // the institution that speaks and the modifier are no places
    assertTrue(places("The [White House|LOC] said on Monday that [White House|LOC] aides had left.").isEmpty());
    Place given = given("Aides of the [White House|ORG] said so.", "White House").get(0);
    assertEquals("US", given.country(), given.toString());
    assertTrue(Math.abs(given.lon() + 77.04) < 0.1, given.toString());
  }

  @Test
  void resolveSpans_givenDemonymAndName_resolvesEach() {
    Marked m = new Marked("[Russian|MISC] troops left [Kherson|LOC] for the [Crimea|LOC].");
    String text = m.text();
    int r = text.indexOf("Russian");
    int k = text.indexOf("Kherson");
    List<Place> places = resolver.resolveSpans(m.article, m.annotation,
        List.of(Span.of(text, r, r + 7), Span.of(text, k, k + 7)));
    assertEquals(2, places.size());
    assertEquals("RU", places.get(0).country());
    assertEquals("UA", places.get(1).country());
  }

  @Test
  void resolve_garbage_doesNotThrow() {
    Article empty = Article.of(null, null, null, null, null, "en", "", "test");
    assertTrue(resolver.resolve(empty, LinguisticAnnotation.empty(), Actors.none()).isEmpty());
    assertFalse(places("<div>&nbsp;[Paris|LOC]\uFFFD\uD800 ]]] [[ |||</div>").isEmpty());
    StringBuilder big = new StringBuilder();
    while (big.length() < 200_000) {
      big.append("Rain fell on [Paris|LOC] and Lyon. ");
    }
    assertFalse(places(big.toString()).isEmpty());
  }

  @Test
  void resolve_placeNamingAGovernmentActor_isStillAPlace_butAnOrganisationsNameIsNot() {
    Marked m = new Marked("Officials in [Kabul|LOC] rejected the report of the [Washington Post|ORG].");
    int kabul = m.text().indexOf("Kabul");
    int post = m.text().indexOf("Washington Post");
    Actor government = new Actor("country:afg", "Afghanistan", ActorKind.GOVERNMENT, "AFG", "government",
        Map.of("cameo", "AFGGOV"), List.of(), List.of("Kabul"));
    Actor paper = new Actor("media:washington-post", "Washington Post", ActorKind.MEDIA, "USA", "media",
        Map.of(), List.of(), List.of("Washington Post"));
    Actors actors = new Actors(List.of(government, paper), List.of(
        new Mention(government.id(), Span.of(m.text(), kabul, kabul + 5)),
        new Mention(paper.id(), Span.of(m.text(), post, post + 15))));

    List<Place> places = resolver.resolve(m.article, m.annotation, actors);

    assertEquals(1138958L, only(places, "Kabul").geonameId());
    assertTrue(places.stream().noneMatch(p -> p.span().text().contains("Washington")), places.toString());
  }

  private static List<Place> given(String marked, String... names) {
    Marked m = new Marked(marked);
    List<Span> spans = new java.util.ArrayList<>();
    for (String name : names) {
      int at = m.text().indexOf(name);
      spans.add(Span.of(m.text(), at, at + name.length()));
    }
    return resolver.resolveSpans(m.article, m.annotation, spans);
  }

  @Test
  void resolveSpans_givenDemonym_isTheCountryNotAVillageOfThatName() {
    Place canadian = given("The [Canadian|MISC] team won in [Calgary|LOC].", "Canadian").get(0);
    assertEquals("CA", canadian.country());
    assertEquals("A.PCLI", canadian.featureClass());
    Place german = given("A [German|MISC] study was cited.", "German").get(0);
    assertEquals("DE", german.country());
  }

  @Test
  void resolveSpans_aCountrysShortNameInTheNews_isTheCountry() {
    // short names the GeoNames country table lacks (features.tsv), not a town they would fall back to
    List<Place> places = given("Ministers from [T&T|LOC] and [Bosnia|LOC] met in [Geneva|LOC] on Monday.", "T&T",
        "Bosnia");
    assertEquals("TT", places.get(0).country(), places.get(0).toString());
    assertEquals("A.PCLI", places.get(0).featureClass());
    assertEquals("BA", places.get(1).country(), places.get(1).toString());
    assertEquals("A.PCLI", places.get(1).featureClass());
  }

  @Test
  void resolve_apStateAbbreviation_isTheState_butTheCapitalisedWordAloneIsNoPlace() {
    Place va = only(places("The crash happened near [Manassas|LOC], [Va.|LOC], on Friday."), "Va.");
    assertEquals("US.VA", va.admin1());
    Place manassas = only(places("The crash happened near [Manassas|LOC], [Va.|LOC], on Friday."), "Manassas");
    assertEquals("US", manassas.country());
    assertEquals("US.VA", manassas.admin1());
    assertTrue(places("Miss Daisy said she would wash the car.").isEmpty());
  }

  @Test
  void resolveSpans_aStreetTheGazetteerLacks_isPlacedAtTheTownNamedBeforeIt() {
    List<Place> both = given("Police in [New Orleans|LOC] closed [Frenchmen Street|LOC] on Sunday.", "New Orleans",
        "Frenchmen Street");
    Place street = both.get(1);
    assertNotNull(street.lat(), street.toString());
    assertTrue(Math.abs(street.lat() - 29.95) < 0.5 && Math.abs(street.lon() + 90.07) < 0.5, street.toString());
    assertNull(street.geonameId(), "a street is not the town: " + street);
    // only somewhere in or near the town: less sure than the town itself
    assertTrue(street.confidence() < both.get(0).confidence(), both.toString());
  }

  @Test
  void resolveSpans_anUnknownNameWithNoPlaceAround_staysUnresolved() {
    Place p = given("They met at [Zzyzxqville Hall|LOC] on Monday.", "Zzyzxqville Hall").get(0);
    assertNull(p.lat(), p.toString());
  }

  @Test
  void resolveSpans_anUnknownName_isPlacedAtATownOfTheCountryTheArticleIsAbout() {
    Place p = given("The [Syrian|MISC] army shelled [Damascus|LOC] suburbs, [Syria|LOC] said. After talks in "
        + "[Moscow|LOC] failed, shells hit [Zzyzx Ghouta|LOC] again, [Syria|LOC] said.", "Zzyzx Ghouta").get(0);
    assertEquals("SY", p.country(), p.toString());
    assertNull(p.geonameId(), p.toString());
  }

  @Test
  void resolveSpans_anUnknownNameWithOnlyACountryAround_isPlacedInTheCountry() {
    Place p = given("They met at [Zzyzxqville Hall|LOC] in [France|LOC].", "Zzyzxqville Hall").get(0);
    assertEquals("FR", p.country(), p.toString());
    assertNull(p.geonameId(), "a hall is not the country: " + p);
    assertTrue(p.confidence() < 0.5, p.toString());
  }

  @Test
  void resolveSpans_anUnknownDistrictOfADivision_isPlacedInThatDivision_notAtATownNamedBefore() {
    List<Place> all = given("Floods hit [Indore|LOC] last week, and the [Zzyzx district|LOC] of [Uttar Pradesh|LOC] "
        + "this week.", "Indore", "Zzyzx district", "Uttar Pradesh");
    Place district = all.get(1);
    assertEquals(all.get(2).admin1(), district.admin1(), all.toString());
    assertNotEquals(all.get(0).admin1(), district.admin1(), all.toString());
    assertNull(district.geonameId(), district.toString());
  }

  @Test
  void resolveSpans_anUnknownNameWithOnlyDivisionsAround_isPlacedAtTheNearestDivision() {
    Place p = given("The [Cauvery|LOC] water is shared among [Tamil Nadu|LOC], [Karnataka|LOC] and [Kerala|LOC] in "
        + "[India|LOC].", "Cauvery").get(0);
    assertEquals("IN.25", p.admin1(), p.toString());
    assertNull(p.geonameId(), p.toString());
  }

  @Test
  void resolve_aNameOfCommonWords_isNoDivisionOfACountryTheArticleDoesNotName() {
    // New Zealand has a West Coast region and Papua New Guinea a Gulf province; an American story's are neither
    List<Place> places = places("The prince spent the week on the [West Coast|LOC] after stops in "
        + "[Boston|LOC] and [Chicago|LOC], and flew to the [Gulf|LOC] with [American|MISC] officials.");
    for (String name : List.of("West Coast", "Gulf")) {
      Place p = only(places, name);
      assertFalse(List.of("NZ", "PG").contains(p.country()), p.toString());
    }
    // where the article is about that country, the name is its region
    Place nz = only(places("Floods hit the [West Coast|LOC] of [New Zealand|LOC] near [Greymouth|LOC]."),
        "West Coast");
    assertEquals("NZ", nz.country(), nz.toString());
    assertNotNull(nz.geonameId(), nz.toString());
  }

  @Test
  void resolve_aStateInAListOfStates_isTheStateNotTheCapitalOrATown() {
    List<Place> places = places("Cases were found in [Oregon|LOC], [Utah|LOC], [Washington|LOC], "
        + "[West Virginia|LOC] and [Wyoming|LOC].");
    Place washington = only(places, "Washington");
    assertEquals("A.ADM1", washington.featureClass(), washington.toString());
    assertEquals("US.WA", washington.admin1());
    Place wyoming = only(places, "Wyoming");
    assertEquals("A.ADM1", wyoming.featureClass(), wyoming.toString());
    List<Place> provinces = places("Illnesses occurred in [British Columbia|LOC], [Alberta|LOC], [Ontario|LOC] and "
        + "[New Brunswick|LOC] in [Canada|LOC] and in [Ohio|LOC].");
    assertEquals("A.ADM1", only(provinces, "New Brunswick").featureClass());
    assertEquals("CA", only(provinces, "Ontario").country());
  }

  @Test
  void resolve_newYorkInAListOfStates_isTheState_itsOwnNameNamingNoDivisionForTheCity() {
    // Washington alone reads as the capital, a city peer; the state New York names must not count for its city
    List<Place> places = places("Cases were reported in [Arizona|LOC], [Illinois|LOC], [New York|LOC], [Ohio|LOC], "
        + "[Washington|LOC] and [Wisconsin|LOC].");
    Place newYork = only(places, "New York");
    assertEquals("A.ADM1", newYork.featureClass(), newYork.toString());
    assertEquals("US.NY", newYork.admin1(), newYork.toString());
  }

  @Test
  void resolve_aCityInAListOfCities_isTheCity_evenAcrossABorder() {
    Place washington = only(places("After stops in [Washington|LOC], [New York|LOC] and [Boston|LOC], the prince "
        + "flew home."), "Washington");
    assertEquals("P.PPLC", washington.featureClass(), washington.toString());
    Place sanDiego = only(places("Traffic between [Tijuana|LOC] and [San Diego|LOC] at the [U.S.|LOC] border was "
        + "stopped."), "San Diego");
    assertEquals("US", sanDiego.country(), sanDiego.toString());
  }

  @Test
  void resolve_theNameAfterATownsComma_holdsTheTown() {
    Place state = only(places("A girl from [Buffalo|LOC], [New York|LOC] died on Monday."), "New York");
    assertEquals("A.ADM1", state.featureClass(), state.toString());
    Place city = only(places("Police raided a home in [Brooklyn|LOC], [New York|LOC] on Monday."), "New York");
    assertTrue(city.featureClass().startsWith("P."), city.toString());
    assertEquals(40.7, city.lat(), 0.3);
  }

  @Test
  void resolve_countyWithItsDivisionWord_isTheCountyNotTheCity() {
    Place p = only(places("Police in [Suffolk|LOC] County, [New York|LOC], arrested two men."), "Suffolk County");
    assertEquals("A.ADM2", p.featureClass());
    assertEquals("US.NY", p.admin1());
    assertTrue(p.lat() > 40.5 && p.lat() < 41.3 && p.lon() > -73.5 && p.lon() < -71.8, p.toString());
  }

  @Test
  void resolve_britishCountyInABritishStory_isTheCounty() {
    List<Place> places = places("Farmers in [Fife|LOC] and [Edinburgh|LOC] in [Scotland|LOC] culled birds.");
    Place fife = only(places, "Fife");
    assertEquals("GB", fife.country());
    assertTrue(fife.lat() > 55.9 && fife.lat() < 56.5, fife.toString());
  }

  @Test
  void resolve_twoPlacesInOneRecognisedSpan_areTwoPlaces() {
    List<Place> places = places("Youth unemployment is high in [Cyprus|LOC], [Greece Italy|LOC] or [Spain|LOC].");
    assertEquals("GR", only(places, "Greece").country());
    assertEquals("IT", only(places, "Italy").country());
  }

  @Test
  void resolve_townTakenForAnOrganisationAfterAPreposition_isThePlace_butAnOrganisationsNameIsNot() {
    List<Place> places = places("Turkish forces pressed into the enclave of [Afrin|ORG] and shelled [Kabul Bank|ORG].");
    assertEquals("SY", only(places, "Afrin").country());
    assertTrue(places.stream().noneMatch(p -> p.span().text().contains("Kabul")), places.toString());
    assertTrue(places("The story ran in the [Washington Post|ORG] on Sunday.").isEmpty());
  }

  @Test
  void resolve_aListOfStates_isNotACityQualifiedByTheNextState() {
    List<Place> places = places("Cases were found in states including [Georgia|LOC], [Oklahoma|LOC], "
        + "[Pennsylvania|LOC] and [Wisconsin|LOC].");
    // not the village of Oklahoma in Pennsylvania, as "Oklahoma, Pennsylvania" would say in a dateline
    Place oklahoma = only(places, "Oklahoma");
    assertEquals("US.OK", oklahoma.admin1(), oklahoma.toString());
    assertEquals("US.GA", only(places, "Georgia").admin1());
  }

  @Test
  void resolve_aTownQualifiedByItsState_stillFollowsTheQualifier() {
    Place paris = only(places("The storm hit [Paris|LOC], [Texas|LOC], on Friday."), "Paris");
    assertEquals("US.TX", paris.admin1(), paris.toString());
  }

  @Test
  void resolveSpans_demonymsOfDivisionsAndSmallerCountries_pointAtThem() {
    Place english = given("The [English|MISC] coast was flooded.", "English").get(0);
    assertEquals("GB.ENG", english.admin1(), english.toString());
    assertEquals("A.ADM1", english.featureClass());
    assertEquals("OM", given("An [Omani|MISC] ship docked.", "Omani").get(0).country());
    assertEquals("SK", given("The [Slovak|MISC] government fell.", "Slovak").get(0).country());
  }

  @Test
  void resolveSpans_anOrganisationNamedAfterAPlace_isPlacedInThatPlace() {
    Place bank = given("The [Bank of England|ORG] raised rates again.", "Bank of England").get(0);
    assertEquals("GB", bank.country(), bank.toString());
    assertEquals("GB.ENG", bank.admin1());
    assertNull(bank.geonameId(), "the bank is not England: " + bank);
    Place england = given("The [Bank of England|ORG] raised rates again.", "England").get(0);
    assertTrue(bank.confidence() < england.confidence(), bank + " " + england);
    Place university = given("Students at [Florida Atlantic University|ORG] in [Boca Raton|LOC] protested.",
        "Florida Atlantic University").get(0);
    assertEquals("US.FL", university.admin1(), university.toString());
  }

  @Test
  void resolve_aVenueTheGazetteerLacks_isPlacedAtTheTownItIsIn() {
    List<Place> places = places("He was flown to [Karl Bremer Hospital|ORG] in [Cape Town|LOC] on Friday.");
    Place hospital = only(places, "Karl Bremer Hospital");
    Place town = only(places, "Cape Town");
    assertPlacedAt(town, hospital);
  }

  @Test
  void resolve_anInstitutionSomethingIsAt_isPlacedAtTheTownItIsIn() {
    List<Place> places = places(
        "The debate was held at [Qorvalis University|ORG] in [Los Angeles|LOC] on Monday.");
    Place university = only(places, "Qorvalis University");
    Place town = only(places, "Los Angeles");
    assertPlacedAt(town, university);
  }

  @Test
  void resolve_aNamedTownship_isPlacedAtATownTheArticleNames_notAtTheCityOfItsFirstWord() {
    List<Place> places = places(
        "Police in [Paterson|LOC] said the gala is at a restaurant in [Washington Township|LOC] in April.");
    Place township = only(places, "Washington Township");
    Place town = only(places, "Paterson");
    assertPlacedAt(town, township);
  }

  @Test
  void resolveSpans_aStreetNamedAfterAPlace_staysInTheTownItIsIn() {
    Place avenue = given("Police in [New Orleans|LOC] closed [Washington Avenue|LOC] on Sunday.",
        "Washington Avenue").get(0);
    assertNotNull(avenue.lat(), avenue.toString());
    assertTrue(Math.abs(avenue.lat() - 29.95) < 0.5 && Math.abs(avenue.lon() + 90.07) < 0.5, avenue.toString());
  }

  @Test
  void resolve_aCountry_isAtGeoNamesPointForIt() {
    // GeoNames-linked corpora score against these points (Canada's lies in northern Alberta)
    Place canada = only(places("Flights to [Canada|LOC] were cancelled."), "Canada");
    assertEquals(6251999L, canada.geonameId());
    assertEquals(60.11, canada.lat(), 0.01);
    assertEquals(-113.64, canada.lon(), 0.01);
  }

  @Test
  void resolve_aFamousTown_beatsABiggerNamesakeThatFewWriteAbout() {
    // Valencia, Spain (790,000 people, 45 names) over Valencia, Venezuela (1.6 million, 21)
    Place valencia = only(places("The match in [Valencia|LOC] was postponed."), "Valencia");
    assertEquals("ES", valencia.country(), valencia.toString());
  }

  @Test
  void resolve_aQualifierStillOutweighsProminence() {
    Place venice = only(places("The storm reached [Venice|LOC], [Florida|LOC] on Wednesday."), "Venice");
    assertEquals("US.FL", venice.admin1(), venice.toString());
  }

  @Test
  void resolve_aTownTheGazetteerLacksInTheDivisionAfterItsComma_isInThatDivision_notTheCityAbroad() {
    // GeoNames' towns of 500 people or more hold no Bradford in Ontario, and Bradford, England is a city of 366,000
    Place bradford = only(places("He is to appear in a [Bradford|LOC], [Ontario|LOC] court on May 12."), "Bradford");
    assertEquals("CA", bradford.country(), bradford.toString());
    assertEquals("CA.08", bradford.admin1(), bradford.toString());
    assertNull(bradford.geonameId(), "somewhere in Ontario, not a GeoNames town: " + bradford);
    // a qualifier that holds a town of the name still picks it, and a country after the comma changes nothing
    assertEquals("GB.ENG", only(places("He grew up in [Bradford|LOC], [England|LOC]."), "Bradford").admin1());
    assertEquals("HK", only(places("Protests spread in [Hong Kong|LOC], [China|LOC] on Sunday."), "Hong Kong").country());
  }

  @Test
  void prior_prominenceCountsOnlyUnderAPlacesMainName() {
    GeoPlace venice = Gazetteer.load().lookup("Venice").stream().map(Gazetteer.Entry::place)
        .filter(p -> p.geonameId() == 3164603L).findFirst().orElseThrow();
    assertTrue(GazetteerPlaceResolver.prominence(venice) > 0.5, venice.toString());
    double main = GazetteerPlaceResolver.prior(new Gazetteer.Entry(venice, false), null);
    double alternate = GazetteerPlaceResolver.prior(new Gazetteer.Entry(venice, true), null);
    assertEquals(1.5 + GazetteerPlaceResolver.prominence(venice), main - alternate, 1e-9);
    GeoPlace florida = Gazetteer.load().lookup("Venice").stream().map(Gazetteer.Entry::place)
        .filter(p -> "US.FL".equals(p.admin1())).findFirst().orElseThrow();
    assertEquals(0.0, GazetteerPlaceResolver.prominence(florida), florida.toString());
  }

  @Test
  void resolveSpans_aGivenNameBeforeADivisionWord_isTheDivision() {
    Place state = given("Officials said [New York|LOC] state had declared an emergency.", "New York").get(0);
    assertEquals("A.ADM1", state.featureClass(), state.toString());
    assertEquals("US.NY", state.admin1());
    Place washington = given("A cow from a [Washington|LOC] state farm tested positive.", "Washington").get(0);
    assertEquals("US.WA", washington.admin1(), washington.toString());
  }

  @Test
  void resolve_aDatelineNamingATribalAgencyWithoutItsDivisionWord_isTheAgency() {
    Place p = only(places("[KHYBER|LOC], May 2 (APP) -- Troops opened a new school in the tribal district, officials "
        + "in [Pakistan|LOC] said."), "KHYBER");
    assertEquals("A.ADM2", p.featureClass(), p.toString());
    assertEquals("PK.03", p.admin1());
  }

  @Test
  void resolve_theBareNameOfAStateTheDatelineNames_isTheStateNotTheCapital() {
    // filed from a town in Wash.: the growers "across Washington" are the state's; the capital is written Washington,
    // D.C.
    Place state = only(places("[YAKIMA|LOC], [Wash.|LOC] - Apple growers across [Washington|LOC] expect a late "
        + "harvest. Their lobbyists in [Washington, D.C.|LOC] will ask for help."), "Washington");
    assertEquals("A.ADM1", state.featureClass(), state.toString());
    assertEquals("US.WA", state.admin1());
  }

  @Test
  void resolve_aSmallTown_isTheOneInTheOnlyStateTheArticleNamesInAnotherSentence() {
    // alone, the biggest Spring Valley (Nevada's) and the biggest Madison (Wisconsin's capital)
    assertEquals("US.NV", only(places("Crews fought a barn fire outside [Spring Valley|LOC] on Monday."),
        "Spring Valley").admin1());
    assertEquals("US.WI", only(places("The school board in [Madison|LOC] met on Thursday."), "Madison").admin1());
    // the only state the story names, in another sentence, is where the small town is
    Place valley = only(places("Crews fought a barn fire outside [Spring Valley|LOC] on Monday. It was the fourth "
        + "blaze in [Arizona|LOC] since June."), "Spring Valley");
    assertEquals("US.AZ", valley.admin1(), valley.toString());
    Place madison = only(places("The school board in [Madison|LOC] met on Thursday. Teachers across [Alabama|LOC] "
        + "are waiting for its vote."), "Madison");
    assertEquals("US.AL", madison.admin1(), madison.toString());
  }

  @Test
  void resolve_aSmallTown_isInAStateAnotherNameMayBeThoughMostLikelyIsNot() {
    // alone, the biggest Jeffersonville (Indiana's); "Georgia" alone is most likely the country
    assertEquals("US.IN", only(places("A barn burned down outside [Jeffersonville|LOC] on Friday."),
        "Jeffersonville").admin1());
    Place town = only(places("A barn burned down outside [Jeffersonville|LOC] on Friday. Farmers across "
        + "[Georgia|LOC] have lost hay to the drought this summer."), "Jeffersonville");
    assertEquals("US.GA", town.admin1(), town.toString());
    // not where the article names divisions of the country by their likeliest reading: "Washington" beside Florida
    // and California is the capital, which says nothing for Parkland, Washington
    Place parkland = only(places("Lawmakers in [Washington|LOC] heard from students of [Parkland|LOC] on Tuesday. "
        + "Teachers from [Florida|LOC] and [California|LOC] joined them."), "Parkland");
    assertEquals("US.FL", parkland.admin1(), parkland.toString());
  }

  @Test
  void resolve_victoria_isTheAustralianStateUnlessTheArticlePutsItElsewhere() {
    // not Hong Kong, which GeoNames also calls Victoria
    Place state = only(places("The storm cut power to thousands of homes across [Victoria|LOC] on Sunday."),
        "Victoria");
    assertEquals("AU.07", state.admin1(), state.toString());
    assertEquals("A.ADM1", state.featureClass(), state.toString());
    Place town = only(places("Hay bales burned in a shed near [Ararat|LOC] on Friday. Farmers across "
        + "[Victoria|LOC] fear a long fire season."), "Ararat");
    assertEquals("AU.07", town.admin1(), town.toString());
    Place city = only(places("Police in [Victoria|LOC] closed the harbour road. The ferry to [Vancouver|LOC] was "
        + "cancelled."), "Victoria");
    assertEquals("CA.02", city.admin1(), city.toString());
  }

  @Test
  void resolve_aSmallTown_isInTheCountryOfTheCountyAFirstReadingFound() {
    // alone, the biggest Holt (Michigan's)
    assertEquals("US", only(places("Police closed the road into [Holt|LOC] after a crash on Friday."), "Holt")
        .country());
    // "Norfolk" alone is likeliest Norfolk, Virginia, but beside a town of the English county it is the county, and
    // its vote for a country goes to Britain
    Place holt = only(places("Police closed the road into [Holt|LOC] after a crash on Friday. It was the second "
        + "crash on that road in [Norfolk|LOC] this year."), "Holt");
    assertEquals("GB", holt.country(), holt.toString());
  }

  @Test
  void resolve_aCountyOfACommonName_isTheOneInTheStateTheArticlesPlacesAreIn() {
    // alone, the most populous Douglas County (Nebraska's, holding Omaha)
    assertEquals("US.NE", only(places("Deputies in [Douglas County|LOC] found the truck after a chase."),
        "Douglas County").admin1());
    // a dateline with an AP state abbreviation: the state's top reading alone would be Kano, Nigeria
    Place dated = only(places("[OLATHE|LOC], [Kan.|LOC] (AP) -- Deputies in [Douglas County|LOC] found the truck "
        + "near [Baldwin City|LOC] on Sunday."), "Douglas County");
    assertEquals("US.KS", dated.admin1());
    // no state named: the towns around it are all in Kansas
    Place towns = only(places("Deputies in [Douglas County|LOC] found the truck near [Baldwin City|LOC] after a "
        + "chase from [Olathe|LOC] and [Lenexa|LOC]."), "Douglas County");
    assertEquals("US.KS", towns.admin1());
    assertEquals(38.9, towns.lat(), 0.3);
  }

  @Test
  void resolve_aSmallTownOnlyAnotherCountryHas_isAPlaceTheGazetteerLacksInTheArticlesCountry() {
    // the gazetteer's only Spotswood is a New Jersey borough; an Australian story's is a Melbourne suburb
    List<Place> places = places("Stewards in [Australia|LOC] closed the track at [Spotswood|LOC] near "
        + "[Melbourne|LOC]. [Australian|MISC] trainers said racing in [Sydney|LOC] would go on.");
    Place local = only(places, "Spotswood");
    assertNull(local.geonameId(), local.toString());
    assertEquals("AU", local.country());
    assertEquals(-37.8, local.lat(), 0.5);
    assertTrue(local.confidence() < only(places, "Melbourne").confidence(), places.toString());
    // an article that names the United States keeps the borough
    Place borough = only(places("Stewards closed the track at [Spotswood|LOC] near [Melbourne|LOC], "
        + "[Australia|LOC], and in [New Jersey|LOC] in the [United States|LOC]."), "Spotswood");
    assertEquals("US", borough.country());
    assertNotNull(borough.geonameId());
  }

  @Test
  void resolve_theLastItemOfALongListOfProvinces_isAProvinceEvenInAnAmericanStory() {
    List<Place> places = places("The [FDA|ORG] of the [United States|LOC] found cases in the [United States|LOC] "
        + "and [Canada|LOC]. The states in the [United States|LOC] are [Arizona|LOC], [California|LOC], "
        + "[Colorado|LOC], [Georgia|LOC], [New Jersey|LOC], [New York|LOC], [Ohio|LOC], [Oregon|LOC] and [Utah|LOC]. "
        + "Illnesses in [Canada|LOC] occurred in [British Columbia|LOC], [Alberta|LOC], [Manitoba|LOC], "
        + "[Ontario|LOC] and [New Brunswick|LOC].");
    for (String province : List.of("Ontario", "New Brunswick")) {
      Place p = only(places, province);
      assertEquals("A.ADM1", p.featureClass(), p.toString());
      assertEquals("CA", p.country());
    }
  }

  @Test
  void resolve_aCountyOrTownOfACommonName_isTheOneNearTheTownsTheArticleNames() {
    // alone, the most populous Montgomery County (Maryland's)
    assertEquals("US.MD", only(places("Deputies searched farms in [Montgomery County|LOC]."), "Montgomery County")
        .admin1());
    // with two towns of Iowa's Montgomery County
    Place county = only(places("Deputies from [Montgomery County|LOC] searched farms near [Red Oak|LOC] and "
        + "[Villisca|LOC]."), "Montgomery County");
    assertEquals("US.IA", county.admin1());
    // a town of 4,000 beats the Texas capital beside a town and a county next to it
    Place austin = only(places("Nurses from [Scottsburg|LOC] and [Lexington|LOC] said the outbreak in [Austin|LOC] "
        + "had spread to [Scott County|LOC]."), "Austin");
    assertEquals("US.IN", austin.admin1());
  }

  @Test
  void resolve_aNameOfCommonWords_isNoTownOrCountyOfThatName() {
    List<Place> places = places("The prince wants to improve his image in the [West|LOC] after stops in "
        + "[Washington|LOC], [New York|LOC] and [Boston|LOC]. Small firms in the [Valley|LOC] and an ally in the "
        + "[Gulf|LOC] said so.");
    for (String name : List.of("West", "Valley", "Gulf")) {
      for (Place p : places) {
        if (p.span().text().equals(name)) {
          String feature = p.featureClass() == null ? "" : p.featureClass();
          assertFalse(feature.startsWith("P.") || feature.equals("A.ADM2"), p.toString());
        }
      }
    }
  }

  private static double km(Place p, double lat, double lon) {
    double x = Math.toRadians(p.lon() - lon) * Math.cos(Math.toRadians((p.lat() + lat) / 2));
    double y = Math.toRadians(p.lat() - lat);
    return 6371 * Math.sqrt(x * x + y * y);
  }

  @Test
  void resolveSpans_aPlaceInATown_thatNoTownOfItsNameLiesIn_isPutInTheTown() {
    // August is a town in California, Centennial Park one in Western Australia; "in <town>" says where they are
    Place august = given("They dined at [August|LOC] in [New Orleans|LOC] on Friday.", "August").get(0);
    assertNotNull(august.lat(), august.toString());
    assertTrue(km(august, 29.95, -90.07) < 50, august.toString());
    assertNull(august.geonameId(), "a place in New Orleans, not a town: " + august);
    List<Place> parks = given("Horses were kept at [Eastern Creek|LOC] and [Centennial Park|LOC] in [Sydney|LOC].",
        "Eastern Creek", "Centennial Park");
    for (Place p : parks) {
      assertNotNull(p.lat(), p.toString());
      assertTrue(km(p, -33.87, 151.21) < 50, p.toString());
    }
  }

  @Test
  void resolveSpans_aTownInThePlaceAfterIn_isTheTownThere() {
    Place p = given("The fair opened in [Springfield|LOC] in [Illinois|LOC] on Monday.", "Springfield").get(0);
    assertEquals("US.IL", p.admin1(), p.toString());
    assertNotNull(p.geonameId(), p.toString());
  }

  @Test
  void resolveSpans_aTownListedWithADivision_isHeld_soTheDivisionIsTheOneThatHoldsTheTown() {
    // an American story's Victoria is a Texas town; beside Melbourne it is the Australian state
    Place p = given("[U.S.|LOC] officials told travellers from the [United States|LOC] to avoid [Melbourne|LOC] "
        + "and [Victoria|LOC], where the virus spread, [Australia|LOC] said.", "Victoria").get(0);
    assertEquals("AU", p.country(), p.toString());
    assertEquals("A.ADM1", p.featureClass(), p.toString());
  }

  @Test
  void resolveSpans_aSmallNamesakeInAnotherDivision_isPutInTheDivisionTheArticleIsAbout() {
    // Stonewall is a town in Louisiana, Texas, Oklahoma and Manitoba; a Virginia story's is a place near Haymarket
    Place p = given("[HAYMARKET|LOC], [Va.|LOC] -- New homes near [Gainesville|LOC], [Virginia|LOC] sell fast. "
        + "Shoppers at [Stonewall|LOC] say the traffic on [Route 29|LOC] is heavy.", "Stonewall").get(0);
    assertEquals("US.VA", p.admin1(), p.toString());
    assertNull(p.geonameId(), p.toString());
    // a town's own, only name is taken as meant even outside the article's division
    Place q = given("[HAYMARKET|LOC], [Va.|LOC] -- New homes near [Gainesville|LOC], [Virginia|LOC] sell fast. "
        + "Buyers from [Poughkeepsie|LOC] came too.", "Poughkeepsie").get(0);
    assertEquals("US.NY", q.admin1(), q.toString());
    assertNotNull(q.geonameId(), q.toString());
  }

  @Test
  void resolveSpans_aFacilityNamedAfterATownInAnotherDivision_isPutInTheDivisionTheArticleIsAbout() {
    // Wilson is a town in North Carolina; a Virginia story's Wilson Community Center is near the towns it names
    Place p = given("[HAYMARKET|LOC], [Va.|LOC] -- New homes near [Gainesville|LOC], [Virginia|LOC] sell fast. "
        + "Buyers met at the [Wilson Community Center|LOC] on Friday.", "Wilson Community Center").get(0);
    assertNotNull(p.lat(), p.toString());
    assertEquals("US", p.country(), p.toString());
    assertTrue(km(p, 38.80, -77.61) < 100, p.toString());
    // a lake named like a town lies by that town, wherever the story is
    Place lake = given("[HAYMARKET|LOC], [Va.|LOC] -- New homes near [Gainesville|LOC], [Virginia|LOC] sell fast. "
        + "Some buyers come from the shores of [Lake Wilson|LOC].", "Lake Wilson").get(0);
    assertNotNull(lake.lat(), lake.toString());
    assertTrue(km(lake, 35.72, -77.92) < 100, lake.toString());
  }

  @Test
  void resolveSpans_anUnknownNameTheTextPutsInAPlace_isPutThere_notAtTheTownTheArticleNamesMost() {
    String story = "[Boston|LOC] chefs praised the menu. Critics from [Boston|LOC] flocked to [Zzyzx Bistro|LOC] in "
        + "[Chicago|LOC] last week.";
    Place bistro = given(story, "Zzyzx Bistro").get(0);
    assertNotNull(bistro.lat(), bistro.toString());
    assertTrue(km(bistro, 41.85, -87.65) < 50, bistro.toString());
    assertNull(bistro.geonameId(), "a place in Chicago, not the town: " + bistro);
    // a comma and a few lower-case words: "X, a village near Y"
    Place village = given("[Paris|LOC] officials visited [Paris|LOC] suburbs and [Zzyzxville|LOC], a small village near "
        + "[Lyon|LOC].", "Zzyzxville").get(0);
    assertTrue(km(village, 45.75, 4.85) < 50, village.toString());
    // a possessive before the name: "London's X" (given spans: the test tokeniser keeps "London's" one word)
    Place centre = given("[Paris|LOC] and [Paris|LOC] again, then London's [Zzyzx Animal Centre|LOC] took the dogs.",
        "London", "Zzyzx Animal Centre").get(1);
    assertTrue(km(centre, 51.51, -0.13) < 50, centre.toString());
    // a state holds the towns it may be put at: Dallas, not Boston, for a park in Texas
    Place park = given("[Boston|LOC] fans and [Boston|LOC] reporters came to [Dallas|LOC]. The game at [Zzyzx Park|LOC] "
        + "in [Texas|LOC] was sold out.", "Zzyzx Park").get(0);
    assertTrue(km(park, 32.78, -96.81) < 50, park.toString());
  }

  @Test
  void resolve_aStatesOfficesOrAPartOfIt_isTheState_notTheCityOfItsName() {
    Place governor = only(places("[New York|LOC] Governor Jane Roe declared an emergency on Monday."), "New York");
    assertEquals("A.ADM1", governor.featureClass(), governor.toString());
    Place court = only(places("A ruling by a [New York|LOC] court was cited."), "New York");
    assertEquals("A.ADM1", court.featureClass(), court.toString());
    Place central = only(places("Snow fell across central [Washington|LOC] on Monday."), "Washington");
    assertEquals("US.WA", central.admin1(), central.toString());
    // without such words the bare name stays the city
    Place city = only(places("Police in [New York|LOC] arrested two men on Monday."), "New York");
    assertTrue(city.featureClass().startsWith("P."), city.toString());
  }

  @Test
  void resolve_theBareNameOfAStateTheArticleNamesAsAState_isTheState() {
    List<Place> ps = places("[New York|LOC] state declared an emergency. At least 75 people died in [New York|LOC] "
        + "since April.");
    Place bare = ps.get(ps.size() - 1);
    assertEquals("New York", bare.span().text());
    assertEquals("A.ADM1", bare.featureClass(), bare.toString());
  }

  @Test
  void resolve_aDatelinesName_isTheTown_evenWhereTheArticleNamesTheStateOfThatName() {
    List<Place> ps = places("[WASHINGTON|LOC] -- Congress passed the bill on Tuesday. [Washington|LOC] state officials "
        + "welcomed it.");
    Place dateline = ps.get(0);
    assertEquals("WASHINGTON", dateline.span().text());
    assertEquals("US.DC", dateline.admin1(), dateline.toString());
    Place cnn = only(places("[Washington|LOC] (CNN) -- Lawmakers met on Monday."), "Washington");
    assertEquals("US.DC", cnn.admin1(), cnn.toString());
    // a sentence that opens with a state's name and a comma is no dateline
    Place texas = only(places("[Texas|LOC], the second-largest state, will vote on Tuesday."), "Texas");
    assertEquals("A.ADM1", texas.featureClass(), texas.toString());
  }

  @Test
  void resolve_aStatesGovernmentOrPremier_isTheState() {
    Place quebec = given("Workers said the [Quebec|LOC] government raised the minimum wage.", "Quebec").get(0);
    assertEquals("A.ADM1", quebec.featureClass(), quebec.toString());
    assertEquals("CA", quebec.country(), quebec.toString());
    Place victoria = given("[Victoria|LOC] Premier Jane Roe closed the border.", "Victoria").get(0);
    assertEquals("A.ADM1", victoria.featureClass(), victoria.toString());
    assertEquals("AU", victoria.country(), victoria.toString());
  }

  @Test
  void resolveSpans_aCityKnownAbroad_beforeIn_isItself_notAPlaceInTheTownAfterIn() {
    Place caracas = given("Exiles from [Caracas|LOC] in [Miami|LOC] celebrated on Sunday.", "Caracas").get(0);
    assertEquals("VE", caracas.country(), caracas.toString());
    assertNotNull(caracas.geonameId(), caracas.toString());
    Place homs = given("Hundreds of refugees from [Homs|LOC] in [Lebanon|LOC] say they cannot go home.", "Homs").get(0);
    assertEquals("SY", homs.country(), homs.toString());
  }

  @Test
  void stateAndContainerRules_doNotMisfireOnPlainLocalNews() {
    // a part of a city is no part of a state
    Place downtown = given("Traffic snarled in downtown [Washington|LOC] as the parade passed.", "Washington").get(0);
    assertEquals("US.DC", downtown.admin1(), downtown.toString());
    // a town whose name holds a state's and a court's
    Place courtHouse = given("Residents of [Washington Court House|LOC], [Ohio|LOC] packed the meeting.",
        "Washington Court House").get(0);
    assertEquals("US.OH", courtHouse.admin1(), courtHouse.toString());
    assertTrue(courtHouse.featureClass().startsWith("P."), courtHouse.toString());
    // a town in the state after "in" is that state's town
    Place portland = given("A family from [Portland|LOC] in [Maine|LOC] won the lottery.", "Portland").get(0);
    assertEquals("US.ME", portland.admin1(), portland.toString());
    Place lakewood = given("Volunteers from [Lakewood|LOC] in [Ohio|LOC] collected food for the pantry.", "Lakewood")
        .get(0);
    assertEquals("US.OH", lakewood.admin1(), lakewood.toString());
    // a road near a town is put at the town
    Place road = given("Police closed [Zzyzx Road|LOC] near [Lakewood|LOC], [Colorado|LOC] after the crash.",
        "Zzyzx Road").get(0);
    assertNull(road.geonameId(), road.toString());
    assertTrue(km(road, 39.70, -105.08) < 30, road.toString());
  }

  @Test
  void confidence_risesWithScoreMarginAndRecogniser_andIsLowerForATown() {
    double base = GazetteerPlaceResolver.confidence(6, 0.8, true, true);
    assertTrue(base > 0 && base < 1, "a probability: " + base);
    assertTrue(GazetteerPlaceResolver.confidence(9, 0.8, true, true) > base, "a better-supported reading");
    assertTrue(GazetteerPlaceResolver.confidence(6, 0.99, true, true) > base, "a reading further ahead of the others");
    assertTrue(GazetteerPlaceResolver.confidence(6, 0.8, false, true) < base, "a name the recogniser did not tag");
    assertTrue(GazetteerPlaceResolver.confidence(6, 0.8, true, false) > base, "a division or country, not a town");
    assertEquals(0.0, GazetteerPlaceResolver.confidence(-50, 0, false, true), 0.01);
  }

  @Test
  void resolveSpans_confidence_ranksAnUnambiguousCountryAboveASmallNamesakeAndAPlaceOnlyPutInACountry() {
    Place country = given("Officials in [France|LOC] met on Monday.", "France").get(0);
    // Lafayette: towns in Louisiana, Indiana, California and more; nothing in the sentence says which
    Place namesake = given("Officials in [Lafayette|LOC] met on Monday.", "Lafayette").get(0);
    Place hall = given("They met at [Zzyzxqville Hall|LOC] in [France|LOC].", "Zzyzxqville Hall").get(0);
    assertTrue(country.confidence() > 0.95, country.toString());
    assertTrue(namesake.confidence() < country.confidence(), namesake + " " + country);
    assertTrue(hall.confidence() < namesake.confidence(), hall + " " + namesake);
  }

  @Test
  void resolve_aDivisionNameInAnArticleThatNamesOtherDivisionsOfItsCountry_isTheDivision_notASmallTown() {
    // Delaware is also a town of 40,000 in Ohio; beside two other states it is the state
    Place delaware = only(places("Students from [Ohio|LOC] and [Indiana|LOC] visited; the team from [Delaware|LOC] "
        + "won."), "Delaware");
    assertEquals("A.ADM1", delaware.featureClass(), delaware.toString());
    assertEquals("US.DE", delaware.admin1(), delaware.toString());
    // a city known abroad keeps its name among states
    Place city = only(places("Two cases were found in [Kansas|LOC], three in [Ohio|LOC]. [New York|LOC] has confirmed "
        + "28."), "New York");
    assertTrue(city.featureClass().startsWith("P."), city.toString());
  }

  @Test
  void resolve_aTownBesideAReadingOfAnotherNamedPlace_isTheNamesakeNearIt_notTheBiggestOne() {
    // Sunnyside: towns in New York, Washington, Utah...; Grandview, Washington lies 10 km from Sunnyside, Washington
    Place town = only(places("A water main broke in [Sunnyside|LOC] on Monday. Crews from neighbouring "
        + "[Grandview|LOC] helped with the repairs."), "Sunnyside");
    assertEquals("US.WA", town.admin1(), town.toString());
    // without the neighbour the bigger namesake stays
    Place alone = only(places("A water main broke in [Sunnyside|LOC] on Monday."), "Sunnyside");
    assertFalse("US.WA".equals(alone.admin1()), alone.toString());
  }

  @Test
  void resolve_aTownAndACountyTheArticleNames_areTheTownInThatCountyAndThatCounty() {
    // Phoenix, Illinois (2,000 people) lies in Cook County; the county makes it the town, not Phoenix, Arizona
    List<Place> places = places("Volunteers in [Phoenix|LOC] cleaned up the riverbank on Saturday. Officials of "
        + "[Cook County|LOC] thanked them.");
    assertEquals("US.IL", only(places, "Phoenix").admin1());
    assertEquals("US.IL", only(places, "Cook County").admin1());
    // and the town picks the county among a name's thirty: Washington County, Nebraska holds Arlington, Nebraska
    places = places("Volunteers in [Arlington|LOC] cleaned up the riverbank on Saturday. Officials of "
        + "[Washington County|LOC] thanked them.");
    assertEquals("US.NE", only(places, "Arlington").admin1());
    assertEquals("US.NE", only(places, "Washington County").admin1());
    // without the county the world city stays
    assertEquals("US.AZ", only(places("Volunteers in [Phoenix|LOC] cleaned up the riverbank on Saturday."), "Phoenix")
        .admin1());
  }

  @Test
  void resolve_aSmallCapitalInAStoryAboutAnotherCountry_isTheCapital_notAPlaceTheGazetteerLacks() {
    // Saipan (under 100,000 people) is the capital of the Northern Mariana Islands, which the story does not name
    List<Place> places = places("The clinic in [Seattle|LOC] and [Tacoma|LOC] sent nurses to [Oregon|LOC] and "
        + "[Idaho|LOC]. Next year they fly to [Saipan|LOC].");
    Place saipan = only(places, "Saipan");
    assertEquals("MP", saipan.country(), saipan.toString());
    assertNotNull(saipan.geonameId(), saipan.toString());
  }
}
