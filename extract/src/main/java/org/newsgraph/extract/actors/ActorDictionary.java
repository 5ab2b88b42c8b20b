package org.newsgraph.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.model.ActorKind;

/**
 * Actor and agent dictionaries in the PETRARCH/Phoenix format ({@code dictionaries.rst} of PETRARCH2), held as
 * word tries for matching token sequences.
 *
 * <p>Actors: a primary phrase with an optional code, synonyms on {@code +} lines, date-bounded codes on indented
 * {@code [CODE <date]}, {@code [CODE >date]}, {@code [CODE date-date]} lines. Words are joined by {@code _}; a
 * phrase that does not end in {@code _} also matches longer words it is the stem of ({@code ARGENTIN} matches
 * {@code Argentina}), when the stem has four letters or more. Agents: {@code PHRASE {plural} [~CODE]} with regular
 * plurals generated unless {@code {}} says otherwise, and {@code !MARKER!} substitution sets. User dictionaries add
 * two lines after an entry: {@code @ROLE words} and {@code @KIND person} (see the README).
 *
 * <p>Built once (about a second for the Phoenix files) and then immutable; thread-safe.
 */
public final class ActorDictionary {
  private static final String PHOENIX = "/org/newsgraph/extract/actors/phoenix/";
  private static final List<String> PHOENIX_ACTORS = List.of(
      "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
      "newsgraph.actors.txt");
  private static final List<String> PHOENIX_AGENTS = List.of("Phoenix.agents.txt", "newsgraph.agents.txt");
  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern MARKER_LINE = Pattern.compile("^\\s*(![A-Z]+!)\\s*=\\s*(.+)$");
  private static final Pattern MARKER = Pattern.compile("![A-Z]+!");
  private static final Pattern PARENTHESIS = Pattern.compile("_?\\(([^()]+)\\)");
  private static final Pattern WORD_SPLIT = Pattern.compile("[_\\s]+");

  /** A generic actor ({@code police}, {@code officials}) and the code it adds to an actor's code. */
  public record Agent(String phrase, String code, boolean before) {}

  /** A match of tokens {@code [start, end)} of a sentence: an actor entry or an agent, never both. */
  public record Hit(int start, int end, DictionaryEntry actor, Agent agent) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(2);
    Map<String, Node> stems;
    Object value;
  }

  private final Node actors;
  private final Node agents;
  private final Map<String, DictionaryEntry> byNameKey;
  private final Set<String> countries;
  private final Map<String, String> countryNames;

  private ActorDictionary(Node actors, Node agents, Map<String, DictionaryEntry> byNameKey, Set<String> countries,
      Map<String, String> countryNames) {
    this.actors = actors;
    this.agents = agents;
    this.byNameKey = byNameKey;
    this.countries = countries;
    this.countryNames = countryNames;
  }

  /** The Phoenix actors and agents shipped with newsgraph, with newsgraph's own additions. */
  public static ActorDictionary phoenix() {
    Builder b = new Builder();
    for (String name : PHOENIX_ACTORS) {
      b.readActors(resource(name), name);
    }
    for (String name : PHOENIX_AGENTS) {
      b.readAgents(resource(name), name);
    }
    return b.build();
  }

  /**
   * The dictionaries of a folder: files whose name contains {@code actors} are actor dictionaries, those with
   * {@code agents} agent dictionaries (as the PETRARCH validation folders hold them).
   *
   * @throws UncheckedIOException when the folder cannot be read
   * @throws IllegalArgumentException when it holds no actor dictionary
   */
  public static ActorDictionary fromFolder(Path folder) {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list dictionary folder " + folder, e);
    }
    Builder b = new Builder();
    boolean any = false;
    for (Path f : files) {
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.contains("actors")) {
        b.readActors(read(f), f.toString());
        any = true;
      } else if (name.contains("agents")) {
        b.readAgents(read(f), f.toString());
      }
    }
    if (!any) {
      throw new IllegalArgumentException("no actor dictionary (a file named *actors*) in " + folder);
    }
    return b.build();
  }

  /** This dictionary with the actors of a user dictionary file added; its entries win over shipped ones. */
  public ActorDictionary withUserActors(Path file) {
    Builder b = new Builder(this);
    b.readActors(read(file), file.toString());
    return b.build();
  }

  /** This dictionary with the actors of a user dictionary text added (for tests and the documentation). */
  public ActorDictionary withUserActors(String text, String source) {
    Builder b = new Builder(this);
    b.readActors(List.of(text.split("\r?\n")), source);
    return b.build();
  }

  /** The name of the country entry with code {@code code} ({@code IRN}: Iran), or the code when there is none. */
  public String countryName(String code) {
    String name = countryNames.get(code);
    if (name == null) {
      name = countryNames.get(CameoCode.cameoCountry(code));
    }
    return name == null ? code : name;
  }

  /** Whether {@code code} is a country code of these dictionaries. */
  public boolean isCountry(String code) {
    return countries.contains(code);
  }

  /** Reads a code of these dictionaries. */
  public CameoCode code(String code) {
    return CameoCode.parse(code, countries);
  }

  /** The entry whose primary phrase or a synonym has these word keys ({@link VariantKey#ofName}), or null. */
  public DictionaryEntry byNameKey(String key) {
    return byNameKey.get(key);
  }

  /**
   * The longest actor and agent matches of a sentence's words, left to right, not overlapping. Actor phrases must
   * start with a capitalised word, and words of three letters or fewer match only written in capitals
   * ({@code US}, not {@code us}); agents match in any case.
   */
  public List<Hit> scan(List<String> words) {
    List<String> upper = new ArrayList<>(words.size());
    for (String w : words) {
      upper.add(w.toUpperCase(Locale.ROOT));
    }
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Hit best = null;
      // al-Qaeda as the tokenizer splits it: al, -, Qaeda
      boolean hyphenated = i + 2 < words.size() && words.get(i + 1).equals("-")
          && startsCapitalised(words.get(i + 2));
      if (startsCapitalised(words.get(i)) || hyphenated) {
        best = longest(actors, words, upper, i, true);
      }
      Hit agent = longest(agents, words, upper, i, false);
      if (agent != null && (best == null || agent.end() > best.end())) {
        best = agent;
      }
      if (best == null) {
        i++;
      } else {
        hits.add(best);
        i = best.end();
      }
    }
    return hits;
  }

  private static Hit longest(Node root, List<String> words, List<String> upper, int start, boolean actor) {
    Node node = root;
    Hit best = null;
    for (int i = start; i < upper.size() && node != null; i++) {
      String w = upper.get(i);
      // a one-word actor of three letters or fewer must be written in capitals: US, not us
      boolean lowShort = actor && i == start && w.length() <= 3 && !w.equals(words.get(i));
      Node exact = node.next.get(w);
      if (exact == null && actor && w.length() > 4 && w.endsWith("S")) {
        exact = node.next.get(w.substring(0, w.length() - 1));
      }
      if (node.stems != null) {
        for (int cut = 1; cut <= 4 && w.length() - cut >= 4; cut++) {
          Node stem = node.stems.get(w.substring(0, w.length() - cut));
          if (stem != null && stem.value != null) {
            best = hit(start, i + 1, stem.value);
            break;
          }
        }
      }
      if (exact == null) {
        break;
      }
      if (exact.value != null && !lowShort) {
        best = hit(start, i + 1, exact.value);
      }
      node = exact;
    }
    return best;
  }

  private static Hit hit(int start, int end, Object value) {
    return value instanceof Agent a ? new Hit(start, end, null, a) : new Hit(start, end, (DictionaryEntry) value, null);
  }

  private static boolean startsCapitalised(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c) || word.chars().anyMatch(Character::isUpperCase);
      }
      if (Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> resource(String name) {
    InputStream in = ActorDictionary.class.getResourceAsStream(PHOENIX + name);
    if (in == null) {
      throw new IllegalStateException("dictionary resource " + PHOENIX + name + " is missing from the build");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary resource " + name, e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary " + file, e);
    }
  }

  /** Reads dictionary lines into tries. Not thread-safe; used only while building. */
  private static final class Builder {
    private final Node actors;
    private final Node agents;
    private final Map<String, DictionaryEntry> byNameKey;
    private final Set<String> countries;
    private final Map<DictionaryEntry, DictionaryEntry> replaced = new IdentityHashMap<>();
    private final Map<String, String> agentSources = new HashMap<>();
    private final Map<String, String> countryNames;

    Builder() {
      this.actors = new Node();
      this.agents = new Node();
      this.byNameKey = new HashMap<>();
      this.countries = new HashSet<>();
      this.countryNames = new HashMap<>();
    }

    /** A builder that adds to a copy-on-write view of {@code base}: shared nodes are copied before a change. */
    Builder(ActorDictionary base) {
      this.actors = copy(base.actors);
      this.agents = base.agents;
      this.byNameKey = new HashMap<>(base.byNameKey);
      this.countries = new HashSet<>(base.countries);
      this.countryNames = new HashMap<>(base.countryNames);
    }

    private static Node copy(Node n) {
      Node c = new Node();
      for (Map.Entry<String, Node> e : n.next.entrySet()) {
        c.next.put(e.getKey(), copy(e.getValue()));
      }
      if (n.stems != null) {
        c.stems = new HashMap<>();
        for (Map.Entry<String, Node> e : n.stems.entrySet()) {
          c.stems.put(e.getKey(), copy(e.getValue()));
        }
      }
      c.value = n.value;
      return c;
    }

    ActorDictionary build() {
      applyReplacements();
      return new ActorDictionary(actors, agents, Collections.unmodifiableMap(byNameKey), Set.copyOf(countries),
          Map.copyOf(countryNames));
    }

    void readActors(List<String> lines, String source) {
      String name = null;
      List<String> phrases = new ArrayList<>();
      String defaultCode = null;
      List<DictionaryEntry.DatedCode> dated = new ArrayList<>();
      List<String> roles = new ArrayList<>();
      ActorKind kind = null;
      List<String> removals = new ArrayList<>();
      boolean inXmlComment = false;
      List<Object[]> pending = new ArrayList<>();
      for (String raw : lines) {
        String line = raw;
        if (inXmlComment) {
          inXmlComment = !line.contains("-->");
          continue;
        }
        if (line.strip().startsWith("<!--")) {
          inXmlComment = !line.contains("-->");
          continue;
        }
        if (line.strip().startsWith("@") && name != null) {
          String directive = line.strip();
          int space = directive.indexOf(' ');
          String key = space < 0 ? directive : directive.substring(0, space);
          String value = space < 0 ? "" : directive.substring(space + 1).strip();
          switch (key.toUpperCase(Locale.ROOT)) {
            case "@ROLE" -> roles.add(value);
            case "@KIND" -> kind = kindOf(value, source);
            default -> throw new IllegalArgumentException(
                source + ": unknown directive " + key + " (use @ROLE or @KIND)");
          }
          continue;
        }
        line = stripComment(line);
        if (line.isBlank()) {
          continue;
        }
        boolean indented = Character.isWhitespace(line.charAt(0));
        String body = line.strip();
        if (indented && body.startsWith("[")) {
          defaultCode = addCodes(body, defaultCode, dated);
          continue;
        }
        if (body.startsWith("-") && name != null) {
          // a synonym taken away from the entry: a wrong one in a shipped dictionary (YOUTH_ for an armed group)
          removals.add(phraseOf(body.substring(1)));
          continue;
        }
        if (body.startsWith("+")) {
          if (name != null) {
            for (String synonym : expand(phraseOf(body.substring(1)))) {
              if (words(synonym).length > 0) {
                phrases.add(synonym);
              }
            }
          }
          continue;
        }
        if (name != null) {
          pending.add(new Object[] {name, phrases, defaultCode, dated, roles, kind, removals});
        }
        List<String> expanded = expand(phraseOf(body));
        String phrase = expanded.get(0);
        String[] words = words(phrase);
        if (words.length == 0) {
          name = null;
          continue;
        }
        name = phrase;
        phrases = new ArrayList<>(expanded);
        defaultCode = null;
        dated = new ArrayList<>();
        roles = new ArrayList<>();
        kind = null;
        removals = new ArrayList<>();
        defaultCode = addCodes(body, defaultCode, dated);
      }
      if (name != null) {
        pending.add(new Object[] {name, phrases, defaultCode, dated, roles, kind, removals});
      }
      for (Object[] p : pending) {
        add((String) p[0], cast(p[1]), (String) p[2], cast(p[3]), cast(p[4]), (ActorKind) p[5], cast(p[6]));
      }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object o) {
      return (List<T>) o;
    }

    private void add(String phrase, List<String> phrases, String defaultCode,
        List<DictionaryEntry.DatedCode> dated, List<String> roles, ActorKind kind, List<String> removals) {
      List<String> variants = new ArrayList<>();
      for (int i = 1; i < phrases.size(); i++) {
        variants.add(display(words(phrases.get(i))));
      }
      DictionaryEntry entry = new DictionaryEntry(display(words(phrase)), variants, defaultCode, dated, roles, kind);
      DictionaryEntry earlier = find(actors, words(phrase));
      if (earlier != null && earlier.name().equalsIgnoreCase(entry.name())) {
        // the same primary phrase again (a later file, a user dictionary): one entry with the synonyms of both and
        // the later codes, roles and kind where it gives them
        entry = merge(earlier, entry);
        replaced.put(earlier, entry);
      }
      if (!removals.isEmpty()) {
        Set<String> gone = new HashSet<>();
        for (String r : removals) {
          gone.add(display(words(r)).toLowerCase(Locale.ROOT));
          remove(actors, words(r), entry.name());
          remove(actors, splitHyphens(words(r)), entry.name());
        }
        List<String> kept = new ArrayList<>();
        for (String v : entry.variants()) {
          if (!gone.contains(v.toLowerCase(Locale.ROOT))) {
            kept.add(v);
          }
        }
        DictionaryEntry trimmed = new DictionaryEntry(entry.name(), kept, entry.defaultCode(), entry.dated(),
            entry.roles(), entry.kind());
        if (replaced.containsValue(entry)) {
          replaced.put(entry, trimmed);
        }
        entry = trimmed;
      }
      if (defaultCode != null && defaultCode.length() == 3 && Character.isLetter(defaultCode.charAt(0))) {
        countries.add(defaultCode);
        countryNames.putIfAbsent(defaultCode, entry.name());
      }
      for (DictionaryEntry.DatedCode d : dated) {
        if (d.code().length() == 3 && Character.isLetter(d.code().charAt(0))) {
          countries.add(d.code());
          countryNames.putIfAbsent(d.code(), entry.name());
        }
      }
      for (String raw : phrases) {
        String[] words = words(raw);
        insertWithHyphensSplit(actors, words, entry, !raw.endsWith("_"));
        String key = VariantKey.ofName(String.join(" ", words));
        if (words.length >= 2 && !key.isEmpty()) {
          byNameKey.putIfAbsent(key, entry);
          if (!roles.isEmpty() || kind != null) {
            byNameKey.put(key, entry);
          }
        }
      }
    }

    private static DictionaryEntry find(Node root, String[] words) {
      Node node = root;
      for (String w : words) {
        node = node.next.get(w);
        if (node == null) {
          return null;
        }
      }
      return node.value instanceof DictionaryEntry e ? e : null;
    }

    private static DictionaryEntry merge(DictionaryEntry earlier, DictionaryEntry later) {
      Set<String> variants = new LinkedHashSet<>(earlier.variants());
      variants.addAll(later.variants());
      variants.remove(later.name());
      boolean codes = later.defaultCode() != null || !later.dated().isEmpty();
      List<String> roles = new ArrayList<>(earlier.roles());
      roles.addAll(later.roles());
      return new DictionaryEntry(later.name(), List.copyOf(variants),
          codes ? later.defaultCode() : earlier.defaultCode(), codes ? later.dated() : earlier.dated(),
          roles, later.kind() != null ? later.kind() : earlier.kind());
    }

    /** Points every reference to a merged-away entry at the entry that replaced it. */
    private void applyReplacements() {
      if (replaced.isEmpty()) {
        return;
      }
      Deque<Node> open = new ArrayDeque<>();
      open.push(actors);
      while (!open.isEmpty()) {
        Node n = open.pop();
        if (n.value instanceof DictionaryEntry e) {
          n.value = latest(e);
        }
        open.addAll(n.next.values());
        if (n.stems != null) {
          open.addAll(n.stems.values());
        }
      }
      byNameKey.replaceAll((k, e) -> latest(e));
      replaced.clear();
    }

    private DictionaryEntry latest(DictionaryEntry e) {
      DictionaryEntry r = e;
      while (replaced.containsKey(r)) {
        r = replaced.get(r);
      }
      return r;
    }

    /** Takes the phrase {@code words} (and its stem) away from the entry named {@code name}, where it points there. */
    private static void remove(Node root, String[] words, String name) {
      Node node = root;
      for (int i = 0; i < words.length && node != null; i++) {
        if (i == words.length - 1 && node.stems != null) {
          Node stem = node.stems.get(words[i]);
          if (stem != null && named(stem.value, name)) {
            stem.value = null;
          }
        }
        node = node.next.get(words[i]);
      }
      if (node != null && named(node.value, name)) {
        node.value = null;
      }
    }

    private static boolean named(Object value, String name) {
      return value instanceof DictionaryEntry e && e.name().equalsIgnoreCase(name);
    }

    /**
     * Inserts a phrase, and where a word of it has a hyphen inside ({@code AL-QAEDA}, {@code SECRETARY-GENERAL}) the
     * phrase as the tokenizer splits such words too: {@code AL}, {@code -}, {@code QAEDA}.
     */
    private static void insertWithHyphensSplit(Node root, String[] words, Object value, boolean stem) {
      insert(root, words, value, stem);
      String[] split = splitHyphens(words);
      if (split.length != words.length) {
        insert(root, split, value, stem);
      }
    }

    /** The words with every inner hyphen a word of its own; the same array when there is none. */
    static String[] splitHyphens(String[] words) {
      List<String> out = new ArrayList<>();
      for (String w : words) {
        int at = w.indexOf('-');
        if (at <= 0 || at == w.length() - 1) {
          out.add(w);
          continue;
        }
        String[] parts = w.split("-");
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            out.add("-");
          }
          if (!parts[i].isEmpty()) {
            out.add(parts[i]);
          }
        }
      }
      return out.size() == words.length ? words : out.toArray(new String[0]);
    }

    private static void insert(Node root, String[] words, Object value, boolean stem) {
      Node node = root;
      for (int i = 0; i < words.length; i++) {
        boolean last = i == words.length - 1;
        String w = words[i];
        if (last && stem && w.length() >= 4) {
          if (node.stems == null) {
            node.stems = new HashMap<>(2);
          }
          node.stems.computeIfAbsent(w, k -> new Node()).value = value;
        }
        node = node.next.computeIfAbsent(w, k -> new Node());
      }
      node.value = value;
    }

    void readAgents(List<String> lines, String source) {
      Map<String, List<String>> markers = new LinkedHashMap<>();
      boolean inXmlComment = false;
      for (String raw : lines) {
        if (inXmlComment) {
          inXmlComment = !raw.contains("-->");
          continue;
        }
        if (raw.strip().startsWith("<!--")) {
          inXmlComment = !raw.contains("-->");
          continue;
        }
        String line = stripComment(raw).strip();
        if (line.isEmpty()) {
          continue;
        }
        Matcher m = MARKER_LINE.matcher(line);
        if (m.matches()) {
          List<String> items = new ArrayList<>();
          for (String item : m.group(2).split(",")) {
            items.add(item.replace(" ", "").toUpperCase(Locale.ROOT));
          }
          markers.put(m.group(1), items);
          continue;
        }
        List<String> codes = brackets(line);
        if (codes.isEmpty()) {
          continue;
        }
        String code = codes.get(0).replace(" ", "").toUpperCase(Locale.ROOT);
        boolean before = code.endsWith("~") && !code.startsWith("~");
        code = code.replace("~", "");
        if (code.isEmpty()) {
          continue;
        }
        int cut = line.length();
        for (char c : new char[] {'{', '['}) {
          int at = line.indexOf(c);
          if (at >= 0) {
            cut = Math.min(cut, at);
          }
        }
        String phrase = line.substring(0, cut).strip().toUpperCase(Locale.ROOT);
        String plural = null;
        boolean noPlural = false;
        int brace = line.indexOf('{');
        if (brace >= 0 && brace < line.indexOf('[')) {
          int close = line.indexOf('}', brace);
          String inside = close < 0 ? "" : line.substring(brace + 1, close).strip();
          if (inside.isEmpty()) {
            noPlural = true;
          } else {
            plural = inside.toUpperCase(Locale.ROOT);
          }
        }
        Matcher marker = MARKER.matcher(phrase);
        if (marker.find()) {
          List<String> items = markers.get(marker.group());
          if (items == null) {
            continue;
          }
          for (String item : items) {
            addAgent(phrase.replace(marker.group(), item), code, before, source);
          }
          continue;
        }
        addAgent(phrase, code, before, source);
        if (plural != null) {
          addAgent(plural, code, before, source);
        } else if (!noPlural && !phrase.endsWith("_")) {
          addAgent(pluralOf(phrase), code, before, source);
        }
      }
    }

    /**
     * Adds an agent phrase. A phrase a file lists twice under different sectors has both (Phoenix's
     * {@code SECURITY_FORCE} is police and military: {@code COPMIL}); a later file's phrase replaces an earlier
     * file's (the newsgraph additions over Phoenix).
     */
    private void addAgent(String phrase, String code, boolean before, String source) {
      String[] words = words(phrase);
      if (words.length == 0) {
        return;
      }
      String key = String.join(" ", words);
      if (source.equals(agentSources.get(key)) && findAgent(words) instanceof Agent earlier
          && earlier.before() == before) {
        code = unionOfParts(earlier.code(), code);
      }
      agentSources.put(key, source);
      insertWithHyphensSplit(agents, words, new Agent(display(words).toLowerCase(Locale.ROOT), code, before), false);
    }

    private Object findAgent(String[] words) {
      Node node = agents;
      for (String w : words) {
        node = node.next.get(w);
        if (node == null) {
          return null;
        }
      }
      return node.value;
    }

    /** The three-letter parts of {@code first}, then those of {@code second} it lacks. */
    private static String unionOfParts(String first, String second) {
      StringBuilder code = new StringBuilder(first);
      for (int i = 0; i + 3 <= second.length(); i += 3) {
        String part = second.substring(i, i + 3);
        boolean has = false;
        for (int j = 0; j + 3 <= first.length(); j += 3) {
          has |= first.substring(j, j + 3).equals(part);
        }
        if (!has) {
          code.append(part);
        }
      }
      return code.toString();
    }

    private static String pluralOf(String phrase) {
      if (phrase.endsWith("Y") && phrase.length() > 1 && "AEIOU".indexOf(phrase.charAt(phrase.length() - 2)) < 0) {
        return phrase.substring(0, phrase.length() - 1) + "IES";
      }
      if (phrase.endsWith("SS") || phrase.endsWith("SH") || phrase.endsWith("CH") || phrase.endsWith("X")) {
        return phrase + "ES";
      }
      if (phrase.endsWith("MAN")) {
        return phrase.substring(0, phrase.length() - 3) + "MEN";
      }
      return phrase + "S";
    }

    private static ActorKind kindOf(String value, String source) {
      try {
        return ActorKind.fromLabel(value.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": unknown @KIND " + value
            + " (use person, organization, government, armed group, media, country or collective)", e);
      }
    }
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    if (hash >= 0) {
      line = line.substring(0, hash);
    }
    int semi = line.indexOf(';');
    if (semi >= 0) {
      line = line.substring(0, semi);
    }
    return line;
  }

  private static List<String> brackets(String line) {
    List<String> codes = new ArrayList<>();
    Matcher m = BRACKET.matcher(line);
    while (m.find()) {
      codes.add(m.group(1).strip());
    }
    return codes;
  }

  /**
   * A phrase with its parenthesised acronym ({@code LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_}) as the name without
   * it, then the acronym alone; any other phrase as it is, including one whose parenthesis tells namesakes apart
   * ({@code PEOPLE'S_REVOLUTIONARY_ARMY_(ARGENTINA)}).
   */
  static List<String> expand(String phrase) {
    Matcher m = PARENTHESIS.matcher(phrase);
    if (!m.find()) {
      return List.of(phrase);
    }
    String bare = (phrase.substring(0, m.start()) + "_" + phrase.substring(m.end())).replaceAll("_+", "_");
    bare = bare.startsWith("_") ? bare.substring(1) : bare;
    String acronym = m.group(1).replaceAll("_+$", "");
    if (!isAcronym(acronym, words(bare))) {
      return List.of(phrase);
    }
    return List.of(bare, acronym + "_");
  }

  /** Whether {@code letters} (three or more) are initials of {@code words} in order, the first word's first. */
  static boolean isAcronym(String letters, String[] words) {
    if (letters.length() < 3 || words.length < 2 || !letters.chars().allMatch(Character::isLetter)
        || Character.toUpperCase(letters.charAt(0)) != words[0].charAt(0)) {
      return false;
    }
    int w = 0;
    for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) {
      while (w < words.length && words[w].charAt(0) != c) {
        w++;
      }
      if (w == words.length) {
        return false;
      }
      w++;
    }
    return true;
  }

  private static String phraseOf(String body) {
    int bracket = body.indexOf('[');
    return (bracket < 0 ? body : body.substring(0, bracket)).strip();
  }

  private static String[] words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : WORD_SPLIT.split(phrase.strip())) {
      if (!w.isEmpty()) {
        out.add(w.toUpperCase(Locale.ROOT));
      }
    }
    return out.toArray(new String[0]);
  }

  /** {@code AMIR KHAN MUTTAKI} as {@code Amir Khan Muttaki}; short all-letter words stay in capitals (UN, BBC). */
  static String display(String[] words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      if (words.length == 1 && w.length() <= 3 && !w.contains(".") && !w.contains("-")) {
        sb.append(w);
      } else if (words.length > 1 && Set.of("OF", "AND", "THE", "FOR", "DE", "DU", "LA", "AL").contains(w)) {
        sb.append(w.toLowerCase(Locale.ROOT));
      } else {
        StringBuilder word = new StringBuilder();
        boolean start = true;
        for (char c : w.toCharArray()) {
          word.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
          start = c == '-' || c == '.' || c == '\'';
        }
        sb.append(word);
      }
    }
    return sb.toString();
  }

  /** {@code AFGGOV >011222} as a code with its dates; null when unreadable. */
  static DictionaryEntry.DatedCode datedCode(String bracket) {
    String[] parts = bracket.strip().split("\\s+", 2);
    if (parts.length == 0 || parts[0].isEmpty()) {
      return null;
    }
    String code = parts[0].toUpperCase(Locale.ROOT);
    if (parts.length == 1) {
      return new DictionaryEntry.DatedCode(code, null, null);
    }
    String r = parts[1].replace(" ", "");
    try {
      if (r.startsWith("<")) {
        return new DictionaryEntry.DatedCode(code, null, date(r.substring(1)));
      }
      if (r.startsWith(">")) {
        return new DictionaryEntry.DatedCode(code, date(r.substring(1)), null);
      }
      int dash = r.indexOf('-');
      if (dash > 0) {
        return new DictionaryEntry.DatedCode(code, date(r.substring(0, dash)), date(r.substring(dash + 1)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** YYYYMMDD or YYMMDD; two-digit years up to 30 are 20xx, as in PETRARCH. */
  static LocalDate date(String s) {
    if (s.length() == 8) {
      return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
          Integer.parseInt(s.substring(6, 8)));
    }
    if (s.length() == 6) {
      int yy = Integer.parseInt(s.substring(0, 2));
      return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)),
          Integer.parseInt(s.substring(4, 6)));
    }
    throw new NumberFormatException("not a date: " + s);
  }

  /**
   * Adds the bracketed codes of a dictionary line ({@code [AFGGOV >011222]}) to {@code dated}, and returns the
   * undated code among them, or {@code undated} when the line has none.
   */
  private static String addCodes(String body, String undated, List<DictionaryEntry.DatedCode> dated) {
    String result = undated;
    for (String code : brackets(body)) {
      DictionaryEntry.DatedCode d = datedCode(code);
      if (d == null) {
        continue;
      }
      if (d.from() == null && d.to() == null) {
        result = d.code();
      } else {
        dated.add(d);
      }
    }
    return result;
  }
}
