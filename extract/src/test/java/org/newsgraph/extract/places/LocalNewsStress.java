package org.newsgraph.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.Place;
import org.newsgraph.model.Span;

/**
 * A stress set of invented local news, drawn from the gazetteer itself rather than from any gold file: small US,
 * British and Australian towns (1,000 to 50,000 people) that share their name with a bigger place elsewhere, each
 * written into short stories from templates that give the kinds of context local news gives (the town with its state,
 * the state or county in another sentence, a neighbouring town, an agency dateline, nothing at all), and the reverse:
 * international stories that name the big namesake, alone or beside a town next to the small one. The toponyms' spans
 * are given (the resolver's task, as the harness scores it with gold spans); their entity marks are what a recogniser
 * would give ({@link Marked}). Deterministic: a fixed seed draws the towns.
 *
 * <p>Run {@link #main} for the table (towns per country as arguments: US GB AU); {@link LocalNewsStressTest} holds
 * the floors.
 */
final class LocalNewsStress {
  /** The kinds of context a story gives. */
  enum Kind {
    /** "in Paris, Texas,": the town with its state (a British town with its county). */
    QUALIFIED,
    /** The state (a British town's county) named in another sentence. */
    STATE,
    /** The county (Australia: the local government area) named in another sentence. */
    COUNTY,
    /** A neighbouring town named in another sentence. */
    NEIGHBOUR,
    /** An agency dateline with the state's abbreviation ("PARIS, Texas (AP) --"), US and Australia. */
    DATELINE,
    /** The town alone: no context, the prior decides (a control, where the big namesake is expected). */
    BARE,
    /** Reverse: an international story naming a namesake of 500,000 people or more, alone. */
    REVERSE,
    /** Reverse: the big namesake beside the biggest town of the small one's state ({@link #farTown}), with the state. */
    REVERSE_LOCAL
  }

  /** A town of the gazetteer's city table, with its county code. */
  record Town(long id, String name, String country, String admin1, String admin2, double lat, double lon,
      long population) {}

  /** One invented story, and the place its marked toponym at {@code target} means. */
  record Story(Kind kind, String marked, int target, Town intended, GeoPlace rival) {}

  /** Counts of one kind. */
  static final class Tally {
    int stories;
    int intended;
    int rival;
    int unresolved;

    double share(int n) {
      return stories == 0 ? 0 : n / (double) stories;
    }
  }

  private static final double KM = 161;

  /** US states in the Associated Press's dateline abbreviations (states it spells out are left out of the map). */
  private static final Map<String, String> AP = Map.ofEntries(
      Map.entry("AL", "Ala."), Map.entry("AZ", "Ariz."), Map.entry("AR", "Ark."), Map.entry("CA", "Calif."),
      Map.entry("CO", "Colo."), Map.entry("CT", "Conn."), Map.entry("DE", "Del."), Map.entry("FL", "Fla."),
      Map.entry("GA", "Ga."), Map.entry("IL", "Ill."), Map.entry("IN", "Ind."), Map.entry("KS", "Kan."),
      Map.entry("KY", "Ky."), Map.entry("LA", "La."), Map.entry("MD", "Md."), Map.entry("MA", "Mass."),
      Map.entry("MI", "Mich."), Map.entry("MN", "Minn."), Map.entry("MS", "Miss."), Map.entry("MO", "Mo."),
      Map.entry("MT", "Mont."), Map.entry("NE", "Neb."), Map.entry("NV", "Nev."), Map.entry("NH", "N.H."),
      Map.entry("NJ", "N.J."), Map.entry("NM", "N.M."), Map.entry("NY", "N.Y."), Map.entry("NC", "N.C."),
      Map.entry("ND", "N.D."), Map.entry("OK", "Okla."), Map.entry("OR", "Ore."), Map.entry("PA", "Pa."),
      Map.entry("RI", "R.I."), Map.entry("SC", "S.C."), Map.entry("SD", "S.D."), Map.entry("TN", "Tenn."),
      Map.entry("VT", "Vt."), Map.entry("VA", "Va."), Map.entry("WA", "Wash."), Map.entry("WV", "W.Va."),
      Map.entry("WI", "Wis."), Map.entry("WY", "Wyo."));

  /** Australian states as their newspapers abbreviate them. */
  private static final Map<String, String> AU = Map.of(
      "01", "ACT", "02", "NSW", "03", "NT", "04", "Qld", "05", "SA", "06", "Tas", "07", "Vic", "08", "WA");

  private final Gazetteer gazetteer;
  private final List<Town> towns = new ArrayList<>();
  private final Map<String, String> admin1Names = new HashMap<>();
  private final Map<String, String> admin2Names = new HashMap<>();

  LocalNewsStress(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    try {
      readTowns();
      readNames("admin1.tsv", admin1Names, 4);
      readNames("admin2.tsv", admin2Names, 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader resource(String name) throws IOException {
    InputStream in = LocalNewsStress.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return new BufferedReader(new InputStreamReader(
        name.endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
  }

  private void readTowns() throws IOException {
    Set<String> countries = Set.of("US", "GB", "AU");
    try (BufferedReader r = resource("cities500.tsv.gz")) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] c = line.split("\t", -1);
        if (countries.contains(c[7]) && !c[8].isEmpty()) {
          towns.add(new Town(Long.parseLong(c[0]), c[1], c[7], c[7] + "." + c[8],
              c.length > 10 && !c[10].isEmpty() ? c[7] + "." + c[8] + "." + c[10] : null,
              Double.parseDouble(c[4]), Double.parseDouble(c[5]), Long.parseLong(c[9])));
        }
      }
    }
    towns.sort(Comparator.comparingLong(Town::id));
  }

  private static void readNames(String file, Map<String, String> out, int column) throws IOException {
    try (BufferedReader r = resource(file)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] c = line.split("\t", -1);
        if (c.length > column && !c[column].isBlank()) {
          out.put(c[0], c[column]);
        }
      }
    }
  }

  /**
   * The biggest place of the town's name (its main or ASCII name, not an alternate), other than the town, with more
   * people and farther than 161 km; or null.
   */
  GeoPlace rival(Town t, long least) {
    GeoPlace best = null;
    for (Gazetteer.Entry e : gazetteer.lookup(t.name())) {
      GeoPlace p = e.place();
      if (e.alternate() || p.geonameId() == t.id() || p.population() <= Math.max(t.population(), least)
          || km(p.lat(), p.lon(), t.lat(), t.lon()) <= KM
          || p.kind() != GeoPlace.Kind.CITY && p.kind() != GeoPlace.Kind.COUNTRY && p.kind() != GeoPlace.Kind.ADMIN1) {
        continue;
      }
      if (best == null || p.population() > best.population()) {
        best = p;
      }
    }
    return best;
  }

  /** The nearest other town of 1,000 people or more in the town's division, within 40 km, of another name; or null. */
  Town neighbour(Town t) {
    Town best = null;
    double bestKm = 40;
    for (Town o : towns) {
      if (o.id() == t.id() || !o.admin1().equals(t.admin1()) || o.population() < 1_000 || o.name().equals(t.name())
          || Math.abs(o.lat() - t.lat()) > 0.5) {
        continue;
      }
      double d = km(o.lat(), o.lon(), t.lat(), t.lon());
      if (d < bestKm) {
        best = o;
        bestKm = d;
      }
    }
    return best;
  }

  /**
   * The biggest town of the town's state farther than 161 km from it (Britain: of its county, farther than 15 km), of
   * another name; or null.
   */
  Town farTown(Town t) {
    boolean county = t.country().equals("GB");
    Town best = null;
    for (Town o : towns) {
      if ((county ? t.admin2() != null && t.admin2().equals(o.admin2()) : o.admin1().equals(t.admin1()))
          && !o.name().equals(t.name()) && (best == null || o.population() > best.population())
          && km(o.lat(), o.lon(), t.lat(), t.lon()) > (county ? 15 : KM)) {
        best = o;
      }
    }
    return best;
  }

  /**
   * The reverse stories: {@code n} places of 500,000 people or more drawn by seed from those that share their name
   * with a small town of the country ({@link #draw}'s kind), each alone and beside the biggest town of the small
   * one's state or county ({@link #farTown}).
   */
  List<Story> reverse(String country, int n, long seed) {
    List<Story> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (Town t : draw(country, Integer.MAX_VALUE, seed)) {
      GeoPlace big = rival(t, 500_000);
      if (seen.size() >= n || big == null || big.kind() != GeoPlace.Kind.CITY || !seen.add(big.geonameId())) {
        continue;
      }
      String town = "[" + t.name() + "|LOC]";
      out.add(new Story(Kind.REVERSE, "Thousands marched through " + town + " on Saturday against the new law, "
          + "police said.", 0, t, big));
      Town far = farTown(t);
      String region = region(t);
      if (far != null && region != null) {
        out.add(new Story(Kind.REVERSE_LOCAL, "A teacher from [" + far.name() + "|LOC], [" + region + "|LOC], "
            + "ran the marathon in " + town + " on Sunday.", 2, t, big));
      }
    }
    return out;
  }

  /** The towns drawn for a country: 1,000 to 50,000 people, a bigger namesake elsewhere; {@code n} of them by seed. */
  List<Town> draw(String country, int n, long seed) {
    List<Town> pool = new ArrayList<>();
    for (Town t : towns) {
      if (t.country().equals(country) && t.population() >= 1_000 && t.population() <= 50_000
          && t.name().length() > 2 && rival(t, 0) != null) {
        pool.add(t);
      }
    }
    Collections.shuffle(pool, new Random(seed));
    return pool.subList(0, Math.min(n, pool.size()));
  }

  /** The state (Britain: county) a town's stories name, or null. */
  private String region(Town t) {
    return t.country().equals("GB") ? t.admin2() == null ? null : admin2Names.get(t.admin2())
        : admin1Names.get(t.admin1());
  }

  /** The stories of one town, of every kind its data allow. */
  List<Story> stories(Town t) {
    List<Story> out = new ArrayList<>();
    GeoPlace rival = rival(t, 0);
    String town = "[" + t.name() + "|LOC]";
    String region = region(t);
    if (region != null) {
      out.add(new Story(Kind.QUALIFIED, "Firefighters were called to a house fire in " + town + ", [" + region
          + "|LOC], early on Sunday, officials said. No one was hurt.", 0, t, rival));
      out.add(new Story(Kind.STATE, "Firefighters were called to a house fire in " + town + " early on Sunday. "
          + "It was the third serious fire in [" + region + "|LOC] this month, officials said.", 0, t, rival));
    }
    String county = t.country().equals("GB") || t.admin2() == null ? null : admin2Names.get(t.admin2());
    if (county != null) {
      out.add(new Story(Kind.COUNTY, "The council in " + town + " voted on Tuesday to close the old library. "
          + "Deputies from the [" + county + "|LOC] sheriff's office kept order at the meeting.", 0, t, rival));
    }
    Town near = neighbour(t);
    if (near != null) {
      out.add(new Story(Kind.NEIGHBOUR, "A water main broke in " + town + " on Monday. Crews from neighbouring ["
          + near.name() + "|LOC] helped with the repairs.", 0, t, rival));
    }
    String abbreviation = t.country().equals("US") ? AP.getOrDefault(t.admin1().substring(3), region)
        : t.country().equals("AU") ? AU.get(t.admin1().substring(3)) : null;
    if (abbreviation != null) {
      out.add(new Story(Kind.DATELINE, "[" + t.name().toUpperCase(Locale.ROOT) + "|LOC], [" + abbreviation + "|LOC] (AP) -- The town "
          + "council voted on Tuesday to close the old library, the mayor said.", 0, t, rival));
    }
    out.add(new Story(Kind.BARE, "The council in " + town + " voted on Tuesday to close the old library, the "
        + "mayor said.", 0, t, rival));
    return out;
  }

  private static final Pattern MARK = Pattern.compile("\\[([^|\\]]+)\\|LOC]");

  /** Scores one story: the resolution of its target toponym, with its gold spans given. */
  static Place resolve(GazetteerPlaceResolver resolver, Story s) {
    Marked m = new Marked(s.marked());
    List<Span> spans = new ArrayList<>();
    Matcher mark = MARK.matcher(s.marked());
    int removed = 0;
    while (mark.find()) {
      int start = mark.start() - removed;
      spans.add(new Span(start, start + mark.group(1).length(), mark.group(1)));
      removed += mark.group().length() - mark.group(1).length();
    }
    List<Place> places = resolver.resolveSpans(m.article, m.annotation, spans);
    return places.get(s.target());
  }

  /** Tallies a story's resolution into its kind's counts. */
  static void score(Story s, Place p, Tally t) {
    t.stories++;
    if (p.lat() == null) {
      t.unresolved++;
      return;
    }
    boolean reverse = s.kind() == Kind.REVERSE || s.kind() == Kind.REVERSE_LOCAL;
    double town = km(p.lat(), p.lon(), s.intended().lat(), s.intended().lon());
    double rival = km(p.lat(), p.lon(), s.rival().lat(), s.rival().lon());
    if (reverse ? rival <= KM : town <= KM) {
      t.intended++;
    } else if (reverse ? town <= KM : rival <= KM) {
      t.rival++;
    }
  }

  /** Every story of the drawn towns, tallied per kind; with {@code misses}, the misses are printed. */
  static Map<Kind, Tally> run(GazetteerPlaceResolver resolver, List<Story> stories, boolean misses) {
    Map<Kind, Tally> out = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      out.put(k, new Tally());
    }
    for (Story s : stories) {
      Place p = resolve(resolver, s);
      Tally t = out.get(s.kind());
      int before = t.intended;
      score(s, p, t);
      if (misses && t.intended == before && s.kind() != Kind.BARE) {
        System.out.println("MISS " + s.kind() + "\t" + s.marked() + "\t-> " + p.name() + " " + p.country() + " "
            + p.admin1() + " " + p.featureClass() + " conf " + String.format(Locale.ROOT, "%.2f", p.confidence()));
      }
    }
    return out;
  }

  /** The stories of {@code us}, {@code gb} and {@code au} towns drawn with the seed. */
  List<Story> stories(int us, int gb, int au, long seed) {
    List<Story> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (Object[] c : new Object[][] {{"US", us}, {"GB", gb}, {"AU", au}}) {
      for (Town t : draw((String) c[0], (Integer) c[1], seed)) {
        if (seen.add(t.id())) {
          out.addAll(stories(t));
        }
      }
      out.addAll(reverse((String) c[0], (Integer) c[1] / 4, seed));
    }
    return out;
  }

  static double km(double lat1, double lon1, double lat2, double lon2) {
    double a = Math.toRadians(lat1);
    double b = Math.toRadians(lat2);
    double h = Math.pow(Math.sin((b - a) / 2), 2)
        + Math.cos(a) * Math.cos(b) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** Prints the table: {@code [US GB AU [seed [misses]]]} towns per country (default 200 100 100, seed 7). */
  public static void main(String[] args) {
    int us = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int gb = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int au = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 7;
    boolean misses = args.length > 4 && Boolean.parseBoolean(args[4]);
    Gazetteer gazetteer = Gazetteer.load();
    LocalNewsStress stress = new LocalNewsStress(gazetteer);
    List<Story> stories = stress.stories(us, gb, au, seed);
    GazetteerPlaceResolver resolver = new GazetteerPlaceResolver(gazetteer);
    long t0 = System.nanoTime();
    Map<Kind, Tally> table = run(resolver, stories, misses);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf(Locale.ROOT, "%-14s %6s %9s %9s %10s%n", "kind", "n", "intended", "namesake", "unresolved");
    for (Map.Entry<Kind, Tally> e : table.entrySet()) {
      Tally t = e.getValue();
      System.out.printf(Locale.ROOT, "%-14s %6d %9.3f %9.3f %10.3f%n", e.getKey(), t.stories, t.share(t.intended),
          t.share(t.rival), t.share(t.unresolved));
    }
    System.out.println(stories.size() + " stories in " + ms + " ms");
  }
}
