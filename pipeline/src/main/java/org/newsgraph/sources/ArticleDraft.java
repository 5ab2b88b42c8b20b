package org.newsgraph.sources;

import java.time.LocalDate;
import org.newsgraph.model.Article;

/**
 * The fields a reader found for one article, before the user's defaults and the language guess fill its gaps.
 * Blank strings count as absent.
 */
record ArticleDraft(
    String externalId, String url, String outlet, String title, LocalDate published, String language,
    String text, String source) {

  /**
   * The finished article: the user's outlet and date where the draft has none, and a guessed language where it
   * names none.
   */
  Article toArticle(ReadOptions options) {
    String language = nonBlank(language());
    return Article.of(
        nonBlank(externalId),
        nonBlank(url),
        firstNonBlank(outlet, options.outlet()),
        nonBlank(title),
        published != null ? published : options.published(),
        language != null ? language : LanguageGuess.guess(text),
        text,
        source);
  }

  static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
