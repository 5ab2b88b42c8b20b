package org.newsgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from its source.
 *
 * @param id stable identifier: a hash of the whitespace-normalised text and the url (see {@link #idOf})
 * @param externalId the id the source gave it (a JSONL {@code id}, a file path), or null
 * @param url where it was published, or null
 * @param outlet the publishing outlet, or null when unknown
 * @param title the headline, or null
 * @param published the publication date that anchors relative dates, or null when unknown
 * @param language ISO 639-1 code such as {@code en}, or {@code und} when undetermined
 * @param text the text exactly as read; every offset refers to it
 * @param source where it was read from (a path, {@code path:line} for JSONL), for error messages
 */
public record Article(
    String id,
    String externalId,
    String url,
    String outlet,
    String title,
    LocalDate published,
    String language,
    String text,
    String source) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
  }

  /** Builds an article whose id is derived from its text and url. */
  public static Article of(
      String externalId, String url, String outlet, String title, LocalDate published,
      String language, String text, String source) {
    return new Article(idOf(text, url), externalId, url, outlet, title, published, language, text, source);
  }

  /**
   * The stable id of an article: the first 16 hex digits of the SHA-256 of its url and its text with
   * runs of whitespace collapsed, so that the same article read twice gets the same id.
   */
  public static String idOf(String text, String url) {
    String normalized = text.strip().replaceAll("\\s+", " ");
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((url == null ? "" : url).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(normalized.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * The same article identified by {@code key} (instead of its url) together with its text, for sources whose
   * records have ids of their own but no url.
   */
  public Article withIdentity(String key) {
    return new Article(idOf(text, key), externalId, url, outlet, title, published, language, text, source);
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, externalId, url, outlet, title, date, language, text, source);
  }

  public Article withOutlet(String name) {
    return new Article(id, externalId, url, name, title, published, language, text, source);
  }

  public Article withTitle(String newTitle) {
    return new Article(id, externalId, url, outlet, newTitle, published, language, text, source);
  }
}
