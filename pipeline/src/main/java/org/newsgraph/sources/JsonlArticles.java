package org.newsgraph.sources;

import org.newsgraph.model.Article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a JSONL file one line at a time: each non-blank line is a JSON object with {@code text} (required) and
 * optional {@code id}, {@code url}, {@code outlet}, {@code published}, {@code title}, {@code language}; other fields
 * are ignored. A bad line becomes one {@link SourceItem.Failed} naming {@code path:line}, and reading goes on.
 * Only one line is held in memory.
 */
final class JsonlArticles implements ItemReader {

  /** Room for the other fields of a record beside a text at the character limit. */
  private static final int SLACK_BYTES = 1 << 20;

  private final Path path;
  private final ReadOptions options;
  private final ObjectMapper json;
  private final ByteLines lines;

  JsonlArticles(Path path, ReadOptions options, ObjectMapper json) throws IOException {
    this.path = path;
    this.options = options;
    this.json = json;
    long maxLine = Math.min((long) Integer.MAX_VALUE - 16, 4L * options.maxChars() + SLACK_BYTES);
    this.lines = new ByteLines(Files.newInputStream(path), (int) maxLine);
  }

  @Override
  public SourceItem next() throws IOException {
    while (lines.next()) {
      if (lines.blank()) {
        continue;
      }
      String source = path + ":" + lines.lineNumber();
      try {
        return new SourceItem.Read(identified(parse(source).toArticle(options)));
      } catch (ReadFailure e) {
        return SourceItem.failed(source, e.getMessage());
      }
    }
    return null;
  }

  private ArticleDraft parse(String source) throws ReadFailure {
    if (lines.tooLong()) {
      throw new ReadFailure(String.format(Locale.ROOT,
          "line too long: %,d bytes, the limit is %,d characters of text (--max-chars)",
          lines.lineBytes(), options.maxChars()));
    }
    String line = TextBytes.decode(lines.bytes(), StandardCharsets.UTF_8, lines.lineStart());
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      throw new ReadFailure("malformed JSON: " + TextBytes.oneLine(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      throw new ReadFailure("not a JSON object");
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      throw new ReadFailure("missing text");
    }
    if (!textNode.isTextual()) {
      throw new ReadFailure("text is not a string");
    }
    String text = textNode.textValue();
    if (text.isBlank()) {
      throw new ReadFailure("empty text");
    }
    TextBytes.checkLength(text, options.maxChars());
    return new ArticleDraft(
        JsonFields.id(node, "id"),
        JsonFields.string(node, "url"),
        JsonFields.string(node, "outlet"),
        JsonFields.string(node, "title"),
        JsonFields.date(node, "published"),
        JsonFields.string(node, "language"),
        text,
        source);
  }

  /**
   * A record without a url is identified by its record id together with its text: two records of a dump that
   * carry the same text under different ids (the BBC corpus has 136 such pairs) are two articles, which the stories
   * stage may later group, while the same record read twice is still one.
   */
  static Article identified(Article article) {
    if (article.url() == null && article.externalId() != null) {
      return article.withIdentity("record:" + article.externalId());
    }
    return article;
  }

  @Override
  public long bytesConsumed() {
    return lines.consumed();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
