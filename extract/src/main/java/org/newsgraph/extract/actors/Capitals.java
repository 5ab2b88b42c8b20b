package org.newsgraph.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names of the world's capitals, from the GeoNames country table the places stage ships
 * ({@code countryInfo.txt}, CC BY 4.0): news uses a capital for its government ("Moscow demanded").
 */
final class Capitals {
  private static final String RESOURCE = "/org/newsgraph/extract/places/countryInfo.txt";
  private static final Set<String> NAMES = load();

  private Capitals() {}

  /** Whether {@code name} is a capital's name, ignoring case. */
  static boolean contains(String name) {
    return NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    try (InputStream in = Capitals.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length > 5 && !f[5].isBlank()) {
          names.add(f[5].strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Set.copyOf(names);
  }
}
