package org.newsgraph.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages archived in a WARC file ({@code .warc} or {@code .warc.gz}) one record at a time. Each
 * {@code response} record with a 2xx HTTP status and an HTML content type is one article: url = the record's
 * target URI, published = the page's own date, else the WARC-Date (UTC). Other records are skipped. Items are
 * named {@code path@offset}, the record's byte offset in the file.
 */
final class WarcArticles implements ItemReader {

  private final Path path;
  private final ReadOptions options;
  private final SingleArticleFiles html;
  private final CountingInputStream counted;
  private final WarcReader reader;

  WarcArticles(Path path, ReadOptions options, SingleArticleFiles html) throws IOException {
    this.path = path;
    this.options = options;
    this.html = html;
    this.counted = new CountingInputStream(Files.newInputStream(path));
    try {
      this.reader = new WarcReader(Channels.newChannel(counted));
    } catch (IOException | IllegalArgumentException e) {
      counted.close();
      throw new IOException("not a WARC file: " + TextBytes.oneLine(e.getMessage()), e);
    }
  }

  @Override
  public SourceItem next() throws IOException {
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IllegalArgumentException e) {
        throw new IOException("malformed WARC record: " + TextBytes.oneLine(e.getMessage()), e);
      }
      if (next.isEmpty()) {
        return null;
      }
      if (next.get() instanceof WarcResponse response) {
        SourceItem item = read(response);
        if (item != null) {
          return item;
        }
      }
    }
  }

  /** The article in one response record, a failure, or null when the record is not an HTML page. */
  private SourceItem read(WarcResponse response) throws IOException {
    String source = path + "@" + response.position();
    if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
      return null;
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | IllegalArgumentException e) {
      return SourceItem.failed(source, "malformed HTTP response: " + TextBytes.oneLine(e.getMessage()));
    }
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (http.status() / 100 != 2 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
      return null;
    }
    try {
      long maxBytes = (long) SingleArticleFiles.HTML_BYTES_PER_CHAR * options.maxChars();
      byte[] bytes;
      try (InputStream body = http.bodyDecoded().stream()) {
        bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        throw new ReadFailure(String.format(Locale.ROOT,
            "text too long: more than %,d bytes of HTML, the limit is %,d characters (--max-chars)",
            maxBytes, options.maxChars()));
      }
      Charset declared = TextBytes.charsetOrNull(type.parameters().get("charset"));
      String markup = TextBytes.decode(bytes, declared != null ? declared : HtmlArticles.declaredCharset(bytes), 0);
      String url = response.target();
      HtmlArticles.Page page = html.page(markup, url, options);
      LocalDate archived = response.date() == null ? null : response.date().atZone(ZoneOffset.UTC).toLocalDate();
      ArticleDraft draft = new ArticleDraft(
          url, url, page.outlet(), page.title(), page.published() != null ? page.published() : archived, null,
          page.text(), source);
      return new SourceItem.Read(draft.toArticle(options));
    } catch (ReadFailure e) {
      return SourceItem.failed(source, e.getMessage());
    }
  }

  @Override
  public long bytesConsumed() {
    return counted.count();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
