package org.newsgraph.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An in-memory GeoNames gazetteer: countries, first-level divisions, every city of 500 people or more with its
 * Latin-script alternate names, and a small curated list of regions, valleys and continents; plus demonyms, which
 * name a country without being places.
 *
 * <p>Load it once with {@link #load()} (about a second, some 200 MB of heap) and share it: it is immutable and
 * thread-safe. Names are matched by {@link #key(String)}: case, diacritics, periods and hyphens do not matter.
 * Data: GeoNames (https://www.geonames.org), CC BY 4.0; see the resources' {@code SOURCE.md}.
 */
public final class Gazetteer {
  private static final String BASE = "/org/newsgraph/extract/places/";

  /** A place under one of its names; {@code alternate} when the name is not its main or ASCII name. */
  public record Entry(GeoPlace place, boolean alternate) {}

  private final Map<String, List<Entry>> byName;
  private final Map<String, GeoPlace> countries;
  private final Map<String, GeoPlace> admin1;
  private final Map<String, GeoPlace> regions;
  private final Map<String, GeoPlace> demonyms;
  private final int size;

  private Gazetteer(Map<String, List<Entry>> byName, Map<String, GeoPlace> countries, Map<String, GeoPlace> admin1,
      Map<String, GeoPlace> regions, Map<String, GeoPlace> demonyms, int size) {
    this.byName = byName;
    this.countries = countries;
    this.admin1 = admin1;
    this.regions = regions;
    this.demonyms = demonyms;
    this.size = size;
  }

  /** Loads the gazetteer that ships in this module's resources. */
  public static Gazetteer load() {
    try {
      return new Loader().load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer resources under " + BASE, e);
    }
  }

  /** The places this name may refer to (main, ASCII or alternate names), never null. */
  public List<Entry> lookup(String name) {
    List<Entry> found = byName.get(key(name));
    return found == null ? List.of() : Collections.unmodifiableList(found);
  }

  /** The country with this ISO alpha-2 code, or null. */
  public GeoPlace country(String iso) {
    return iso == null ? null : countries.get(iso);
  }

  /** The first-level division with this GeoNames code ({@code AF.18}), or null. */
  public GeoPlace admin1(String code) {
    return code == null ? null : admin1.get(code);
  }

  /** The country or continent that a demonym ({@code Afghan}, {@code European}) names, or null. */
  public GeoPlace demonym(String word) {
    return demonyms.get(key(word));
  }

  /** Number of places. */
  public int size() {
    return size;
  }

  /**
   * The lookup key of a name: diacritics removed, lower case, periods dropped, hyphens as spaces, a leading "the"
   * dropped, whitespace collapsed ({@code "the U.S."} and {@code "US"} → {@code "us"}).
   */
  public static String key(String name) {
    boolean plain = true;
    for (int i = 0; i < name.length() && plain; i++) {
      char c = name.charAt(i);
      plain = c >= 'a' && c <= 'z' || c == ' ' && i > 0 && name.charAt(i - 1) != ' ';
    }
    if (plain && !name.startsWith("the ") && !name.endsWith(" ")) {
      return name;
    }
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int j = 0; j < decomposed.length(); j++) {
          char c = decomposed.charAt(j);
          int type = Character.getType(c);
          if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
              && type != Character.COMBINING_SPACING_MARK) {
            folded.append(c);
          }
        }
        s = folded.toString();
        break;
      }
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        continue;
      }
      if (c == '-' || c == '\u2019' || Character.isWhitespace(c)) {
        c = c == '\u2019' ? '\'' : ' ';
      }
      if (c == ' ') {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(Character.toLowerCase(c));
    }
    String k = b.toString();
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  private static final class Loader {
    private final Map<String, List<Entry>> byName = new HashMap<>(1 << 20);
    private final Map<String, GeoPlace> countries = new HashMap<>();
    private final Map<String, GeoPlace> admin1 = new HashMap<>();
    private final Map<String, GeoPlace> regions = new HashMap<>();
    private final Map<String, GeoPlace> demonyms = new HashMap<>();
    private final Map<String, long[]> admin1Population = new HashMap<>();
    private final Map<String, List<double[]>> pointsByAdmin1 = new HashMap<>();
    private final Map<String, List<double[]>> pointsByCountry = new HashMap<>();
    private int size;

    Gazetteer load() throws IOException {
      List<GeoPlace> cities = new ArrayList<>(200_000);
      List<String[]> cityNames = new ArrayList<>(200_000);
      try (BufferedReader r = reader("cities500.tsv.gz", true)) {
        for (String line; (line = r.readLine()) != null; ) {
          String[] c = line.split("\t", -1);
          String admin1Code = c[8].isEmpty() ? null : c[7] + "." + c[8];
          long population = Long.parseLong(c[9]);
          double lat = Double.parseDouble(c[4]);
          double lon = Double.parseDouble(c[5]);
          GeoPlace city = new GeoPlace(Long.parseLong(c[0]), c[1], c[6], GeoPlace.Kind.CITY, c[7], admin1Code,
              lat, lon, population);
          cities.add(city);
          cityNames.add(new String[] {c[1], c[2], c[3]});
          if (admin1Code != null) {
            admin1Population.computeIfAbsent(admin1Code, k -> new long[1])[0] += population;
            pointsByAdmin1.computeIfAbsent(admin1Code, k -> new ArrayList<>()).add(new double[] {lat, lon});
          }
          pointsByCountry.computeIfAbsent(c[7], k -> new ArrayList<>()).add(new double[] {lat, lon});
        }
      }
      List<String[]> features = readFeatures();
      loadCountries();
      loadAdmin1(features);
      loadFeatures(features);
      for (int i = 0; i < cities.size(); i++) {
        String[] names = cityNames.get(i);
        GeoPlace city = cities.get(i);
        add(names[0], city, false);
        add(names[1], city, false);
        if (!names[2].isEmpty()) {
          for (String alternate : names[2].split("\\|")) {
            add(alternate, city, true);
          }
        }
      }
      size += cities.size();
      loadDemonyms();
      return new Gazetteer(byName, Map.copyOf(countries), Map.copyOf(admin1), Map.copyOf(regions),
          Map.copyOf(demonyms), size);
    }

    private void loadCountries() throws IOException {
      Map<String, String[]> curated = new HashMap<>();
      try (BufferedReader r = reader("countries.tsv", false)) {
        for (String line; (line = r.readLine()) != null; ) {
          if (!line.startsWith("#") && !line.isBlank()) {
            String[] c = line.split("\t", -1);
            curated.put(c[0], c);
          }
        }
      }
      try (BufferedReader r = reader("countryInfo.txt", false)) {
        for (String line; (line = r.readLine()) != null; ) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] c = line.split("\t", -1);
          String iso = c[0];
          if (countries.containsKey(iso) || c[16].isEmpty()) {
            continue;
          }
          String[] mine = curated.get(iso);
          double[] point = mine != null
              ? new double[] {Double.parseDouble(mine[1]), Double.parseDouble(mine[2])}
              : middle(pointsByCountry.get(iso));
          if (point == null) {
            continue;
          }
          long population = c[7].isEmpty() ? 0 : Long.parseLong(c[7]);
          GeoPlace country = new GeoPlace(Long.parseLong(c[16]), c[4], "A.PCLI", GeoPlace.Kind.COUNTRY, iso, null,
              point[0], point[1], population);
          countries.put(iso, country);
          size++;
          add(c[4], country, false);
          if (mine != null && mine.length > 3 && !mine[3].isEmpty()) {
            for (String name : mine[3].split("\\|")) {
              add(name, country, false);
            }
          }
        }
      }
    }

    private void loadAdmin1(List<String[]> features) throws IOException {
      Map<String, double[]> points = new HashMap<>();
      for (String[] f : features) {
        if (f.length > 7 && !f[7].isEmpty() && !f[3].isEmpty() && f[5].equals("A.ADM1")) {
          points.put(f[7] + "\t" + key(f[1]), new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        }
      }
      try (BufferedReader r = reader("admin1.tsv", false)) {
        r.readLine();
        for (String line; (line = r.readLine()) != null; ) {
          String[] c = line.split("\t", -1);
          if (c[3].isEmpty()) {
            continue;
          }
          String code = c[0];
          double[] point = points.get(code + "\t" + key(c[1]));
          if (point == null) {
            point = middle(pointsByAdmin1.get(code));
          }
          if (point == null && !c[8].isEmpty()) {
            point = new double[] {Double.parseDouble(c[8]), Double.parseDouble(c[9])};
          }
          if (point == null) {
            continue;
          }
          long[] population = admin1Population.get(code);
          String name = c[1].isEmpty() ? c[4] : c[1];
          GeoPlace division = new GeoPlace(Long.parseLong(c[3]), name, "A.ADM1", GeoPlace.Kind.ADMIN1,
              code.substring(0, code.indexOf('.')), code, point[0], point[1], population == null ? 0 : population[0]);
          admin1.put(code, division);
          size++;
          for (int i : new int[] {1, 2, 4}) {
            if (!c[i].isEmpty()) {
              add(c[i], division, false);
              String bare = withoutDivisionWord(c[i]);
              if (bare != null) {
                add(bare, division, false);
              }
            }
          }
        }
      }
    }

    private static List<String[]> readFeatures() throws IOException {
      List<String[]> rows = new ArrayList<>();
      try (BufferedReader r = reader("features.tsv", false)) {
        for (String line; (line = r.readLine()) != null; ) {
          if (!line.startsWith("#") && !line.isBlank()) {
            rows.add(line.split("\t", -1));
          }
        }
      }
      return rows;
    }

    /**
     * Indexes the curated features. A row without coordinates is another name of the division it names
     * ({@code NSW}); a division row whose name is the division's own only moves the division's point (done in
     * {@link #loadAdmin1}).
     */
    private void loadFeatures(List<String[]> rows) {
      for (String[] c : rows) {
        String code = c[5];
        String country = c[6].isEmpty() ? null : c[6];
        String division = c.length > 7 && !c[7].isEmpty() ? c[7] : null;
        GeoPlace known = admin1.get(division);
        if (c[3].isEmpty()) {
          if (known == null) {
            throw new IllegalStateException("features.tsv: " + c[1] + " names unknown division " + division);
          }
          add(c[1], known, false);
          continue;
        }
        if (known != null && key(known.name()).equals(key(c[1]))) {
          continue;
        }
        GeoPlace.Kind kind = code.equals("A.ADM1") ? GeoPlace.Kind.ADMIN1 : GeoPlace.Kind.REGION;
        GeoPlace feature = new GeoPlace(Long.parseLong(c[0]), c[1], code, kind, country, division,
            Double.parseDouble(c[3]), Double.parseDouble(c[4]), known == null ? 0 : known.population());
        size++;
        regions.put(c[1], feature);
        add(c[1], feature, false);
        if (!c[2].isEmpty()) {
          for (String name : c[2].split("\\|")) {
            add(name, feature, false);
          }
        }
      }
    }

    private void loadDemonyms() throws IOException {
      try (BufferedReader r = reader("demonyms.tsv", false)) {
        for (String line; (line = r.readLine()) != null; ) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] c = line.split("\t", -1);
          GeoPlace place = c[1].length() == 2 ? countries.get(c[1]) : regions.get(c[1]);
          if (place == null) {
            throw new IllegalStateException("demonyms.tsv: unknown country or region " + c[1]);
          }
          demonyms.put(key(c[0]), place);
        }
      }
    }

    private void add(String name, GeoPlace place, boolean alternate) {
      String k = key(name);
      if (k.isEmpty()) {
        return;
      }
      List<Entry> list = byName.computeIfAbsent(k, x -> new ArrayList<>(1));
      for (int i = 0; i < list.size(); i++) {
        Entry e = list.get(i);
        if (e.place() == place) {
          if (e.alternate() && !alternate) {
            list.set(i, new Entry(place, false));
          }
          return;
        }
      }
      list.add(new Entry(place, alternate));
    }

    /**
     * The middle of the central 96% of the points' latitudes and longitudes: close to where GeoNames puts a
     * division, and not pulled off by a few outlying islands. Null for no points.
     */
    private static double[] middle(List<double[]> points) {
      if (points == null || points.isEmpty()) {
        return null;
      }
      int n = points.size();
      double[] lats = new double[n];
      double[] lons = new double[n];
      for (int i = 0; i < n; i++) {
        lats[i] = points.get(i)[0];
        lons[i] = points.get(i)[1];
      }
      Arrays.sort(lats);
      Arrays.sort(lons);
      boolean wraps = lons[n - 1] - lons[0] > 180 && n > 1;
      if (wraps) {
        for (int i = 0; i < n; i++) {
          lons[i] = lons[i] < 0 ? lons[i] + 360 : lons[i];
        }
        Arrays.sort(lons);
      }
      int lo = (int) Math.floor(n * 0.02);
      int hi = Math.max(lo, (int) Math.ceil(n * 0.98) - 1);
      double lon = (lons[lo] + lons[hi]) / 2;
      return new double[] {(lats[lo] + lats[hi]) / 2, lon > 180 ? lon - 360 : lon};
    }

    private static BufferedReader reader(String name, boolean gzip) throws IOException {
      InputStream in = Gazetteer.class.getResourceAsStream(BASE + name);
      if (in == null) {
        throw new IOException("missing resource " + BASE + name);
      }
      return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in, 1 << 16) : in,
          StandardCharsets.UTF_8), 1 << 16);
    }
  }

  private static final String[] DIVISION_WORDS = {
    " province", " state", " region", " governorate", " oblast", " prefecture", " district", " county",
    " department", " territory", " republic"};

  /** The name without a trailing division word ({@code Kabul Province} → {@code Kabul}), or null. */
  static String withoutDivisionWord(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String w : DIVISION_WORDS) {
      if (lower.endsWith(w) && lower.length() > w.length() + 2) {
        return name.substring(0, name.length() - w.length());
      }
    }
    for (String prefix : new String[] {"province of ", "state of ", "provincia di ", "provincia de "}) {
      if (lower.startsWith(prefix) && lower.length() > prefix.length() + 2) {
        return name.substring(prefix.length());
      }
    }
    return null;
  }
}
