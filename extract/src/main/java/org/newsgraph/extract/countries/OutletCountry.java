package org.newsgraph.extract.countries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Article;

/**
 * The country an article's outlet publishes from, as a hint for the stages that read a place or a government from
 * context ("Washington" in a Washington Post story is the capital, a Dawn story's "Punjab" the Pakistani one).
 *
 * <p>Read from the article's web address first: a country's own domain ({@code .uk}, {@code .com.au}, {@code .ir})
 * names it, except the country domains sold as generic ones ({@code .io}, {@code .tv}, {@code .co}); then from the
 * curated {@code outlets.tsv}, by the address's host or by the outlet's name. Null when neither says, which is the
 * case for international outlets such as wire services.
 */
public final class OutletCountry {
  private static final String RESOURCE = "/org/newsgraph/extract/countries/outlets.tsv";
  /** Country domains that sites all over the world use as generic ones. */
  private static final Set<String> GENERIC_COUNTRY_DOMAINS = Set.of(
      "io", "tv", "co", "me", "fm", "ai", "ly", "ws", "cc", "to", "nu", "tk", "gg", "la", "sh", "st", "vc", "am");
  private static final Map<String, String> BY_HOST = new HashMap<>();
  private static final Map<String, String> BY_NAME = new HashMap<>();

  static {
    try (InputStream in = OutletCountry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2 || !f[1].strip().matches("[A-Z]{2}")) {
          throw new IllegalStateException(RESOURCE + " line " + lineNumber
              + ": expected a name or domain, a tab and a two-letter country code, got: " + line);
        }
        String key = f[0].strip();
        String country = f[1].strip();
        if (key.contains(".") && !key.contains(" ")) {
          BY_HOST.put(key.toLowerCase(Locale.ROOT), country);
        } else {
          BY_NAME.put(normalName(key), country);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private OutletCountry() {}

  /** The ISO 3166 alpha-2 code of the country the article's outlet publishes from, or null when unknown. */
  public static String of(Article article) {
    String host = host(article.url());
    if (host != null) {
      String country = ofHost(host);
      if (country != null) {
        return country;
      }
    }
    return article.outlet() == null ? null : BY_NAME.get(normalName(article.outlet()));
  }

  /** The country of a web host: its country domain, else the curated list (the host or a domain above it). */
  static String ofHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("www.")) {
      h = h.substring(4);
    }
    String top = h.substring(h.lastIndexOf('.') + 1);
    if (top.length() == 2 && !GENERIC_COUNTRY_DOMAINS.contains(top)) {
      String country = CountryTable.ofDomain(top);
      if (country != null) {
        return country;
      }
    }
    for (String d = h; d.contains("."); d = d.substring(d.indexOf('.') + 1)) {
      String country = BY_HOST.get(d);
      if (country != null) {
        return country;
      }
    }
    return null;
  }

  private static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String u = url.strip();
      String host = new URI(u.contains("://") ? u : "http://" + u).getHost();
      return host == null || !host.contains(".") ? null : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String normalName(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
    return n.startsWith("the ") ? n.substring(4) : n;
  }
}
