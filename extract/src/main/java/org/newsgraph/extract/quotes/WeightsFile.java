package org.newsgraph.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The file format the quotes stage's learned models share ({@code cue-model.tsv}, {@code source-model.tsv}): a
 * {@code # } comment line, then settings ({@code #threshold}, {@code #margin}: a name starting with {@code #}, a tab,
 * a value) and feature weights (a name, a tab, a weight), features sorted and zero weights left out, so that the same
 * model gives the same file byte for byte.
 */
final class WeightsFile {
  /** What a file holds: its feature weights and its settings by name ({@code #margin}). */
  record Contents(Map<String, Double> weights, Map<String, Double> settings) {}

  private WeightsFile() {}

  /** Reads the resource {@code resource} of the extract module; {@code what} names the model in errors. */
  static Contents load(String resource, String what) {
    try (InputStream in = WeightsFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), what);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Reads a model file.
   *
   * @throws IllegalArgumentException naming {@code what} and the line when a line is not a name and a finite number
   */
  static Contents read(BufferedReader reader, String what) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    Map<String, Double> settings = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("# ")) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        if (f.length != 2) {
          throw new IllegalArgumentException("expected 2 fields, found " + f.length);
        }
        double value = Double.parseDouble(f[1]);
        if (!Double.isFinite(value)) {
          throw new IllegalArgumentException("weight is not finite");
        }
        (f[0].startsWith("#") ? settings : weights).put(f[0], value);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(what + " line " + number + " is not feature, weight: " + line, e);
      }
    }
    return new Contents(weights, settings);
  }

  /**
   * Writes a model: the comment, the settings in the order given, then the non-zero weights sorted by feature, each
   * number with {@code decimals} places.
   */
  static void write(Writer out, String comment, LinkedHashMap<String, Double> settings, Map<String, Double> weights,
      int decimals) throws IOException {
    String format = "%." + decimals + "f";
    out.write("# " + comment.replace('\n', ' ') + "\n");
    for (Map.Entry<String, Double> s : settings.entrySet()) {
      out.write(s.getKey() + "\t" + String.format(Locale.ROOT, format, s.getValue()) + "\n");
    }
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      if (e.getValue() != 0) {
        out.write(e.getKey() + "\t" + String.format(Locale.ROOT, format, e.getValue()) + "\n");
      }
    }
  }
}
