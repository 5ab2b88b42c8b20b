package org.newsgraph.extract.countries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the stages read from the GeoNames country table the places stage ships ({@code countryInfo.txt}, CC BY
 * 4.0): the capitals' names, since news uses a capital for its government ("Moscow demanded"); the ISO alpha-3 code
 * of each alpha-2 code, since the gazetteer speaks alpha-2 and actor codes alpha-3; and each country's internet
 * domain ({@code .uk} for GB), which places an outlet.
 */
public final class CountryTable {
  private static final String RESOURCE = "/org/newsgraph/extract/places/countryInfo.txt";
  private static final Set<String> CAPITALS;
  private static final Map<String, String> ISO3;
  private static final Map<String, String> BY_DOMAIN;

  static {
    Set<String> capitals = new HashSet<>();
    Map<String, String> iso3 = new HashMap<>();
    Map<String, String> byDomain = new HashMap<>();
    try (InputStream in = CountryTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length > 1 && f[0].length() == 2 && f[1].length() == 3) {
          iso3.put(f[0], f[1]);
        }
        if (f.length > 5 && !f[5].isBlank()) {
          capitals.add(f[5].strip().toLowerCase(Locale.ROOT));
        }
        if (f.length > 9 && f[0].length() == 2 && f[9].startsWith(".")) {
          byDomain.put(f[9].substring(1).strip().toLowerCase(Locale.ROOT), f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    CAPITALS = Set.copyOf(capitals);
    ISO3 = Map.copyOf(iso3);
    BY_DOMAIN = Map.copyOf(byDomain);
  }

  private CountryTable() {}

  /** Whether {@code name} is a capital's name, ignoring case. */
  public static boolean isCapital(String name) {
    return CAPITALS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The ISO 3166 alpha-3 code of an alpha-2 code ({@code PK} → {@code PAK}), or null. */
  public static String iso3(String iso2) {
    return iso2 == null ? null : ISO3.get(iso2);
  }

  /** The ISO 3166 alpha-2 code of a country's top-level internet domain ({@code uk} → {@code GB}), or null. */
  public static String ofDomain(String topLevelDomain) {
    return topLevelDomain == null ? null : BY_DOMAIN.get(topLevelDomain.toLowerCase(Locale.ROOT));
  }
}
