package org.newsgraph.sources;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading files that hold one article each: plain text (with optional {@link SidecarMetadata}) and HTML. A file
 * is read whole, after its size is checked, so at most one such file is in memory at a time.
 */
final class SingleArticleFiles {

  /** Markup outweighs text; an HTML page may be this many times {@code --max-chars} in bytes before it is refused. */
  static final int HTML_BYTES_PER_CHAR = 16;

  /** A UTF-8 character takes at most four bytes, so a larger file is surely too long. */
  static final int TEXT_BYTES_PER_CHAR = 4;

  /** The longest first line taken as a plain-text title. */
  static final int MAX_TITLE_CHARS = 300;

  private final ObjectMapper json;
  private final HtmlArticles html;

  SingleArticleFiles(ObjectMapper json) {
    this.json = json;
    this.html = new HtmlArticles(json);
  }

  /**
   * Reads a plain-text file: the text is the whole file as decoded (only a leading byte order mark dropped), the
   * title is its sidecar metadata's, else {@code userTitle}, else the first non-blank line. A sidecar that cannot
   * be used is reported as its own item before the article.
   */
  List<SourceItem> readText(Path path, long size, ReadOptions options, String userTitle) throws IOException {
    String source = path.toString();
    String text;
    try {
      byte[] bytes = TextBytes.readFile(path, size, TEXT_BYTES_PER_CHAR, options.maxChars());
      text = TextBytes.decode(bytes, StandardCharsets.UTF_8, 0);
      TextBytes.checkLength(text, options.maxChars());
    } catch (ReadFailure e) {
      return List.of(SourceItem.failed(source, e.getMessage()));
    }
    if (text.isBlank()) {
      return List.of(SourceItem.failed(source, "no text, only whitespace"));
    }
    List<SourceItem> items = new ArrayList<>(2);
    SidecarMetadata meta = SidecarMetadata.NONE;
    try {
      meta = SidecarMetadata.forTextFile(path, json);
    } catch (ReadFailure e) {
      items.add(SourceItem.failed(source, e.getMessage() + "; the article is read without it"));
    }
    String title = ArticleDraft.firstNonBlank(meta.title(), userTitle, firstLine(text));
    ArticleDraft draft = new ArticleDraft(
        meta.id() != null ? meta.id() : source, meta.url(), meta.outlet(), title, meta.published(), meta.language(),
        text, source);
    items.add(new SourceItem.Read(draft.toArticle(options)));
    return items;
  }

  /** Reads an HTML file: its article text and metadata, {@code userTitle} only where the page has no title. */
  List<SourceItem> readHtml(Path path, long size, ReadOptions options, String userTitle) throws IOException {
    String source = path.toString();
    try {
      byte[] bytes = TextBytes.readFile(path, size, HTML_BYTES_PER_CHAR, options.maxChars());
      String markup = TextBytes.decode(bytes, HtmlArticles.declaredCharset(bytes), 0);
      HtmlArticles.Page page = page(markup, path.toUri().toString(), options);
      ArticleDraft draft = new ArticleDraft(
          source, page.url(), page.outlet(), ArticleDraft.firstNonBlank(page.title(), userTitle), page.published(),
          null, page.text(), source);
      return List.of(new SourceItem.Read(draft.toArticle(options)));
    } catch (ReadFailure e) {
      return List.of(SourceItem.failed(source, e.getMessage()));
    }
  }

  /** The article in an HTML page, failing when it has no text or too much. */
  HtmlArticles.Page page(String markup, String baseUri, ReadOptions options) throws ReadFailure {
    HtmlArticles.Page page = html.extract(markup, baseUri);
    if (page.text().isBlank()) {
      throw new ReadFailure("no article text found in the HTML");
    }
    TextBytes.checkLength(page.text(), options.maxChars());
    return page;
  }

  /** The first non-blank line, stripped and cut to {@value #MAX_TITLE_CHARS} characters. */
  static String firstLine(String text) {
    return text.lines()
        .filter(line -> !line.isBlank())
        .findFirst()
        .map(String::strip)
        .map(line -> line.length() > MAX_TITLE_CHARS ? line.substring(0, MAX_TITLE_CHARS).strip() : line)
        .orElse(null);
  }
}
