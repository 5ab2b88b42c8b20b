package org.newsgraph.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.newsgraph.model.Article;

/** The invented news article, about 600 words, that every benchmark runs on. */
final class NewsText {
  static final String RESOURCE = "article.txt";
  static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);
  static final String URL = "https://news.example.org/2024/03/14/harbour-strike-ends";

  private NewsText() {}

  /** The article text as stored in the resource. */
  static String text() {
    try (InputStream in = NewsText.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("benchmark text " + RESOURCE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark text " + RESOURCE, e);
    }
  }

  /** An article around {@code text}; its id is derived from the text, so a different text gives another id. */
  static Article article(String text) {
    return Article.of("bench", URL, "Newsgraph Wire", "Harbour strike ends after ministers agree pay deal",
        PUBLISHED, "en", text, "benchmarks/" + RESOURCE);
  }
}
