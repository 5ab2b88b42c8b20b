package org.newsgraph.extract.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.actors.ActorDictionary.Agent;
import org.newsgraph.extract.actors.ActorDictionary.Hit;
import org.newsgraph.extract.countries.CountryTable;
import org.newsgraph.extract.parse.ParseTree;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorKind;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/** The work of resolving one article's actors; one instance per article, not shared between threads. */
final class ArticleActors {
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "his", "her", "their", "our", "two", "three", "four", "several", "some", "many", "other", "both");
  /** Head nouns of descriptions of one person ({@code the foreign minister}, {@code a regional expert}). */
  private static final Set<String> PERSON_ROLES = Set.of("minister", "spokesman", "spokeswoman", "spokesperson",
      "president", "leader", "official", "commander", "chief", "ambassador", "envoy", "expert", "analyst", "son",
      "daughter", "father", "mother", "brother", "sister", "wife", "husband", "widow", "member", "head",
      "director", "secretary", "governor", "mayor", "general", "king", "queen", "prince", "emir", "mullah", "cleric",
      "founder", "chairman", "chairwoman", "deputy", "representative", "diplomat", "journalist", "reporter",
      "correspondent", "editor", "researcher", "professor", "lawyer", "judge", "senator", "lawmaker", "officer",
      "prosecutor", "negotiator", "adviser", "advisor", "premier", "chancellor", "mufti", "imam", "fellow");
  private static final Set<String> KIN = Set.of("son", "daughter", "father", "mother", "brother", "sister", "wife",
      "husband", "widow", "nephew", "niece", "grandson", "granddaughter", "uncle", "aunt", "cousin");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across",
      "throughout", "around");
  private static final Set<String> PP_LINKS = Set.of("for", "of", "at", "from", "in", "with");
  private static final Set<String> COUNTRY_LINKS = Set.of("of", "from", "in");
  private static final Set<String> RESIDENCE_LINKS = Set.of("of", "in");
  private static final Set<String> PRONOUNS = Set.of("he", "she");
  private static final Set<String> ARMED_SECTORS = Set.of("REB", "INS", "SEP", "IMG", "UAF");
  private static final Set<String> RANKS = Set.of("general", "gen.", "lieutenant", "lt.", "colonel", "col.",
      "major", "maj.", "brigadier", "brig.", "admiral", "adm.", "marshal", "commodore", "captain", "capt.",
      "sergeant", "sgt.", "lt.-gen.", "maj.-gen.", "lt.-col.");
  private static final Pattern FORMER = Pattern.compile("^(former|ousted|deposed|late|ex-|exiled)\\b");
  private static final Set<String> ORGANIZATION_HEADS = Set.of("center", "centre", "institute", "institution",
      "university", "foundation", "council", "committee", "agency", "bank", "fund", "organization", "organisation",
      "party", "front", "movement", "company", "corporation", "association", "union", "commission");
  private static final Set<String> PLACE_NOUNS = Set.of("province", "valley", "city", "district", "region", "county",
      "state", "capital", "town", "village", "governorate", "area");
  private static final Pattern MEDIA_NAME = Pattern.compile(
      ".*\\b(Post|Times|News|Press|Agency|TV|Television|Radio|BBC|CNN|Reuters|Journal|Herald|Guardian|Gazette|"
          + "Tribune|Telegraph|Daily|Broadcasting|Al Jazeera|Xinhua|Tass|IRNA|Tolo)\\b.*");
  private static final Pattern GOVERNMENT_NAME = Pattern.compile(
      ".*\\b(Ministry|Government|Parliament|Senate|Congress|Department|Cabinet|Council of Ministers|Police)\\b.*");
  private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{Punct}“”‘’«»]+|[\\p{Punct}“”‘’«»&&[^.]]+$");

  private final ActorDictionary dict;
  private final PlaceCountry places;
  private final String text;
  private final LocalDate date;
  private final List<Sentence> sentences;
  private final List<EntityMention> entities;

  private final Map<String, Draft> drafts = new LinkedHashMap<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final Set<Long> taken = new HashSet<>();
  private final List<PersonMention> persons = new ArrayList<>();
  private final List<Group> groups = new ArrayList<>();
  private final Map<Integer, List<Apposition>> appositions = new HashMap<>();
  private final Map<Integer, List<Group>> groupsBySentence = new HashMap<>();
  private final Map<Integer, List<PersonMention>> personsBySentence = new HashMap<>();
  private final Map<Integer, String> sentenceCountries = new HashMap<>();
  private final Map<String, Draft> collectiveByHead = new HashMap<>();
  /** Person mentions that carry a role, in text order, for role descriptions. */
  private final List<PersonMention> withRoles = new ArrayList<>();
  private final Map<String, Integer> countryCounts = new HashMap<>();
  /** Countries of places a sentence names without them acting ({@code in Kabul}), by sentence. */
  private final Map<Integer, Set<String>> placeCountries = new HashMap<>();
  /** Person mentions placed so far (named, described, pronouns): article offset and cluster, for pronouns. */
  private final List<Object[]> personPlaces = new ArrayList<>();

  ArticleActors(ActorDictionary dict, PlaceCountry places, Article article, LinguisticAnnotation annotation) {
    this.dict = dict;
    this.places = places;
    this.text = article.text();
    this.date = article.published();
    this.sentences = annotation.sentences();
    this.entities = annotation.entities();
  }

  /** An actor being built: the fields of {@link Actor}, collected from its mentions. */
  private static final class Draft {
    final String id;
    String name;
    ActorKind kind;
    String code;
    /** The country the text places an actor in whose code has none (a rebel group under a regional code). */
    String country;
    final Set<String> roles = new LinkedHashSet<>();
    final Set<String> variants = new LinkedHashSet<>();
    final Set<String> affiliations = new LinkedHashSet<>();

    Draft(String id, String name, ActorKind kind, String code) {
      this.id = id;
      this.name = name;
      this.kind = kind;
      this.code = code;
    }
  }

  /** A named person in the text. */
  private static final class PersonMention {
    int sentence;
    int start;
    int end;
    Span span;
    String[] keys;
    DictionaryEntry entry;
    final List<String> roles = new ArrayList<>();
    String affiliation;
    String code;
    String titleCountry;
    Agent titleAgent;
    String orgCode;
    PersonMention notSameAs;
    Cluster cluster;
    int kinAt = -1;
  }

  /** The named mentions of one person. */
  private static final class Cluster {
    final List<PersonMention> mentions = new ArrayList<>();
    String[] keys;
    String name;
    Draft draft;
    DictionaryEntry entry;
  }

  /** Dictionary matches of one noun phrase (or one NER organisation), resolved after the people. */
  private record Group(int sentence, int start, int end, List<Hit> hits, boolean organization, List<Agent> shared) {
    Group(int sentence, int start, int end, List<Hit> hits, boolean organization) {
      this(sentence, start, end, hits, organization, List.of());
    }
  }

  /** A description of a named person next to the name ({@code Michael Kugelman, a regional expert}). */
  private record Apposition(int sentence, int start, int end, PersonMention person) {}

  Actors resolve() {
    for (Sentence s : sentences) {
      readSentence(s);
    }
    for (Group g : groups) {
      groupsBySentence.computeIfAbsent(g.sentence(), k -> new ArrayList<>()).add(g);
      for (Hit h : g.hits()) {
        String country = country(h);
        if (country != null) {
          countryCounts.merge(country, 1, Integer::sum);
        }
      }
    }
    clusterPeople();
    for (Group g : groups) {
      resolveGroup(g);
    }
    resolvePronouns();
    List<Actor> actors = new ArrayList<>();
    Set<String> mentioned = new HashSet<>();
    for (Mention m : mentions) {
      mentioned.add(m.actorId());
    }
    for (Draft d : drafts.values()) {
      if (!mentioned.contains(d.id)) {
        continue;
      }
      Map<String, String> codes = d.code == null ? Map.of() : Map.of("cameo", d.code);
      CameoCode code = d.code == null ? null : dict.code(d.code);
      List<String> variants = new ArrayList<>();
      variants.add(d.name);
      for (String v : d.variants) {
        if (!variants.contains(v)) {
          variants.add(v);
        }
      }
      String country = code != null && code.country() != null ? code.country() : d.country;
      actors.add(new Actor(d.id, d.name, d.kind, country,
          code == null ? null : code.sector(), codes, List.copyOf(d.roles), variants));
    }
    mentions.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
    return new Actors(actors, mentions);
  }

  // ---- pass 1: what each sentence holds

  private void readSentence(Sentence s) {
    List<Token> tokens = s.tokens();
    if (tokens.isEmpty()) {
      return;
    }
    List<String> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      words.add(word(t));
    }
    List<Hit> hits = new ArrayList<>(dict.scan(words));
    List<int[]> people = entityRanges(s, EntityType.PERSON);
    List<int[]> orgs = entityRanges(s, EntityType.ORGANIZATION);
    List<int[]> locations = entityRanges(s, EntityType.LOCATION);
    DictionaryEntry[] personEntries = new DictionaryEntry[people.size()];
    Agent[] personTitles = new Agent[people.size()];
    for (Hit h : hits) {
      for (int i = 0; i < people.size(); i++) {
        int[] p = people.get(i);
        // a title the NER put into the name: [President] Kagame, [King] Hassan
        if (h.agent() != null && h.start() == p[0] && h.end() < p[1]) {
          personTitles[i] = h.agent();
          p[0] = h.end();
        }
      }
    }
    hits.removeIf(h -> {
      for (int i = 0; i < people.size(); i++) {
        int[] p = people.get(i);
        if (h.start() < p[1] && p[0] < h.end()) {
          if (h.actor() != null && h.start() <= p[0] && p[1] <= h.end()) {
            personEntries[i] = h.actor();
            // a dictionary phrase with a title: PRESIDENT_REAGAN
            if (h.start() < p[0] && personTitles[i] == null) {
              for (Hit t : dict.scan(words.subList(h.start(), p[0]))) {
                Agent title = t.agent() != null ? t.agent() : office(t);
                if (title != null) {
                  personTitles[i] = title;
                  break;
                }
              }
            }
          }
          return true;
        }
      }
      if (h.actor() != null && inside(locations, h) && !matchedPrimary(h, words) && placeLike(tokens, h)) {
        String country = country(h);
        if (country != null) {
          placeCountries.computeIfAbsent(s.index(), k -> new HashSet<>()).add(country);
        }
        return true;
      }
      return false;
    });
    // a place the dictionaries do not list (Sindh, a district, a town) still tells the sentence's country
    for (int[] l : locations) {
      boolean listed = false;
      for (Hit h : hits) {
        listed |= h.start() < l[1] && l[0] < h.end();
      }
      String country = listed ? null : places.countryOf(textOf(tokens, l[0], l[1]));
      if (country != null) {
        placeCountries.computeIfAbsent(s.index(), k -> new HashSet<>()).add(country);
      }
    }
    // an organisation the dictionary does not cover as a whole is an actor of its own (BBC Persian)
    for (int[] l : locations) {
      // the Wilson Center, Brookings Institution: organisations the NER takes for places
      if (ORGANIZATION_HEADS.contains(lower(tokens.get(l[1] - 1)))) {
        orgs.add(l);
      }
    }
    for (int[] o : orgs) {
      boolean agent = false;
      boolean[] covered = new boolean[o[1] - o[0]];
      for (Hit h : hits) {
        if (h.start() < o[1] && o[0] < h.end()) {
          agent |= h.agent() != null;
          for (int i = Math.max(h.start(), o[0]); i < Math.min(h.end(), o[1]); i++) {
            covered[i - o[0]] |= h.actor() != null;
          }
        }
      }
      boolean all = true;
      for (int i = o[0]; i < o[1]; i++) {
        all &= covered[i - o[0]] || words.get(i).isEmpty() || words.get(i).equals("-");
      }
      boolean actor = false;
      for (boolean c : covered) {
        actor |= c;
      }
      if ((!agent || !actor) && !all) {
        hits.removeIf(h -> h.start() < o[1] && o[0] < h.end());
        groups.add(new Group(s.index(), o[0], o[1], List.of(), true));
        // the country an organisation's name starts with is a country the sentence names
        String code = nameCode(tokens, o[0], o[1]);
        if (code != null) {
          placeCountries.computeIfAbsent(s.index(), k -> new HashSet<>()).add(dict.code(code).country());
        }
      }
    }
    int[] chunkOf = chunks(tokens);
    for (int i = 0; i < people.size(); i++) {
      readPerson(s, tokens, words, hits, chunkOf, people.get(i), personEntries[i], personTitles[i]);
    }
    // dictionary matches grouped by noun phrase
    List<Hit> current = new ArrayList<>();
    int chunk = -2;
    for (Hit h : hits) {
      int c = chunkOf[h.start()];
      if (c < 0 || c != chunk) {
        flush(s, tokens, chunkOf, chunk, current);
        current = new ArrayList<>();
        chunk = c < 0 ? -2 - h.start() : c;
      }
      current.add(h);
    }
    flush(s, tokens, chunkOf, chunk, current);
    shareAgents(s.index(), tokens);
    groups.sort(Comparator.comparingInt(Group::sentence).thenComparingInt(Group::start));
  }

  /** {@code US and British forces}: a bare country coordinated with a country and agents takes the agents. */
  private void shareAgents(int sentence, List<Token> tokens) {
    for (int i = groups.size() - 1; i > 0; i--) {
      Group second = groups.get(i);
      Group first = groups.get(i - 1);
      if (second.sentence() != sentence || first.sentence() != sentence || first.organization()
          || second.organization() || first.hits().size() != 1 || first.hits().get(0).actor() == null) {
        continue;
      }
      int gap = second.start() - first.end();
      if (gap != 1 || !Set.of("and", "or", ",").contains(lower(tokens.get(first.end())))) {
        continue;
      }
      List<Agent> agents = new ArrayList<>();
      boolean countryFirst = false;
      for (Hit h : second.hits()) {
        if (h.agent() != null) {
          agents.add(h.agent());
        } else if (agents.isEmpty()) {
          countryFirst = true;
        }
      }
      if (countryFirst && !agents.isEmpty()) {
        groups.set(i - 1, new Group(first.sentence(), first.start(), first.end(), first.hits(), false, agents));
      }
    }
  }

  private void flush(Sentence s, List<Token> tokens, int[] chunkOf, int chunk, List<Hit> hits) {
    if (hits.isEmpty()) {
      return;
    }
    int start = hits.get(0).start();
    int end = hits.get(hits.size() - 1).end();
    if (chunk >= 0) {
      while (start > 0 && chunkOf[start - 1] == chunk) {
        start--;
      }
      while (end < tokens.size() && chunkOf[end] == chunk) {
        end++;
      }
    }
    groups.add(new Group(s.index(), start, end, List.copyOf(hits), false));
  }

  private void readPerson(Sentence s, List<Token> tokens, List<String> words, List<Hit> hits, int[] chunkOf,
      int[] range, DictionaryEntry entry, Agent title) {
    PersonMention p = new PersonMention();
    p.titleAgent = title;
    p.sentence = s.index();
    p.start = range[0];
    p.end = range[1];
    int from = range[0];
    int to = range[1];
    while (to > from + 1 && isPossessive(tokens.get(to - 1))) {
      to--;
    }
    p.span = span(tokens.get(from).start(), tokens.get(to - 1).end());
    List<String> keys = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String k = VariantKey.of(words.get(i));
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    if (keys.isEmpty()) {
      return;
    }
    p.keys = keys.toArray(new String[0]);
    p.entry = entry != null ? entry : keys.size() >= 2 ? dict.byNameKey(String.join(" ", keys)) : null;
    if (p.entry != null && !entryNamesPerson(p.entry)) {
      // a country or group word inside a name (Telemar, listed as a synonym of Dagolath): the name's country
      String code = p.entry.codeOn(date);
      p.titleCountry = code == null ? null : dict.code(code).country();
      p.entry = null;
    }
    // King Hassan [of Morocco]
    if (range[1] + 1 < tokens.size() && lower(tokens.get(range[1])).equals("of")) {
      for (Hit h : hits) {
        if (h.start() == range[1] + 1 && h.actor() != null) {
          String code = h.actor().codeOn(date);
          if (code != null && dict.code(code).isCountry()) {
            p.titleCountry = code;
          }
        }
      }
    }
    // a title before the name in the same noun phrase: Iranian Foreign Ministry spokesman Saeed Khatibzadeh
    int chunk = chunkOf[range[0]];
    if (chunk >= 0) {
      int c = range[0];
      while (c > 0 && chunkOf[c - 1] == chunk) {
        c--;
      }
      // a title whose dictionary phrase runs over a preposition: U.S. [Secretary of State] Warren Christopher
      for (boolean grew = true; grew; ) {
        grew = false;
        for (Hit h : hits) {
          if (h.start() < c && h.end() > c && h.end() <= range[0]) {
            c = h.start();
            grew = true;
          }
        }
        while (c > 0 && chunkOf[c - 1] >= 0 && chunkOf[c - 1] == chunkOf[c]) {
          c--;
        }
      }
      c = skipDeterminers(tokens, c, range[0]);
      if (c < range[0]) {
        List<Hit> before = hitsIn(hits, c, range[0]);
        if (!before.isEmpty() || hasPersonRole(tokens, c, range[0])) {
          hits.removeAll(before);
        }
        Hit lastBefore = before.isEmpty() ? null : before.get(before.size() - 1);
        // an office the dictionary lists as an actor, right before the name: US Secretary of State Warren Christopher
        boolean office = lastBefore != null && lastBefore.end() == range[0] && office(lastBefore) != null;
        if (hasRole(tokens, c, range[0], before) || office) {
          p.roles.add(textOf(tokens, c, range[0]));
          describe(p, before, s.index(), tokens);
          // an organisation named in the title is an actor too: [Iranian Foreign Ministry] spokesman
          Hit affiliation = lastActor(before, range[0]);
          List<Hit> agents = agentsAfter(before, affiliation);
          if (affiliation != null && agents.size() >= 2) {
            Hit first = agents.get(0);
            List<Hit> org = new ArrayList<>();
            org.add(affiliation);
            org.add(first);
            groups.add(new Group(s.index(), affiliation.start(), first.end(), org, false));
          }
        }
      }
    }
    // apposition before: the deputy spokesman for the Taliban, Bilal Karimi
    if (range[0] >= 2 && isComma(tokens.get(range[0] - 1))) {
      int[] seg = descriptionBefore(tokens, chunkOf, range[0] - 1);
      if (seg != null) {
        p.roles.add(textOf(tokens, seg[0], seg[1]));
        describe(p, hitsIn(hits, seg[0], seg[1]), s.index(), tokens);
        appositions.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(new Apposition(s.index(), seg[0], seg[1], p));
      }
    }
    // apposition after: Michael Kugelman, a regional expert at the Wilson Center
    if (range[1] + 1 < tokens.size() && isComma(tokens.get(range[1]))) {
      int[] seg = descriptionAfter(tokens, chunkOf, range[1] + 1);
      if (seg != null) {
        p.roles.add(textOf(tokens, seg[0], seg[1]));
        if (p.affiliation == null) {
          describe(p, hitsIn(hits, seg[0], seg[1]), s.index(), tokens);
        }
        appositions.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(new Apposition(s.index(), seg[0], seg[1], p));
        String head = lower(tokens.get(seg[2]));
        if (KIN.contains(head)) {
          p.kinAt = tokens.get(seg[2]).start();
        }
      }
    }
    if (p.titleAgent == null) {
      p.titleAgent = rankBefore(tokens, range[0]);
    }
    persons.add(p);
    personsBySentence.computeIfAbsent(p.sentence, k -> new ArrayList<>()).add(p);
    if (!p.roles.isEmpty()) {
      withRoles.add(p);
    }
  }

  /**
   * A military rank written as the title of the name at {@code start} ({@code General Michel Aoun},
   * {@code Lt. Gen. Prosper Avril}): the military sector. Null when there is none, and when the rank is part of a
   * civilian office ({@code Attorney General Janet Reno}, {@code Surgeon General}): a capitalised word before the
   * ranks that is no rank itself.
   */
  static Agent rankBefore(List<Token> tokens, int start) {
    int i = start;
    while (i > 0 && RANKS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
      i--;
    }
    if (i == start || !Character.isUpperCase(tokens.get(start - 1).word().charAt(0))) {
      return null;
    }
    if (i > 0 && ("NNP".equals(tokens.get(i - 1).pos()) || tokens.get(i - 1).word().endsWith("-"))) {
      // Attorney General, Secretary-General (split at its hyphen)
      return null;
    }
    return new Agent(tokens.get(start - 1).word().toLowerCase(Locale.ROOT), "MIL", false);
  }

  /** Takes affiliation and code from the actors and agents of a description of a person. */
  private void describe(PersonMention p, List<Hit> hits, int sentence, List<Token> tokens) {
    Hit affiliation = null;
    Agent agent = null;
    String role = p.roles.isEmpty() ? "" : p.roles.get(p.roles.size() - 1).toLowerCase(Locale.ROOT);
    if (FORMER.matcher(role).find()) {
      // former president, ousted leader, the late ...: no longer in office
      p.titleAgent = new Agent("former", "ELI", false);
    }
    for (Hit h : hits) {
      if (h.actor() != null && affiliation == null) {
        affiliation = h;
      } else if (h.agent() != null && agent == null) {
        agent = h.agent();
      }
    }
    if (agent != null && p.titleAgent == null) {
      p.titleAgent = agent;
    }
    if (affiliation != null && p.affiliation == null) {
      String code = affiliation.actor().codeOn(date);
      p.affiliation = entryId(affiliation.actor());
      if (code != null) {
        CameoCode c = dict.code(code);
        if (c.isCountry()) {
          p.titleCountry = code;
        } else {
          p.orgCode = code;
        }
      }
    }
  }

  /** Tokens {@code [start, end)} of a description that ends just before the comma at {@code comma}, or null. */
  private int[] descriptionBefore(List<Token> tokens, int[] chunkOf, int comma) {
    int end = comma;
    int chunk = chunkOf[end - 1];
    if (chunk < 0) {
      return null;
    }
    int start = end - 1;
    while (start > 0 && chunkOf[start - 1] == chunk) {
      start--;
    }
    // the spokesman [for] the Taliban's Foreign Ministry: the role is the noun phrase before the preposition
    if (!hasPersonRole(tokens, start, end) && start >= 2 && PP_LINKS.contains(lower(tokens.get(start - 1)))
        && chunkOf[start - 2] >= 0) {
      int c = chunkOf[start - 2];
      int s2 = start - 2;
      while (s2 > 0 && chunkOf[s2 - 1] == c) {
        s2--;
      }
      if (hasPersonRole(tokens, s2, start - 1) && startsDescription(tokens, s2)) {
        return new int[] {skipDeterminers(tokens, s2, end), end};
      }
      return null;
    }
    if (!hasPersonRole(tokens, start, end) || !startsDescription(tokens, start)) {
      return null;
    }
    return new int[] {skipDeterminers(tokens, start, end), end};
  }

  /** Tokens {@code [start, end, head]} of a description that starts at {@code start}, or null. */
  private int[] descriptionAfter(List<Token> tokens, int[] chunkOf, int start) {
    int chunk = chunkOf[start];
    if (chunk < 0) {
      return null;
    }
    int end = start;
    while (end < tokens.size() && chunkOf[end] == chunk) {
      end++;
    }
    // a title without an article closes with a comma or the sentence: Kofi Annan, UN secretary-general,
    boolean closed = end == tokens.size() || isComma(tokens.get(end)) || lower(tokens.get(end)).equals(".");
    if (!hasPersonRole(tokens, start, end) || !(startsDescription(tokens, start) || closed)) {
      return null;
    }
    int head = end - 1;
    // a regional expert [at the Wilson Center]
    if (end + 1 < tokens.size() && PP_LINKS.contains(lower(tokens.get(end))) && chunkOf[end + 1] >= 0) {
      int c = chunkOf[end + 1];
      int e2 = end + 1;
      while (e2 < tokens.size() && chunkOf[e2] == c) {
        e2++;
      }
      end = e2;
    }
    return new int[] {skipDeterminers(tokens, start, end), end, head};
  }

  private static boolean startsDescription(List<Token> tokens, int start) {
    String w = lower(tokens.get(start));
    return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("his") || w.equals("her")
        || w.equals("its") || w.equals("their")
        || (start + 1 < tokens.size() && isPossessive(tokens.get(start + 1)));
  }

  // ---- pass 2: people

  private void clusterPeople() {
    List<Cluster> clusters = new ArrayList<>();
    for (PersonMention p : persons) {
      if (p.keys.length < 2) {
        continue;
      }
      Cluster found = null;
      for (Cluster c : clusters) {
        if ((p.entry != null && p.entry == c.entry) || VariantKey.sameName(c.keys, p.keys)) {
          found = c;
          break;
        }
      }
      if (found == null) {
        found = new Cluster();
        found.keys = p.keys;
        found.name = p.span.text();
        clusters.add(found);
      } else if (p.keys.length > found.keys.length) {
        found.keys = p.keys;
        found.name = p.span.text();
      }
      found.mentions.add(p);
      p.cluster = found;
      if (found.entry == null) {
        found.entry = p.entry;
      }
      if (found.draft == null) {
        found.draft = personDraft(p);
      }
    }
    // who a "the son of ... X" apposition is not: the next name after the kinship word
    for (int i = 0; i < persons.size(); i++) {
      PersonMention p = persons.get(i);
      if (p.kinAt < 0) {
        continue;
      }
      for (int j = i + 1; j < persons.size() && j < i + 4; j++) {
        if (persons.get(j).span.start() > p.kinAt) {
          p.notSameAs = persons.get(j);
          break;
        }
      }
    }
    Map<String, List<PersonMention>> fullByLast = new HashMap<>();
    for (PersonMention q : persons) {
      if (q.keys.length >= 2 && q.cluster != null) {
        fullByLast.computeIfAbsent(q.keys[q.keys.length - 1], k -> new ArrayList<>()).add(q);
      }
    }
    // surnames: the nearest earlier full name that ends in it, else the nearest later one
    for (PersonMention p : persons) {
      if (p.keys.length >= 2) {
        continue;
      }
      Cluster blocked = p.notSameAs == null ? null : p.notSameAs.cluster;
      Cluster best = null;
      List<PersonMention> named = fullByLast.getOrDefault(p.keys[0], List.of());
      int lo = 0;
      int hi = named.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (named.get(mid).span.start() < p.span.start()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int i = lo - 1; i >= 0 && best == null; i--) {
        best = named.get(i).cluster == blocked ? null : named.get(i).cluster;
      }
      for (int i = lo; i < named.size() && best == null; i++) {
        best = named.get(i).cluster == blocked ? null : named.get(i).cluster;
      }
      if (best == null) {
        for (Cluster c : clusters) {
          if (c.keys.length == 1 && c.keys[0].equals(p.keys[0]) && c != blocked) {
            best = c;
            break;
          }
        }
      }
      if (best == null) {
        best = new Cluster();
        best.keys = p.keys;
        best.name = p.span.text();
        best.draft = personDraft(p);
        clusters.add(best);
      }
      best.mentions.add(p);
      p.cluster = best;
    }
    for (Cluster c : clusters) {
      Draft d = c.draft;
      if (d.name.split(" ").length < c.name.split(" ").length && c.entry == null) {
        d.name = c.name;
      }
      for (PersonMention p : c.mentions) {
        d.variants.add(p.span.text());
        d.roles.addAll(p.roles);
        if (p.affiliation != null) {
          d.affiliations.add(p.affiliation);
        }
        if (d.code == null || p.titleAgent != null || p.orgCode != null) {
          String code = personCode(p);
          if (code != null && (d.code == null || code.length() > 3)) {
            d.code = code;
          }
        }
        mention(d, p.span);
        personPlaces.add(new Object[] {p.span.start(), d.id, p.sentence});
      }
    }
  }

  /**
   * A person's code from what the text says (an organisation's official: its code; a country's minister: country
   * and agent), else from the dictionary on the article's date.
   */
  private String personCode(PersonMention p) {
    if (p.orgCode != null) {
      // an international organisation's official: its code with the official's sector (U.N. secretary-general)
      boolean international = p.orgCode.startsWith("IGO") || p.orgCode.startsWith("NGO");
      return !international || p.titleAgent == null || p.titleAgent.code().equals("ELI") ? p.orgCode
          : combine(p.orgCode, List.of(p.titleAgent));
    }
    String entryCode = p.entry == null ? null : p.entry.codeOn(date);
    String country = p.titleCountry != null ? p.titleCountry
        : entryCode != null ? dict.code(entryCode).country()
        : p.titleAgent != null ? titleCountry(p) : null;
    if (p.titleAgent != null && country != null) {
      return combine(country, List.of(p.titleAgent));
    }
    return entryCode != null ? entryCode : country;
  }

  private DictionaryEntry entryOf(Cluster c) {
    for (PersonMention p : c.mentions) {
      if (p.entry != null) {
        return p.entry;
      }
    }
    return null;
  }

  private Draft personDraft(PersonMention p) {
    if (p.entry != null) {
      Draft d = entryDraft(p.entry, ActorKind.PERSON);
      return d;
    }
    String name = p.span.text().replaceAll("\\s+", " ");
    String id = ActorIds.of(ActorKind.PERSON, String.join(" ", p.keys));
    return drafts.computeIfAbsent(id, k -> new Draft(k, name, ActorKind.PERSON, null));
  }

  // ---- pass 3: dictionary actors, agents, organisations and descriptions

  private void resolveGroup(Group g) {
    List<Token> tokens = sentences.get(g.sentence()).tokens();
    if (g.organization()) {
      organization(tokens, g);
      return;
    }
    List<Hit> agents = new ArrayList<>();
    for (Hit h : g.hits()) {
      if (h.agent() != null) {
        agents.add(h);
      }
    }
    if (agents.isEmpty() && !g.shared().isEmpty() && g.hits().size() == 1) {
      Hit h = g.hits().get(0);
      String code = h.actor().codeOn(date);
      Span own = spanOf(tokens, h.start(), h.end());
      if (code != null && dict.code(code).isCountry()) {
        collective(combine(code, g.shared()), own, true);
        return;
      }
    }
    if (agents.isEmpty() && g.hits().size() == 2 && g.hits().get(0).end() == g.hits().get(1).start()) {
      // Bosnian Serbs: a people (the second, a plural demonym) of the first country
      Hit place = g.hits().get(0);
      Hit people = g.hits().get(1);
      String first = place.actor().codeOn(date);
      String second = people.actor().codeOn(date);
      String pos = tokens.get(people.end() - 1).pos();
      if (first != null && second != null && dict.code(first).isCountry() && dict.code(second).isCountry()
          && !first.equals(second) && people.end() - people.start() == 1 && "NNPS".equals(pos)) {
        collective(dict.code(first).country() + "CVL", spanOf(tokens, place.start(), people.end()), true);
        return;
      }
    }
    if (agents.isEmpty()) {
      for (Hit h : g.hits()) {
        String metonym = metonymCode(tokens, h, g.sentence());
        if (metonym != null) {
          collective(metonym, spanOf(tokens, h.start(), h.end()), metonym.endsWith("CVL"));
          continue;
        }
        Draft d = entryDraft(h.actor(), null);
        d.variants.add(spanOf(tokens, h.start(), h.end()).text());
        mention(d, spanOf(tokens, h.start(), h.end()));
        if (d.country == null) {
          d.country = armedGroupCountry(tokens, h, g.sentence());
        }
      }
      return;
    }
    Hit head = agents.get(agents.size() - 1);
    Hit affiliation = lastActor(g.hits(), head.start());
    for (Apposition a : appositions.getOrDefault(g.sentence(), List.of())) {
      if ( a.start() <= head.start() && head.end() <= a.end()
          && a.person().cluster != null) {
        for (Hit h : g.hits()) {
          if (h.actor() != null) {
            Draft d = entryDraft(h.actor(), null);
            d.variants.add(spanOf(tokens, h.start(), h.end()).text());
            mention(d, spanOf(tokens, h.start(), h.end()));
          }
        }
        mention(a.person().cluster.draft, spanOf(tokens, a.start(), a.end()));
        return;
      }
    }
    for (Hit h : g.hits()) {
      if (h.actor() != null && h != affiliation) {
        Draft d = entryDraft(h.actor(), null);
        d.variants.add(spanOf(tokens, h.start(), h.end()).text());
        mention(d, spanOf(tokens, h.start(), h.end()));
      }
    }
    int start = skipDeterminers(tokens, g.start(), head.end());
    int end = Math.max(head.end(), affiliation == null ? head.end() : affiliation.end());
    Span span = spanOf(tokens, start, end);
    Token last = tokens.get(head.end() - 1);
    boolean plural = last.pos() != null && (last.pos().equals("NNS") || last.pos().equals("NNPS"));
    boolean personRole = !plural && PERSON_ROLES.contains(lower(last));
    boolean definite = startsDescription(tokens, g.start()) && !lower(tokens.get(g.start())).equals("a")
        && !lower(tokens.get(g.start())).equals("an");
    String article = lower(tokens.get(g.start()));
    Token firstAgent = tokens.get(agents.get(0).end() - 1);
    if ((article.equals("a") || article.equals("an")) && PERSON_ROLES.contains(lower(firstAgent))
        && !"NNS".equals(firstAgent.pos())) {
      PersonMention named = namedNext(g.sentence());
      if (named != null) {
        int roleEnd = end;
        if (roleEnd + 1 < tokens.size() && PP_LINKS.contains(lower(tokens.get(roleEnd)))) {
          // the description's own phrase: spokesman [for the resistance groups]
          int j = roleEnd + 1;
          while (j < tokens.size() && (nominalTag(tokens.get(j)) || isPossessive(tokens.get(j))
              || DETERMINERS.contains(lower(tokens.get(j))))) {
            j++;
          }
          roleEnd = j > roleEnd + 1 ? j : roleEnd;
        }
        named.cluster.draft.roles.add(textOf(tokens, g.start() + 1, roleEnd));
        mention(named.cluster.draft, spanOf(tokens, g.start(), roleEnd));
        return;
      }
    }
    if (personRole && definite) {
      Draft person = personWithRole(tokens, start, head.end(), affiliation, span.start());
      if (person != null) {
        mention(person, span);
        personPlaces.add(new Object[] {span.start(), person.id, g.sentence()});
        return;
      }
    }
    List<Agent> agentList = new ArrayList<>();
    for (Hit h : agents) {
      agentList.add(h.agent());
    }
    if (affiliation != null) {
      String code = affiliation.actor().codeOn(date);
      boolean country = code != null && dict.code(code).isCountry();
      String combined = code == null ? null : combine(code, agentList);
      if (!country && (combined == null || combined.equals(code))) {
        // Taliban officials, the Taliban delegation: the organisation acting
        Draft d = entryDraft(affiliation.actor(), null);
        d.variants.add(spanOf(tokens, affiliation.start(), affiliation.end()).text());
        mention(d, span);
        return;
      }
      collective(combined, span, plural);
      return;
    }
    if (definite && !personRole) {
      Draft earlier = collectiveWithHead(lower(last));
      if (earlier != null) {
        mention(earlier, span);
        return;
      }
    }
    String country = null;
    for (PersonMention p : personsBySentence.getOrDefault(g.sentence(), List.of())) {
      if (p.start >= g.start() && p.end <= head.start() && p.cluster != null
          && p.cluster.draft.code != null) {
        country = dict.code(p.cluster.draft.code).country();
      }
    }
    if (country == null) {
      country = countryAfter(tokens, head.end(), g.sentence());
    }
    collective(combine(country == null ? "---" : country, agentList), span, plural);
  }

  /**
   * The person an unnamed description ({@code a spokesman for the resistance groups}) turns out to be when the next
   * sentence goes on with its pronoun and names its source: {@code He said …, according to Sajbatullah Ahmadi}. The
   * named person must come with no title of their own (a titled person is somebody else: {@code according to
   * Foreign Minister X}). Null when the next sentence does not read so.
   */
  private PersonMention namedNext(int sentence) {
    if (sentence + 1 >= sentences.size()) {
      return null;
    }
    List<Token> next = sentences.get(sentence + 1).tokens();
    if (next.size() < 4 || !PRONOUNS.contains(lower(next.get(0)))) {
      return null;
    }
    for (PersonMention p : personsBySentence.getOrDefault(sentence + 1, List.of())) {
      if (p.start >= 2 && lower(next.get(p.start - 1)).equals("to") && lower(next.get(p.start - 2)).equals("according")
          && p.roles.isEmpty() && p.cluster != null) {
        return p;
      }
    }
    return null;
  }

  /**
   * The code of a country word that stands for a group of the country rather than for the country: a capital used
   * as an actor ({@code Beirut rejected}, {@code an admission by Moscow}) is its government, the object of a verb
   * its people ({@code blockade Paris}); a plural demonym used
   * as a noun ({@code thousands of Nigerians}) is its people. Null for any other match, and for a capital used as a
   * place ({@code in Beirut}) or as a modifier ({@code a Beirut newspaper}).
   */
  private String metonymCode(List<Token> tokens, Hit h, int sentence) {
    String code = h.actor().codeOn(date);
    String country = code == null ? null : dict.code(code).country();
    if (country == null || !dict.code(code).isCountry() || matchedPrimary(h, wordsOf(tokens, h))) {
      return null;
    }
    if (h.end() < tokens.size()) {
      String next = tokens.get(h.end()).pos();
      if (next != null && next.startsWith("NN")) {
        return null;
      }
    }
    if (CountryTable.isCapital(textOf(tokens, h.start(), h.end())) && !placeLike(tokens, h)) {
      // the object of a verb is the city (blockade Paris), anything else its government
      return country + (objectOfVerb(sentence, tokens, h) ? "CVL" : "GOV");
    }
    Token last = tokens.get(h.end() - 1);
    if (h.end() - h.start() == 1 && last.pos() != null && (last.pos().equals("NNPS") || last.pos().equals("NNS"))
        && lower(last).endsWith("s")) {
      return residence(tokens, h, country, sentence) + "CVL";
    }
    return null;
  }

  /**
   * Whether a match is the object of a verb: its last word's dependency says so where the sentence is parsed (the
   * tagger reads {@code blockade} in {@code would blockade Paris} as a noun), else a verb comes right before it.
   */
  private boolean objectOfVerb(int sentence, List<Token> tokens, Hit h) {
    Sentence s = sentences.get(sentence);
    if (!s.dependencies().isEmpty()) {
      ParseTree tree = new ParseTree(s);
      int last = h.end() - 1;
      String rel = tree.relation(last);
      int head = tree.head(last);
      return rel != null && (rel.equals("obj") || rel.equals("dobj")) && head >= 0
          && tree.token(head).pos() != null && tree.token(head).pos().startsWith("VB");
    }
    String before = h.start() > 0 ? tokens.get(h.start() - 1).pos() : null;
    return before != null && before.startsWith("VB");
  }

  /**
   * Where a people named by its demonym lives, as CAMEO codes ethnic groups: the country of the place after it
   * ({@code Albanians of southern Serbia}), else, for an {@code ethnic} group, the first other country its
   * sentence names ({@code ethnic Turks … Sweden's decision}), else the demonym's own country.
   */
  private String residence(List<Token> tokens, Hit h, String own, int sentence) {
    String place = placeCountryAfter(tokens, h.end(), RESIDENCE_LINKS, true);
    if (place != null) {
      return place;
    }
    if (h.start() > 0 && lower(tokens.get(h.start() - 1)).equals("ethnic")) {
      for (Group g : groupsBySentence.getOrDefault(sentence, List.of())) {
        for (Hit other : g.hits()) {
          String country = country(other);
          if (country != null && !country.equals(own)) {
            return country;
          }
        }
      }
    }
    return own;
  }

  /** The words of a sentence as the dictionary scanned them, filled in only over the match (the rest empty). */
  private static List<String> wordsOf(List<Token> tokens, Hit h) {
    List<String> words = new ArrayList<>(Collections.nCopies(tokens.size(), ""));
    for (int i = h.start(); i < h.end(); i++) {
      words.set(i, word(tokens.get(i)));
    }
    return words;
  }

  private void organization(List<Token> tokens, Group g) {
    int start = skipDeterminers(tokens, g.start(), g.end());
    int end = g.end();
    while (end > start + 1 && isPossessive(tokens.get(end - 1))) {
      end--;
    }
    Span span = spanOf(tokens, start, end);
    String name = span.text().replaceAll("\\s+", " ");
    ActorKind kind = MEDIA_NAME.matcher(name).matches() ? ActorKind.MEDIA
        : GOVERNMENT_NAME.matcher(name).matches() ? ActorKind.GOVERNMENT : ActorKind.ORGANIZATION;
    String id = ActorIds.of(kind, name);
    String code = nameCode(tokens, start, end);
    Draft d = drafts.computeIfAbsent(id, k -> new Draft(k, name, kind, code));
    d.variants.add(name);
    mention(d, span);
  }

  /**
   * The code an organisation's name gives when it starts with a country ({@code Montenegro Assembly},
   * {@code Rwandan Patriotic Front}): the country, with the sectors of the agents the name holds; else null.
   */
  private String nameCode(List<Token> tokens, int start, int end) {
    List<String> words = new ArrayList<>();
    for (int i = start; i < end; i++) {
      words.add(word(tokens.get(i)));
    }
    String country = null;
    List<Agent> agents = new ArrayList<>();
    for (Hit h : dict.scan(words)) {
      if (h.agent() != null) {
        agents.add(h.agent());
      } else if (h.start() == 0) {
        String code = h.actor().codeOn(date);
        if (code != null && dict.code(code).isCountry()) {
          country = dict.code(code).country();
        }
      }
    }
    return country == null ? null : combine(country, agents);
  }

  private void collective(String code, Span span, boolean plural) {
    if (code == null) {
      return;
    }
    CameoCode c = dict.code(code);
    ActorKind kind = switch (c.kind()) {
      case GOVERNMENT, ARMED_GROUP, MEDIA -> c.kind();
      default -> ActorKind.COLLECTIVE;
    };
    String id = "group:" + ActorIds.slug(code);
    String text = span.text().replaceAll("\\s+", " ");
    // one name for the group in every article (the registry gathers them by code): its country and sector
    String country = c.country() == null ? null : dict.countryName(c.country());
    // (a code without a country names one organisation, IMGMUSALQ: the text, not the sector alone)
    String name = c.sector() == null || country == null ? text : country + " " + c.sector();
    Draft d = drafts.computeIfAbsent(id, k -> new Draft(k, name, kind, code));
    d.variants.add(text);
    mention(d, span);
    String[] w = text.toLowerCase(Locale.ROOT).split("\\s+");
    collectiveByHead.put(w[w.length - 1], d);
  }

  /** The one person seen before {@code offset} whose roles hold the description's words, or null. */
  private Draft personWithRole(List<Token> tokens, int start, int end, Hit affiliation, int offset) {
    List<String> words = new ArrayList<>();
    for (int i = affiliation == null ? start : affiliation.end(); i < end; i++) {
      String w = lower(tokens.get(i));
      if (!isPossessive(tokens.get(i)) && !DETERMINERS.contains(w)) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    String affiliationId = affiliation == null ? null : entryId(affiliation.actor());
    Set<Draft> found = new LinkedHashSet<>();
    int sentence = -1;
    for (PersonMention p : withRoles) {
      if (p.span.start() < offset) {
        sentence = p.sentence;
      }
    }
    for (PersonMention p : withRoles) {
      // a description looks back some thirty sentences at most
      if (p.span.start() >= offset || p.cluster == null || p.sentence < sentence - 30) {
        continue;
      }
      for (String role : p.roles) {
        Set<String> roleWords = new HashSet<>(List.of(role.toLowerCase(Locale.ROOT).split("[\\s’']+")));
        if (roleWords.containsAll(words)
            && (affiliationId == null || affiliationId.equals(p.affiliation))) {
          found.add(p.cluster.draft);
        }
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /** The latest collective whose name ends in the same word ({@code the opposition}), or null. */
  private Draft collectiveWithHead(String head) {
    return collectiveByHead.get(head);
  }

  /**
   * The country of {@code the ambassadors of Arnor} or {@code demonstrators in Minas Tirith}, else the country of
   * the sentence ({@link #sentenceCountry}), else null.
   */
  private String countryAfter(List<Token> tokens, int end, int sentence) {
    String place = placeCountryAfter(tokens, end, COUNTRY_LINKS, false);
    return place != null ? place : sentenceCountry(sentence);
  }

  /**
   * The country of what follows a preposition of {@code links} at {@code end}, looking four words on; with
   * {@code headOnly}, only a country word right after it that heads its phrase ({@code of southern Serbia}, not
   * {@code of the Israeli-occupied West Bank}). Null when there is none.
   */
  private String placeCountryAfter(List<Token> tokens, int end, Set<String> links, boolean headOnly) {
    if (end + 1 >= tokens.size() || !links.contains(lower(tokens.get(end)))) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int i = end + 1; i < Math.min(tokens.size(), end + 6); i++) {
      words.add(word(tokens.get(i)));
    }
    List<Hit> hits = dict.scan(words);
    for (Hit h : hits) {
      String country = country(h);
      if (country == null) {
        continue;
      }
      if (!headOnly) {
        return country;
      }
      int next = end + 1 + h.end();
      String nextPos = next < tokens.size() ? tokens.get(next).pos() : null;
      if (h.start() <= 2 && (nextPos == null || !(nextPos.startsWith("NN") || nextPos.equals("HYPH")))) {
        return country;
      }
    }
    return hits.isEmpty() ? listedNowhere(tokens, end + 1) : null;
  }

  /**
   * The country of a proper name at {@code start} (after a determiner) that no dictionary lists, from the place
   * names: {@code of Sindh province} → PAK. Null when the words there are no proper name or no clear place.
   */
  private String listedNowhere(List<Token> tokens, int start) {
    int from = start;
    if (from < tokens.size() && lower(tokens.get(from)).equals("the")) {
      from++;
    }
    int to = from;
    while (to < tokens.size() && to - from < 4 && "NNP".equals(tokens.get(to).pos())
        && !PLACE_NOUNS.contains(lower(tokens.get(to)))) {
      to++;
    }
    return to == from ? null : places.countryOf(textOf(tokens, from, to));
  }

  /**
   * The sector of an office a dictionary lists as an actor of a country ({@code SECRETARY_OF_STATE}, USAGOV) as the
   * title of the person it is written before: the text's own title says what the person was when it was written,
   * better than the dictionary's dated roles guess ({@code Secretary of State Warren Christopher}). Null for a
   * match that is no office (a bare country, a code without a sector).
   */
  private Agent office(Hit h) {
    String code = h.actor() == null ? null : h.actor().codeOn(date);
    if (code == null) {
      return null;
    }
    CameoCode c = dict.code(code);
    return c.country() == null || c.sectorPart() == null ? null
        : new Agent(h.actor().name().toLowerCase(Locale.ROOT), c.sectorPart(), false);
  }

  /**
   * Where a non-state armed group that its code gives no country operates ({@code Palestinian Islamic Jihad},
   * MEAREB; {@code Islamic Salvation Front}, INTREB, beside {@code President Abdelaziz Bouteflika}): the country its
   * name starts with, else the one country its sentence names. Null for other actors and when the text says neither.
   */
  private String armedGroupCountry(List<Token> tokens, Hit h, int sentence) {
    String code = h.actor().codeOn(date);
    if (code == null) {
      return null;
    }
    CameoCode c = dict.code(code);
    if (c.country() != null || c.sectorPart() == null || !ARMED_SECTORS.contains(c.sectorPart())) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int i = h.start(); i < h.end() - 1; i++) {
      words.add(word(tokens.get(i)));
    }
    for (Hit first : dict.scan(words)) {
      String country = first.start() == 0 ? country(first) : null;
      if (country != null) {
        return country;
      }
    }
    return onlyCountryOf(sentence);
  }

  /** The country of an actor match on the article's date, or null (an agent, a code without a country). */
  private String country(Hit h) {
    String code = h.actor() == null ? null : h.actor().codeOn(date);
    return code == null ? null : dict.code(code).country();
  }

  /**
   * The country of a person the text gives a title but no country ({@code former president Carlos Menem}): the one
   * country of the sentence, else the nearest country named before the person in it, else null.
   */
  private String titleCountry(PersonMention p) {
    String only = onlyCountryOf(p.sentence);
    if (only != null) {
      return only;
    }
    String nearest = null;
    int at = -1;
    for (Group g : groupsBySentence.getOrDefault(p.sentence, List.of())) {
      for (Hit h : g.hits()) {
        String country = h.end() > p.start ? null : country(h);
        if (country != null && h.start() > at) {
          nearest = country;
          at = h.start();
        }
      }
    }
    return nearest;
  }

  /** The one country a sentence names, or null when it names none or several. */
  private String onlyCountryOf(int sentence) {
    Set<String> countries = namedCountries(sentence);
    return countries.size() == 1 ? countries.iterator().next() : null;
  }

  /** The countries a sentence names: its places' and its dictionary actors', in order. */
  private Set<String> namedCountries(int sentence) {
    Set<String> countries = new LinkedHashSet<>(placeCountries.getOrDefault(sentence, Set.of()));
    for (PersonMention p : personsBySentence.getOrDefault(sentence, List.of())) {
      // the country of a person's title or dictionary entry (Iraq's frontman, President Bouteflika)
      String code = p.titleCountry != null ? p.titleCountry : p.entry == null ? null : p.entry.codeOn(date);
      String country = code == null ? null : dict.code(code).country();
      if (country != null) {
        countries.add(country);
      }
    }
    for (Group g : groupsBySentence.getOrDefault(sentence, List.of())) {
      for (Hit h : g.hits()) {
        String country = country(h);
        if (country != null) {
          countries.add(country);
        }
      }
    }
    return countries;
  }

  private String sentenceCountry(int sentence) {
    if (sentenceCountries.containsKey(sentence)) {
      return sentenceCountries.get(sentence);
    }
    String country = countryOf(sentence);
    sentenceCountries.put(sentence, country);
    return country;
  }

  private String countryOf(int sentence) {
    Set<String> countries = namedCountries(sentence);
    if (countries.size() == 1) {
      return countries.iterator().next();
    }
    // several or none: the country the article names most, if the sentence names it or names none
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
      if ((countries.isEmpty() || countries.contains(e.getKey())) && e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  // ---- pass 4: he and she

  private void resolvePronouns() {
    Map<Integer, List<Object[]>> places = new HashMap<>();
    for (Object[] place : personPlaces) {
      places.computeIfAbsent((Integer) place[2], k -> new ArrayList<>()).add(place);
    }
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        if (!PRONOUNS.contains(lower(t)) || (t.pos() != null && !t.pos().startsWith("PRP"))) {
          continue;
        }
        Set<String> here = new LinkedHashSet<>();
        Set<String> before = new LinkedHashSet<>();
        for (Object[] place : places.getOrDefault(s.index(), List.of())) {
          if ((Integer) place[0] < t.start()) {
            here.add((String) place[1]);
          }
        }
        for (Object[] place : places.getOrDefault(s.index() - 1, List.of())) {
          before.add((String) place[1]);
        }
        Set<String> candidates = here.isEmpty() ? before : here;
        if (candidates.size() == 1) {
          String id = candidates.iterator().next();
          Span span = span(t.start(), t.end());
          mention(drafts.get(id), span);
          places.computeIfAbsent(s.index(), k -> new ArrayList<>()).add(new Object[] {t.start(), id, s.index()});
        }
      }
    }
  }

  // ---- helpers

  private boolean entryNamesPerson(DictionaryEntry entry) {
    ActorKind kind = entryKind(entry, null);
    return kind == ActorKind.PERSON || kind == ActorKind.GOVERNMENT && entry.name().contains(" ");
  }

  private Draft entryDraft(DictionaryEntry entry, ActorKind seen) {
    ActorKind kind = entryKind(entry, seen);
    String id = entryId(entry, kind);
    Draft d = drafts.computeIfAbsent(id, k -> new Draft(k, entry.name(), kind, entry.codeOn(date)));
    d.roles.addAll(entry.roles());
    return d;
  }

  private String entryId(DictionaryEntry entry) {
    return entryId(entry, entryKind(entry, null));
  }

  private static String entryId(DictionaryEntry entry, ActorKind kind) {
    return kind == ActorKind.PERSON ? ActorIds.of(kind, VariantKey.ofName(entry.name()))
        : ActorIds.of(kind, entry.name());
  }

  private ActorKind entryKind(DictionaryEntry entry, ActorKind seen) {
    if (entry.kind() != null) {
      return entry.kind();
    }
    if (entry.looksLikePerson() || seen == ActorKind.PERSON) {
      return ActorKind.PERSON;
    }
    String code = entry.defaultCode() != null ? entry.defaultCode()
        : entry.dated().isEmpty() ? null : entry.dated().get(0).code();
    return code == null ? ActorKind.ORGANIZATION : dict.code(code).kind();
  }

  private void mention(Draft d, Span span) {
    long key = ((long) span.start() << 32) | span.end();
    if (taken.add(key)) {
      mentions.add(new Mention(d.id, span));
    }
  }

  static String combine(String code, List<Agent> agents) {
    String result = code;
    for (Agent a : agents) {
      if (a.before()) {
        result = result.startsWith(a.code()) ? result : a.code() + result;
      } else if (!result.endsWith(a.code())) {
        result = result + a.code();
      }
    }
    return result;
  }

  private List<int[]> entityRanges(Sentence s, EntityType type) {
    List<int[]> ranges = new ArrayList<>();
    List<Token> tokens = s.tokens();
    for (EntityMention e : entities) {
      if (e.type() != type || e.span().end() <= s.start() || e.span().start() >= s.end()) {
        continue;
      }
      int from = -1;
      int to = -1;
      for (Token t : tokens) {
        if (t.start() >= e.span().start() && t.end() <= e.span().end()) {
          if (from < 0) {
            from = t.index();
          }
          to = t.index() + 1;
        }
      }
      if (from >= 0 && to > from) {
        ranges.add(new int[] {from, to});
      }
    }
    return ranges;
  }

  /** For each token the index of its noun phrase chunk, or -1 outside any. */
  private static int[] chunks(List<Token> tokens) {
    int[] chunk = new int[tokens.size()];
    int current = -1;
    int next = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String pos = t.pos() == null ? "" : t.pos();
      boolean nominal = pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || isPossessive(t)
          || pos.equals("HYPH") || pos.equals("NNP");
      boolean modifier = (pos.equals("VBN") || pos.equals("VBG")) && i + 1 < tokens.size()
          && nominalTag(tokens.get(i + 1));
      boolean determiner = (pos.equals("DT") || pos.equals("PRP$")) && i + 1 < tokens.size();
      if (determiner) {
        current = next++;
        chunk[i] = current;
      } else if (nominal || modifier) {
        if (current < 0) {
          current = next++;
        }
        chunk[i] = current;
      } else {
        chunk[i] = -1;
        current = -1;
      }
    }
    return chunk;
  }

  private static boolean nominalTag(Token t) {
    String pos = t.pos() == null ? "" : t.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ");
  }

  private static boolean hasRole(List<Token> tokens, int start, int end, List<Hit> hits) {
    for (Hit h : hits) {
      if (h.agent() != null) {
        return true;
      }
    }
    return hasPersonRole(tokens, start, end);
  }

  private static boolean hasPersonRole(List<Token> tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      for (String w : lower(tokens.get(i)).split("-")) {
        if (PERSON_ROLES.contains(w) || KIN.contains(w)
            || (w.endsWith("s") && PERSON_ROLES.contains(w.substring(0, w.length() - 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Hit> hitsIn(List<Hit> hits, int start, int end) {
    List<Hit> in = new ArrayList<>();
    for (Hit h : hits) {
      if (h.start() >= start && h.end() <= end) {
        in.add(h);
      }
    }
    return in;
  }

  private static Hit lastActor(List<Hit> hits, int before) {
    Hit last = null;
    for (Hit h : hits) {
      if (h.actor() != null && h.start() < before) {
        last = h;
      }
    }
    return last;
  }

  private static List<Hit> agentsAfter(List<Hit> hits, Hit after) {
    List<Hit> agents = new ArrayList<>();
    for (Hit h : hits) {
      if (h.agent() != null && (after == null || h.start() >= after.end())) {
        agents.add(h);
      }
    }
    return agents;
  }

  /** Whether a match is used as a place: {@code in Kabul}, {@code Nangarhar province}, {@code province of X}. */
  private static boolean placeLike(List<Token> tokens, Hit h) {
    if (h.end() < tokens.size() && PLACE_NOUNS.contains(lower(tokens.get(h.end())))) {
      return true;
    }
    if (h.start() == 0) {
      return false;
    }
    String before = lower(tokens.get(h.start() - 1));
    return LOCATIVE.contains(before) || PLACE_NOUNS.contains(before)
        || (before.equals("of") && h.start() >= 2 && PLACE_NOUNS.contains(lower(tokens.get(h.start() - 2))));
  }

  private static boolean inside(List<int[]> ranges, Hit h) {
    for (int[] r : ranges) {
      if (r[0] <= h.start() && h.end() <= r[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchedPrimary(Hit h, List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (int i = h.start(); i < h.end(); i++) {
      sb.append(i > h.start() ? " " : "").append(words.get(i));
    }
    return sb.toString().equalsIgnoreCase(h.actor().name());
  }

  private static int skipDeterminers(List<Token> tokens, int start, int end) {
    int i = start;
    while (i < end - 1 && DETERMINERS.contains(lower(tokens.get(i)))) {
      i++;
    }
    return i;
  }

  private static boolean isPossessive(Token t) {
    String w = t.word();
    return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || "POS".equals(t.pos());
  }

  /**
   * A token as the dictionaries spell words: punctuation at its edges dropped, a hyphen the tokenizer split off
   * kept as {@code -} (the dictionaries hold {@code al-Qaeda} as {@code AL}, {@code -}, {@code QAEDA} too).
   */
  private static String word(Token t) {
    String w = t.word();
    return w.equals("-") || w.equals("–") ? "-" : EDGE_PUNCT.matcher(w).replaceAll("");
  }

  private static boolean isComma(Token t) {
    return t.word().equals(",");
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private String textOf(List<Token> tokens, int start, int end) {
    return spanOf(tokens, start, end).text().replaceAll("\\s+", " ");
  }

  private Span spanOf(List<Token> tokens, int start, int end) {
    int from = tokens.get(start).start();
    int to = tokens.get(end - 1).end();
    // leave out punctuation glued to the first word ("..Taliban")
    while (from < to - 1 && !Character.isLetterOrDigit(text.charAt(from))) {
      from++;
    }
    return span(from, to);
  }

  private Span span(int start, int end) {
    return Span.of(text, start, end);
  }
}



