package org.newsgraph.extract.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Dependency;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Finds toponyms: the recogniser's LOCATION mentions and capitalised gazetteer names, minus organisation and
 * person names ({@code Washington Post}, {@code Wilson Center}, {@code Kabul Bank}, a {@code Massoud} who is a
 * person elsewhere in the text) and minus demonyms, which are hints of a country and not places.
 *
 * <p>Beyond the recogniser's locations it takes names whose place in the text shows them to be places however tagged:
 * a town with its country or division ("Snetterton, Norfolk"), a country's name of several words, a place's name
 * modifying a noun ("a Surrey farm"), a building named after a place ("Colchester General Hospital", resolved as
 * Colchester), a street, and in a sports report a town standing for its team ("Liverpool won"). Names the article
 * writes before a disease word are pathogens' ("Reston ebolavirus") and no places anywhere in it.
 *
 * <p>Cost: linear in the number of tokens (a few gazetteer look-ups per capitalised token). Thread-safe.
 */
final class ToponymDetector {
  private static final int MAX_TOKENS = 5;

  /** Words that, after a name, make it an organisation's name ({@code Washington Post}, {@code Kabul Bank}). */
  private static final Set<String> ORGANISATION_HEADS = words(
      "post", "times", "center", "centre", "bank", "university", "college", "institute", "institution", "council",
      "police", "journal", "herald", "tribune", "airlines", "airways", "club", "company", "corp", "corporation",
      "inc", "group", "party", "ministry", "department", "commission", "committee", "foundation", "agency",
      "exchange", "review", "news", "daily", "gazette", "telegraph", "guardian", "observer", "globe", "chronicle",
      "press", "broadcasting", "fc", "united", "rovers", "wanderers", "museum", "hospital", "school", "academy",
      "orchestra", "symphony", "zoo", "stadium", "records", "studios", "fund", "association", "society", "league",
      "network", "radio", "tv", "television", "magazine", "partners", "capital", "holdings", "energy", "motors",
      "pharmaceuticals", "senators", "raptors", "maple", "blue", "cathedral", "mosque", "church", "declaration",
      "accord", "accords", "agreement", "protocol", "convention", "conference", "summit", "initiative", "program",
      "programme", "project", "process", "format", "talks", "court", "tribunal", "board", "authority", "office",
      "service", "services", "affairs", "security", "forces", "army", "navy", "guard", "examiner", "sun", "star",
      "standard", "mail", "express", "mirror", "independent", "courier", "register", "bulletin", "dispatch",
      "inquirer", "sentinel", "monitor", "recorder", "record", "advocate", "democrat", "republican", "free",
      "live", "today", "weekly", "bureau", "reserve", "mint", "treasury", "virus", "viruses", "fever", "flu",
      "disease", "strain", "hotel", "resort", "hospital", "prison", "jail", "base", "mall", "restaurant");

  /** Capitalised words that are not places even though some village is called so. */
  private static final Set<String> NOT_PLACES = words(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "god", "allah",
      "christmas", "easter", "ramadan", "eid", "internet", "web", "federal", "national", "central", "south", "north",
      "east", "west", "western", "eastern", "northern", "southern", "wikipedia", "twitter", "facebook", "google",
      "union");

  /** Last words of facility names, which are not toponyms ({@code Children's Hospital}). */
  private static final Set<String> FACILITY_TAILS = words(
      "hospital", "house", "farm", "lodge", "hotel", "school", "college", "university", "church", "mosque",
      "temple", "prison", "airport", "station", "stadium", "centre", "center", "building", "tower", "mall");

  /** Words that, before "of", make the name after them part of an organisation ({@code Bank of England}). */
  private static final Set<String> ORGANISATION_OF = words(
      "bank", "university", "college", "institute", "council", "museum", "church", "archdiocese", "diocese",
      "mayor", "governor", "government", "parliament", "ministry", "department", "republic", "kingdom", "school",
      "academy", "federation", "league", "association", "society", "chamber", "court", "port", "duke", "duchess",
      "prince", "princess", "king", "queen", "emir", "bishop", "archbishop", "people", "friends", "daughters",
      "sons", "knights", "city", "state", "province", "region", "district", "county");

  /** Division words after a name: {@code Nangarhar province}, {@code Panjshir Valley}. */
  private static final Set<String> DIVISION_AFTER = words(
      "province", "state", "governorate", "oblast", "prefecture", "region", "district", "county", "valley",
      "territory", "township");

  private final Gazetteer gazetteer;

  ToponymDetector(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Candidate> detect(String text, LinguisticAnnotation annotation, Actors actors) {
    List<Span> blocked = new ArrayList<>();
    List<Span> countryNamed = new ArrayList<>();
    Set<String> personWords = new HashSet<>();
    List<Span> fullNames = new ArrayList<>();
    Set<String> lone = lonePlaces(annotation);
    Set<Integer> located = locatedLocations(annotation);
    for (Mention m : actors.mentions()) {
      if (!namesCountry(m.span().text()) && !lone.contains(m.span().text()) && !located.contains(m.span().start())
          && namesNoPlace(actors.byId(m.actorId()))) {
        blocked.add(roleOnly(m.span()));
      }
    }
    for (EntityMention e : annotation.entities()) {
      if (namesCountry(e.span().text())) {
        countryNamed.add(e.span());
      } else if (e.type() == EntityType.ORGANIZATION
          || e.type() == EntityType.PERSON && !lone.contains(e.span().text())) {
        blocked.add(e.span());
      }
      if (e.type() == EntityType.PERSON && !placeWordName(e.span().text())) {
        String[] words = e.span().text().split("\\s+");
        personWords.addAll(Arrays.asList(words));
        if (words.length > 1) {
          fullNames.add(e.span());
        }
      }
    }
    personWords.removeAll(mostlyLocated(annotation, fullNames));
    personWords.removeAll(lone);
    Set<String> locatedNames = new HashSet<>(lone);
    for (EntityMention e : annotation.entities()) {
      if (e.type() == EntityType.LOCATION) {
        locatedNames.add(e.span().text());
      }
    }
    countryNamed.addAll(placesByDiscourse(text, annotation));
    Set<String> diseases = diseaseNames(text, annotation);
    diseases.addAll(stormNames(annotation));
    boolean sports = sportsReport(annotation);
    if (!diseases.isEmpty()) {
      // a pathogen's or storm's name is no place anywhere in the article ("Reston ebolavirus", then "the Reston
      // strain"; "Hurricane Katrina", then "Katrina")
      personWords.addAll(diseases);
      for (Sentence sentence : annotation.sentences()) {
        for (Token t : sentence.tokens()) {
          if (diseases.contains(t.word())) {
            blocked.add(new Span(t.start(), t.end(), t.word()));
          }
        }
      }
    }
    Map<Integer, Candidate> listed = listedPlaces(text, annotation, fullNames);
    appositivePlaces(text, annotation).forEach(listed::putIfAbsent);
    stateDatelines(text, annotation).forEach(listed::putIfAbsent);
    Map<String, String> acronyms = placeAcronyms(text, annotation);
    List<Candidate> found = new ArrayList<>();
    for (Sentence sentence : annotation.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      while (i < tokens.size()) {
        Candidate item = listed.get(tokens.get(i).start());
        if (item != null) {
          int end = tokenAt(tokens, item.span().end() - 1) + 1;
          Candidate known = candidate(text, tokens, i, end);
          found.add(known != null && known.span().equals(item.span()) ? known : item);
          i = end;
          continue;
        }
        if (theWest(tokens, i)) {
          Token t = tokens.get(i);
          found.add(new Candidate(new Span(t.start(), t.end(), t.word()), WESTERN_WORLD, null,
              t.ner() == EntityType.LOCATION));
          i++;
          continue;
        }
        String expanded = acronyms.get(tokens.get(i).word());
        if (expanded != null && standsAlone(tokens, i)) {
          Token t = tokens.get(i);
          found.add(new Candidate(new Span(t.start(), t.end(), t.word()), expanded, null, false));
          i++;
          continue;
        }
        Candidate facility = facilityAt(text, tokens, i, personWords, fullNames);
        if (facility != null) {
          found.add(facility);
          i = tokenAt(tokens, facility.span().end() - 1) + 1;
          continue;
        }
        Candidate jurisdiction = jurisdictionAt(text, tokens, i, personWords, fullNames, locatedNames);
        if (jurisdiction != null) {
          found.add(jurisdiction);
          // the body's own words name no other place ("the United States Postal Service")
          i = governmentBodyEnd(tokens, tokenAt(tokens, jurisdiction.span().end() - 1) + 1);
          continue;
        }
        int end = match(text, tokens, i, blocked, personWords, fullNames, countryNamed, diseases, sports, lone);
        if (end > i) {
          Candidate c = candidate(text, tokens, i, end);
          if (c != null && (!landmark(c.name()) || afterLocative(tokens, i))) {
            found.add(c);
          }
          i = end;
        } else {
          i++;
        }
      }
    }
    return withNeighbours(text, annotation, found, personWords, fullNames);
  }

  /** Prepositions right before a location's name that make an actor of that name the place ("news from Baku"). */
  private static final Set<String> LOCATED_AFTER = words(
      "in", "at", "from", "near", "outside", "around", "across", "into", "inside");

  /** Fewest people a town the recogniser tagged a location needs to stay a place where an actor bears its name. */
  private static final long LOCATED_TOWN_POPULATION = 100_000;

  /**
   * The first offsets of the names the recogniser tagged as locations right after a preposition of place, with no
   * article between ("good news from Baku", "projects in South Waziristan Agency"), that the gazetteer knows by
   * their main names as a country, a division or a town of {@value #LOCATED_TOWN_POPULATION} people or more: these
   * are places even where an organisation or outlet of the actor dictionary bears the name.
   */
  private Set<Integer> locatedLocations(LinguisticAnnotation annotation) {
    Set<Integer> out = new HashSet<>();
    for (EntityMention e : annotation.entities()) {
      if (e.type() != EntityType.LOCATION || e.sentence() < 0 || e.sentence() >= annotation.sentences().size()) {
        continue;
      }
      List<Token> tokens = annotation.sentences().get(e.sentence()).tokens();
      int first = tokenAt(tokens, e.span().start());
      if (first > 0 && tokens.get(first).start() == e.span().start()
          && LOCATED_AFTER.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT))
          && knownMainPlace(e.span().text(), LOCATED_TOWN_POPULATION)) {
        out.add(e.span().start());
      }
    }
    return out;
  }

  /** Words for a town, after "a" and its describing words, that say the name before them is a town. */
  private static final Set<String> SETTLEMENT_WORDS = words(
      "town", "village", "township", "suburb", "hamlet", "municipality", "city");

  /** Most describing words between "a" and the settlement word ("a rural township", "a small farming town"). */
  private static final int SETTLEMENT_DESCRIPTION = 3;

  /** Most words of a name that an appositive says is a town. */
  private static final int SETTLEMENT_NAME_TOKENS = 3;

  /**
   * The names of one to three capitalised proper nouns that the text itself says are towns, however the recogniser
   * tagged them and whether the gazetteer knows them: followed by a comma and "a" or "an" ("Dogu Beyazit, a farming
   * town in eastern Turkey") or by "is" or "was" and "a" or "an" ("Lujhu is a rural township"), at most three
   * describing words and a word for a town that ends the noun phrase (not "a town councillor"), by their first
   * offset.
   */
  private Map<Integer, Candidate> appositivePlaces(String text, LinguisticAnnotation annotation) {
    Map<Integer, Candidate> out = new HashMap<>();
    for (Sentence sentence : annotation.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int k = 0; k + 2 < tokens.size(); k++) {
        String link = tokens.get(k).word().toLowerCase(Locale.ROOT);
        String article = tokens.get(k + 1).word().toLowerCase(Locale.ROOT);
        if (!(link.equals(",") || link.equals("is") || link.equals("was"))
            || !(article.equals("a") || article.equals("an")) || !settlementFollows(tokens, k + 2)) {
          continue;
        }
        int i = k;
        while (i > 0 && k - i < SETTLEMENT_NAME_TOKENS && capitalised(tokens.get(i - 1).word())
            && isProperNoun(tokens.get(i - 1))) {
          i--;
        }
        if (i == k || i > 0 && capitalised(tokens.get(i - 1).word()) && isProperNoun(tokens.get(i - 1))) {
          continue;
        }
        String name = text.substring(tokens.get(i).start(), tokens.get(k - 1).end());
        if (gazetteer.demonym(name) != null || NOT_PLACES.contains(name.toLowerCase(Locale.ROOT))
            || genericWord(tokens.get(k - 1).word()) || TITLES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
            || upperCaseWord(name)) {
          continue;
        }
        out.put(tokens.get(i).start(), new Candidate(new Span(tokens.get(i).start(), tokens.get(k - 1).end(), name),
            name, GeoPlace.Kind.CITY, tokens.get(i).ner() == EntityType.LOCATION));
      }
    }
    return out;
  }

  /** Whether at most three describing words in small letters and a settlement word ending its phrase start at k. */
  private static boolean settlementFollows(List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j - k <= SETTLEMENT_DESCRIPTION; j++) {
      Token t = tokens.get(j);
      if (capitalised(t.word()) || !t.word().chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
        return false;
      }
      if (SETTLEMENT_WORDS.contains(t.word())) {
        if (j + 1 == tokens.size()) {
          return true;
        }
        Token next = tokens.get(j + 1);
        return next.pos() == null || !(next.pos().startsWith("NN") || next.pos().equals("POS"));
      }
    }
    return false;
  }

  /** The curated name of the West as a whole, the Western world. */
  private static final String WESTERN_WORLD = "Western world";

  /**
   * Whether token {@code i} is "West" after "the" and ends the noun phrase: the Western world ("relations between
   * Russia and the West", "the West's response"), not a part of a name or of a place ("the West Bank", "the West
   * coast", "the West of Ireland").
   */
  private static boolean theWest(List<Token> tokens, int i) {
    if (i == 0 || !tokens.get(i).word().equals("West") || !tokens.get(i - 1).word().equalsIgnoreCase("the")) {
      return false;
    }
    if (i + 1 == tokens.size()) {
      return true;
    }
    Token next = tokens.get(i + 1);
    String pos = next.pos() == null ? "" : next.pos();
    if (capitalised(next.word()) || next.word().equals("of") || next.word().equals("-")) {
      return false;
    }
    boolean punctuation = next.word().chars().noneMatch(Character::isLetterOrDigit);
    return punctuation || AFTER_NOUN_PHRASE.contains(pos) || pos.startsWith("VB") || pos.startsWith("RB");
  }

  /** Parts of speech that may follow a noun phrase's last word: possessive, conjunction, preposition, modal, wh-. */
  private static final Set<String> AFTER_NOUN_PHRASE = Set.of("POS", "CC", "IN", "TO", "MD", "WDT", "WP");

  /** An acronym in capitals of two to four letters, an ampersand allowed between them ({@code T&T}, {@code PNG}). */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}(?:&?\\p{Lu}){1,3}");

  /** Small words that a name's initials skip ({@code Trinidad and Tobago}: T&amp;T). */
  private static final Set<String> INITIAL_PARTICLES = words("and", "of", "the", "&");

  /** Most words of a place's name that an acronym stands for. */
  private static final int ACRONYM_NAME_TOKENS = 6;

  /**
   * The acronyms in the article that stand for a country or division it names in full, with that name ("T&amp;T"
   * after "Trinidad and Tobago"): an acronym the gazetteer does not know, whose letters are the initials of the
   * capitalised words of a name of two or more words written elsewhere in the article that is, by its main name, a
   * country or a first- or second-level division. Acronyms the gazetteer knows ({@code US}, {@code NSW}) take the
   * usual way.
   */
  private Map<String, String> placeAcronyms(String text, LinguisticAnnotation annotation) {
    Set<String> wanted = new HashSet<>();
    for (Sentence sentence : annotation.sentences()) {
      for (Token t : sentence.tokens()) {
        if (ACRONYM.matcher(t.word()).matches() && gazetteer.lookup(t.word()).isEmpty()) {
          wanted.add(t.word());
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    if (wanted.isEmpty()) {
      return out;
    }
    for (Sentence sentence : annotation.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (!capitalised(tokens.get(i).word()) || !isProperNoun(tokens.get(i))) {
          continue;
        }
        StringBuilder initials = new StringBuilder();
        for (int j = i; j < tokens.size() && j - i < ACRONYM_NAME_TOKENS; j++) {
          String w = tokens.get(j).word();
          if (INITIAL_PARTICLES.contains(w.toLowerCase(Locale.ROOT)) && j > i) {
            continue;
          }
          if (!capitalised(w) || !isProperNoun(tokens.get(j))) {
            break;
          }
          initials.append(w.charAt(0));
          if (j == i) {
            continue;
          }
          for (String acronym : wanted) {
            if (acronym.replace("&", "").contentEquals(initials)) {
              String name = text.substring(tokens.get(i).start(), tokens.get(j).end());
              if (isCountryOrDivision(name) && gazetteer.demonym(name) == null) {
                out.putIfAbsent(acronym, name);
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** Whether token {@code i} has no capitalised proper noun right before or after it ("NJ Advance Media" has). */
  private static boolean standsAlone(List<Token> tokens, int i) {
    return !(i > 0 && capitalised(tokens.get(i - 1).word()) && isProperNoun(tokens.get(i - 1)))
        && !(i + 1 < tokens.size() && capitalised(tokens.get(i + 1).word()) && isProperNoun(tokens.get(i + 1)));
  }

  /** Least population of a town whose name the recogniser took for a lone person's ("a Maitland horse"). */
  private static final long LONE_TOWN_POPULATION = 1_000;

  /**
   * One-word names that the recogniser took for a person's but that no person in the article bears: the name is no
   * word of a person's name of two or more words in the article, no title ("Mr", "Dr.") ever comes before it and no
   * verb of speech after it ("Nelson says"), the article puts it after a preposition of place at least once ("held
   * in Maitland", not "in Hinton, Kansas"), and it is, by its main name, a country, division or town of 1,000 people
   * or more. News names a person in full before it names them by one word, so these are the recogniser's slips,
   * places wherever they stand alone ("a Maitland horse event"). So too a one-word name the recogniser took for an
   * organisation's that the article puts after a preposition of place twice or more and that is never the subject of
   * a verb ("restored in Innisfail", "sent to Innisfail", then "the Innisfail area"), or once where it is a town of
   * the first-level division that a location the recogniser tagged in the article is in ("Power is out in Tully" in
   * a story that names Cairns, in Queensland as Tully is).
   */
  private Set<String> lonePlaces(LinguisticAnnotation annotation) {
    Set<String> places = loneNames(annotation, EntityType.PERSON, 1, PERSON_LONE_LOCATIVE);
    places.addAll(loneNames(annotation, EntityType.ORGANIZATION, 2, ORGANISATION_LONE_LOCATIVE));
    Set<String> once = loneNames(annotation, EntityType.ORGANIZATION, 1, ORGANISATION_LONE_LOCATIVE);
    once.removeAll(places);
    if (!once.isEmpty()) {
      once.removeIf(name -> !townOfDivision(name, locatedDivisions(annotation, name)));
      places.addAll(once);
    }
    return places;
  }

  /**
   * The first-level divisions that the names the recogniser tagged as locations, but this one, are in, by each name's
   * main gazetteer entry with the most people (a division's own code for a division), none for countries and regions.
   */
  private Set<String> locatedDivisions(LinguisticAnnotation annotation, String except) {
    Set<String> out = new HashSet<>();
    for (EntityMention e : annotation.entities()) {
      if (e.type() != EntityType.LOCATION || e.span().text().equals(except)) {
        continue;
      }
      GeoPlace best = mostPopulousMain(e.span().text(), p -> p.admin1() != null && p.kind() != GeoPlace.Kind.COUNTRY);
      if (best != null) {
        out.add(best.admin1());
      }
    }
    return out;
  }

  /** The most populous place a name is the main name of among those {@code ok} accepts, or null. */
  private GeoPlace mostPopulousMain(String name, Predicate<GeoPlace> ok) {
    GeoPlace best = null;
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      GeoPlace p = e.place();
      if (!e.alternate() && ok.test(p) && (best == null || p.population() > best.population())) {
        best = p;
      }
    }
    return best;
  }

  /** Whether a name is, by its main name, a town of {@value #LONE_TOWN_POPULATION} people or more in these divisions. */
  private boolean townOfDivision(String name, Set<String> divisions) {
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      GeoPlace p = e.place();
      if (!e.alternate() && p.kind() == GeoPlace.Kind.CITY && p.population() >= LONE_TOWN_POPULATION
          && divisions.contains(p.admin1())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one-word names of this type that no longer name of the type holds, that the article puts after one of these
   * prepositions at least {@code times} times, with no title before and no verb of speech after any mention.
   */
  private Set<String> loneNames(LinguisticAnnotation annotation, EntityType type, int times, Set<String> locative) {
    Set<String> single = new HashSet<>();
    Set<String> inFull = new HashSet<>();
    for (EntityMention e : annotation.entities()) {
      if (e.type() != type) {
        continue;
      }
      String[] words = e.span().text().split("\\s+");
      if (words.length == 1) {
        single.add(words[0]);
      } else {
        inFull.addAll(Arrays.asList(words));
      }
    }
    single.removeAll(inFull);
    if (single.isEmpty()) {
      return single;
    }
    Set<String> titled = new HashSet<>();
    Map<String, Integer> placed = new HashMap<>();
    for (Sentence sentence : annotation.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        String word = tokens.get(i).word();
        String before = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
        if (!single.contains(word)) {
          continue;
        }
        String after = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        if (before.equals(".") && i >= 2 && tokens.get(i - 2).end() == tokens.get(i - 1).start()
            && capitalised(tokens.get(i - 2).word())) {
          // a tokeniser that splits the title's period off: "Dr" "."
          before = tokens.get(i - 2).word().toLowerCase(Locale.ROOT);
        }
        Dependency head = sentence.headOf(tokens.get(i).index());
        if (TITLES.contains(before.replace(".", "")) || SPEECH.contains(after)
            || type == EntityType.ORGANIZATION && head != null && head.relation().equals("nsubj")
            && !locative.contains(before)) {
          // a person's title or speech, or an organisation that acts ("Congress passed the bill"; not "sent to
          // Innisfail to provide power", which a parser may read so)
          titled.add(word);
        } else if (locative.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
            && !after.equals("'s") && !after.equals("\u2019s") && !pairedElsewhere(tokens, i)
            && !(i + 1 < tokens.size() && capitalised(tokens.get(i + 1).word()))) {
          placed.merge(word, 1, Integer::sum);
        }
      }
    }
    single.removeAll(titled);
    single.removeIf(name -> placed.getOrDefault(name, 0) < times);
    single.removeIf(name -> !capitalised(name) || upperCaseWord(name) || genericWord(name)
        || gazetteer.demonym(name) != null
        || NOT_PLACES.contains(name.toLowerCase(Locale.ROOT)) || !knownMainPlace(name, LONE_TOWN_POPULATION));
    return single;
  }

  /** Verbs of speech after a name that make it a person's ("Nelson says"). */
  private static final Set<String> SPEECH = words(
      "said", "says", "told", "tells", "added", "adds", "explained", "wrote", "writes", "asked", "argued", "noted",
      "stated", "admitted", "agreed", "believes", "thinks", "thought", "recalled", "insisted", "warned", "who");

  /**
   * Whether token {@code i} is followed by a comma and a country or division that is not where a town so named is
   * ("Hinton, Kansas"): then the name is none of those towns.
   */
  private boolean pairedElsewhere(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i + 1).word().equals(",")) {
      return false;
    }
    String division = tokens.get(i + 2).word();
    return capitalised(division) && isCountryOrDivision(division) && !within(tokens.get(i).word(), division);
  }

  /** Prepositions after which a lone person's name is a place somewhere in the article ("held in Maitland"). */
  private static final Set<String> PERSON_LONE_LOCATIVE =
      words("in", "at", "near", "outside", "around", "across", "over");

  /** Prepositions after which a lone organisation's name, twice, is a place ("restored in Innisfail"). */
  private static final Set<String> ORGANISATION_LONE_LOCATIVE =
      words("in", "near", "outside", "around", "across", "over", "to");

  /** Titles before a person's name. */
  private static final Set<String> TITLES = words(
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "father", "sister",
      "brother", "president", "senator", "sen", "rep", "gov", "governor", "mayor", "minister", "judge", "justice",
      "general", "gen", "col", "capt", "captain", "sgt", "officer", "coach", "king", "queen", "prince", "princess",
      "pope", "saint", "st", "chairman", "chief", "secretary", "director", "detective", "inspector", "constable");

  /** How many times more often than a person a name must be tagged a location for its person tags to be slips. */
  private static final int LOCATED_TO_PERSON = 3;

  /**
   * One-word names that the recogniser tags as a location at least three times as often as a person in the article
   * and that are no word of a person's longer name ("eastern Ghouta" four times a location, once a person): their
   * person tags are the recogniser's slips, so they are no person's words. (A name tagged a location only twice as
   * often may be a person's: "Trump".)
   */
  private static Set<String> mostlyLocated(LinguisticAnnotation annotation, List<Span> fullNames) {
    Map<String, Integer> votes = new HashMap<>();
    for (EntityMention e : annotation.entities()) {
      String name = e.span().text();
      if (e.type() == EntityType.LOCATION && name.indexOf(' ') < 0) {
        votes.merge(name, 1, Integer::sum);
      } else if (e.type() == EntityType.PERSON && name.indexOf(' ') < 0) {
        votes.merge(name, -LOCATED_TO_PERSON, Integer::sum);
      }
    }
    Set<String> located = new HashSet<>();
    for (Map.Entry<String, Integer> v : votes.entrySet()) {
      if (v.getValue() >= 0) {
        located.add(v.getKey());
      }
    }
    for (Span full : fullNames) {
      located.removeAll(Arrays.asList(full.text().split("\\s+")));
    }
    return located;
  }

  /**
   * Words for kinds of town or division after which "of" or a colon introduces places ("the villages of"), with the
   * kind they ask for; districts, counties and municipalities ({@link #isDistrictWord}) ask for none.
   */
  private static final Map<String, GeoPlace.Kind> PLACE_CLASSES = placeClasses();

  private static Map<String, GeoPlace.Kind> placeClasses() {
    Map<String, GeoPlace.Kind> m = new HashMap<>();
    for (String w : new String[] {"village", "villages", "town", "towns", "city", "cities", "suburb", "suburbs",
        "hamlet", "hamlets", "community", "communities", "neighborhood", "neighborhoods", "neighbourhood",
        "neighbourhoods", "township", "townships"}) {
      m.put(w, GeoPlace.Kind.CITY);
    }
    for (String w : new String[] {"province", "provinces", "region", "regions", "states"}) {
      m.put(w, GeoPlace.Kind.ADMIN1);
    }
    return Map.copyOf(m);
  }

  /** Lower-case words inside a place's name in a list ({@code Ceamurlia de Jos}, {@code Mukuru kwa Njenga}). */
  private static final Set<String> NAME_PARTICLES = words("de", "del", "la", "le", "kwa", "al", "el", "du", "di", "da");

  /**
   * The places that a word for a kind of town or division introduces with "of" or a colon, alone or in a list
   * ("the villages of Ceamurlia de Jos, Maliuc and Caraorman", "four villages: Kampungu, Makonono and Mombo", "the
   * town of Kalam"), however the recogniser tagged them and whether or not the gazetteer knows them, keyed by their
   * first character: runs of at most four capitalised words joined by commas and "and", none a day's or month's
   * name, a demonym or a word of a person's longer name in the text.
   */
  private Map<Integer, Candidate> listedPlaces(String text, LinguisticAnnotation annotation,
      List<Span> fullNames) {
    Map<Integer, Candidate> listed = new HashMap<>();
    for (Sentence sentence : annotation.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int k = 0; k + 2 < tokens.size(); k++) {
        String cue = tokens.get(k).word();
        String after = tokens.get(k + 1).word();
        if (capitalised(cue) || !(after.equals("of") || after.equals(":"))
            || !PLACE_CLASSES.containsKey(cue.toLowerCase(Locale.ROOT)) && !isDistrictWord(cue)) {
          continue;
        }
        GeoPlace.Kind kind = PLACE_CLASSES.get(cue.toLowerCase(Locale.ROOT));
        int i = k + 2;
        while (i < tokens.size()) {
          int end = i;
          while (end < tokens.size() && end - i < 4 && (capitalised(tokens.get(end).word()) && isProperNoun(tokens.get(end))
              || end > i && end + 1 < tokens.size() && NAME_PARTICLES.contains(tokens.get(end).word())
              && capitalised(tokens.get(end + 1).word()))) {
            end++;
          }
          String lastWord = end == i ? "" : tokens.get(end - 1).word();
          if (end == i || end < tokens.size() && (tokens.get(end).word().equals("'s")
              || tokens.get(end).word().equals("\u2019s") || capitalised(tokens.get(end).word()))
              || lastWord.endsWith("'s") || lastWord.endsWith("\u2019s")) {
            // a possessive is no place's name here ("the neighborhood of Saturday's market")
            break;
          }
          String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
          Span span = new Span(tokens.get(i).start(), tokens.get(end - 1).end(), name);
          if (NOT_PLACES.contains(name.toLowerCase(Locale.ROOT)) || gazetteer.demonym(name) != null
              || inOtherFullName(span, fullNames) || genericWord(tokens.get(end - 1).word())) {
            break;
          }
          listed.put(span.start(), new Candidate(span, name, kind, false));
          int next = end;
          while (next < tokens.size() && (tokens.get(next).word().equals(",") || tokens.get(next).word().equals("and"))) {
            next++;
          }
          if (next == end) {
            break;
          }
          i = next;
        }
      }
    }
    return listed;
  }

  private static boolean isDistrictWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("district") || w.equals("districts") || w.equals("county") || w.equals("counties")
        || w.equals("municipality") || w.equals("municipalities");
  }

  /** Capitalised words before a storm's name ({@code Hurricane Katrina}, {@code Cyclone Larry}). */
  private static final Set<String> STORM_WORDS = words("hurricane", "cyclone", "typhoon", "storm");

  /**
   * The words of storms' names in the article ("Hurricane Katrina", "Tropical Storm Harvey", "Cyclone Larry"): the
   * capitalised proper nouns, at most two, right after a capitalised storm word; they are no places anywhere in it,
   * however large a town is so named ("Hurricane Florence").
   */
  private static Set<String> stormNames(LinguisticAnnotation annotation) {
    Set<String> names = new HashSet<>();
    for (Sentence sentence : annotation.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int k = 0; k + 1 < tokens.size(); k++) {
        String w = tokens.get(k).word();
        if (!capitalised(w) || !STORM_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          continue;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 2; j++) {
          Token t = tokens.get(j);
          if (!capitalised(t.word()) || !isProperNoun(t) || genericWord(t.word())) {
            break;
          }
          names.add(t.word());
          names.add(w);
        }
      }
    }
    return names;
  }

  /** Lower-case words after which a name is a pathogen's or a substance's, not a place's ({@code Reston ebolavirus}). */
  private static final Set<String> DISEASE_WORDS = words(
      "virus", "viruses", "ebolavirus", "strain", "strains", "bacteria", "bacterium", "fever", "disease", "monoxide",
      "dioxide", "hemorrhagic", "haemorrhagic");

  /** Most people a town named before a disease word may have for its name to be taken for the pathogen's. */
  private static final long DISEASE_TOWN_POPULATION = 100_000;

  /**
   * The names that the article writes right before a lower-case disease word, alone or joined by hyphens
   * ("Reston ebolavirus", "the Ebola-Reston virus", "Marburg virus", "Carbon monoxide"): the words of a pathogen's
   * or substance's name, unless the gazetteer knows the word as a country, division, region or town of
   * 100,000 people or more ("Hong Kong flu", "Wuhan virus" still name their places).
   */
  private Set<String> diseaseNames(String text, LinguisticAnnotation annotation) {
    Set<String> names = new HashSet<>();
    for (Sentence sentence : annotation.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int k = 1; k < tokens.size(); k++) {
        String w = tokens.get(k).word();
        if (capitalised(w) || !DISEASE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          continue;
        }
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
          String word = tokens.get(j).word();
          if (word.equals("-") || word.equals("\u2013")) {
            continue;
          }
          if (!capitalised(word) || !isProperNoun(tokens.get(j)) && !word.chars().allMatch(Character::isLetter)) {
            break;
          }
          if (!knownPlace(word, DISEASE_TOWN_POPULATION)) {
            names.add(word);
          }
          if (j > 0 && !tokens.get(j - 1).word().equals("-") && tokens.get(j - 1).end() != tokens.get(j).start()) {
            break;
          }
        }
      }
    }
    return names;
  }

  /**
   * Last words of the names of buildings and grounds that news names as places, whether a place's name opens them
   * ({@code Colchester Hospital}, {@link #facilityAt}) or not ({@code Jamsil Stadium}, {@link #venueAt}). Not
   * "Center" or "House": think tanks and firms end so ({@code Wilson Center}).
   */
  private static final Set<String> FACILITY_PLACES = words(
      "hospital", "cathedral", "stadium", "airport", "castle", "church", "chapel", "basilica", "mosque", "temple",
      "prison", "racecourse", "arena");

  /** Words that may stand between a place's name and a building's word ({@code Colchester General Hospital}). */
  private static final Set<String> FACILITY_DESCRIPTORS = words(
      "general", "international", "memorial", "regional", "university", "central", "district", "community",
      "children's", "children\u2019s", "city", "county", "municipal", "national", "royal", "teaching", "mental",
      "olympic", "metropolitan", "state", "provincial", "public", "main", "old", "new");

  /** Least population of a town that a facility's name starts with. */
  private static final long FACILITY_TOWN_POPULATION = 1_000;

  /**
   * The facility whose name starts at token {@code i} with a place's name ("Colchester General Hospital", "Manila
   * Cathedral", "Istanbul Atat\u00fcrk International Airport"), however the recogniser tagged it: a run of at most
   * five capitalised words ending in a building's word, with none but descriptive words ("General",
   * "International") after the place's name, not preceded or followed by another capitalised word or
   * "of" ("Bank of England Hospital"), whose first one to three words are, by their main name, a country, division
   * or town of 1,000 people or more, not a demonym and no word of a person's name in the text. The candidate spans
   * the whole name and is looked up, and resolved, by the place's name; else null.
   */
  private Candidate facilityAt(String text, List<Token> tokens, int i, Set<String> personWords, List<Span> fullNames) {
    if (!capitalised(tokens.get(i).word()) || !isProperNoun(tokens.get(i))
        || i > 0 && (capitalised(tokens.get(i - 1).word()) || tokens.get(i - 1).word().equals("of"))) {
      return null;
    }
    int last = -1;
    for (int j = i + 1; j < tokens.size() && j < i + MAX_TOKENS; j++) {
      Token t = tokens.get(j);
      if (!capitalised(t.word()) && !t.word().equals("'s") && !t.word().equals("\u2019s")) {
        break;
      }
      if (FACILITY_PLACES.contains(t.word().toLowerCase(Locale.ROOT))) {
        last = j;
        break;
      }
    }
    if (last < 0 || last + 1 < tokens.size()
        && (capitalised(tokens.get(last + 1).word()) || tokens.get(last + 1).word().equals("of"))) {
      return null;
    }
    for (int k = Math.min(last, i + 3); k > i; k--) {
      String name = text.substring(tokens.get(i).start(), tokens.get(k - 1).end());
      Span place = new Span(tokens.get(i).start(), tokens.get(k - 1).end(), name);
      boolean person = false;
      for (int t = i; t < k; t++) {
        person |= personWords.contains(tokens.get(t).word());
      }
      boolean described = true;
      for (int t = k; t < last; t++) {
        described &= FACILITY_DESCRIPTORS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT));
      }
      if (described && !person && !inOtherFullName(place, fullNames) && gazetteer.demonym(name) == null
          && !NOT_PLACES.contains(name.toLowerCase(Locale.ROOT)) && !genericWord(tokens.get(k - 1).word())
          && knownMainPlace(name, FACILITY_TOWN_POPULATION)) {
        int end = tokens.get(last).end();
        return new Candidate(new Span(place.start(), end, text.substring(place.start(), end)), name, null, false);
      }
    }
    return null;
  }

  /**
   * Words of the name of a government body or office after the name of the place it serves ({@code U.S. Food and
   * Drug Administration}, {@code Westminster City Council}, {@code Queensland Police}, {@code Denver District Judge},
   * {@code New York City Mayor}): that place is named as a place, unlike a newspaper's or a bank's namesake town
   * ({@code Washington Post}, {@code Kabul Bank}).
   */
  private static final Set<String> GOVERNMENT_WORDS = words(
      "department", "ministry", "police", "sheriff", "sheriff's", "sheriff\u2019s", "council", "government", "army",
      "navy", "guard", "court", "senate", "assembly", "legislature", "parliament", "agency", "administration",
      "bureau", "commission", "centers", "institutes", "authority", "board", "attorney", "mayor", "governor",
      "premier", "fire", "ambulance", "patrol", "pd", "embassy", "consulate", "forces", "military", "marines",
      "judge", "inspector", "commissioner", "prosecutor", "cabinet", "customs", "service", "services", "district");

  /** Words that make a name a business's or an outlet's, whatever government word it also holds. */
  private static final Set<String> COMMERCIAL_WORDS = words(
      "post", "times", "bank", "air", "airlines", "airways", "university", "college", "club", "fc", "company",
      "inc", "corp", "corporation", "ltd", "plc", "news", "tv", "radio", "press", "herald", "journal", "tribune",
      "gazette", "chronicle", "mail", "star", "sun", "telegraph", "guardian", "insurance", "holdings", "group");

  /** Small words inside a government body's name ({@code Department of Health}, {@code Food and Drug}). */
  private static final Set<String> BODY_PARTICLES = words("of", "for", "and", "&", "on", "'s", "\u2019s");

  /**
   * Least population of a town, or of a second-level division named without its division word, that the
   * recogniser did not tag a location and that stands for a government body's place ({@code Lincoln Police}).
   */
  private static final long JURISDICTION_TOWN_POPULATION = 100_000;

  /**
   * The place whose name, at token {@code i}, opens the name of a government body or office that serves it ("the U.S.
   * Centers for Disease Control", "California Department of Public Health", "Orange County Sanitation District",
   * "Queensland Police Inspector Bob Hytch"), however the recogniser tagged the whole, or closes it after "of" ("the
   * City of Santa Ana", "the District of Massachusetts", "the Council of Europe"): one to three capitalised words
   * ({@link #servedName}), not after another capitalised proper noun or "of" but such a body's, followed by a run of
   * capitalised words and small words ("of", "for", "and") that holds a government word ({@link #GOVERNMENT_WORDS})
   * and no business's word ({@link #COMMERCIAL_WORDS}), and not by "Administration" (a president's: "the Obama
   * Administration"), or, after "of", by no capitalised word. The candidate spans the place's name only; else null.
   */
  private Candidate jurisdictionAt(String text, List<Token> tokens, int i, Set<String> personWords,
      List<Span> fullNames, Set<String> locatedNames) {
    Token first = tokens.get(i);
    if (!capitalised(first.word()) || !isProperNoun(first)
        || DETERMINERS.contains(first.word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    boolean afterOf = i > 1 && tokens.get(i - 1).word().equals("of") && governmentBodyBefore(tokens, i - 2);
    if (!afterOf && i > 0 && (capitalised(tokens.get(i - 1).word()) && isProperNoun(tokens.get(i - 1))
        || tokens.get(i - 1).word().equals("of"))) {
      return null;
    }
    for (int end = Math.min(tokens.size() - (afterOf ? 0 : 1), i + 3); end > i; end--) {
      Token last = tokens.get(end - 1);
      boolean bodyAround = afterOf ? end == tokens.size() || !capitalised(tokens.get(end).word())
          : governmentBodyFollows(tokens, end) && !tokens.get(end).word().equalsIgnoreCase("administration");
      if (!bodyAround || !capitalised(last.word()) || !isProperNoun(last)) {
        continue;
      }
      String name = text.substring(first.start(), last.end());
      Span span = new Span(first.start(), last.end(), name);
      if (servedName(name, span, tokens, i, end, personWords, fullNames, locatedNames)) {
        return new Candidate(span, name, null, first.ner() == EntityType.LOCATION);
      }
    }
    return null;
  }

  /**
   * Whether tokens {@code [i, end)} around a government body's name name the place it serves: no word of a person's
   * name in the text, no demonym, a country's name (an acronym only a country's: "US", "U.S."), else ending in no
   * organisation's word but a county's ("Orange County") and a place by {@link #servedPlace}.
   */
  private boolean servedName(String name, Span span, List<Token> tokens, int i, int end, Set<String> personWords,
      List<Span> fullNames, Set<String> locatedNames) {
    for (int k = i; k < end; k++) {
      if (personWords.contains(tokens.get(k).word())) {
        return false;
      }
    }
    if (inOtherFullName(span, fullNames) || gazetteer.demonym(name) != null
        || NOT_PLACES.contains(name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (namesCountry(name)) {
      return true;
    }
    String last = tokens.get(end - 1).word().toLowerCase(Locale.ROOT);
    return !upperCaseWord(name) && (!genericWord(last) || end - i > 1 && COUNTY_WORDS.contains(last))
        && servedPlace(name, tokens.get(i).ner() == EntityType.LOCATION || locatedNames.contains(name));
  }

  /** Words before "of" that make the name after it the place a government serves ({@code City of Santa Ana}). */
  private static final Set<String> SEAT_WORDS = words(
      "city", "town", "village", "borough", "municipality", "republic", "commonwealth", "state", "province", "county",
      "kingdom", "emirate", "principality");

  /**
   * Whether the words up to token {@code last}, right before an "of", end a government body's or a seat's name
   * ("the City of", "the District of", "the Governor of", "the Council of"): at most five capitalised words and small
   * words, ending in a capitalised one, with a government or seat word ({@link #SEAT_WORDS}) and no business's word.
   */
  private static boolean governmentBodyBefore(List<Token> tokens, int last) {
    if (!capitalised(tokens.get(last).word())) {
      return false;
    }
    int first = last;
    for (int j = last - 1; j >= 0 && j > last - 5; j--) {
      String word = tokens.get(j).word();
      if (capitalised(word)) {
        first = j;
      } else if (!BODY_PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
        break;
      }
    }
    return holdsGovernmentWord(tokens, first, last + 1, true);
  }

  /**
   * Whether a name before a government body's name is the place that body serves: by its own main name (not a longer
   * one the gazetteer files it under, "Capital Region"), a country, first-level division or region, a division of
   * several words ("Orange County"), or a town or second-level division of {@value #JURISDICTION_TOWN_POPULATION}
   * people or more or {@code located}: tagged a location here or anywhere in the article (or a place by {@link
   * #lonePlaces}); so "Supreme Court" and "Commerce Department" do not name the small towns of those names.
   */
  private boolean servedPlace(String name, boolean located) {
    String key = Gazetteer.key(name);
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      GeoPlace p = e.place();
      if (e.alternate() || !Gazetteer.key(p.name()).equals(key)) {
        continue;
      }
      boolean large = located || p.population() >= JURISDICTION_TOWN_POPULATION;
      if (p.kind() == GeoPlace.Kind.COUNTRY || p.kind() == GeoPlace.Kind.ADMIN1 || p.kind() == GeoPlace.Kind.REGION
          || p.kind() == GeoPlace.Kind.ADMIN2 && (name.indexOf(' ') > 0 || large)
          || p.kind() == GeoPlace.Kind.CITY && large) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the tokens from {@code from} on are a government body's name: at most six capitalised words and small
   * words ({@link #BODY_PARTICLES}), starting with a capitalised word, with a government word among them and no
   * business's word.
   */
  private static boolean governmentBodyFollows(List<Token> tokens, int from) {
    return holdsGovernmentWord(tokens, from, bodyRunEnd(tokens, from), false);
  }

  /**
   * Whether tokens {@code [from, to)} hold a government word (or, with {@code seats}, a seat's word: {@link
   * #SEAT_WORDS}), also as a part of a hyphenated word ("Vice-Mayor"), and no business's word.
   */
  private static boolean holdsGovernmentWord(List<Token> tokens, int from, int to, boolean seats) {
    boolean government = false;
    for (int j = from; j < to; j++) {
      String lower = tokens.get(j).word().toLowerCase(Locale.ROOT);
      if (COMMERCIAL_WORDS.contains(lower)) {
        return false;
      }
      for (String part : lower.split("-")) {
        government |= GOVERNMENT_WORDS.contains(part) || seats && SEAT_WORDS.contains(part);
      }
    }
    return government;
  }

  /** The end of a government body's name that starts at token {@code from}, or {@code from} where none does. */
  private static int governmentBodyEnd(List<Token> tokens, int from) {
    return governmentBodyFollows(tokens, from) ? bodyRunEnd(tokens, from) : from;
  }

  /**
   * The end of the run of at most six capitalised words and small words ({@link #BODY_PARTICLES}) from token {@code
   * from}, ending in a capitalised word; {@code from} where that token is not capitalised.
   */
  private static int bodyRunEnd(List<Token> tokens, int from) {
    int end = from;
    for (int j = from; j < tokens.size() && j < from + 6; j++) {
      String word = tokens.get(j).word();
      if (capitalised(word)) {
        end = j + 1;
      } else if (!BODY_PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
        break;
      }
    }
    return end;
  }

  /** Most capitalised words a name found next to a toponym may have. */
  private static final int MAX_NEIGHBOUR_TOKENS = 3;

  /**
   * The toponyms with the names around them that their place in the sentence shows to be places too, though the
   * recogniser missed or mistagged them: the items of a list of places joined by commas, "and" or "or" that the
   * gazetteer knows ({@code Rogaland, Vestfold, Buskerud}; {@code Maitland and Warwick}), and the name before a
   * comma and a country or first-level division, which says where it is ({@code Pingilikani, Kenya}: a place even
   * where the gazetteer lacks it, resolved near its country). Person-tagged names and demonyms stay out; a name the
   * recogniser took for an organisation joins only as a list item that is, by its main name, a country or division.
   * New items found so extend the list further.
   */
  private List<Candidate> withNeighbours(String text, LinguisticAnnotation annotation, List<Candidate> found,
      Set<String> personWords, List<Span> fullNames) {
    List<Candidate> all = new ArrayList<>(found.size());
    int next = 0;
    for (Sentence sentence : annotation.sentences()) {
      List<Token> tokens = sentence.tokens();
      if (tokens.isEmpty()) {
        continue;
      }
      int from = tokens.get(0).start();
      int to = tokens.get(tokens.size() - 1).end();
      // the detector found them sentence by sentence, in text order
      List<Candidate> here = new ArrayList<>();
      while (next < found.size() && found.get(next).span().start() < to) {
        if (found.get(next).span().start() >= from) {
          here.add(found.get(next));
        } else {
          all.add(found.get(next));
        }
        next++;
      }
      // a work list: each toponym is looked at once, the names found next to it join the list
      boolean[] covered = new boolean[tokens.size()];
      for (Candidate c : here) {
        cover(covered, tokens, c.span());
      }
      for (int c = 0; c < here.size(); c++) {
        Candidate known = here.get(c);
        int first = tokenAt(tokens, known.span().start());
        int last = tokenAt(tokens, known.span().end() - 1);
        if (first < 0 || last < first) {
          continue;
        }
        Candidate right = neighbour(text, tokens, last + 1, true, covered, personWords, fullNames, known, here);
        if (right != null) {
          here.add(right);
          cover(covered, tokens, right.span());
        }
        Candidate left = neighbour(text, tokens, first - 1, false, covered, personWords, fullNames, known, here);
        if (left != null) {
          here.add(left);
          cover(covered, tokens, left.span());
        }
      }
      all.addAll(here);
    }
    all.addAll(found.subList(next, found.size()));
    all.sort(java.util.Comparator.comparingInt((Candidate x) -> x.span().start()));
    return all;
  }

  /** The index of the token that holds character {@code offset}, or -1. */
  private static int tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (t.end() <= offset) {
        lo = mid + 1;
      } else if (t.start() > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private static void cover(boolean[] covered, List<Token> tokens, Span span) {
    int first = tokenAt(tokens, span.start());
    int last = tokenAt(tokens, span.end() - 1);
    for (int t = Math.max(0, first); first >= 0 && t <= last; t++) {
      covered[t] = true;
    }
  }

  /**
   * The name joined to toponym {@code next} by a list separator, read from token {@code from} away from it
   * (rightwards or leftwards), or null.
   */
  private Candidate neighbour(String text, List<Token> tokens, int from, boolean rightwards, boolean[] covered,
      Set<String> personWords, List<Span> fullNames, Candidate next, List<Candidate> sentencePlaces) {
    int step = rightwards ? 1 : -1;
    int i = from;
    boolean coordinated = false;
    boolean comma = false;
    while (i >= 0 && i < tokens.size()) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (w.equals(",")) {
        comma = true;
      } else if (w.equals("and") || w.equals("or") || w.equals("&")) {
        coordinated = true;
      } else {
        break;
      }
      i += step;
    }
    if (i == from || i < 0 || i >= tokens.size() || !coordinated && !comma) {
      return null;
    }
    int near = i;
    int far = i;
    while (far + step >= 0 && far + step < tokens.size() && Math.abs(far + step - near) < MAX_NEIGHBOUR_TOKENS
        && capitalised(tokens.get(far + step).word()) && isProperNoun(tokens.get(far + step))) {
      far += step;
    }
    int a = Math.min(near, far);
    int b = Math.max(near, far);
    boolean person = false;
    for (int k = a; k <= b; k++) {
      Token t = tokens.get(k);
      if (!capitalised(t.word()) || !isProperNoun(t)) {
        return null;
      }
      person |= t.ner() == EntityType.PERSON;
    }
    // a name that goes on past the run is not a whole name ("the New York Times, Kenya")
    if (rightwards ? b + 1 < tokens.size() && capitalised(tokens.get(b + 1).word())
        : a > 0 && capitalised(tokens.get(a - 1).word()) && isProperNoun(tokens.get(a - 1))) {
      return null;
    }
    Span span = new Span(tokens.get(a).start(), tokens.get(b).end(),
        text.substring(tokens.get(a).start(), tokens.get(b).end()));
    for (int k = a; k <= b; k++) {
      if (covered[k]) {
        return null;
      }
    }
    String name = span.text();
    String lower = name.toLowerCase(Locale.ROOT);
    String lastWord = tokens.get(b).word().toLowerCase(Locale.ROOT);
    if (person) {
      // the recogniser takes unfamiliar town names for people ("Suba, Migori, Homa Bay, Rongo"): a name of one or two
      // words in a list that the gazetteer knows, by its main name, in the country of a toponym of the sentence is a
      // town all the same; so does a name right before a comma and the country or division it is in ("Kuala
      // Lumpur, Malaysia")
      boolean list = b - a <= 1 && coordinatedOrLonger(coordinated, tokens, b + 1)
          && !inOtherFullName(span, fullNames) && (sameCountry(name, sentencePlaces)
          || insideList(tokens, a, b, rightwards, covered, sentencePlaces));
      boolean located = !rightwards && comma && !coordinated && isCountryOrDivision(next.name())
          && !nameGoesOn(tokens, next.span()) && !inOtherFullName(span, fullNames) && within(name, next.name());
      return (list || located) && !NOT_PLACES.contains(lower) && gazetteer.demonym(name) == null
          ? new Candidate(new Span(span.start(), span.end(), name), name, null, false) : null;
    }
    if (personWords.contains(name) || gazetteer.demonym(name) != null || NOT_PLACES.contains(lower)
        || ORGANISATION_HEADS.contains(lastWord) || FACILITY_TAILS.contains(lastWord)
        || organisationContext(tokens, a, b + 1)) {
      return null;
    }
    boolean organisation = false;
    for (int k = a; k <= b; k++) {
      organisation |= tokens.get(k).ner() == EntityType.ORGANIZATION;
    }
    List<Gazetteer.Entry> entries = gazetteer.lookup(name);
    boolean division = false;
    for (Gazetteer.Entry e : entries) {
      division |= !e.alternate() && e.place().kind() != GeoPlace.Kind.CITY;
    }
    if (organisation && !division) {
      // the recogniser takes some towns for organisations ("at Cattai and Wilberforce"): a name joined by "and" or
      // "or" that the gazetteer knows, by its main name, as a town of the sentence's toponyms' country, or an item
      // between two toponyms of a list, is a place all the same
      return b - a <= 1 && (coordinated && sameCountry(name, sentencePlaces) && knownMainPlace(name, LIST_TOWN_POPULATION)
          || insideList(tokens, a, b, rightwards, covered, sentencePlaces)) && !inOtherFullName(span, fullNames)
          ? new Candidate(span, name, null, false) : null;
    }
    if (!entries.isEmpty() && (coordinated || !rightwards || division || listGoesOn(tokens, b + 1))) {
      return new Candidate(span, name, null, false);
    }
    // "Pingilikani, Kenya": a name right before a comma and a country or division
    if (!rightwards && !coordinated && comma && !organisation && isCountryOrDivision(next.name())) {
      return new Candidate(span, name, null, false);
    }
    return null;
  }

  /** Fewest people a town the recogniser took for an organisation needs to join a list of places. */
  private static final long LIST_TOWN_POPULATION = 1_000;

  /**
   * Whether the name at tokens {@code a..b}, found next to a toponym, is followed on its other side by a list
   * separator and another toponym, found or a one-word town of the sentence's toponyms' country: an item inside a
   * list of places ("Homa Bay, Rongo, Siaya"), a place even where the gazetteer lacks it or the recogniser took it for
   * a person's or an organisation's name.
   */
  private boolean insideList(List<Token> tokens, int a, int b, boolean rightwards, boolean[] covered,
      List<Candidate> sentencePlaces) {
    int step = rightwards ? 1 : -1;
    int i = rightwards ? b + 1 : a - 1;
    boolean separator = false;
    while (i >= 0 && i < tokens.size()) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (!(w.equals(",") || w.equals("and") || w.equals("or"))) {
        break;
      }
      separator = true;
      i += step;
    }
    if (!separator || i < 0 || i >= tokens.size()) {
      return false;
    }
    if (covered[i]) {
      return true;
    }
    // the next item is not found yet but is, by its main name, a town of the sentence's toponyms' country
    // ("Copenhagen, Hamburg, Brasoc and Mannheim": Mannheim, tagged a person, then joins as Brasoc's neighbour)
    Token t = tokens.get(i);
    boolean alone = !(i + step >= 0 && i + step < tokens.size() && capitalised(tokens.get(i + step).word()));
    return alone && capitalised(t.word()) && isProperNoun(t) && knownMainPlace(t.word(), LIST_TOWN_POPULATION)
        && gazetteer.demonym(t.word()) == null && inLeadingCountry(t.word(), sentencePlaces);
  }

  /**
   * Whether a name is, by its main name, a place in the country of one of these toponyms' main places with the most
   * people (Leeds and York: the United Kingdom, not the United States, which has a York and a Jones too).
   */
  private boolean inLeadingCountry(String name, List<Candidate> others) {
    Set<String> countries = new HashSet<>();
    for (Candidate other : others) {
      GeoPlace best = mostPopulousMain(other.name(), p -> p.country() != null);
      if (best != null) {
        countries.add(best.country());
      }
    }
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      if (!e.alternate() && countries.contains(e.place().country())) {
        return true;
      }
    }
    return false;
  }

  private static boolean coordinatedOrLonger(boolean coordinated, List<Token> tokens, int after) {
    return coordinated || listGoesOn(tokens, after);
  }

  /**
   * Whether a name is, by its main name, a town, division or country in a country that one of the other toponyms, not
   * a country's name, has a place in.
   */
  private boolean sameCountry(String name, List<Candidate> others) {
    Set<String> countries = new HashSet<>();
    for (Candidate other : others) {
      for (Gazetteer.Entry e : gazetteer.lookup(other.name())) {
        if (e.place().country() != null && e.place().kind() != GeoPlace.Kind.COUNTRY) {
          countries.add(e.place().country());
        }
      }
    }
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      if (!e.alternate() && countries.contains(e.place().country())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a capitalised word follows the span: the country in "Freeland, U.S. Trade Representative" is a modifier. */
  private static boolean nameGoesOn(List<Token> tokens, Span span) {
    int after = tokenAt(tokens, span.end() - 1) + 1;
    return after > 0 && after < tokens.size() && capitalised(tokens.get(after).word());
  }

  /**
   * Whether a word of the name is a word of a person's name of two or more words elsewhere in the text ("Freeland" in
   * "Chrystia Freeland"); a name the recogniser tagged whole as a person's ("Kuala Lumpur"), here or elsewhere, does
   * not count itself.
   */
  private static boolean inOtherFullName(Span name, List<Span> fullNames) {
    Set<String> words = Set.of(name.text().split("\\s+"));
    for (Span full : fullNames) {
      if (full.overlaps(name) || full.text().equals(name.text())) {
        continue;
      }
      for (String w : full.text().split("\\s+")) {
        if (words.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a name is, by its main name, a place in the country or division that the other name is: for a
   * second-level division ("Thruxton, Hampshire"), a place of its first-level division within
   * {@value #COUNTY_KM} km of its middle, as the gazetteer keeps no second-level code for towns.
   */
  private boolean within(String name, String other) {
    Set<String> areas = new HashSet<>();
    List<GeoPlace> counties = new ArrayList<>();
    for (Gazetteer.Entry e : gazetteer.lookup(other)) {
      GeoPlace p = e.place();
      if (!e.alternate() && p.kind() == GeoPlace.Kind.COUNTRY && p.country() != null) {
        areas.add(p.country());
      } else if (!e.alternate() && p.kind() == GeoPlace.Kind.ADMIN1 && p.admin1() != null) {
        areas.add(p.admin1());
      } else if (!e.alternate() && p.kind() == GeoPlace.Kind.ADMIN2 && p.admin1() != null) {
        counties.add(p);
      }
    }
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      GeoPlace p = e.place();
      if (e.alternate() || p.kind() == GeoPlace.Kind.COUNTRY) {
        continue;
      }
      if (areas.contains(p.country()) || areas.contains(p.admin1())) {
        return true;
      }
      for (GeoPlace county : counties) {
        if (p != county && county.admin1().equals(p.admin1()) && Gazetteer.kilometres(p, county) <= COUNTY_KM) {
          return true;
        }
      }
    }
    return false;
  }

  /** Farthest a town named with a second-level division ("Thruxton, Hampshire") may lie from the division's middle. */
  private static final double COUNTY_KM = 80;

  /** Whether a list separator and a capitalised word follow at token {@code i} ({@code , Rongo}). */
  private static boolean listGoesOn(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return false;
    }
    String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
    return (w.equals(",") || w.equals("and") || w.equals("or")) && capitalised(tokens.get(i + 1).word());
  }

  private static boolean isProperNoun(Token t) {
    return t.pos() == null || t.pos().startsWith("NNP");
  }

  /**
   * Whether a name is, by its main name, a country or a first- or second-level division ("Hampshire", "Fife"; not a
   * county's bare name without its division word, "Pike").
   */
  private boolean isCountryOrDivision(String name) {
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      GeoPlace.Kind kind = e.place().kind();
      if (!e.alternate()
          && (kind == GeoPlace.Kind.COUNTRY || kind == GeoPlace.Kind.ADMIN1 || kind == GeoPlace.Kind.ADMIN2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Organisation and person mentions that are places all the same, by what the rest of the article says: the name is
   * a gazetteer place that the recogniser tags as a location elsewhere in the article, or that follows "the city of"
   * (one sense per discourse: "Tamil Nadu said" after "between Tamil Nadu and Karnataka"; "Douma is surrounded" after
   * "the city of Douma"); and upper-case datelines, a known place before a dash or "(AP)" at the start of a line or
   * sentence ("TORONTO —", "ALLENDALE, N.J. --"), however the recogniser tagged them.
   */
  private List<Span> placesByDiscourse(String text, LinguisticAnnotation annotation) {
    Set<String> located = new HashSet<>();
    Set<String> cityOf = new HashSet<>();
    for (EntityMention e : annotation.entities()) {
      if (e.type() == EntityType.LOCATION) {
        located.add(e.span().text());
      }
    }
    for (Sentence sentence : annotation.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 2; i + 1 < tokens.size(); i++) {
        String cue = tokens.get(i - 2).word().toLowerCase(Locale.ROOT);
        if (tokens.get(i - 1).word().equals("of") && (cue.equals("city") || cue.equals("town"))
            && capitalised(tokens.get(i).word())) {
          cityOf.add(tokens.get(i).word());
        }
      }
    }
    List<Span> places = new ArrayList<>();
    for (EntityMention e : annotation.entities()) {
      if (e.type() != EntityType.ORGANIZATION && e.type() != EntityType.PERSON) {
        continue;
      }
      String name = e.span().text();
      // the recogniser's person tags are mostly right ("Nelson says"): only "the city of" overrules them; an
      // organisation's tag is overruled by a location tag only for a division or a large town ("Zara" stays a brand)
      boolean place = cityOf.contains(name) && knownPlace(name, 20_000)
          || e.type() == EntityType.ORGANIZATION && located.contains(name) && knownPlace(name, 100_000);
      if (place) {
        places.add(e.span());
      }
    }
    for (Sentence sentence : annotation.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        int end = i;
        while (end < tokens.size() && end - i < 3 && upperCaseWord(tokens.get(end).word())) {
          end++;
        }
        if (end > i) {
          Span span = new Span(tokens.get(i).start(), tokens.get(end - 1).end(),
              text.substring(tokens.get(i).start(), tokens.get(end - 1).end()));
          // a dateline with a state after the comma is surely a town; one with only a dash may be an acronym (NATO)
          int dateline = datelineAt(text, span);
          if (span.length() > 3 && dateline > 0 && knownPlace(span.text(), dateline == 2 ? 1_000 : 20_000)) {
            places.add(span);
          }
          i = end - 1;
        }
      }
    }
    return places;
  }

  /**
   * The datelines in capitals with a state's abbreviation after the comma ("CAMP MURRAY, Wash. -"): towns, though the
   * gazetteer may lack them (bases, villages, unincorporated places), by their first offsets.
   */
  private Map<Integer, Candidate> stateDatelines(String text, LinguisticAnnotation annotation) {
    Map<Integer, Candidate> out = new HashMap<>();
    for (Sentence sentence : annotation.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      if (!tokens.isEmpty() && upperCaseWord(tokens.get(0).word())) {
        int end = i;
        while (end < tokens.size() && end - i < 3 && upperCaseWord(tokens.get(end).word())) {
          end++;
        }
        Span span = new Span(tokens.get(i).start(), tokens.get(end - 1).end(),
            text.substring(tokens.get(i).start(), tokens.get(end - 1).end()));
        String lower = span.text().toLowerCase(Locale.ROOT);
        if (span.length() > 3 && datelineAt(text, span) == 2 && gazetteer.demonym(span.text()) == null
            && !NOT_PLACES.contains(lower) && !ORGANISATION_HEADS.contains(lower.substring(lower.lastIndexOf(' ') + 1))
            && gazetteer.lookup(span.text()).isEmpty()) {
          out.put(span.start(), new Candidate(span, span.text(), GeoPlace.Kind.CITY, false));
        }
      }
    }
    return out;
  }

  private static boolean upperCaseWord(String word) {
    return word.length() > 1 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '\'')
        && Character.isLetter(word.charAt(0));
  }

  /**
   * Whether the span starts a line or sentence as a dateline: 2 when a state abbreviation and a dash follow it
   * ("ALLENDALE, N.J. --"), 1 when a dash or an agency in brackets does ("TORONTO —"), else 0.
   */
  private static int datelineAt(String text, Span span) {
    int before = span.start() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 16)).strip();
    // "Associated Press WASHINGTON (AP) —": an agency in brackets and a dash make a dateline anywhere
    boolean agency = after.matches("\\([A-Z][A-Za-z]{1,8}\\)\\s*[-\u2013\u2014].*");
    if (before >= 0 && text.charAt(before) != '\n' && text.charAt(before) != '.' && !agency) {
      return 0;
    }
    // a state after the comma: "ALLENDALE, N.J. --", "LAWRENCE, Kan. (AP) --", "HORRY COUNTY, SC (WMBF) -", and
    // Australia's without a period: "BUNDABERG, Qld (AAP) -", "DUBBO, NSW -"
    if (after.matches(",\\s*(?:[A-Z][a-z]{0,4}\\.(?:\\s?[A-Z][a-z]?\\.)?|[A-Z]{2,3}|[A-Z][a-z]{2})\\s*[-\u2013\u2014(].*")) {
      return 2;
    }
    return after.startsWith("\u2014") || after.startsWith("\u2013") || after.startsWith("-") || after.startsWith("(")
        ? 1 : 0;
  }

  /** Whether a name is, by its main name, a town of at least this many people or a division. */
  private boolean mainTown(String name, long population) {
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      GeoPlace p = e.place();
      if (!e.alternate() && (p.kind() == GeoPlace.Kind.ADMIN1 || p.kind() == GeoPlace.Kind.ADMIN2
          || p.kind() == GeoPlace.Kind.CITY && p.population() >= population)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name is, by its main name, a country, division or region, or a town of at least this many people. */
  private boolean knownPlace(String name, long population) {
    if (gazetteer.demonym(name) != null) {
      return false;
    }
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      GeoPlace p = e.place();
      if (p.kind() != GeoPlace.Kind.CITY && p.kind() != GeoPlace.Kind.ADMIN2 && !e.alternate()
          || p.population() >= population) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a mention of this actor can hold no toponym: people, organisations and media ("Washington Post",
   * "Wilson Center"). Countries, governments and collectives are often named by a place ("Moscow said", "Kabul",
   * "Iranian officials"), which stays a toponym, resolved as metonymy.
   */
  private static boolean namesNoPlace(Actor actor) {
    if (actor == null) {
      return true;
    }
    return switch (actor.kind()) {
      case PERSON, ORGANIZATION, MEDIA, ARMED_GROUP -> true;
      default -> false;
    };
  }

  /** Prepositions after which an actor's description in small letters names where the actor serves. */
  private static final Pattern ROLE_PLACE = Pattern.compile(" (?:of|in|for) ");

  /**
   * The part of an actor's mention that names no place: a description in small letters ending in "of", "in" or
   * "for" and a name ("the mayor of Santa Ana", "a city official in Malakoff", "a local BJP leader in Rajasthan")
   * says where the actor serves, and the name is a place however the actor is resolved; the words up to the last
   * such preposition. Any other mention ("Kathryn Ryan", "Cavan County Council") is all the actor's.
   */
  static Span roleOnly(Span mention) {
    String text = mention.text();
    if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
      return mention;
    }
    int cut = -1;
    Matcher m = ROLE_PLACE.matcher(text);
    while (m.find()) {
      cut = m.start();
    }
    if (cut < 0 || cut + 4 >= text.length() || !Character.isUpperCase(text.charAt(text.indexOf(' ', cut + 1) + 1))) {
      return mention;
    }
    return new Span(mention.start(), mention.start() + cut, text.substring(0, cut));
  }

  /** The end (exclusive token index) of the longest toponym starting at token {@code i}, or {@code i}. */
  private int match(String text, List<Token> tokens, int i, List<Span> blocked, Set<String> personWords,
      List<Span> fullNames, List<Span> countryNamed, Set<String> diseases, boolean sports, Set<String> lone) {
    Token first = tokens.get(i);
    for (Span c : countryNamed) {
      if (c.start() == first.start() && capitalised(first.word())) {
        int end = i;
        while (end < tokens.size() && tokens.get(end).end() <= c.end()) {
          end++;
        }
        return end;
      }
    }
    int county = countyAt(text, tokens, i);
    if (county > i) {
      return county;
    }
    int placeWord = placeWordNameAt(text, tokens, i);
    if (placeWord > i) {
      return placeWord;
    }
    int country = countryAt(text, tokens, i);
    if (country > i) {
      return country;
    }
    int street = streetAt(tokens, i);
    if (street > i) {
      return street;
    }
    int venue = venueAt(text, tokens, i);
    if (venue > i) {
      return venue;
    }
    if (roadAt(tokens, i)) {
      return i + 1;
    }
    int modifier = modifierAt(text, tokens, i, personWords, fullNames);
    if (modifier > i) {
      return modifier;
    }
    int home = homeAt(text, tokens, i, fullNames);
    if (home > i) {
      return home;
    }
    int paired = pairAt(text, tokens, i, fullNames);
    if (paired > i) {
      return paired;
    }
    if (first.ner() != EntityType.LOCATION && postalAbbreviation(tokens, i)) {
      return i + 1;
    }
    if (first.ner() == EntityType.ORGANIZATION && lone.contains(first.word()) && standsAlone(tokens, i)
        && !pairedElsewhere(tokens, i) && !organisationContext(tokens, i, i + 1)) {
      return i + 1;
    }
    if (first.ner() == EntityType.ORGANIZATION && capitalised(first.word())) {
      return metonymicOrganisation(text, tokens, i, personWords, sports);
    }
    if (first.ner() != EntityType.LOCATION && stateAbbreviation(text, tokens, i)) {
      return i + 1;
    }
    if (first.ner() == EntityType.PERSON && lone.contains(first.word()) && standsAlone(tokens, i)
        && !pairedElsewhere(tokens, i)) {
      return i + 1;
    }
    if (first.ner() == EntityType.PERSON && capitalised(first.word())) {
      return personAfterLocative(text, tokens, i, fullNames);
    }
    if (!capitalised(first.word())
        || first.ner() == EntityType.MISC && gazetteer.demonym(first.word()) != null) {
      return i;
    }
    int nerEnd = i;
    if (first.ner() == EntityType.LOCATION) {
      nerEnd = i + 1;
      while (nerEnd < tokens.size() && tokens.get(nerEnd).ner() == EntityType.LOCATION) {
        nerEnd++;
      }
    }
    int best = i;
    for (int j = Math.min(tokens.size(), i + MAX_TOKENS); j > i; j--) {
      Token last = tokens.get(j - 1);
      if (!capitalised(last.word())) {
        continue;
      }
      String name = text.substring(first.start(), last.end());
      if (j == nerEnd && !gazetteer.lookup(name).isEmpty() || acceptable(name, tokens, i, j)) {
        best = j;
        break;
      }
    }
    // the recogniser's span runs on, unless it holds two places with no comma between them ("Greece Italy") or
    // joined by a hyphen, the second one it knows ("Nelson-Creston", "DPRK-South Korea")
    if (nerEnd > best && !(best > i
        && (acceptable(text.substring(tokens.get(best).start(), tokens.get(nerEnd - 1).end()), tokens, best, nerEnd)
        || hyphenatedPlace(text, tokens, best, nerEnd)))) {
      best = nerEnd;
    }
    if (best == i) {
      return i;
    }
    Span span = new Span(first.start(), tokens.get(best - 1).end(),
        text.substring(first.start(), tokens.get(best - 1).end()));
    for (Span b : blocked) {
      if (b.overlaps(span)) {
        return i;
      }
    }
    String lastWord = tokens.get(best - 1).word().toLowerCase(Locale.ROOT);
    if (best - i == 1 && (ORGANISATION_HEADS.contains(lastWord) || FACILITY_TAILS.contains(lastWord))) {
      return i;
    }
    if (i > 0 && tokens.get(i - 1).end() + 1 >= first.start() && capitalised(tokens.get(i - 1).word())
        && (tokens.get(i - 1).ner() == EntityType.PERSON || tokens.get(i - 1).ner() == EntityType.ORGANIZATION
        || diseases.contains(tokens.get(i - 1).word()))) {
      return i;
    }
    if (personWords.contains(span.text()) && !placeOverPerson(span.text(), tokens, i, best, diseases)
        || gazetteer.demonym(span.text()) != null
        || NOT_PLACES.contains(span.text().toLowerCase(Locale.ROOT))
        || best - i > 1 && FACILITY_TAILS.contains(lastWord) || organisationContext(tokens, i, best)) {
      return i;
    }
    return best;
  }

  /**
   * The end of a country's name of two to four words starting at token {@code i}, however the recogniser tagged it
   * ("C\u00f4te d'Ivoire" taken for a person, "the United Kingdom Sunday"), where no capitalised word but a day's or
   * month's name comes right before or after it ("the United States Food and Drug Administration"); else {@code i}.
   */
  /** Small words inside countries' names ({@code Bosnia and Herzegovina}, {@code Republic of the Congo}). */
  private static final Set<String> COUNTRY_PARTICLES = words("of", "and", "the", "de", "du", "-");

  private int countryAt(String text, List<Token> tokens, int i) {
    if (!capitalised(tokens.get(i).word()) || DETERMINERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
        || i > 0 && capitalised(tokens.get(i - 1).word()) && isProperNoun(tokens.get(i - 1))
        || i + 1 >= tokens.size() || !capitalised(tokens.get(i + 1).word()) && !tokens.get(i + 1).word().contains("'")
        && !COUNTRY_PARTICLES.contains(tokens.get(i + 1).word())
        || tokens.get(i).ner() == EntityType.LOCATION && tokens.get(i + 1).ner() == EntityType.LOCATION) {
      // a name the recogniser tagged a location throughout takes the usual way
      return i;
    }
    for (int end = Math.min(tokens.size(), i + 4); end > i + 1; end--) {
      String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
      Token last = tokens.get(end - 1);
      if (!Character.isLetter(name.charAt(name.length() - 1)) || last.word().startsWith("'")
          || last.word().startsWith("\u2019") || end < tokens.size() && capitalised(tokens.get(end).word())
          && !NOT_PLACES.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Gazetteer.Entry e : gazetteer.lookup(name)) {
        if (!e.alternate() && e.place().kind() == GeoPlace.Kind.COUNTRY) {
          return end;
        }
      }
    }
    return i;
  }

  /** Least population of a town whose name modifies a noun after an article ("a Maitland horse event"). */
  private static final long MODIFIER_TOWN_POPULATION = 1_000;

  /**
   * The end of a place's name that modifies a common noun right after an article, however the recogniser tagged it
   * ("a Surrey farm", "the Pirbright laboratory", "the Innisfail area"): one or two capitalised proper nouns, by their
   * main name a country, division or town of 1,000 people or more (10,000 where the recogniser took it for an
   * organisation), not an acronym unless a country's, not a demonym and no word of a person's name in the text; else
   * {@code i}.
   */
  private int modifierAt(String text, List<Token> tokens, int i, Set<String> personWords, List<Span> fullNames) {
    if (i == 0 || !DETERMINERS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
        || !capitalised(tokens.get(i).word()) || !isProperNoun(tokens.get(i))) {
      return i;
    }
    int end = i + 1;
    if (end < tokens.size() && capitalised(tokens.get(end).word()) && isProperNoun(tokens.get(end))) {
      end++;
    }
    if (end >= tokens.size()) {
      return i;
    }
    Token noun = tokens.get(end);
    if (capitalised(noun.word()) || noun.pos() == null || !noun.pos().startsWith("NN")
        || !noun.word().chars().allMatch(Character::isLetter)) {
      return i;
    }
    String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
    Span span = new Span(tokens.get(i).start(), tokens.get(end - 1).end(), name);
    if (personWords.contains(name) || inOtherFullName(span, fullNames) || gazetteer.demonym(name) != null
        || NOT_PLACES.contains(name.toLowerCase(Locale.ROOT)) || genericWord(tokens.get(end - 1).word())
        || !knownMainPlace(name, MODIFIER_TOWN_POPULATION)) {
      return i;
    }
    // an acronym is an organisation's ("the UN mission") unless it is a country's ("the US embassy"); a name the
    // recogniser took for an organisation's must be a town of 10,000 people or more ("a Surrey farm", not "the
    // Congress hearing")
    boolean organisation = false;
    for (int k = i; k < end; k++) {
      organisation |= tokens.get(k).ner() == EntityType.ORGANIZATION;
    }
    if (upperCaseWord(name) && !namesCountry(name)
        || organisation && !smallTown(name, tokens, i, end)) {
      return i;
    }
    return end;
  }

  /** Least population of a town the recogniser tags as a location here that stays a place where a person is so named. */
  private static final long TAGGED_TOWN_POPULATION = 100_000;

  /**
   * Whether tokens {@code [i, end)}, a name that is also a word of a person's name in the article, are a place here
   * all the same: the recogniser tagged this mention a location, and it is, by its main name, a country or a town of
   * 100,000 people or more ("Dubai" beside a "Smart Dubai" taken for a person, "Cork city" beside a "Cork" taken
   * for one). A pathogen's name never is.
   */
  private boolean placeOverPerson(String name, List<Token> tokens, int i, int end, Set<String> diseases) {
    if (diseases.contains(name)) {
      return false;
    }
    for (int k = i; k < end; k++) {
      if (tokens.get(k).ner() != EntityType.LOCATION) {
        return false;
      }
    }
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      GeoPlace p = e.place();
      if (!e.alternate() && (p.kind() == GeoPlace.Kind.COUNTRY
          || p.kind() == GeoPlace.Kind.CITY && p.population() >= TAGGED_TOWN_POPULATION)) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions after which a name the recogniser took for a person may be a town ("in Hinton", "from Kilburn"). */
  private static final Set<String> PERSON_LOCATIVE = words(
      "in", "near", "around", "outside", "inside", "into", "across", "from", "to");

  /** Least population of a town whose name the recogniser took for a person's, after a preposition of place. */
  private static final long PERSON_TOWN_POPULATION = 1_000;

  /**
   * The end of a name that the recogniser took for a person but that stands right after a preposition of place and
   * is, whole, a town of a thousand people or more, a division or a country ("the landscape around Hinton", "a
   * hospital in Milton Keynes"), unless a word of it is part of a person's longer name in the text, it is a
   * possessive ("a spokeswoman from McDonald's") or the preposition is "according to"; else {@code i}.
   */
  private int personAfterLocative(String text, List<Token> tokens, int i, List<Span> fullNames) {
    String preposition = i == 0 ? "" : tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
    if (!PERSON_LOCATIVE.contains(preposition)
        || preposition.equals("to") && i >= 2 && tokens.get(i - 2).word().equalsIgnoreCase("according")) {
      return i;
    }
    int end = i + 1;
    while (end < tokens.size() && tokens.get(end).ner() == EntityType.PERSON && capitalised(tokens.get(end).word())) {
      end++;
    }
    if (end - i > 3 || end < tokens.size() && (capitalised(tokens.get(end).word())
        || tokens.get(end).word().equals("'s") || tokens.get(end).word().equals("\u2019s"))) {
      return i;
    }
    String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
    Span span = new Span(tokens.get(i).start(), tokens.get(end - 1).end(), name);
    if (inOtherFullName(span, fullNames)) {
      return i;
    }
    if (NOT_PLACES.contains(name.toLowerCase(Locale.ROOT)) || !knownPlace(name, PERSON_TOWN_POPULATION)) {
      return i;
    }
    return end;
  }

  /**
   * The end of a name starting at token {@code i} that is one of a pair "Town, Division" ("Midland, Michigan",
   * "Kuala Lumpur, Malaysia"), however the recogniser tagged either: the second is by its main name a country or
   * first-level division, the first by its main name a place in it, neither a word of a person's longer name
   * elsewhere, and no capitalised word runs on after the pair; else {@code i}.
   */
  private int pairAt(String text, List<Token> tokens, int i, List<Span> fullNames) {
    if (!capitalised(tokens.get(i).word()) || !isProperNoun(tokens.get(i))) {
      return i;
    }
    int end = nameEnd(tokens, i);
    // the first of the pair
    if ((i == 0 || !capitalised(tokens.get(i - 1).word()) || !isProperNoun(tokens.get(i - 1)))
        && end + 1 < tokens.size()
        && tokens.get(end).word().equals(",") && capitalised(tokens.get(end + 1).word())
        && isProperNoun(tokens.get(end + 1))) {
      int end2 = nameEnd(tokens, end + 1);
      if ((end2 >= tokens.size() || !capitalised(tokens.get(end2).word()))
          && pair(text, tokens, i, end, end + 1, end2, fullNames)) {
        return end;
      }
    }
    // the second
    if (i >= 2 && tokens.get(i - 1).word().equals(",") && (end >= tokens.size() || !capitalised(tokens.get(end).word()))) {
      int start = i - 1;
      while (start > 0 && i - 1 - start < 3 && capitalised(tokens.get(start - 1).word())
          && isProperNoun(tokens.get(start - 1))) {
        start--;
      }
      if (start < i - 1 && (start == 0 || !capitalised(tokens.get(start - 1).word()))
          && pair(text, tokens, start, i - 1, i, end, fullNames)) {
        return end;
      }
    }
    return i;
  }

  /** The end of the run of at most three capitalised proper nouns starting at token {@code i}. */
  private static int nameEnd(List<Token> tokens, int i) {
    int end = i + 1;
    while (end < tokens.size() && end - i < 3 && capitalised(tokens.get(end).word()) && isProperNoun(tokens.get(end))) {
      end++;
    }
    return end;
  }

  private boolean pair(String text, List<Token> tokens, int a, int b, int c, int d, List<Span> fullNames) {
    String town = text.substring(tokens.get(a).start(), tokens.get(b - 1).end());
    String area = text.substring(tokens.get(c).start(), tokens.get(d - 1).end());
    Span townSpan = new Span(tokens.get(a).start(), tokens.get(b - 1).end(), town);
    Span areaSpan = new Span(tokens.get(c).start(), tokens.get(d - 1).end(), area);
    return isCountryOrDivision(area) && gazetteer.demonym(town) == null && !NOT_PLACES.contains(town.toLowerCase(Locale.ROOT))
        && !inOtherFullName(townSpan, fullNames) && !inOtherFullName(areaSpan, fullNames) && within(town, area);
  }

  /** Words after a town's name that say people live or are based there ("a Hammond resident", "Irwindale-based"). */
  private static final Set<String> HOME_AFTER = words("resident", "residents", "native", "natives", "based");

  /** Least population of a town named where people live or are based, however the recogniser tagged it. */
  private static final long HOME_TOWN_POPULATION = 1_000;

  /**
   * The end of a name starting at token {@code i} that says where someone lives or is based, however the recogniser
   * tagged it: before "resident(s)", "native(s)" or "(-)based" ("a 67-year-old Hammond resident", "Irwindale based
   * Ready Pac") or after a comma and "of" ("Mark Kitsmore, 54, of Tyler said"), when the gazetteer knows it whole by
   * its main name as a town of 1,000 people or more, a division or a country, and no word of it belongs to a
   * person's longer name elsewhere in the text; else {@code i}.
   */
  private int homeAt(String text, List<Token> tokens, int i, List<Span> fullNames) {
    if (!capitalised(tokens.get(i).word()) || !isProperNoun(tokens.get(i))
        || i > 0 && capitalised(tokens.get(i - 1).word()) && isProperNoun(tokens.get(i - 1))) {
      return i;
    }
    int end = i + 1;
    while (end < tokens.size() && end - i < 3 && capitalised(tokens.get(end).word()) && isProperNoun(tokens.get(end))) {
      end++;
    }
    if (end < tokens.size() && capitalised(tokens.get(end).word())) {
      return i;
    }
    boolean before = end < tokens.size() && HOME_AFTER.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))
        || end + 1 < tokens.size() && tokens.get(end).word().equals("-")
        && tokens.get(end + 1).word().equalsIgnoreCase("based");
    boolean after = i >= 2 && tokens.get(i - 1).word().equals("of") && tokens.get(i - 2).word().equals(",");
    if (!before && !after) {
      return i;
    }
    String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
    Span span = new Span(tokens.get(i).start(), tokens.get(end - 1).end(), name);
    if (NOT_PLACES.contains(name.toLowerCase(Locale.ROOT)) || gazetteer.demonym(name) != null
        || inOtherFullName(span, fullNames) || !knownMainPlace(name, HOME_TOWN_POPULATION)) {
      return i;
    }
    return end;
  }

  /** Whether a name is, by its main name, a country, division or region, or a town of at least this many people. */
  private boolean knownMainPlace(String name, long population) {
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      GeoPlace p = e.place();
      if (!e.alternate() && (p.kind() != GeoPlace.Kind.CITY || p.population() >= population)) {
        return true;
      }
    }
    return false;
  }

  /** First words of places' names ({@code Fort Hood}, {@code Port Harcourt}, {@code Mount Elgon}, {@code Lake Placid}). */
  private static final Set<String> PLACE_FIRST_WORDS = words("fort", "port", "mount", "lake");

  /** Whether a name of two words or more starts with a place's first word and is a place's main name in the gazetteer. */
  private boolean placeWordName(String name) {
    int space = name.indexOf(' ');
    return space > 0 && PLACE_FIRST_WORDS.contains(name.substring(0, space).toLowerCase(Locale.ROOT))
        && mainName(name);
  }

  /**
   * The end of a name starting at token {@code i} with a place's first word ("Fort Hood", "Fort Worth's") that the
   * gazetteer knows as a place's main name, however the recogniser tagged it: no person's or organisation's name is
   * a fort, port, mount or lake; else {@code i}. A name that runs on into more capitalised words ("Fort Worth
   * Star-Telegram") or before an organisation's word is left to the usual way.
   */
  private int placeWordNameAt(String text, List<Token> tokens, int i) {
    Token first = tokens.get(i);
    if (!capitalised(first.word()) || !PLACE_FIRST_WORDS.contains(first.word().toLowerCase(Locale.ROOT))
        || i > 0 && capitalised(tokens.get(i - 1).word()) && isProperNoun(tokens.get(i - 1))) {
      return i;
    }
    int end = nameEnd(tokens, i);
    if (end == i + 1 || end < tokens.size() && capitalised(tokens.get(end).word())
        || organisationContext(tokens, i, end)) {
      return i;
    }
    return placeWordName(text.substring(first.start(), tokens.get(end - 1).end())) ? end : i;
  }

  /** Words that end the name of a second-level division ({@code Daviess County}, {@code Saint Bernard Parish}). */
  private static final Set<String> COUNTY_WORDS = words("county", "parish");

  /**
   * The end of a second-level division's whole name starting at token {@code i} ("Pike County, a district",
   * "Daviess County schools"), however the recogniser tagged it, where the gazetteer knows it by its main name and
   * no capitalised word follows, which would make it part of an organisation's name ("Pike County Sheriff"); else
   * {@code i}.
   */
  private int countyAt(String text, List<Token> tokens, int i) {
    if (i > 0 && capitalised(tokens.get(i - 1).word()) && isProperNoun(tokens.get(i - 1))) {
      return i;
    }
    for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
      if (!capitalised(tokens.get(j - 1).word())) {
        return i;
      }
      if (!COUNTY_WORDS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT)) || !capitalised(tokens.get(j).word())) {
        continue;
      }
      if (j + 1 < tokens.size() && capitalised(tokens.get(j + 1).word())) {
        return i;
      }
      String name = text.substring(tokens.get(i).start(), tokens.get(j).end());
      for (Gazetteer.Entry e : gazetteer.lookup(name)) {
        if (!e.alternate() && e.place().kind() == GeoPlace.Kind.ADMIN2) {
          return j + 1;
        }
      }
      return i;
    }
    return i;
  }

  /**
   * Whether token {@code i} is a division's abbreviation with a period ({@code Md.}, {@code N.M.}, {@code Ont.}) where
   * it says where a town is: after a capitalised name and a comma ("Severn, Md. man") or in brackets after a name
   * ("Walker County (Ga.) Sheriff's Office"). The recogniser seldom tags these; alone they may be words ("Miss.").
   */
  private boolean stateAbbreviation(String text, List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String word = token.word();
    if (!word.endsWith(".") && token.end() < text.length() && text.charAt(token.end()) == '.') {
      // at the end of a sentence the tokeniser splits the period off ("Gainesville, Va.")
      word = word + ".";
    }
    if (i < 2 || word.length() < 3 || !word.endsWith(".") || !capitalised(word)) {
      return false;
    }
    String before = tokens.get(i - 1).word();
    boolean afterTown = before.equals(",") && capitalised(tokens.get(i - 2).word());
    int after = token.start() + word.length();
    boolean bracketed = (before.equals("(") || before.equals("-LRB-")) && capitalised(tokens.get(i - 2).word())
        && after < text.length() && text.charAt(after) == ')';
    if (!afterTown && !bracketed) {
      return false;
    }
    for (Gazetteer.Entry e : gazetteer.lookup(word)) {
      if (e.alternate() && e.place().kind() == GeoPlace.Kind.ADMIN1 && abbreviates(word, e.place().name())) {
        return true;
      }
    }
    return false;
  }

  /** Most words of the town's name before a comma and a division's postal abbreviation. */
  private static final int POSTAL_TOWN_TOKENS = 3;

  /**
   * Whether token {@code i} is a first-level division's abbreviation of two or three capitals without periods
   * ({@code SC}, {@code NSW}, {@code WA}), or of a capital and two small letters as Australia writes them
   * ({@code Qld}, {@code Vic}, {@code Tas}), that says where the town before it is: after a name of one to three
   * capitalised words and a comma that the gazetteer knows as a place of that very division ("HORRY COUNTY, SC (WMBF)",
   * "Wagga Wagga, NSW"), not a person's (but for a dateline in capitals), with no capitalised name going on after it. Alone such letters are often
   * something else ("Brown, QC"; "SC" for a court or a barrister's rank).
   */
  private boolean postalAbbreviation(List<Token> tokens, int i) {
    String word = tokens.get(i).word();
    if (i < 2 || !word.matches("\\p{Lu}{2,3}|\\p{Lu}\\p{Ll}{2}") || !tokens.get(i - 1).word().equals(",")
        || i + 1 < tokens.size() && capitalised(tokens.get(i + 1).word()) && isProperNoun(tokens.get(i + 1))) {
      return false;
    }
    Set<String> divisions = new HashSet<>();
    for (Gazetteer.Entry e : gazetteer.lookup(word)) {
      GeoPlace p = e.place();
      if (e.alternate() && p.kind() == GeoPlace.Kind.ADMIN1 && p.admin1() != null && abbreviates(word, p.name())) {
        divisions.add(p.admin1());
      }
    }
    if (divisions.isEmpty()) {
      return false;
    }
    int end = i - 1;
    for (int start = end - 1; start >= 0 && end - start <= POSTAL_TOWN_TOKENS; start--) {
      Token t = tokens.get(start);
      if (!capitalised(t.word()) || t.ner() == EntityType.PERSON && !upperCaseWord(t.word())) {
        // "Jackson, SC, told the court": a barrister's rank after a person's name; a dateline in capitals is no
        // person's name, however tagged ("HORRY COUNTY, SC")
        break;
      }
      String town = joined(tokens, start, end);
      for (Gazetteer.Entry e : gazetteer.lookup(town)) {
        GeoPlace p = e.place();
        if (p.kind() != GeoPlace.Kind.COUNTRY && p.kind() != GeoPlace.Kind.ADMIN1 && divisions.contains(p.admin1())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The words of tokens {@code from} (inclusive) to {@code to} (exclusive), joined by single spaces. */
  private static String joined(List<Token> tokens, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        out.append(' ');
      }
      out.append(tokens.get(k).word());
    }
    return out.toString();
  }

  /**
   * Whether an abbreviation is written as one of this name: initials with periods for a name of as many words
   * ({@code N.M.}: New Mexico, not {@code P.A.} for Pennsylvania), else letters of the name in order from its first
   * ({@code Md.}, {@code Wis.}).
   */
  static boolean abbreviates(String abbreviation, String name) {
    String letters = abbreviation.replace(".", "").toLowerCase(Locale.ROOT);
    String lower = name.toLowerCase(Locale.ROOT);
    if (letters.isEmpty() || lower.isEmpty() || letters.charAt(0) != lower.charAt(0)) {
      return false;
    }
    if (abbreviation.matches("(?:\\p{Lu}\\.)+")) {
      StringBuilder initials = new StringBuilder();
      for (String w : lower.split("[\\s-]+")) {
        if (!w.isEmpty() && !w.equals("of")) {
          initials.append(w.charAt(0));
        }
      }
      return initials.toString().equals(letters);
    }
    int k = 0;
    for (int c = 0; c < lower.length() && k < letters.length(); c++) {
      if (lower.charAt(c) == letters.charAt(k)) {
        k++;
      }
    }
    return k == letters.length();
  }

  /**
   * Whether tokens {@code [from, end)} are a hyphen and a name the gazetteer knows: the second of two joined places
   * ("Nelson-Creston"), or a hyphen, a word in small letters and such a name, the place that the one before the
   * hyphen holds ("Pakistan-administered Kashmir", "Kurdish-held Kobani").
   */
  private boolean hyphenatedPlace(String text, List<Token> tokens, int from, int end) {
    if (from + 1 >= end || !tokens.get(from).word().equals("-")
        || tokens.get(from).start() != tokens.get(from - 1).end()) {
      return false;
    }
    int name = from + 1;
    if (!capitalised(tokens.get(name).word()) && name + 1 < end && tokens.get(name).start() == tokens.get(from).end()
        && tokens.get(name).word().chars().allMatch(Character::isLowerCase)) {
      name++;
    }
    if (!capitalised(tokens.get(name).word())) {
      return false;
    }
    String rest = text.substring(tokens.get(name).start(), tokens.get(end - 1).end());
    return mainName(rest) && gazetteer.demonym(rest) == null;
  }

  /** Whether the gazetteer knows a name as the main name of a place. */
  private boolean mainName(String name) {
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      if (!e.alternate()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a name that the recogniser took for an organisation but that is, whole, the name of a country,
   * division or town of 10,000 people or more right after a locative preposition ("the enclave of Afrin", "lost
   * against Louisville"): a place, or a place standing for its team or government (metonymy). Else {@code i}.
   */
  private int metonymicOrganisation(String text, List<Token> tokens, int i, Set<String> personWords, boolean sports) {
    boolean locative = i > 0 && LOCATIVE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
    if (!locative && !sports) {
      return i;
    }
    int end = i + 1;
    while (end < tokens.size() && tokens.get(end).ner() == EntityType.ORGANIZATION) {
      end++;
    }
    String name = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
    if (end - i > 3 || personWords.contains(name) || gazetteer.demonym(name) != null) {
      return i;
    }
    if (locative ? acceptable(name, tokens, i, end) || smallTown(name, tokens, i, end)
        : team(name, tokens, i, end)) {
      return end;
    }
    return i;
  }

  /** Least population of a town whose name stands for its team in a sports report ("Liverpool won the game"). */
  private static final long TEAM_TOWN_POPULATION = 100_000;

  /**
   * Whether tokens {@code [i, end)}, which the recogniser took for an organisation's name in a sports report, are a
   * team named by its town: the whole name, with no capitalised word before or after it ("Liverpool won", not
   * "Aston Villa" or "Liverpool FC"), is by its main name a town of 100,000 people or more or a division, in mixed
   * case, and no organisation's word follows it.
   */
  private boolean team(String name, List<Token> tokens, int i, int end) {
    return (i == 0 || !capitalised(tokens.get(i - 1).word()) || tokens.get(i - 1).pos() != null
        && !tokens.get(i - 1).pos().startsWith("NNP")) && mainTown(name, TEAM_TOWN_POPULATION)
        && smallTown(name, tokens, i, end);
  }

  /** Words of sports reports: an article with {@value #SPORTS_REPORT} of them or more reports on sport. */
  private static final Set<String> SPORTS_WORDS = words(
      "match", "game", "games", "season", "league", "coach", "goal", "goals", "striker", "midfielder", "won", "beat",
      "beating", "defeat", "victory", "draw", "scored", "playoff", "playoffs", "championship", "fixture",
      "quarterback", "innings", "squad", "tournament");

  /** Least number of distinct sports words in a sports report. */
  private static final int SPORTS_REPORT = 4;

  /** Whether the article reports on sport, where a town's name the recogniser took for an organisation is a team. */
  private static boolean sportsReport(LinguisticAnnotation annotation) {
    Set<String> seen = new HashSet<>();
    for (Sentence sentence : annotation.sentences()) {
      for (Token t : sentence.tokens()) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (SPORTS_WORDS.contains(w) && seen.add(w) && seen.size() >= SPORTS_REPORT) {
          return true;
        }
      }
    }
    return false;
  }

  /** Least population of a town whose name the recogniser took for an organisation's, after a preposition of place. */
  private static final long ORGANISATION_TOWN_POPULATION = 10_000;

  /**
   * Whether tokens {@code [i, end)}, which the recogniser took for an organisation's name, are by their main name a
   * division or a town of 10,000 people or more ("a forum in Red Oak", "the diversion to Cirencester"), in mixed case
   * (not an acronym: FAO, CDC), not an organisation's words ("the Department of Justice", "Cirencester College") and
   * not followed by more of a name.
   */
  private boolean smallTown(String name, List<Token> tokens, int i, int end) {
    String last = tokens.get(end - 1).word().toLowerCase(Locale.ROOT);
    return mainTown(name, ORGANISATION_TOWN_POPULATION) && !upperCaseWord(name)
        && !organisationContext(tokens, i, end) && !ORGANISATION_HEADS.contains(last) && !FACILITY_TAILS.contains(last)
        && !(end < tokens.size() && capitalised(tokens.get(end).word()))
        && !NOT_PLACES.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a name is a building's or street's that stands for an institution ({@code White House}, {@code Kremlin},
   * {@code Wall Street}): a place only where the text puts something in, at or near it, not as the institution that
   * speaks ("the White House said") or a modifier ("White House aides").
   */
  private boolean landmark(String name) {
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      String code = e.place().code();
      if (e.place().kind() == GeoPlace.Kind.REGION && (code.startsWith("S.") || code.startsWith("R."))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a locative preposition comes before token {@code i}, an article between them ({@code in the}). */
  private static boolean afterLocative(List<Token> tokens, int i) {
    int k = i - 1;
    if (k >= 0 && DETERMINERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
    return LOCATIVE.contains(word) || word.equals("on");
  }

  private static final Set<String> DETERMINERS = words("the", "a", "an");

  /** Prepositions after which a bare name is where something is, comes from or goes to. */
  private static final Set<String> LOCATIVE = words(
      "in", "at", "from", "to", "of", "near", "across", "outside", "inside", "around", "into", "against");

  private boolean acceptable(String name, List<Token> tokens, int i, int j) {
    if (gazetteer.demonym(name) != null) {
      return false;
    }
    List<Gazetteer.Entry> entries = gazetteer.lookup(name);
    if (entries.isEmpty()) {
      return false;
    }
    for (int k = i; k < j; k++) {
      String pos = tokens.get(k).pos();
      if (pos != null && !pos.startsWith("NNP") && !(k > i && k < j - 1)) {
        return false;
      }
    }
    for (Gazetteer.Entry e : entries) {
      GeoPlace p = e.place();
      if (e.alternate()) {
        continue;
      }
      if (p.kind() != GeoPlace.Kind.CITY && p.kind() != GeoPlace.Kind.ADMIN2 || p.population() >= 20_000) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text is exactly the name of a country or curated region ({@code Democratic Republic of the Congo},
   * {@code EU}) or a first-level division's abbreviation in capitals ({@code NSW}), which recognisers tag as
   * organisations at times.
   */
  private boolean namesCountry(String text) {
    boolean abbreviation = text.length() >= 3 && text.chars().allMatch(Character::isUpperCase);
    for (Gazetteer.Entry e : gazetteer.lookup(text)) {
      GeoPlace.Kind kind = e.place().kind();
      if (!e.alternate() && (kind == GeoPlace.Kind.COUNTRY || kind == GeoPlace.Kind.REGION
          || abbreviation && kind == GeoPlace.Kind.ADMIN1 && !e.place().name().equalsIgnoreCase(text))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name the gazetteer does not know holds a country, division or large city that it does know: then it is
   * an organisation's or a facility's name ({@code Air Zimbabwe}, {@code United States Trade Representative}).
   */
  private boolean containsKnownName(String text, List<Token> tokens, int i, int end) {
    for (int a = i; a < end; a++) {
      for (int b = end; b > a; b--) {
        if (b - a == end - i || b - a == 1 && NOT_PLACES.contains(tokens.get(a).word().toLowerCase(Locale.ROOT))) {
          // a direction word alone names no place: "Eastern Ghouta" holds none
          continue;
        }
        for (Gazetteer.Entry e : gazetteer.lookup(text.substring(tokens.get(a).start(), tokens.get(b - 1).end()))) {
          GeoPlace.Kind kind = e.place().kind();
          if (!e.alternate() && (kind != GeoPlace.Kind.CITY && kind != GeoPlace.Kind.ADMIN2
              || e.place().population() >= 100_000)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean organisationContext(List<Token> tokens, int i, int end) {
    if (end < tokens.size()) {
      Token next = tokens.get(end);
      if (capitalised(next.word()) && ORGANISATION_HEADS.contains(next.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    if (i >= 2 && tokens.get(i - 1).word().equals("of")) {
      Token head = tokens.get(i - 2);
      return capitalised(head.word()) && ORGANISATION_OF.contains(head.word().toLowerCase(Locale.ROOT))
          && !(i >= 3 && tokens.get(i - 3).word().equalsIgnoreCase("the") && isDivision(head.word()));
    }
    return false;
  }

  private static boolean isDivision(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("city") || w.equals("state") || w.equals("province") || w.equals("region")
        || w.equals("district") || w.equals("county");
  }

  /** The candidate for tokens {@code [i, end)}, with a division word after it and a hint from the words around. */
  private Candidate candidate(String text, List<Token> tokens, int i, int end) {
    Token first = tokens.get(i);
    Token last = tokens.get(end - 1);
    String name = text.substring(first.start(), last.end());
    boolean fromNer = first.ner() == EntityType.LOCATION;
    GeoPlace.Kind hint = null;
    int spanEnd = last.end();
    boolean township = false;
    if (end < tokens.size()) {
      String next = tokens.get(end).word().toLowerCase(Locale.ROOT);
      if (DIVISION_AFTER.contains(next)) {
        String longer = text.substring(first.start(), tokens.get(end).end());
        township = namedTownship(tokens.get(end));
        if (!gazetteer.lookup(longer).isEmpty() && next.equals("valley") || township) {
          name = longer;
        }
        spanEnd = tokens.get(end).end();
        hint = next.equals("valley") || next.equals("region") || township ? null
            : next.equals("county") ? GeoPlace.Kind.ADMIN2 : next.equals("township") ? GeoPlace.Kind.CITY
            : GeoPlace.Kind.ADMIN1;
      } else if (next.equals("city")) {
        hint = GeoPlace.Kind.CITY;
      }
    }
    if (hint == null && i >= 2 && tokens.get(i - 1).word().equals("of")) {
      String before = tokens.get(i - 2).word().toLowerCase(Locale.ROOT);
      if (before.equals("province") || before.equals("state") || before.equals("region")
          || before.equals("governorate") || before.equals("provinces") || before.equals("states")) {
        hint = GeoPlace.Kind.ADMIN1;
      } else if (before.equals("city") || before.equals("town") || before.equals("village")) {
        hint = GeoPlace.Kind.CITY;
      } else if (before.equals("country")) {
        hint = GeoPlace.Kind.COUNTRY;
      }
    }
    if (gazetteer.lookup(name).isEmpty() && end - i > 1 && capitalised(last.word())
        && DIVISION_AFTER.contains(last.word().toLowerCase(Locale.ROOT))) {
      // the recogniser's span holds the division word: "Akita Prefecture", "Salinas Valley", "Bas Congo Province"
      String bare = text.substring(first.start(), tokens.get(end - 2).end());
      String word = last.word().toLowerCase(Locale.ROOT);
      township = namedTownship(last);
      if (mainName(bare) && gazetteer.demonym(bare) == null && !township) {
        name = bare;
        hint = hint != null || word.equals("valley") || word.equals("region") ? hint
            : word.equals("county") ? GeoPlace.Kind.ADMIN2 : word.equals("township") ? GeoPlace.Kind.CITY
            : GeoPlace.Kind.ADMIN1;
      }
    }
    if (gazetteer.lookup(name).isEmpty() && name.endsWith("s")
        && gazetteer.demonym(name.substring(0, name.length() - 1)) != null) {
      // people named by their country, the recogniser's location all the same: "South Koreans"
      return null;
    }
    if (gazetteer.lookup(name).isEmpty() && end - i > 1 && (DIRECTIONS.contains(first.word().toLowerCase(Locale.ROOT))
        || first.word().indexOf('-') > 0 && !first.word().endsWith("-"))) {
      // a direction or a hyphenated word before a known place: "Western US", "Northern Kenya" (as "eastern Nangarhar"
      // in small letters), "Sub-Saharan Africa"
      String rest = text.substring(tokens.get(i + 1).start(), last.end());
      if (mainName(rest) && gazetteer.demonym(rest) == null) {
        name = rest;
      }
    }
    boolean street = street(tokens, i, end) || landform(tokens, i, end) || end == i + 1 && roadAt(tokens, i)
        || venueAt(text, tokens, i) == end || township;
    if (gazetteer.lookup(name).isEmpty() && fromNer && !street) {
      String inner = buildingPlace(text, tokens, i, end);
      if (inner != null) {
        return new Candidate(new Span(first.start(), spanEnd, text.substring(first.start(), spanEnd)), inner, hint,
            true);
      }
    }
    if (gazetteer.lookup(name).isEmpty()
        && (!fromNer && !street || containsKnownName(text, tokens, i, end) && !street)) {
      return null;
    }
    return new Candidate(new Span(first.start(), spanEnd, text.substring(first.start(), spanEnd)), name, hint,
        fromNer);
  }

  /**
   * Whether a division word is "Township" with a capital: the name of an American civil township ("Washington
   * Township"), a place apart from any town of its first word's name and one the gazetteer lacks, which the local
   * fallback puts at a town the article names; in small letters it is a town's ("Lujhu township") and the town is
   * looked up.
   */
  private static boolean namedTownship(Token word) {
    return word.word().equals("Township");
  }

  /** Words of buildings and grounds that the recogniser's location may hold ({@code Dubai World Trade Centre}). */
  private static final Set<String> BUILDING_WORDS = words(
      "hospital", "centre", "center", "stadium", "arena", "airport", "armory", "armoury", "institute", "school",
      "village", "gateway", "turf", "racecourse", "hall", "church", "cathedral", "campus", "park", "prison");

  /**
   * The place whose name a building's or ground's name holds, where the recogniser took the whole for a location
   * ("Dubai World Trade Centre", "SOS Children's Village Malakal", "Children's Hospital of Pittsburgh",
   * "Montgomery County History Center"): the longest run of capitalised words in it that is, by its main name, a
   * country, division or town of 1,000 people or more, not a demonym and not the building's word; else null. The
   * building is reported and resolved as that place.
   */
  private String buildingPlace(String text, List<Token> tokens, int i, int end) {
    boolean building = false;
    for (int k = i + 1; k < end; k++) {
      building |= buildingWord(tokens.get(k));
    }
    if (!building) {
      return null;
    }
    for (int length = end - i - 1; length > 0; length--) {
      for (int a = i; a + length <= end; a++) {
        String inner = text.substring(tokens.get(a).start(), tokens.get(a + length - 1).end());
        if (capitalised(tokens.get(a).word()) && isProperNoun(tokens.get(a)) && !genericWord(tokens.get(a).word())
            && !genericWord(tokens.get(a + length - 1).word()) && !buildingWord(tokens.get(a))
            && !buildingWord(tokens.get(a + length - 1)) && gazetteer.demonym(inner) == null
            && knownMainPlace(inner, TRAILING_TOWN_POPULATION)) {
          return inner;
        }
      }
    }
    return null;
  }

  private static boolean buildingWord(Token token) {
    return capitalised(token.word()) && BUILDING_WORDS.contains(token.word().toLowerCase(Locale.ROOT));
  }

  /** Least population of a town inside a building's name. */
  private static final long TRAILING_TOWN_POPULATION = 1_000;

  /** Direction words that may come before a place's name as part of the recogniser's span ({@code Western US}). */
  private static final Set<String> DIRECTIONS = words(
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
      "northwestern", "southeastern", "southwestern", "upper", "lower");

  /** Words that end a street's name ({@code Northumberland Avenue}, {@code Atlantic Avenue West}). */
  private static final Set<String> STREET_WORDS = words(
      "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane", "highway", "parkway");

  /** Compass words that may follow a street's name ({@code Eglinton Avenue West}). */
  private static final Set<String> COMPASS = words("north", "south", "east", "west");

  /**
   * Whether tokens {@code [i, end)} are a street's name, a place of the town the article is about even where a
   * place's name is part of it ("Northumberland Avenue" in Toronto): reported as a name the gazetteer lacks.
   */
  private static boolean street(List<Token> tokens, int i, int end) {
    int last = end - 1;
    if (last > i && COMPASS.contains(tokens.get(last).word().toLowerCase(Locale.ROOT))) {
      last--;
    }
    String word = tokens.get(last).word().toLowerCase(Locale.ROOT);
    if (word.endsWith(".")) {
      word = word.substring(0, word.length() - 1);
    }
    return last > i && capitalised(tokens.get(last).word()) && STREET_WORDS.contains(word);
  }

  /** Most words of a street's name before its street word ({@code North State Street}, {@code N. Bedford Drive}). */
  private static final int STREET_NAME_TOKENS = 3;

  /**
   * The end of a street's name starting at token {@code i}, however the recogniser tagged it ("Royal Street",
   * "Kingsley Road" taken for a person, "Third Street", "Eglinton Avenue West"): one to three capitalised words or
   * an ordinal ("14th"), not a generic word alone ("Center Street", "Court Street": those only where the recogniser
   * took them for locations), then a capitalised street word and perhaps a compass word, with no capitalised word
   * right before or after the name (not "Wall Street Journal") and no article as its first word; else {@code i}. It
   * is a place of the town the article is about, which the gazetteer lacks.
   */
  private static int streetAt(List<Token> tokens, int i) {
    Token first = tokens.get(i);
    if (!(capitalised(first.word()) || ordinal(first.word()))
        || DETERMINERS.contains(first.word().toLowerCase(Locale.ROOT))
        || i > 0 && capitalised(tokens.get(i - 1).word()) && !tokens.get(i - 1).word().endsWith(".")) {
      return i;
    }
    for (int j = i + 1; j < tokens.size() && j <= i + STREET_NAME_TOKENS; j++) {
      String word = tokens.get(j).word();
      int end = j + 1;
      if (end < tokens.size() && COMPASS.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))
          && capitalised(tokens.get(end).word())) {
        end++;
      }
      if (j == i + 1 && genericWord(first.word()) && (street(tokens, i, end) || landform(tokens, i, j + 1))) {
        // a generic word and a street word ("Center Street", "Court Street") only where the recogniser took it for
        // a location
        return i;
      }
      if (street(tokens, i, end) || landform(tokens, i, j + 1)) {
        end = street(tokens, i, end) ? end : j + 1;
        return end < tokens.size() && capitalised(tokens.get(end).word()) ? i : end;
      }
      if (!capitalised(word) && !ordinal(word)) {
        return i;
      }
    }
    return i;
  }

  /** Words before "Church" that name a denomination, an institution and no building ({@code Catholic Church}). */
  private static final Set<String> DENOMINATIONS = words(
      "catholic", "roman", "methodist", "presbyterian", "anglican", "baptist", "lutheran", "orthodox", "episcopal",
      "evangelical", "coptic", "united", "reformed", "protestant", "christian", "mormon", "pentecostal", "apostolic",
      "unification", "free", "scientology", "latter-day", "saints");

  /** Most words of a venue's name before its venue word ({@code Alder Hey Children's Hospital}). */
  private static final int VENUE_NAME_TOKENS = 4;

  /**
   * The end of the name of a building or ground starting at token {@code i} ({@link #FACILITY_PLACES}: "Jamsil Stadium",
   * "Northwestern Memorial Hospital", "Holy Redeemer Church") that no place's name opens (see {@link #facilityAt}),
   * however the recogniser tagged it: one to four capitalised words (or "'s", not after a place's name), not only
   * descriptive words ("General Hospital") or a denomination ("the Catholic Church"), no demonym, then a capitalised
   * venue word, with no capitalised word or "of" right before or after the name and no article as its first word,
   * the venue word not a person's name ("Barbara Castle"); else {@code i}. After a preposition that puts something at
   * it, an institution's word ({@link #INSTITUTION_PLACES}) ends a venue's name too, not before a possessive, and its
   * name may open with a place's ("a researcher at Colorado State University", reported whole and read by the place
   * inside it as a building's name is). It is a place of the town the article is about, which the gazetteer lacks:
   * the local fallback puts it there, or in the town the text says it is in ("Loyola University in Los Angeles").
   */
  private int venueAt(String text, List<Token> tokens, int i) {
    Token first = tokens.get(i);
    if (!capitalised(first.word()) || DETERMINERS.contains(first.word().toLowerCase(Locale.ROOT))
        || i > 0 && (capitalised(tokens.get(i - 1).word()) && !tokens.get(i - 1).word().endsWith(".")
            || tokens.get(i - 1).word().equals("of"))) {
      return i;
    }
    // the venue word first, by the words alone; the gazetteer only for a name that has one
    int venue = -1;
    boolean institution = false;
    for (int j = i + 1; j < tokens.size() && j <= i + VENUE_NAME_TOKENS && venue < 0; j++) {
      Token t = tokens.get(j);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (FACILITY_PLACES.contains(w) && capitalised(t.word())) {
        venue = j;
      } else if (INSTITUTION_PLACES.contains(w) && capitalised(t.word()) && atVenue(tokens, i)
          && !affiliation(tokens, i)
          && !(j + 1 < tokens.size() && capitalised(tokens.get(j + 1).word()))) {
        // an institution's word ends the name only where no capitalised word follows ("Duke University Hospital")
        venue = j;
        institution = true;
      } else if (!capitalised(t.word()) && !t.word().equals("'s") && !t.word().equals("\u2019s")) {
        return i;
      }
    }
    if (venue < 0 || tokens.get(venue).ner() == EntityType.PERSON || venue + 1 < tokens.size()
        && (capitalised(tokens.get(venue + 1).word()) || tokens.get(venue + 1).word().equals("of")
            || institution && POSSESSIVE.contains(tokens.get(venue + 1).word()))
        || !institution && knownMainPlace(first.word(), FACILITY_TOWN_POPULATION)) {
      // a place's name first ("Taiwan Taoyuan International Airport"): the place is named, as where facilityAt
      // takes none
      return i;
    }
    boolean named = false;
    for (int j = i; j < venue; j++) {
      String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
      boolean possessive = j > i && (w.equals("'s") || w.equals("\u2019s"));
      if (gazetteer.demonym(tokens.get(j).word()) != null || possessive
          && knownMainPlace(text.substring(first.start(), tokens.get(j - 1).end()), FACILITY_TOWN_POPULATION)) {
        // a place's possessive opens no venue's name: "Moscow's Sheremetyevo Airport" is Moscow, then the airport
        return i;
      }
      named |= !possessive && !FACILITY_DESCRIPTORS.contains(w) && !DENOMINATIONS.contains(w)
          && !NOT_PLACES.contains(w);
    }
    return named ? venue + 1 : i;
  }

  /**
   * Last words of the names of institutions that are places only where the text puts something at them ("a
   * researcher at Colorado State University", "a press conference at Barclays Center"): where they act ("Colorado State
   * University said") they are organisations.
   */
  private static final Set<String> INSTITUTION_PLACES = words(
      "university", "centre", "center", "academy", "theatre", "theater", "hotel", "library", "hall", "school");

  /** Prepositions that put what comes before them at a venue ({@code at}, {@code outside}). */
  private static final Set<String> AT_VENUE = words("at", "in", "near", "outside", "inside");

  private static final Set<String> POSSESSIVE = words("'s", "\u2019s");

  /** Words for people by their work, before "at" and an institution that employs them ({@code an expert at}). */
  private static final Set<String> ROLE_WORDS = words(
      "expert", "experts", "analyst", "analysts", "scholar", "scholars", "fellow", "fellows", "researcher",
      "researchers", "scientist", "scientists", "professor", "professors", "lecturer", "lecturers", "economist",
      "economists", "director", "dean", "chair", "specialist", "specialists", "official", "officials", "spokesman",
      "spokeswoman", "spokesperson", "staff", "employee", "employees", "department", "faculty");

  /** Most words between a word for people by their work and the preposition ({@code professor of trade policy at}). */
  private static final int ROLE_DISTANCE = 4;

  /**
   * Whether the venue starting at token {@code i} is someone's employer: a word for people by their work
   * ({@link #ROLE_WORDS}, or a word in "-ologist") among the few words before the preposition, no punctuation between
   * ("a regional expert at the Wilson Center", "a bacteriologist at Aberdeen University"). The institution is then an
   * organisation, as where it acts, not the place where something happens.
   */
  private static boolean affiliation(List<Token> tokens, int i) {
    int k = beforeArticle(tokens, i);
    for (int j = k - 1; j >= 0 && j >= k - ROLE_DISTANCE; j--) {
      String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
      if (ROLE_WORDS.contains(w) || w.endsWith("ologist") || w.endsWith("ologists")) {
        return true;
      }
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** Whether a preposition that puts something at a venue comes before token {@code i}, perhaps with "the" between. */
  private static boolean atVenue(List<Token> tokens, int i) {
    int k = beforeArticle(tokens, i);
    return k >= 0 && AT_VENUE.contains(tokens.get(k).word().toLowerCase(Locale.ROOT));
  }

  /** The token before token {@code i}, or before the "the" right before it; -1 at the start. */
  private static int beforeArticle(List<Token> tokens, int i) {
    int k = i - 1;
    return k >= 0 && tokens.get(k).word().equalsIgnoreCase("the") ? k - 1 : k;
  }

  /** Last words of the names of rivers, coasts and other natural features ({@code Danube Delta}). */
  private static final Set<String> LANDFORM_WORDS = words(
      "river", "delta", "canal", "bay", "creek", "island", "islands", "peninsula", "mountains", "hills", "coast",
      "strait", "harbour", "harbor", "falls", "desert", "forest", "gorge");

  /** Whether tokens {@code [i, end)} are a natural feature's name: two or more words, the last a landform's word. */
  private static boolean landform(List<Token> tokens, int i, int end) {
    Token last = tokens.get(end - 1);
    return end - i > 1 && capitalised(last.word()) && LANDFORM_WORDS.contains(last.word().toLowerCase(Locale.ROOT));
  }

  /** A British or Irish road's number ({@code A417}, {@code M25}, {@code N7}). */
  private static final Pattern ROAD_NUMBER = Pattern.compile("[AMN]\\d{1,4}");

  /** Words of traffic that show a sentence to speak of roads. */
  private static final Set<String> TRAFFIC_WORDS = words(
      "road", "roads", "roundabout", "junction", "carriageway", "motorway", "traffic", "diversion", "southbound",
      "northbound", "eastbound", "westbound", "lorry", "lorries", "crash", "collision", "closed", "closure");

  /**
   * Whether token {@code i} is a road's number after "the" or in a list after one ("the A436, A40 and A429") in a
   * sentence that speaks of traffic (a crash, a roundabout, a diversion), not an aircraft's or paper's name: a place
   * near the towns the article is about, which the gazetteer lacks.
   */
  private static boolean roadAt(List<Token> tokens, int i) {
    if (i == 0 || !ROAD_NUMBER.matcher(tokens.get(i).word()).matches()) {
      return false;
    }
    String before = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
    boolean listed = i >= 2 && (before.equals(",") || before.equals("and") || before.equals("or"))
        && ROAD_NUMBER.matcher(tokens.get(i - 2).word()).matches();
    if (!before.equals("the") && !listed) {
      return false;
    }
    for (Token t : tokens) {
      if (TRAFFIC_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean ordinal(String word) {
    return word.matches("\\d+(?:st|nd|rd|th)");
  }

  /**
   * Whether a capitalised word is a generic word rather than a name, though some place is called so: a month, a
   * direction, an organisation's or facility's head word ({@code West}, {@code University}, {@code Federal}).
   */
  static boolean genericWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return NOT_PLACES.contains(w) || ORGANISATION_HEADS.contains(w) || FACILITY_TAILS.contains(w)
        || ORGANISATION_OF.contains(w) || DIVISION_AFTER.contains(w);
  }

  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
