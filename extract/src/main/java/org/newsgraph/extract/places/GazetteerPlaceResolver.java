package org.newsgraph.extract.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.countries.OutletCountry;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Place;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.PlaceResolver;

/**
 * Finds toponyms with {@link ToponymDetector} and resolves each to a GeoNames place of the {@link Gazetteer}, in the
 * article's context.
 *
 * <p>Each reading of a name is scored by a prior (population, kind of place, how many names GeoNames knows a town
 * by, whether the name is the place's main name or an alternate) plus its agreement with the rest of the article: the
 * countries the article names (by name, demonym, or through its places) and, more weakly, the country its outlet
 * publishes from ({@link OutletCountry}), the divisions it names or a first reading of its places puts them in (a
 * Kansas dateline and Kansas towns make {@code Douglas County} Kansas's), or, more weakly, that one of its names may
 * be though most likely is not ({@code Georgia} beside {@code Jeffersonville}), a qualifier right
 * after it ({@code Springfield, Illinois}) or the town it qualifies ({@code Buffalo, New York}), the other items of a
 * list it is in ({@code Oregon, Washington and Wyoming}), and the words around it ({@code Herat province},
 * {@code the city of Herat}). The confidence is the
 * reading's share of the softmax over all readings. Metonymic uses ({@code the ruling movement in Kabul}) resolve
 * like any other.
 *
 * <p>Cost: linear in the article's tokens; well under a millisecond per toponym. Immutable and thread-safe; the
 * gazetteer is shared, never copied.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {
  private static final double CONTEXT_WEIGHT = 3.0;
  /** The country weight the outlet's country adds to an article's context ({@link OutletCountry}). */
  private static final double OUTLET_WEIGHT = 0.5;

  private final Gazetteer gazetteer;
  private final ToponymDetector detector;

  public GazetteerPlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.detector = new ToponymDetector(gazetteer);
  }

  @Override
  public List<Place> resolve(Article article, LinguisticAnnotation annotation, Actors actors) {
    List<Candidate> candidates = detector.detect(article.text(), annotation, actors);
    Context context = context(article, annotation, candidates);
    List<Candidate> sequence = sequence(candidates, List.of());
    List<Place> first = resolveAll(candidates, context, sequence, article.text(), false);
    Context refined = context.withDivisions(
        divisionVotes(candidates, first), points(candidates, first), divisionsRead(candidates, first))
        .withDivisionCountries(candidates, first);
    List<Place> places = resolveAll(candidates, refined, sequence, article.text(), true);
    return withLocalFallback(places, places, refined, article.text());
  }

  @Override
  public List<Place> resolveSpans(Article article, LinguisticAnnotation annotation, List<Span> toponyms) {
    List<Candidate> detected = detector.detect(article.text(), annotation, Actors.none());
    List<Candidate> given = new ArrayList<>(toponyms.size());
    for (Span span : toponyms) {
      given.add(withDetectedHint(givenCandidate(article.text(), annotation, span), detected));
    }
    List<Candidate> all = new ArrayList<>(detected);
    all.addAll(given);
    Context context = context(article, annotation, all);
    List<Candidate> sequence = sequence(given, detected);
    List<Candidate> detectedSequence = sequence(detected, List.of());
    // the detected toponyms that no given span overlaps also say which divisions the article is about
    List<Candidate> others = notOverlapping(detected, given);
    List<Candidate> voters = new ArrayList<>(given);
    voters.addAll(others);
    List<Place> votes = resolveAll(given, context, sequence, article.text(), false);
    votes.addAll(resolveAll(others, context, detectedSequence, article.text(), false));
    Context refined = context.withDivisions(
        divisionVotes(voters, votes), points(voters, votes), divisionsRead(voters, votes))
        .withDivisionCountries(voters, votes);
    List<Place> places = resolveAll(given, refined, sequence, article.text(), true);
    List<Place> anchors = new ArrayList<>(places);
    anchors.addAll(resolveAll(detected, refined, detectedSequence, article.text(), true));
    return withLocalFallback(places, anchors, refined, article.text());
  }

  /**
   * Each candidate resolved; {@code calibrated}: with the confidence reported to users ({@link #confidence}), else
   * with the reading's softmax share that weighs a first reading's towns and divisions as context.
   */
  private List<Place> resolveAll(
      List<Candidate> candidates, Context context, List<Candidate> sequence, String text, boolean calibrated) {
    List<Place> places = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      places.add(resolve(c, context, neighbours(c, sequence, text), text, calibrated));
    }
    return places;
  }

  /**
   * A town or county a first reading put a name at, with that reading's confidence, and a town's first-level division
   * (null for a county, whose middle may lie far from its towns, and for a division's name read as a town: "New York").
   */
  private record Point(String name, double lat, double lon, double confidence, String admin1) {
    Point(String name, double lat, double lon, double confidence) {
      this(name, lat, lon, confidence, null);
    }
  }

  /** How near a town or county the article names a reading must lie to count as near it, in km. */
  private static final double NEAR_KM = 50;

  /** Score of a reading near a town or county the article names, times that place's first-reading confidence. */
  private static final double NEAR_WEIGHT = 2.0;

  /**
   * The towns and counties (with a confidence) a first reading put the article's names at, sorted by latitude; a name
   * put at one place several times is one point there, with its highest confidence.
   */
  private List<Point> points(List<Candidate> candidates, List<Place> places) {
    Map<String, Point> out = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Place p = places.get(i);
      if (p.lat() != null && p.featureClass() != null
          && (p.featureClass().startsWith("P.") && p.geonameId() != null || p.featureClass().equals("A.ADM2"))) {
        String key = Gazetteer.key(candidates.get(i).name());
        String at = key + "\t" + p.lat() + "\t" + p.lon();
        Point seen = out.get(at);
        if (seen == null || seen.confidence() < p.confidence()) {
          boolean town = p.featureClass().startsWith("P.") && p.admin1() != null && !namesDivision(key, p.admin1());
          out.put(at, new Point(key, p.lat(), p.lon(), p.confidence(), town ? p.admin1() : null));
        }
      }
    }
    List<Point> sorted = new ArrayList<>(out.values());
    sorted.sort(Comparator.comparingDouble(Point::lat).thenComparingDouble(Point::lon).thenComparing(Point::name));
    return sorted;
  }

  /** The names of the towns among the points ({@link Point#admin1} set). */
  private static Set<String> townNames(List<Point> points) {
    Set<String> out = new HashSet<>();
    for (Point q : points) {
      if (q.admin1() != null) {
        out.add(q.name());
      }
    }
    return out;
  }

  /** The index of the first point at or north of a latitude, in points sorted by latitude. */
  private static int firstFrom(List<Point> sorted, double lat) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).lat() < lat) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether {@code q} lies within {@link #NEAR_KM} of {@code p} (equirectangular distance: exact enough there). */
  private static boolean withinNearKm(GeoPlace p, Point q) {
    double x = Math.toRadians(q.lon() - p.lon()) * Math.cos(Math.toRadians((q.lat() + p.lat()) / 2));
    double y = Math.toRadians(q.lat() - p.lat());
    return 6371.0 * Math.sqrt(x * x + y * y) <= NEAR_KM;
  }

  /**
   * The highest confidence of a first reading of another name within {@link #NEAR_KM} of a place (an equirectangular
   * distance: exact enough at that range, and cheap).
   */
  private static double near(GeoPlace p, List<Point> points, String ownKey) {
    double best = 0;
    double dlat = NEAR_KM / 111.0;
    for (Point q : points) {
      if (q.confidence() <= best || Math.abs(q.lat() - p.lat()) > dlat || q.name().equals(ownKey)) {
        continue;
      }
      if (withinNearKm(p, q)) {
        best = q.confidence();
      }
    }
    return best;
  }

  /**
   * How many town or county readings of another name make one of them near a reading only half as telling: a name
   * with few readings seldom has one near a reading by chance ({@code Carroll County} has a dozen, one of them beside
   * Huntingdon, Tennessee), a name with very many often does ({@code Washington}).
   */
  private static final double READINGS_HALF = 20;

  /**
   * The share of {@link #NEAR_WEIGHT} a reading of another name near a reading gives, before the first reading has
   * chosen among that name's readings.
   */
  private static final double READING_NEAR_SHARE = 1.0;

  /**
   * Every town (by its own name) and county reading of the candidates' names, each weighted {@code 1 / (1 + k /}
   * {@link #READINGS_HALF}{@code )} for a name of {@code k} such readings, sorted by latitude.
   */
  private Point[] townReadings(List<Candidate> candidates) {
    List<Point> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Candidate c : candidates) {
      String key = Gazetteer.key(c.name());
      if (!seen.add(key) || generic(c.name())) {
        continue;
      }
      List<GeoPlace> towns = new ArrayList<>();
      for (Gazetteer.Entry e : readings(c.name())) {
        GeoPlace p = e.place();
        if (p.kind() == GeoPlace.Kind.CITY && !e.alternate() || p.kind() == GeoPlace.Kind.ADMIN2) {
          towns.add(p);
        }
      }
      double weight = 1 / (1 + towns.size() / READINGS_HALF);
      for (GeoPlace p : towns) {
        out.add(new Point(key, p.lat(), p.lon(), weight));
      }
    }
    out.sort(Comparator.comparingDouble(Point::lat));
    return out.toArray(new Point[0]);
  }

  /**
   * The highest weight of a town or county reading of another name within {@link #NEAR_KM} of a place
   * ({@link #townReadings}), found by latitude in the sorted readings.
   */
  private static double nearReading(GeoPlace p, Point[] readings, String ownKey) {
    double dlat = NEAR_KM / 111.0;
    int lo = 0;
    int hi = readings.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (readings[mid].lat() < p.lat() - dlat) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    double best = 0;
    for (int i = lo; i < readings.length && readings[i].lat() <= p.lat() + dlat; i++) {
      Point q = readings[i];
      if (q.confidence() <= best || q.name().equals(ownKey)) {
        continue;
      }
      if (withinNearKm(p, q)) {
        best = q.confidence();
      }
    }
    return best;
  }

  /**
   * Per second-level division, the names of the article that have a reading there: a county by its own name
   * ({@code Cook County}, {@code Dorset}), and, apart, a town by its own name.
   */
  private record Counties(Map<String, Set<String>> counties, Map<String, Set<String>> towns) {
    /**
     * Whether another name of the article than the one being resolved puts a reading in the same county as this one:
     * a county that holds this town, or a town this county holds.
     */
    boolean linked(GeoPlace p, String ownKey) {
      Map<String, Set<String>> other = p.kind() == GeoPlace.Kind.CITY ? counties
          : p.kind() == GeoPlace.Kind.ADMIN2 ? towns : Map.of();
      Set<String> names = p.admin2() == null ? null : other.get(p.admin2());
      return names != null && (names.size() > 1 || !names.contains(ownKey));
    }
  }

  /** The counties and towns the candidates' names read as, by their own names, per second-level division. */
  private Counties counties(List<Candidate> candidates) {
    Map<String, Set<String>> counties = new HashMap<>();
    Map<String, Set<String>> towns = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Candidate c : candidates) {
      String key = Gazetteer.key(c.name());
      if (!seen.add(key) || generic(c.name())) {
        continue;
      }
      for (Gazetteer.Entry e : readings(c.name())) {
        GeoPlace p = e.place();
        if (e.alternate() || p.admin2() == null) {
          continue;
        }
        if (p.kind() == GeoPlace.Kind.ADMIN2) {
          counties.computeIfAbsent(p.admin2(), k -> new HashSet<>()).add(key);
        } else if (p.kind() == GeoPlace.Kind.CITY) {
          towns.computeIfAbsent(p.admin2(), k -> new HashSet<>()).add(key);
        }
      }
    }
    return new Counties(counties, towns);
  }

  /** Weight of a first-level division in the article that a division it names gives, against a town or county's. */
  private static final double DIVISION_VOTE = 1.0;

  /**
   * Per name, the weight each first-level division gets from the places a first reading put that name at: a division
   * the article names counts {@link #DIVISION_VOTE}, a town or county its confidence (a town it names twice counts
   * twice). Countries, continents and unresolved names give none.
   */
  private static Map<String, Map<String, Double>> divisionVotes(List<Candidate> candidates, List<Place> places) {
    Map<String, Map<String, Double>> votes = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Place p = places.get(i);
      if (p.lat() == null || p.admin1() == null || p.featureClass() == null || p.geonameId() == null
          && !"A.ADM2".equals(p.featureClass())) {
        continue;
      }
      double weight = switch (p.featureClass()) {
        case "A.ADM1" -> DIVISION_VOTE;
        case "A.ADM2" -> p.confidence();
        default -> p.featureClass().startsWith("P.") ? p.confidence() : 0;
      };
      if (weight > 0) {
        votes.computeIfAbsent(Gazetteer.key(candidates.get(i).name()), k -> new HashMap<>())
            .merge(p.admin1(), weight, Double::sum);
      }
    }
    return votes;
  }

  /**
   * Confidence factor of a toponym placed at the place its name holds ({@code Bank of England}): three in four such
   * names lie within 161 km of that place's point on the dev files.
   */
  private static final double INNER_CONFIDENCE = 0.8;

  /** The share of its weight as context that a first reading of a name placed at the place its name holds keeps. */
  private static final double INNER_SHARE = 0.5;

  /**
   * Confidence of a toponym the gazetteer lacks, put at the town or county the text puts it in ({@code X in Y},
   * {@code X, Y}): on the dev files 88% lie within 161 km of it.
   */
  private static final double CONTAINED_CONFIDENCE = 0.85;

  /** Confidence of a toponym the gazetteer lacks, put at the nearest town or division the article names: 60 to 80%. */
  private static final double FALLBACK_CONFIDENCE = 0.7;

  /** Confidence of a toponym the gazetteer lacks, put at a country's point: most lie farther than 161 km from it. */
  private static final double COUNTRY_FALLBACK_CONFIDENCE = 0.25;

  /**
   * The places with each unresolved one (a street, a building, a village under 500 people: names the gazetteer
   * lacks) put at the coordinates of the nearest populated place the article names (one after the toponym counts
   * twice as far as one before it) in a country the article is mostly about, with a low confidence: local news names
   * such places inside the town it is about, so the town is the best guess of where they are. Without any populated
   * place they are put at the nearest division (state, province, county) the article names, else at the nearest
   * country; else they stay unresolved.
   */
  private static List<Place> withLocalFallback(List<Place> places, List<Place> anchors, Context context, String text) {
    List<Place> out = new ArrayList<>(places);
    Map<Long, Integer> mentions = new HashMap<>();
    Set<Span> seen = new HashSet<>();
    for (Place a : anchors) {
      if (isLocality(a) && a.geonameId() != null && seen.add(a.span())) {
        mentions.merge(a.geonameId(), 1, Integer::sum);
      }
    }
    for (int i = 0; i < places.size(); i++) {
      Place p = places.get(i);
      if (p.lat() != null) {
        continue;
      }
      // a place the toponym's own words put it in ("Le Bernardin in New York", "Knockhill, Fife", "London's Heathrow
      // Animal Reception Center"): a town or county there is its place; a state or country holds the anchors it may
      // take, and is its place when it holds none
      Place container = containerAnchor(p, places, anchors, context, text);
      if (container != null && (isLocality(container) || "A.ADM2".equals(container.featureClass()))) {
        out.set(i, fallback(p, container, CONTAINED_CONFIDENCE));
        continue;
      }
      Place best = null;
      double bestDistance = Double.MAX_VALUE;
      // the finest kind of place the article names: towns, else divisions, else countries
      int finest = 0;
      for (Place a : anchors) {
        if (!a.span().overlaps(p.span())) {
          finest = Math.max(finest, fineness(a));
        }
      }
      // only places in the countries the article is most about: a Syrian suburb named after "talks in Moscow" is
      // still in Syria
      double top = 0;
      for (Place a : anchors) {
        if (fineness(a) == finest && !a.span().overlaps(p.span())) {
          top = Math.max(top, countryWeight(a, context));
        }
      }
      for (Place a : anchors) {
        if (finest == 0 || fineness(a) != finest || a.span().overlaps(p.span())
            || countryWeight(a, context) < FALLBACK_COUNTRY_SHARE * top
            || container != null && !heldBy(a, container)) {
          continue;
        }
        // before the toponym counts as nearer than after it: "in Manassas ... at Old Town Manassas"; a town the
        // article names again and again is what it is about, and counts as nearer
        int named = a.geonameId() == null ? 1 : mentions.getOrDefault(a.geonameId(), 1);
        double distance = (a.span().end() <= p.span().start() ? p.span().start() - a.span().end()
            : 2 * (a.span().start() - p.span().end())) / (double) (named * named);
        if (distance < bestDistance) {
          best = a;
          bestDistance = distance;
        }
      }
      if (best == null) {
        best = container;
      }
      if (best != null) {
        out.set(i, fallback(p, best, fineness(best) == 1 ? COUNTRY_FALLBACK_CONFIDENCE : FALLBACK_CONFIDENCE));
      }
    }
    return out;
  }

  /** An unresolved toponym put at an anchor's point: no GeoNames id or feature, it is only somewhere in or near it. */
  private static Place fallback(Place p, Place anchor, double confidence) {
    return new Place(p.span(), null, p.span().text(), null, anchor.country(), anchor.admin1(), anchor.lat(),
        anchor.lon(), confidence);
  }

  /**
   * The words after a toponym that put it in the next one: "in", "near", "outside", after at most three lower-case
   * words and a leading comma or "is" ({@code X, a village near Y}, {@code X refugee camp in Y}, {@code X is a
   * township in northern Y}), "of" after such words or right after the toponym ({@code X district of Y}, {@code Gondra
   * district of Y} when the toponym holds its division word), or a comma alone ({@code X, Y}).
   */
  private static final Pattern LIES_IN = Pattern.compile(
      "\\s*,\\s*|(?:\\s*,)?(?:\\s+(?:is|was|lies))?(?:\\s+(?:an?|the))?(?:\\s+[a-z-]+){0,3}?\\s+(?:in|near|outside)"
          + "(?:\\s+the)?(?:\\s+[a-z-]+ern)?\\s+|(?:\\s*,)?(?:\\s+(?:an?|the))?(?:\\s+[a-z-]+){0,3}\\s+of\\s+");

  /** The words between a place and a toponym its name owns ({@code London's Heathrow ...}, {@code Kenya's Dadaab}). */
  private static final Pattern OWNS = Pattern.compile("['\u2019]s(?:\\s+[a-z-]+){0,2}\\s+");

  /**
   * The resolved town, division or country the text puts an unresolved toponym in: the next toponym after words that
   * say so ({@link #LIES_IN}), else the one just before it that owns it ({@link #OWNS}); null when there is none.
   */
  private static Place containerAnchor(
      Place p, List<Place> places, List<Place> anchors, Context context, String text) {
    Place after = null;
    Place before = null;
    for (Place a : anchors) {
      if (fineness(a) == 0 || a.span().overlaps(p.span()) || countryWeight(a, context) <= 0
          || overlapsUnresolved(a, places)) {
        continue;
      }
      if (a.span().start() >= p.span().end() && (after == null || a.span().start() < after.span().start())
          && LIES_IN.matcher(text).region(p.span().end(), a.span().start()).matches()
          && !NAME_GOES_ON.matcher(text).region(a.span().end(), text.length()).lookingAt()) {
        after = a;
      }
      if (a.span().end() <= p.span().start() && (before == null || a.span().end() > before.span().end())
          && OWNS.matcher(text).region(a.span().end(), p.span().start()).matches()) {
        before = a;
      }
    }
    return after != null ? after : before;
  }

  /** A capitalised word right after a toponym: the toponym is only part of a longer name ({@code Washington Township}). */
  private static final Pattern NAME_GOES_ON = Pattern.compile("[ \\t]+\\p{Lu}");

  /**
   * Whether an anchor overlaps a place left unresolved: a detected reading of a given name the resolver did not place
   * ({@code Washington Township} read as Washington, D.C.), no container of anything.
   */
  private static boolean overlapsUnresolved(Place a, List<Place> places) {
    for (Place q : places) {
      if (q.lat() == null && q.span().overlaps(a.span())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an anchor lies in a container: the container's country, or its first-level division. */
  private static boolean heldBy(Place a, Place container) {
    if (!Objects.equals(a.country(), container.country())) {
      return false;
    }
    return !"A.ADM1".equals(container.featureClass()) || Objects.equals(a.admin1(), container.admin1());
  }

  private static boolean isLocality(Place a) {
    return a.lat() != null && a.featureClass() != null && a.featureClass().startsWith("P.");
  }

  /**
   * The least weight, as a share of the best anchor's, that the country of an anchor for a name the gazetteer lacks
   * must have in the article.
   */
  private static final double FALLBACK_COUNTRY_SHARE = 0.5;

  private static double countryWeight(Place a, Context context) {
    return a.country() == null ? 0 : context.weight(a.country(), "");
  }

  /** 3 for a town, 2 for a division, 1 for a country, 0 for anything else (unresolved, continent, sea). */
  private static int fineness(Place a) {
    if (isLocality(a)) {
      return 3;
    }
    if (a.lat() == null || a.featureClass() == null) {
      return 0;
    }
    return switch (a.featureClass()) {
      case "A.ADM1", "A.ADM2" -> 2;
      case "A.PCLI" -> 1;
      default -> 0;
    };
  }

  /** A given span as a candidate: its name without a leading "the", a trailing "'s" or division word. */
  /**
   * A given span with the hint of the detected candidate of the same name at the same place when it has none of its
   * own: the detector reads the words after the span ({@code New York state}, {@code Herat province}).
   */
  private static Candidate withDetectedHint(Candidate c, List<Candidate> detected) {
    if (c.hint() != null) {
      return c;
    }
    for (Candidate d : detected) {
      if (d.hint() != null && d.span().start() == c.span().start() && d.name().equals(c.name())) {
        return new Candidate(c.span(), c.name(), d.hint(), c.fromNer());
      }
    }
    return c;
  }

  private Candidate givenCandidate(String text, LinguisticAnnotation annotation, Span span) {
    String name = span.text().strip();
    if (name.endsWith("'s") || name.endsWith("\u2019s")) {
      name = name.substring(0, name.length() - 2);
    }
    GeoPlace.Kind hint = null;
    if (gazetteer.lookup(name).isEmpty()) {
      String bare = Gazetteer.withoutDivisionWord(name);
      if (bare != null) {
        hint = name.toLowerCase(java.util.Locale.ROOT).endsWith(" county") ? GeoPlace.Kind.ADMIN2 : GeoPlace.Kind.ADMIN1;
        name = bare;
      }
    }
    return new Candidate(span, name.isEmpty() ? span.text() : name, hint, true);
  }

  /** Per country, the names a first reading took for its first-level divisions. */
  private static Map<String, Set<String>> divisionsRead(List<Candidate> candidates, List<Place> places) {
    Map<String, Set<String>> out = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Place p = places.get(i);
      if ("A.ADM1".equals(p.featureClass()) && p.country() != null) {
        out.computeIfAbsent(p.country(), k -> new HashSet<>()).add(Gazetteer.key(candidates.get(i).name()));
      }
    }
    return out;
  }

  /**
   * What the article says about where it is: country and division weights, and the countries it names by name or
   * demonym.
   */
  private record Context(
      Map<String, Double> countries, Map<String, Set<String>> divisions, Map<String, Map<String, Double>> byName,
      Map<String, Map<String, Double>> admin1Votes, Set<String> named, List<Point> points, Set<String> stated,
      Map<String, Set<String>> divisionsRead, Point[] readings, Set<String> towns, Counties counties,
      Map<String, Set<String>> lesserDivisions) {
    /** This context with the first-level divisions a first reading of the article's toponyms put them in. */
    Context withDivisions(
        Map<String, Map<String, Double>> votes, List<Point> points, Map<String, Set<String>> divisionsRead) {
      return new Context(countries, divisions, byName, votes, named, points, stated, divisionsRead, readings,
          townNames(points), counties, lesserDivisions);
    }

    /**
     * This context with the country votes of each division name a first reading put in another country than its
     * likeliest reading's moved there: "Norfolk" read as the English county, beside "Holt", votes for Britain, not
     * for Norfolk, Virginia's America.
     */
    Context withDivisionCountries(List<Candidate> candidates, List<Place> places) {
      Map<String, Double> moved = new HashMap<>(countries);
      Map<String, Map<String, Double>> movedByName = new HashMap<>(byName);
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < candidates.size(); i++) {
        Place p = places.get(i);
        String key = Gazetteer.key(candidates.get(i).name());
        Map<String, Double> own = byName.get(key);
        if (p.country() == null || own == null || own.isEmpty() || own.containsKey(p.country()) || !seen.add(key)
            || !("A.ADM1".equals(p.featureClass()) || "A.ADM2".equals(p.featureClass()))) {
          continue;
        }
        double total = 0;
        for (Map.Entry<String, Double> e : own.entrySet()) {
          moved.merge(e.getKey(), -e.getValue(), Double::sum);
          total += e.getValue();
        }
        moved.merge(p.country(), total, Double::sum);
        movedByName.put(key, Map.of(p.country(), total));
      }
      return new Context(moved, divisions, movedByName, admin1Votes, named, points, stated, divisionsRead, readings,
          towns, counties, lesserDivisions);
    }

    /**
     * The weight of each first-level division in the article, as a share of the heaviest one's, leaving out the votes
     * of the name being resolved; empty before a first reading.
     */
    Map<String, Double> divisionShares(String name) {
      Map<String, Double> total = divisionTotals(name);
      double max = topDivision(total);
      if (max > 0) {
        double top = max;
        total.replaceAll((k, v) -> v / top);
      }
      return total;
    }

    /** The votes of each first-level division in the article, leaving out those of the name being resolved. */
    Map<String, Double> divisionTotals(String name) {
      Map<String, Double> total = new HashMap<>();
      for (Map.Entry<String, Map<String, Double>> e : admin1Votes.entrySet()) {
        if (!e.getKey().equals(name)) {
          e.getValue().forEach((k, v) -> total.merge(k, v, Double::sum));
        }
      }
      return total;
    }

    private static double topDivision(Map<String, Double> totals) {
      double max = 0;
      for (double v : totals.values()) {
        max = Math.max(max, v);
      }
      return max;
    }

    /**
     * Whether the article names this division as a division: under another name than the one being resolved
     * ({@code Wash.}), or with a division word ({@code New York state}).
     */
    boolean statesDivision(String admin1, String name) {
      return namesDivision(admin1, name) || stated.contains(admin1);
    }

    /**
     * How many first-level divisions of a country the article names, leaving out one it names only by the name being
     * resolved.
     */
    int divisionsNamed(String iso, String name) {
      int n = 0;
      for (Map.Entry<String, Set<String>> e : divisions.entrySet()) {
        Set<String> names = e.getValue();
        if (e.getKey().startsWith(iso + ".") && (names.size() > 1 || !names.contains(name))) {
          n++;
        }
      }
      return n;
    }

    /**
     * Whether a name of the article other than the one being resolved may be this division without that being its
     * likeliest reading ({@link #addLesserDivisions}).
     */
    boolean mayNameDivision(String admin1, String name) {
      Set<String> names = admin1 == null ? null : lesserDivisions.get(admin1);
      return names != null && (names.size() > 1 || !names.contains(name));
    }

    /** Whether the article names this division under another name than the one being resolved. */
    boolean namesDivision(String admin1, String name) {
      Set<String> names = admin1 == null ? null : divisions.get(admin1);
      return names != null && (names.size() > 1 || !names.contains(name));
    }

    /**
     * Whether some country has {@link #FOCUS} votes in the article, leaving out those of the name being resolved.
     */
    boolean focused(String name) {
      Map<String, Double> own = byName.getOrDefault(name, Map.of());
      for (Map.Entry<String, Double> e : countries.entrySet()) {
        if (e.getValue() - own.getOrDefault(e.getKey(), 0.0) >= FOCUS) {
          return true;
        }
      }
      return false;
    }

    /** How many first-level divisions of a country, other than one of this name, a first reading found named. */
    int divisionsRead(String iso, String name) {
      Set<String> names = divisionsRead.getOrDefault(iso, Set.of());
      return names.size() - (names.contains(name) ? 1 : 0);
    }

    /** The weight of a country in the article, leaving out the votes of the name being resolved. */
    double weight(String iso, String name) {
      Map<String, Double> own = byName.getOrDefault(name, Map.of());
      double max = 0;
      for (Map.Entry<String, Double> e : countries.entrySet()) {
        max = Math.max(max, e.getValue() - own.getOrDefault(e.getKey(), 0.0));
      }
      double w = countries.getOrDefault(iso, 0.0) - own.getOrDefault(iso, 0.0);
      return max <= 0 ? 0 : w / max;
    }
  }

  private Context context(Article article, LinguisticAnnotation annotation, List<Candidate> candidates) {
    Map<String, Double> countries = new HashMap<>();
    Map<String, Set<String>> lesserDivisions = new HashMap<>();
    String outlet = OutletCountry.of(article);
    if (outlet != null) {
      // the outlet's country, as much as one demonym: a hint that the article's own places outweigh
      countries.merge(outlet, OUTLET_WEIGHT, Double::sum);
    }
    Map<String, Set<String>> divisions = new HashMap<>();
    Map<String, Map<String, Double>> byName = new HashMap<>();
    Set<String> named = new HashSet<>();
    Set<String> stated = new HashSet<>();
    for (Candidate c : candidates) {
      List<Gazetteer.Entry> entries = readings(c.name());
      if (entries.isEmpty() || generic(c.name())) {
        // a name of common words ('the West', 'the Gulf') says nothing of the article's countries
        continue;
      }
      Map<String, Double> before = new HashMap<>(countries);
      GeoPlace top = best(entries, c.hint());
      addLesserDivisions(entries, top, Gazetteer.key(c.name()), lesserDivisions);
      if (top.kind() == GeoPlace.Kind.COUNTRY) {
        countries.merge(top.country(), 1.0, Double::sum);
        named.add(top.country());
      } else if (top.country() != null && (top.kind() != GeoPlace.Kind.CITY || top.population() >= 100_000)) {
        countries.merge(top.country(), 0.75, Double::sum);
        if (top.kind() == GeoPlace.Kind.ADMIN1 && top.admin1() != null) {
          divisions.computeIfAbsent(top.admin1(), k -> new HashSet<>()).add(Gazetteer.key(c.name()));
          if (c.hint() == GeoPlace.Kind.ADMIN1) {
            stated.add(top.admin1());
          }
        }
      } else if (top.country() != null) {
        Set<String> distinct = new HashSet<>();
        for (Gazetteer.Entry e : entries) {
          if (e.place().country() != null && !e.alternate()) {
            distinct.add(e.place().country());
          }
        }
        double share = distinct.isEmpty() ? 0 : 1.0 / distinct.size();
        for (String iso : distinct) {
          countries.merge(iso, 0.5 * share, Double::sum);
        }
      }
      Map<String, Double> own = byName.computeIfAbsent(Gazetteer.key(c.name()), k -> new HashMap<>());
      for (Map.Entry<String, Double> e : countries.entrySet()) {
        double added = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
        if (added > 0) {
          own.merge(e.getKey(), added, Double::sum);
        }
      }
    }
    for (Sentence s : annotation.sentences()) {
      for (Token t : s.tokens()) {
        if (ToponymDetector.capitalised(t.word())) {
          GeoPlace demonym = gazetteer.demonym(t.word());
          if (demonym != null && demonym.country() != null
              && (demonym.kind() == GeoPlace.Kind.COUNTRY || demonym.kind() == GeoPlace.Kind.ADMIN1)) {
            countries.merge(demonym.country(), 0.5, Double::sum);
            named.add(demonym.country());
          }
        }
      }
    }
    return new Context(countries, divisions, byName, Map.of(), named, List.of(), stated, Map.of(),
        townReadings(candidates), Set.of(), counties(candidates), lesserDivisions);
  }

  /**
   * Adds the first-level divisions a name is the main name of, other than its likeliest reading {@code top}: "Georgia"
   * is most likely the country, but it is also the US state, which holds the Jeffersonville that an article naming
   * both is about. Not the division that holds {@code top} itself: "Davao" is most likely the city, which a first
   * reading already puts in the Davao Region.
   */
  private static void addLesserDivisions(
      List<Gazetteer.Entry> entries, GeoPlace top, String key, Map<String, Set<String>> out) {
    for (Gazetteer.Entry e : entries) {
      GeoPlace p = e.place();
      if (p != top && p.kind() == GeoPlace.Kind.ADMIN1 && p.admin1() != null && !e.alternate()
          && !p.admin1().equals(top.admin1())) {
        out.computeIfAbsent(p.admin1(), k -> new HashSet<>()).add(key);
      }
    }
  }

  /**
   * The toponyms around one: the items of a list it is in ({@code Ohio, Oklahoma and Oregon}), or, outside such a
   * list, the name right after its comma that may say where it is ({@code Springfield, Illinois}) and the name right
   * before its comma that it may say where is ({@code Buffalo, New York}).
   */
  private record Neighbours(List<Candidate> peers, Candidate qualifier, Candidate qualified, Candidate container) {
    static final Neighbours NONE = new Neighbours(List.of(), null, null, null);
  }

  /** The candidates of {@code these} that overlap none of {@code those}, in their order. */
  private static List<Candidate> notOverlapping(List<Candidate> these, List<Candidate> those) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate d : these) {
      boolean overlaps = false;
      for (Candidate c : those) {
        overlaps |= c.span().overlaps(d.span());
      }
      if (!overlaps) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The candidates in text order for finding neighbours: the first list, and those of the second that overlap none
   * of the first (detected toponyms around given spans).
   */
  private static List<Candidate> sequence(List<Candidate> first, List<Candidate> second) {
    List<Candidate> out = new ArrayList<>(first);
    out.addAll(notOverlapping(second, first));
    out.sort(Comparator.comparingInt((Candidate c) -> c.span().start()).thenComparingInt(c -> c.span().end()));
    return out;
  }

  /** The words that join the items of a list: a comma, "and", "or", or a comma and one of them. */
  private static final Pattern LIST_SEPARATOR =
      Pattern.compile("(?i),|(?:,\\s*)?(?:and|or|&)");

  /** The text between two toponyms when it joins them as list items (lower case, stripped), else null. */
  private static String separator(Candidate a, Candidate b, String text) {
    int from = a.span().end();
    int to = b.span().start();
    if (to < from || to - from > 8) {
      return null;
    }
    String between = text.substring(from, to).strip();
    return LIST_SEPARATOR.matcher(between).matches() ? between.toLowerCase(java.util.Locale.ROOT) : null;
  }

  private static Neighbours neighbours(Candidate c, List<Candidate> sequence, String text) {
    int i = sequence.indexOf(c);
    if (i < 0) {
      return Neighbours.NONE;
    }
    int first = i;
    int last = i;
    boolean coordinated = false;
    while (first > 0 && separator(sequence.get(first - 1), sequence.get(first), text) != null) {
      coordinated |= !separator(sequence.get(first - 1), sequence.get(first), text).equals(",");
      first--;
    }
    while (last + 1 < sequence.size() && separator(sequence.get(last), sequence.get(last + 1), text) != null) {
      coordinated |= !separator(sequence.get(last), sequence.get(last + 1), text).equals(",");
      last++;
    }
    if (coordinated) {
      List<Candidate> peers = new ArrayList<>(sequence.subList(first, last + 1));
      peers.remove(i - first);
      return new Neighbours(peers, null, null, container(c, sequence, i, text));
    }
    return new Neighbours(List.of(), last > i ? sequence.get(i + 1) : null, first < i ? sequence.get(i - 1) : null,
        container(c, sequence, i, text));
  }

  /**
   * The toponym right after "in" after a toponym, or after the list the toponym ends ({@code Centennial Park in
   * Sydney}, {@code Eastern Creek and Centennial Park in Sydney}): in news the place it lies in; else null.
   */
  private static Candidate container(Candidate c, List<Candidate> sequence, int i, String text) {
    int last = i;
    while (last + 1 < sequence.size() && separator(sequence.get(last), sequence.get(last + 1), text) != null) {
      last++;
    }
    if (last + 1 >= sequence.size()) {
      return null;
    }
    int from = sequence.get(last).span().end();
    int to = sequence.get(last + 1).span().start();
    return to > from && IN.matcher(text.substring(from, to)).matches() ? sequence.get(last + 1) : null;
  }

  /** The word between a place and the place it lies in. */
  private static final Pattern IN = Pattern.compile("\\s+in\\s+");

  /** Score of a reading of the same kind and country as another item of the list it is in. */
  private static final double PEER_WEIGHT = 2.0;

  /** The part of {@link #PEER_WEIGHT} that a peer of another country does not give. */
  private static final double PEER_COUNTRY_WEIGHT = 0.5;

  /** Score of each further item of a list of the reading's kind, after the first. */
  private static final double PEER_COUNT_WEIGHT = 0.5;

  /** The most {@link #PEER_COUNT_WEIGHT} adds up to. */
  private static final double PEER_COUNT_CAP = 2.0;

  /**
   * The prior of a place the gazetteer lacks: a village too small for it (log10 of 500 people), which, in the country
   * the article is most about, may be likelier than any reading of the name elsewhere.
   */
  private static final double UNKNOWN_PRIOR = Math.log10(500);

  /** The least votes a country needs for an article to be about it ({@link Context#focused}): two mentions. */
  private static final double FOCUS = 2.0;

  /** The population from which a town is known well enough to be named in an article about another country. */
  private static final long KNOWN_ABROAD = 100_000;

  /**
   * Whether a reading is a capital named by its own name: known abroad whatever its size (a trip to {@code Saipan} in
   * an American story is to the capital of the Northern Mariana Islands, no place the gazetteer lacks in America);
   * not by an alternate name ({@code Suba} in a Kenyan story is no name of Suva's).
   */
  private static boolean capitalByOwnName(GeoPlace best, List<Gazetteer.Entry> entries) {
    for (Gazetteer.Entry e : entries) {
      if (e.place() == best && !e.alternate() && best.code().equals("P.PPLC")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name is likelier a place the gazetteer lacks, in the country the article is about, than its best
   * reading: a town or county under {@link #KNOWN_ABROAD} people in a country the article neither names (by name or
   * demonym) nor gives half the weight of its main country, scoring less than a village of {@link #UNKNOWN_PRIOR} in
   * the main country would ({@code Eastern Creek} in an Australian story is a Sydney suburb, not Baytown, Texas).
   */
  private static boolean unknownLocalPlace(GeoPlace best, double bestScore, Context context, String ownKey) {
    return (best.kind() == GeoPlace.Kind.CITY || best.kind() == GeoPlace.Kind.ADMIN2)
        && best.population() < KNOWN_ABROAD && best.country() != null && !context.named().contains(best.country())
        && context.focused(ownKey) && context.weight(best.country(), ownKey) < FALLBACK_COUNTRY_SHARE
        && bestScore < UNKNOWN_PRIOR + CONTEXT_WEIGHT;
  }

  /**
   * Score of a town within {@link #NEAR_KM} of the county named after its comma, over the other towns of the name in
   * the county's first-level division: less than a qualifier's own 4, which the division already gave them all.
   */
  private static final double IN_COUNTY_WEIGHT = 1.0;

  /**
   * Score of a town in a county another name of the article reads as by its own name, and of that county: over a
   * town or county reading's nearness, which a neighbouring county gives too.
   */
  private static final double COUNTY_PAIR_WEIGHT = 2.5;

  /** Score of a reading that the place after "in" holds ({@code Centennial Park in Sydney}). */
  private static final double CONTAINER_WEIGHT = 4.0;

  /**
   * The least votes ({@link #divisionVotes}) the division an article is most about needs before a town far from it is
   * taken for a namesake of a place the gazetteer lacks there: one named division, or towns worth as much.
   */
  private static final double LOCAL_DIVISION_VOTES = DIVISION_VOTE;

  /**
   * Whether a name read as a town or county elsewhere is likelier a place the gazetteer lacks in the first-level
   * division the article is about ({@code Stonewall} in a story about Gainesville, Virginia is no town in Louisiana;
   * {@code Washington Square} in a New Orleans story no suburb of New York): the reading is a town or county under
   * {@link #KNOWN_ABROAD} people, in a division the article does not name and that holds under half the votes of the
   * article's main division, which has {@link #LOCAL_DIVISION_VOTES} or more and lies in the reading's country or
   * the reading's country is one the article does not name (a race calendar of English counties is not about Virginia's
   * Yorkshire); and it scores less than a village of {@link #UNKNOWN_PRIOR} in the main division would. The caller
   * applies it only to names with several readings or read by an alternate name: a town's only, own name is taken as
   * meant ({@code Kabanjahe}).
   */
  private static boolean unknownLocalTown(
      GeoPlace best, double bestScore, Context context, String ownKey, Map<String, Double> shares) {
    if (best.kind() != GeoPlace.Kind.CITY && best.kind() != GeoPlace.Kind.ADMIN2 || best.population() >= KNOWN_ABROAD
        || best.admin1() == null || best.country() == null
        || shares.getOrDefault(best.admin1(), 0.0) >= FALLBACK_COUNTRY_SHARE
        || context.namesDivision(best.admin1(), ownKey) || bestScore >= UNKNOWN_PRIOR + CONTEXT_WEIGHT + DIVISION_WEIGHT) {
      return false;
    }
    Map<String, Double> totals = context.divisionTotals(ownKey);
    String main = null;
    double top = 0;
    for (Map.Entry<String, Double> e : totals.entrySet()) {
      if (e.getValue() > top) {
        top = e.getValue();
        main = e.getKey();
      }
    }
    return top >= LOCAL_DIVISION_VOTES
        && (main.startsWith(best.country() + ".") || !context.named().contains(best.country()));
  }

  /** Words of natural features: a lake or river named like a town lies by that town ({@code Lake Erie}). */
  private static final Set<String> NATURAL_WORDS = Set.of(
      "lake", "lakes", "river", "mount", "mountain", "mountains", "island", "islands", "sea", "gulf", "creek", "falls",
      "canyon");

  private static boolean natural(String name) {
    for (String w : name.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
      if (NATURAL_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a town named inside an organisation's or facility's name lies in a first-level division the article does
   * not name, in the country of the division the article is most about, which has {@link #LOCAL_DIVISION_VOTES} or
   * more: the facility is likelier in the article's division than in a namesake town elsewhere in the country.
   */
  private static boolean townOutsideMainDivision(Place in, Context context) {
    if (!isLocality(in) || in.admin1() == null || in.country() == null || context.namesDivision(in.admin1(), "")) {
      return false;
    }
    String main = null;
    double top = 0;
    for (Map.Entry<String, Double> e : context.divisionTotals("").entrySet()) {
      if (e.getValue() > top) {
        top = e.getValue();
        main = e.getKey();
      }
    }
    return top >= LOCAL_DIVISION_VOTES && !main.equals(in.admin1()) && main.startsWith(in.country() + ".");
  }

  /**
   * The population from which a city is a world city: a small namesake of one must be tied to the text to win (the
   * stress set's big namesakes have half a million people or more; Paris, Toronto, Melbourne, Naples).
   */
  private static final long WORLD_CITY = 500_000;

  /**
   * The population under which a town the text does not tie to loses the article's support ({@link #untied}): half a
   * world city's. Athens, Georgia (about 120,000 people) in a story of a Milwaukee teacher's trip to Athens, which names
   * nothing near it, no longer takes the story's American support from Athens, Greece; on the stress set's world cities
   * beside a far town of their namesake's state, 0.797 at 100,000 and 0.828 here, other kinds unchanged.
   */
  private static final long UNTIED_BELOW = WORLD_CITY / 2;

  /**
   * Whether a small town is untied to the text: the article names towns (by names that are no division's, {@link
   * Point#admin1}), and neither one of them as first read nor any town or county reading of another name lies within
   * {@link #NEAR_KM} of it. The article's country and divisions are then where those towns are, not support for a
   * namesake of a world city ("A teacher from Dallas, Texas, ran the marathon in Paris" is Paris, France, not Paris,
   * Texas, 150 km from Dallas). A local story names the town's neighbours, or its state after the comma (which the
   * caller checks); a story that names only the state, and no town, keeps the state's support (the stress set's
   * state kind: "a house fire in Paris ... the third in Texas this month").
   */
  private boolean untied(GeoPlace p, Context context, String ownKey) {
    if (p.kind() != GeoPlace.Kind.CITY || p.population() >= UNTIED_BELOW) {
      return false;
    }
    Set<String> towns = context.towns();
    if (towns.isEmpty() || towns.size() == 1 && towns.contains(ownKey)) {
      return false;
    }
    double dlat = NEAR_KM / 111.0;
    List<Point> points = context.points();
    for (int i = firstFrom(points, p.lat() - dlat); i < points.size() && points.get(i).lat() <= p.lat() + dlat; i++) {
      Point q = points.get(i);
      if (!q.name().equals(ownKey) && withinNearKm(p, q)) {
        return false;
      }
    }
    // a reading of another name nearby ties it too (neighbouring De Witt beside Stuttgart, Arkansas), but not a
    // county named like a state (Ohio County, West Virginia, beside Toronto, Ohio)
    List<Point> readings = Arrays.asList(context.readings());
    for (int i = firstFrom(readings, p.lat() - dlat); i < readings.size() && readings.get(i).lat() <= p.lat() + dlat;
        i++) {
      Point q = readings.get(i);
      if (!q.name().equals(ownKey) && withinNearKm(p, q) && !namesDivision(q.name(), null)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a name is a first-level division's (that one's, or any's for null): "New York" that a first reading took
   * for the city names the state.
   */
  private boolean namesDivision(String name, String admin1) {
    for (Gazetteer.Entry e : gazetteer.lookup(name)) {
      if (e.place().kind() == GeoPlace.Kind.ADMIN1 && (admin1 == null || admin1.equals(e.place().admin1()))) {
        return true;
      }
    }
    return false;
  }

  /** Score of a town or county in a first-level division the article names. */
  private static final double NAMED_DIVISION = 1.5;

  /**
   * Score of a first-level division the article names as a division elsewhere ({@link Context#statesDivision}), for
   * its bare name: more than a town's {@link #NAMED_DIVISION}, since a capital of the same name outscores the state by
   * its prior and prominence alone ("at home in Washington" in a story filed from a town in Wash. is the state, not
   * the federal capital, which the story would call Washington, D.C.).
   */
  private static final double STATED_DIVISION = 2.5;

  /** Score of a town or county in a first-level division that another name of the article may be. */
  private static final double LESSER_DIVISION = 1.5;

  /** How many other first-level divisions of its country an article names for a division to gain weight. */
  private static final int DIVISIONS_READ = 2;

  /** Score of a first-level division in an article that names {@link #DIVISIONS_READ} others of its country. */
  private static final double DIVISIONS_WEIGHT = 1.5;

  /** Score of a town or county in the first-level division the article's places are most in. */
  private static final double DIVISION_WEIGHT = 1.5;

  private Place resolve(Candidate c, Context context, Neighbours around, String text, boolean calibrated) {
    List<Gazetteer.Entry> entries = readings(c.name());
    if (entries.isEmpty()) {
      String inner = innerName(c.name(), context);
      if (inner == null) {
        return Place.unresolved(c.span());
      }
      // the name is not the inner place's, only somewhere in it: no GeoNames id, no feature, a low confidence
      Place in = resolve(new Candidate(c.span(), inner, null, false), context, Neighbours.NONE, text, calibrated);
      if (!natural(c.name()) && townOutsideMainDivision(in, context)) {
        // "Montgomery County History Center" in a story about Red Oak, Iowa is not in Montgomery, Alabama: left for
        // the local fallback, which puts it at a town the article names
        return Place.unresolved(c.span());
      }
      return new Place(c.span(), null, c.span().text(), null, in.country(), in.admin1(), in.lat(), in.lon(),
          (calibrated ? INNER_CONFIDENCE : INNER_SHARE) * in.confidence());
    }
    List<GeoPlace> qualifiers = List.of();
    if (around.qualifier() != null) {
      qualifiers = new ArrayList<>();
      List<Gazetteer.Entry> qualifierReadings = readings(around.qualifier().name());
      // a county by its own name outranks counties that are only called so without their division word: "Ilchester,
      // Somerset" is in the English county, not near Somerset County, Maryland ("Somerset" alone is no US county's
      // name; American news writes the state after a town's comma)
      boolean countyByName = false;
      for (Gazetteer.Entry e : qualifierReadings) {
        countyByName |= e.place().kind() == GeoPlace.Kind.ADMIN2 && !e.alternate();
      }
      for (Gazetteer.Entry e : qualifierReadings) {
        if (e.place().kind() != GeoPlace.Kind.CITY && !peerDivision(entries, e.place())
            && !(countyByName && e.alternate() && e.place().kind() == GeoPlace.Kind.ADMIN2)) {
          qualifiers.add(e.place());
        }
      }
    }
    List<GeoPlace> qualified = List.of();
    if (around.qualified() != null) {
      qualified = new ArrayList<>();
      for (Gazetteer.Entry e : readings(around.qualified().name())) {
        if (e.place().kind() == GeoPlace.Kind.CITY || e.place().kind() == GeoPlace.Kind.ADMIN2) {
          qualified.add(e.place());
        }
      }
    }
    List<GeoPlace> containers = new ArrayList<>();
    if (around.container() != null) {
      for (Gazetteer.Entry e : readings(around.container().name())) {
        containers.add(e.place());
      }
    }
    boolean contained = false;
    List<GeoPlace> peers = new ArrayList<>(around.peers().size());
    for (Candidate peer : around.peers()) {
      List<Gazetteer.Entry> readings = readings(peer.name());
      if (!readings.isEmpty()) {
        peers.add(best(readings, peer.hint()));
      }
    }
    String ownKey = Gazetteer.key(c.name());
    Map<String, Double> divisionShares = context.divisionShares(ownKey);
    boolean divisionCue = c.hint() == null && hasDivisionReading(entries) && divisionCue(c.span(), text);
    boolean dateline = c.hint() == null && hasDivisionReading(entries) && dateline(c.span(), text);
    boolean generic = generic(c.name());
    boolean bigTown = false;
    // a name that is also a first-level division's ("Wales", "New Brunswick")
    boolean divisionName = false;
    for (Gazetteer.Entry e : entries) {
      bigTown |= e.place().kind() == GeoPlace.Kind.CITY && e.place().population() >= KNOWN_ABROAD;
      divisionName |= e.place().kind() == GeoPlace.Kind.ADMIN1;
    }
    // a world city among the readings: a small namesake must be tied to the text to win (untied)
    boolean worldCity = false;
    for (Gazetteer.Entry e : entries) {
      worldCity |= e.place().kind() == GeoPlace.Kind.CITY && !e.alternate() && e.place().population() >= WORLD_CITY;
    }
    double bestScore = Double.NEGATIVE_INFINITY;
    GeoPlace best = null;
    double[] scores = new double[entries.size()];
    // a town or county near a town or county the article names, where the name is only ever a town or county: not
    // to be taken for a state or a country by nearness (Mexico, Missouri beside Columbia, Missouri)
    double[] nearness = new double[entries.size()];
    boolean townsOnly = true;
    for (Gazetteer.Entry e : entries) {
      townsOnly &= e.place().kind() == GeoPlace.Kind.CITY || e.place().kind() == GeoPlace.Kind.ADMIN2;
    }
    for (int i = 0; townsOnly && i < entries.size(); i++) {
      GeoPlace p = entries.get(i).place();
      // any reading of another name near this one, in a country the article is about: two names that each have a
      // reading beside the other's seldom do so by chance (Huntingdon and Carroll County, Tennessee)
      boolean about = p.country() != null && context.weight(p.country(), ownKey) >= FALLBACK_COUNTRY_SHARE;
      nearness[i] = Math.max(near(p, context.points(), ownKey),
          about ? READING_NEAR_SHARE * nearReading(p, context.readings(), ownKey) : 0);
    }
    for (int i = 0; i < entries.size(); i++) {
      Gazetteer.Entry e = entries.get(i);
      GeoPlace p = e.place();
      double s = prior(e, c.hint());
      // a small namesake of a world city, far from the towns the article names and not qualified: the country and
      // the division are where those towns are, not support for it
      boolean untied = worldCity && around.qualifier() == null && around.qualified() == null
          && around.container() == null && untied(p, context, ownKey);
      double weight = p.country() == null || untied ? 0 : context.weight(p.country(), ownKey);
      if (generic && p.kind() != GeoPlace.Kind.REGION && (weight <= 0
          || p.kind() == GeoPlace.Kind.CITY || p.kind() == GeoPlace.Kind.ADMIN2)) {
        // 'the West Coast' of a story about America is not New Zealand's West Coast region; nor is 'the West' the
        // town of West, Texas, 'the Valley' Valley, Alabama, or 'the Gulf' Gulf County, Florida: a town or county
        // named with common words alone is never meant by them
        scores[i] = Double.NEGATIVE_INFINITY;
        continue;
      }
      s += CONTEXT_WEIGHT * weight;
      // a town in a division the article names; in a list, the division the item's own name names does not count
      // (New York among states: the state New York is not support for New York City); or, as much as the share of
      // the article's towns, counties and divisions a first reading put in it, a town or county in the division the
      // article is most about (Douglas County in a Kansas story: the dateline, the towns and the state are in Kansas)
      if ((p.kind() == GeoPlace.Kind.CITY || p.kind() == GeoPlace.Kind.ADMIN2) && p.admin1() != null && !untied) {
        double named = context.namesDivision(p.admin1(), peers.isEmpty() ? "" : ownKey) ? NAMED_DIVISION : 0;
        double share = DIVISION_WEIGHT * divisionShares.getOrDefault(p.admin1(), 0.0);
        // the only division of its country the article names, and the one its places are most in, is where the
        // story is: the two add up ("a fire in Madison ... the third in Alabama this month" is Madison, Alabama, not
        // the bigger Madison, Wisconsin); not for a name that is itself a division ("England and Wales")
        boolean sole = named > 0 && !divisionName && context.divisionsNamed(p.country(), ownKey) == 1;
        s += sole ? named + share : Math.max(named, share);
        // a division that another name of the article may be, though it is more likely something else ("a fire in
        // Jeffersonville ... the third in Georgia": the state, not the country, holds a Jeffersonville); for a town by
        // its own name only, and only where the article names no division of the country by its likeliest reading
        // (beside "Florida", the "Washington" of an American story is the capital, and Parkland Florida's)
        s += named == 0 && !e.alternate() && context.mayNameDivision(p.admin1(), ownKey)
            && context.divisionsNamed(p.country(), ownKey) == 0 ? LESSER_DIVISION : 0;
      }
      if (p.kind() == GeoPlace.Kind.ADMIN1 && p.admin1() != null && peers.isEmpty()) {
        // the state a story is about, named so elsewhere ("CAMP MURRAY, Wash.", "New York state"): its bare name is
        // the state too, not a city of that name in another division
        s += context.statesDivision(p.admin1(), ownKey) ? STATED_DIVISION : 0;
        // an article that names other divisions of the country speaks of divisions: "eight in Alberta, twelve in
        // Ontario, one in New Brunswick" is the province, not the New Jersey town; a city known abroad keeps its
        // name among states ("New York" beside Kansas and Ohio is most often still the city)
        s += !bigTown && context.divisionsRead(p.country(), ownKey) >= DIVISIONS_READ ? DIVISIONS_WEIGHT : 0;
      }
      if (divisionCue && p.kind() == GeoPlace.Kind.CITY) {
        // "New York Governor", "central Washington": the state's words, not a city's
        s -= DIVISION_CUE;
      }
      if (dateline && p.kind() == GeoPlace.Kind.ADMIN1) {
        // "WASHINGTON (AP) --": a dateline names the town the story was filed from, never a state
        s -= DIVISION_CUE;
      }
      s += NEAR_WEIGHT * nearness[i];
      // a town in a county the article names by the county's own name, and that county: "the council in Phoenix ...
      // the Cook County sheriff's office" is Phoenix, Illinois, and the county Illinois's; by their own names only
      // ("Shelby" is no county), and not for a town whose comma names where it is ("Croft, Yorkshire" in a list of
      // circuits that also names Cheshire, which holds another Croft)
      boolean pair = !e.alternate() && around.qualifier() == null && context.counties().linked(p, ownKey);
      s += pair ? COUNTY_PAIR_WEIGHT : 0;
      for (GeoPlace q : qualifiers) {
        if (q != p && (q.kind() == GeoPlace.Kind.COUNTRY ? q.country().equals(p.country())
            : q.admin1() != null && q.admin1().equals(p.admin1()))) {
          s += 4;
          break;
        }
      }
      for (GeoPlace q : qualifiers) {
        // a county after the comma: the town in it, not one of the name elsewhere in the country ("Buxton, Norfolk"
        // is not Buxton, Derbyshire), as near its middle as a town the article names is near a reading
        if (q.kind() == GeoPlace.Kind.ADMIN2 && p.kind() == GeoPlace.Kind.CITY && Objects.equals(q.admin1(), p.admin1())
            && withinNearKm(p, new Point(q.name(), q.lat(), q.lon(), 1))) {
          s += IN_COUNTY_WEIGHT;
          break;
        }
      }
      // the place after "in" holds it: "Centennial Park in Sydney" is the park in Sydney
      for (GeoPlace q : containers) {
        if (q != p && p.country() != null && holds(q, p)) {
          s += CONTAINER_WEIGHT;
          contained = true;
          break;
        }
      }
      // the name after a town's comma holds the town: a country, a division ("Buffalo, New York" is the state), or a
      // city the town is part of ("Brooklyn, New York" is the city)
      for (GeoPlace q : qualified) {
        if (q != p && p.country() != null && holds(p, q)) {
          s += 4;
          break;
        }
      }
      double peerScore = 0;
      int alike = 0;
      for (GeoPlace peer : peers) {
        if (peer != p && peer.kind() == p.kind()) {
          alike++;
        }
        // the items of a list are alike: states among states, countries among countries, towns among towns; most
        // often of one country, but a list may cross a border ("Tijuana & San Diego")
        if (peer != p && peer.kind() == p.kind()) {
          peerScore = Math.max(peerScore,
              Objects.equals(peer.country(), p.country()) ? PEER_WEIGHT : PEER_WEIGHT - PEER_COUNTRY_WEIGHT);
        } else if (peer != p && p.country() != null && peer.country() != null
            && (holds(p, peer) || holds(peer, p))) {
          // a town and its division, a division and its country ("Melbourne and Victoria" is the state)
          peerScore = Math.max(peerScore, PEER_WEIGHT);
        }
      }
      // the longer the list of its kind, the surer: a fifth province in a list of provinces is no US town
      s += peerScore + Math.min(PEER_COUNT_CAP, PEER_COUNT_WEIGHT * Math.max(0, alike - 1));
      scores[i] = s;
      if (s > bestScore) {
        bestScore = s;
        best = p;
      }
    }
    if (best == null) {
      return Place.unresolved(c.span());
    }
    if (townsOnly && !containers.isEmpty() && !contained && best.population() < KNOWN_ABROAD) {
      // no town of the name lies in the place it is said to be in: a place the gazetteer lacks there, left for the
      // local fallback ("August in New Orleans" is a restaurant there, not August, California); a city known
      // abroad is itself, the "in" belonging to the words before it ("exiles from Caracas in Miami")
      return Place.unresolved(c.span());
    }
    if (townsOnly && outsideDivisionQualifier(entries, qualifiers)) {
      // "Bradford, Ontario": the comma names a division that holds no town of the name, so the town is one the
      // gazetteer lacks there, not the city of the name abroad; left for the local fallback, which puts it in that
      // division
      return Place.unresolved(c.span());
    }
    boolean capital = capitalByOwnName(best, entries);
    if (!capital && (entries.size() > 1 || entries.get(0).alternate())
        && unknownLocalTown(best, bestScore, context, ownKey, divisionShares)) {
      // a namesake far from the article's division: left for the local fallback, which puts it at a town the article
      // names there
      return Place.unresolved(c.span());
    }
    if (!capital && unknownLocalPlace(best, bestScore, context, ownKey)) {
      // left for the local fallback, which puts it at a town the article names in the country it is about
      return Place.unresolved(c.span());
    }
    double sum = 0;
    for (double s : scores) {
      sum += Math.exp(s - bestScore);
    }
    double confidence = calibrated ? confidence(bestScore, 1 / sum, c.fromNer(), best.kind() == GeoPlace.Kind.CITY)
        : (1 / sum) * (c.fromNer() ? 1.0 : 0.9);
    return new Place(c.span(), best.geonameId() == 0 ? null : best.geonameId(), best.name(), best.code(),
        best.country(), best.admin1(), best.lat(), best.lon(), Math.max(0, Math.min(1, confidence)));
  }

  /**
   * Whether the name after a town's comma reads as a first-level division, and as nothing but divisions and counties,
   * and none of them lies where a reading of the town's name does (a county counts when it is in the reading's
   * first-level division). A country after the comma does not count: news writes "Hong Kong, China" for a place
   * GeoNames gives a country code of its own.
   */
  private static boolean outsideDivisionQualifier(List<Gazetteer.Entry> entries, List<GeoPlace> qualifiers) {
    boolean division = false;
    for (GeoPlace q : qualifiers) {
      if (q.kind() != GeoPlace.Kind.ADMIN1 && q.kind() != GeoPlace.Kind.ADMIN2 || q.admin1() == null) {
        return false;
      }
      division |= q.kind() == GeoPlace.Kind.ADMIN1;
      for (Gazetteer.Entry e : entries) {
        if (q.admin1().equals(e.place().admin1())) {
          return false;
        }
      }
    }
    return division;
  }

  /**
   * The weights of a resolution's confidence, a logistic function fitted on the two dev files together (each file's
   * fit ranks the other's resolutions about as well): the best reading's score (log population and context), its
   * share of the readings' softmax (how far ahead of the others it is), whether the recogniser named the toponym, and
   * whether it is a town (namesakes abound) rather than a country or division.
   */
  private static final double CONFIDENCE_SCORE = 0.37;

  private static final double CONFIDENCE_MARGIN = 1.5;

  private static final double CONFIDENCE_NER = 1.0;

  private static final double CONFIDENCE_TOWN = 1.0;

  /** The probability that a resolution is right, from its score, its margin over the other readings and its kind. */
  static double confidence(double bestScore, double margin, boolean fromNer, boolean town) {
    double logit = CONFIDENCE_SCORE * bestScore + CONFIDENCE_MARGIN * Math.log(Math.max(1e-6, margin))
        + (fromNer ? CONFIDENCE_NER : 0) - (town ? CONFIDENCE_TOWN : 0);
    return 1 / (1 + Math.exp(-logit));
  }

  /** What a city reading loses to words that speak of a state: as much as a division hint moves the two apart. */
  private static final double DIVISION_CUE = 5.0;

  /** Words after a name that speak of a state's offices ({@code New York Governor}, {@code a New York court}). */
  private static final Pattern STATE_OFFICE = Pattern.compile(
      "\\s+(?:Gov\\.|[Gg]overnor|[Ll]egislature|[Cc]ourts?\\b|[Aa]ttorney [Gg]eneral|[Ss]tate [Ss]enat|[Pp]remier\\b"
          + "|[Gg]overnment\\b)");

  /** Words before a name that speak of a part of a state ({@code central Washington}, {@code upstate New York}). */
  private static final Pattern STATE_PART = Pattern.compile(
      "(?:^|\\s)(?:upstate|downstate|rural|central|(?:north|south)?(?:east|west)ern|northern|southern"
          + "|(?:north|south)-(?:east|west)ern)\\s+$");

  /** Whether the words around a toponym speak of a state: its offices after it, or a part of it before it. */
  private static boolean divisionCue(Span span, String text) {
    int from = Math.max(0, span.start() - 20);
    return STATE_OFFICE.matcher(text).region(span.end(), text.length()).lookingAt()
        || STATE_PART.matcher(text.substring(from, span.start())).find();
  }

  /** The words after a dateline's place: a bracketed agency or a dash ({@code WASHINGTON (AP) --}). */
  private static final Pattern DATELINE_END = Pattern.compile("\\s*(?:\\(|--|\u2014|\u2013|-\\s)");

  /**
   * Whether a toponym opens the article and the words after it end a dateline, the town a story was filed from: a
   * bracketed agency or a dash, or, for a name in capitals, a comma ({@code SEATTLE, Wash.}); a sentence may open with
   * a state's name and a comma ({@code Texas, the second-largest state, ...}).
   */
  private static boolean dateline(Span span, String text) {
    if (!text.substring(0, span.start()).isBlank()) {
      return false;
    }
    boolean capitals = span.text().equals(span.text().toUpperCase(Locale.ROOT));
    return DATELINE_END.matcher(text).region(span.end(), text.length()).lookingAt()
        || capitals && text.startsWith(",", span.end());
  }

  /** Whether a name reads both as a first-level division and as a town ({@code New York}, {@code Washington}). */
  private static boolean hasDivisionReading(List<Gazetteer.Entry> entries) {
    boolean division = false;
    boolean city = false;
    for (Gazetteer.Entry e : entries) {
      division |= e.place().kind() == GeoPlace.Kind.ADMIN1;
      city |= e.place().kind() == GeoPlace.Kind.CITY;
    }
    return division && city;
  }

  /** Words that name a part of any country: a name made of them alone is a place only where the article is. */
  private static final Set<String> GENERIC_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "central", "middle", "upper", "lower", "northeast", "northwest", "southeast", "southwest",
      "north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern",
      "southwestern", "coast", "coastal", "gulf", "valley", "plateau", "highlands", "lowlands", "midlands", "interior",
      "capital", "region", "province", "state", "republic", "territory", "district", "islands", "the");

  /** Whether a name is made of common words only ({@code West Coast}, {@code Gulf}, {@code North Eastern}). */
  static boolean generic(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
    for (String w : words) {
      if (!GENERIC_WORDS.contains(w)) {
        return false;
      }
    }
    return words.length > 0;
  }

  /** How near a town must lie to a city to be taken for a part of it ({@code Brooklyn} of New York City), in km. */
  private static final double PART_OF_CITY_KM = 30;

  /** Whether place {@code outer} holds place {@code inner}: its country, its division, or a city it lies in. */
  private static boolean holds(GeoPlace outer, GeoPlace inner) {
    return switch (outer.kind()) {
      case COUNTRY -> outer.country().equals(inner.country());
      case ADMIN1 -> outer.admin1() != null && outer.admin1().equals(inner.admin1());
      case CITY -> outer.country().equals(inner.country()) && outer.population() > inner.population()
          && Gazetteer.kilometres(outer, inner) <= PART_OF_CITY_KM;
      default -> false;
    };
  }

  /**
   * Whether a name is itself a first-level division of the country of the division after its comma: then the two are
   * items of a list ("Georgia, Oklahoma, Pennsylvania and Wisconsin"), and the second does not qualify the first the
   * way "Springfield, Illinois" does.
   */
  private static boolean peerDivision(List<Gazetteer.Entry> entries, GeoPlace qualifier) {
    if (qualifier.kind() != GeoPlace.Kind.ADMIN1) {
      return false;
    }
    for (Gazetteer.Entry e : entries) {
      if (!e.alternate() && e.place().kind() == GeoPlace.Kind.ADMIN1 && e.place() != qualifier
          && qualifier.country().equals(e.place().country())) {
        return true;
      }
    }
    return false;
  }

  /** Last words of names that are named after a place but lie elsewhere ({@code Washington Avenue}). */
  private static final Set<String> NAMED_AFTER = Set.of(
      "street", "st", "st.", "avenue", "ave", "road", "rd", "boulevard", "drive", "lane", "way", "square", "township",
      "plantation", "park", "bridge", "highway", "trail", "place", "terrace", "embassy", "consulate", "quarter");

  /**
   * The run of capitalised words inside a name the gazetteer does not know that best names a place the organisation
   * or facility is in ({@code Bank of England}, {@code Florida Atlantic University}): a country or continent, or a
   * division or town of 20,000 people or more in a country the article speaks of, scored by prior plus context. Null
   * when there is none, for generic words ({@code West}, {@code University}), and for streets, squares or embassies,
   * which are named after a place but lie elsewhere.
   */
  private String innerName(String name, Context context) {
    String[] words = name.strip().split("\\s+");
    if (words.length < 2 || NAMED_AFTER.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int from = 0; from < words.length; from++) {
      for (int to = from + 1; to <= words.length && to - from < words.length; to++) {
        if (!ToponymDetector.capitalised(words[from]) || !ToponymDetector.capitalised(words[to - 1])
            || to - from == 1 && ToponymDetector.genericWord(words[from])) {
          continue;
        }
        String inner = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
        for (Gazetteer.Entry e : gazetteer.lookup(inner)) {
          GeoPlace p = e.place();
          double weight = p.country() == null ? 0 : context.weight(p.country(), "");
          boolean known = p.kind() == GeoPlace.Kind.COUNTRY || p.kind() == GeoPlace.Kind.REGION
              || weight > 0 && (p.kind() == GeoPlace.Kind.ADMIN1 || p.population() >= 20_000);
          double score = prior(e, null) + CONTEXT_WEIGHT * weight;
          if (!e.alternate() && known && score > bestScore) {
            best = inner;
            bestScore = score;
          }
        }
      }
    }
    return best;
  }

  private static final Pattern DIRECTION = Pattern.compile(
      "(?i)^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|north-?east|"
          + "north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest)(?:ern)?\\s+");

  /**
   * The gazetteer's readings of a name; else of the name without a division word ({@code Kabul Province}), a
   * direction ({@code Southern Sudan}) or a possessive.
   */
  private List<Gazetteer.Entry> readings(String name) {
    GeoPlace named = gazetteer.demonym(name);
    if (named != null) {
      // a demonym handed over as a toponym ("Canadian officials") names its country, not a village called so
      return List.of(new Gazetteer.Entry(named, false));
    }
    List<Gazetteer.Entry> entries = gazetteer.lookup(name);
    if (entries.isEmpty()) {
      String bare = Gazetteer.withoutDivisionWord(name);
      if (bare != null) {
        entries = gazetteer.lookup(bare);
      }
    }
    if (entries.isEmpty()) {
      String stripped = DIRECTION.matcher(name).replaceFirst("");
      if (stripped.endsWith("'s") || stripped.endsWith("\u2019s")) {
        stripped = stripped.substring(0, stripped.length() - 2);
      }
      if (!stripped.equals(name) && !stripped.isEmpty()) {
        entries = gazetteer.lookup(stripped);
      }
    }
    return entries;
  }

  private static GeoPlace best(List<Gazetteer.Entry> entries, GeoPlace.Kind hint) {
    GeoPlace best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Gazetteer.Entry e : entries) {
      double s = prior(e, hint);
      if (s > bestScore) {
        bestScore = s;
        best = e.place();
      }
    }
    return best;
  }

  /**
   * How widely known a town is beyond its population: nothing below 15 other names in GeoNames, then twice the log
   * of how many more it has ({@code Venice}, Italy with 47: 1.0; {@code Manchester}, England with 31: 0.6). Context
   * still outweighs it; it decides between readings the article's countries leave close.
   */
  static double prominence(GeoPlace p) {
    return 2 * Math.max(0, Math.log10((1 + p.names()) / 16.0));
  }

  /**
   * How likely a reading is before context: log population, kind of place, a town's {@link #prominence} under its
   * main name, main or alternate name, hint.
   */
  static double prior(Gazetteer.Entry e, GeoPlace.Kind hint) {
    GeoPlace p = e.place();
    double s = switch (p.kind()) {
      case COUNTRY -> Math.log10(Math.max(p.population(), 100_000)) + 2.5;
      case REGION -> 9.0;
      case ADMIN1 -> Math.log10(Math.max(p.population(), 10_000)) - 0.5;
      case ADMIN2 -> Math.log10(Math.max(p.population(), 1_000)) - 1.5;
      case CITY -> Math.log10(Math.max(p.population(), 100))
          + (p.code().equals("P.PPLC") ? 1.0 : p.code().equals("P.PPLA") ? 0.5 : 0)
          + (e.alternate() ? 0 : prominence(p));
    };
    if (e.alternate()) {
      // a big city's other names are known names ("New York" for New York City); a village's are not
      s -= p.population() >= 1_000_000 ? 0.5 : 1.5;
    }
    if (hint != null) {
      if (hint == p.kind()) {
        s += 3;
      } else if ((hint == GeoPlace.Kind.ADMIN1 || hint == GeoPlace.Kind.ADMIN2) && p.kind() == GeoPlace.Kind.CITY) {
        s -= 2;
      } else if (hint == GeoPlace.Kind.ADMIN1 && p.kind() == GeoPlace.Kind.ADMIN2
          || hint == GeoPlace.Kind.ADMIN2 && p.kind() == GeoPlace.Kind.ADMIN1) {
        s += 1;
      }
    }
    return s;
  }
}
